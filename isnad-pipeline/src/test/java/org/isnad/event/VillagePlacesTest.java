package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventType;
import org.isnad.model.Paragraphs;
import org.junit.jupiter.api.Test;

/** A village unknown to the gazetteer, named by its settlement word, is the event's place before its district. */
class VillagePlacesTest {

  @Test
  void theVillageNotTheDistrictAfterItIsThePlace() {
    String text = "استهدفت غارة إسرائيلية دراجة نارية في بلدة كفرصير في قضاء النبطية، ما أدى إلى مقتل شخصين.";
    AnalysedArticle a = Extraction.of(Paragraphs.one(text));
    assertThat(a.events()).filteredOn(e -> e.type() == EventType.AIRSTRIKE).singleElement()
        .satisfies(e -> assertThat(e.place().in(text)).isEqualTo("كفرصير"));
  }

  @Test
  void aVillageInsideQuotedWordsBeforeItsDistrictInBracketsIsThePlace() {
    String text = "وأوضحت الوزارة أن \"غارة العدو على سيارة في بلدة كفرصير (قضاء النبطية) أدت إلى سقوط شهيدين\".";
    AnalysedArticle a = Extraction.of(Paragraphs.one(text));
    assertThat(a.events()).filteredOn(e -> e.type() == EventType.ATTACK || e.type() == EventType.AIRSTRIKE)
        .singleElement().satisfies(e -> assertThat(e.place().in(text)).isEqualTo("كفرصير"));
  }

  @Test
  void aSubdistrictNamedByItsWordIsThePlaceAndACapitalThatSpeaksIsNot() {
    String text = "وقتل ثلاثة أشخاص بقصف مماثل استهدف سيارة في ناحية سنوني، قالت أنقرة حينها إنهم من عناصر الحزب.";
    AnalysedArticle a = Extraction.of(Paragraphs.one(text));
    assertThat(a.events()).filteredOn(e -> e.type() == EventType.SHELLING || e.type() == EventType.ATTACK)
        .isNotEmpty().allSatisfy(e -> assertThat(e.place().in(text)).isEqualTo("سنوني"));
    String other = "وقصفت الطائرات مواقع في الجبال، قالت أنقرة إنها معاقل للمسلحين.";
    assertThat(Extraction.of(Paragraphs.one(other)).events()).allSatisfy(e -> assertThat(e.place()).isNull());
  }

  @Test
  void onTheOtherHandIsNoSubdistrict() {
    String text = "ومن ناحية الأمن، قتل جندي في هجوم على حاجز.";
    assertThat(Extraction.of(Paragraphs.one(text)).entities()).noneMatch(m -> m.text().equals("الأمن"));
  }
}
