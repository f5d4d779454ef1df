package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventType;
import org.isnad.model.Paragraphs;
import org.isnad.model.Story;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @TempDir Path dir;

  @Test
  void aSecondStrikeInAnotherTownOfTheSameArticleIsAnotherEvent() throws IOException {
    Files.writeString(dir.resolve("a.txt"), """
        شهيدان بغارة على سيارة في كفرصير

        استهدفت مسيرة إسرائيلية صباح اليوم الخميس سيارة في بلدة كفرصير في قضاء النبطية، ما أدى إلى سقوط شهيدين.

        وفي وقت لاحق، استهدفت مسيرة إسرائيلية منزلا في بلدة حولا في قضاء مرجعيون، ما أدى إلى استشهاد مواطن.
        """);
    Story story = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir)).stories().get(0);
    assertThat(story.events()).hasSize(2);
    assertThat(story.events()).allSatisfy(e -> assertThat(e.figures()).hasSize(1));
    assertThat(story.events()).extracting(e -> e.figures().get(0).figure().value())
        .containsExactlyInAnyOrder(2L, 1L);
  }

  @Test
  void onTheOtherHandIsNoSubdistrict() {
    String text = "ومن ناحية الأمن، قتل جندي في هجوم على حاجز.";
    assertThat(Extraction.of(Paragraphs.one(text)).entities()).noneMatch(m -> m.text().equals("الأمن"));
  }
}
