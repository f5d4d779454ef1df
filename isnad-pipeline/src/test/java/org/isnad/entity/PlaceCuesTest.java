package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Places the recogniser finds by their cues: a capital named after "العاصمة" and the country's
 * adjective, a city listed before another with "و", a town after a port or a coast ("بميناء زوارة"),
 * a village unknown to the gazetteer after "قرية" (whole when its name has two words: "قرية دير ياسين"), a district after "بمديرية" and before its governorate; a cue word alone ("ريف" before "محافظة اللاذقية") is no place;
 * and an organisation of states is no place.
 */
class PlaceCuesTest {

  private static final Language AR = Language.arabic();
  private static final TextAnalyzer TEXT = TextAnalyzer.create(AR);
  private static final EntityRecognizer BUNDLED = EntityRecognizer.bundled(AR);

  private static List<EntityMention> mentions(String text) {
    return BUNDLED.recognize(TEXT.analyze(org.isnad.model.Paragraphs.one(text))).entities();
  }

  private static List<String> places(String text) {
    return mentions(text).stream().filter(m -> m.type() == EntityType.LOC).map(EntityMention::text).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ووصل المبعوث الأممي إلى العاصمة العمانية مسقط صباح اليوم لإجراء محادثات.|مسقط",
      "وكان الوفد قد توجه قبل أيام مسقط والمنامة في إطار جولته.|مسقط",
  })
  void aCityThatIsAlsoAWordIsPlacedByItsCue(String text, String place) {
    assertThat(places(text)).contains(place);
  }

  @Test
  void aWordThatAnnouncesAPlaceIsNoPlaceAlone() {
    assertThat(places("ضرب زلزال بقوة 5.9 درجات على مقياس ريختر، فجر اليوم الثلاثاء، ريف محافظة اللاذقية."))
        .doesNotContain("ريف").anySatisfy(p -> assertThat(p).contains("اللاذقية"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقدمت الفرق المساعدة للناجين في نقطة الإنزال بميناء زوارة صباح اليوم.|زوارة",
      "ونقلت الجثث إلى ميناء زوارة حيث تسلمتها السلطات.|زوارة",
  })
  void aTownAfterAPortIsPlaced(String text, String place) {
    assertThat(places(text)).contains(place);
  }

  @Test
  void aCommonWordIsStillNoPlaceWithoutACue() {
    assertThat(places("وعاد الشاعر إلى مسقط رأسه بعد غياب طويل.")).doesNotContain("مسقط");
  }

  @Test
  void aNumberWordIsNoTown() {
    assertThat(places("وأبقت القوات جنودها في خمس تلال استراتيجية قرب الحدود.")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "واعتقلت القوات ثلاثة أشخاص في قرية كفرنبودة فجر اليوم.|كفرنبودة",
      "وداهمت دورية منزلا في بلدة الزيادية شرقي المحافظة.|الزيادية",
      "واستهدفت مسيرة سيارة في بلدة كفرحمرا الجنوبية مساء أمس.|كفرحمرا",
  })
  void aVillageUnknownToTheGazetteerIsStillAPlace(String text, String place) {
    List<EntityMention> m = mentions(text).stream().filter(x -> x.text().equals(place)).toList();
    assertThat(m).hasSize(1);
    assertThat(m.get(0).type()).isEqualTo(EntityType.LOC);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وكان الجنود قد اقتحموا قرية دير ياسين فجرا.|دير ياسين",
      "اقتحمت قوات الاحتلال بلدة كفر قدوم شرق قلقيلية فجر اليوم.|كفر قدوم",
      "وروت السيدة ما جرى في قرية عين حوض المدمرة قضاء حيفا.|عين حوض",
      // the second word is a town elsewhere (Anah in Iraq): the village's name takes it
      "وولد في قرية كفر عانة قبل الحرب.|كفر عانة",
  })
  void aVillageNameOfTwoWordsIsWhole(String text, String place) {
    assertThat(places(text)).contains(place).doesNotContain("دير", "كفر", "عين", "حوض", "عانة");
  }

  @Test
  void aFirstWordOfAVillageNameAloneIsNoPlace() {
    assertThat(places("وداهمت القوات قرية بيت عام واعتقلت شابين.")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "قتل طفلان بانفجار لغم في قرية الكدف الأعلى بمديرية التحيتا جنوب محافظة الحديدة.|التحيتا",
      "وسقطت قذيفة على منزل في مديرية مقبنة بمحافظة تعز.|مقبنة",
      "ونقل الجريح إلى مستشفى بمديرية الخوخة الدكتور فلان.|الخوخة",
  })
  void aDistrictPlacedInItsGovernorateIsAPlace(String text, String place) {
    assertThat(places(text)).contains(place);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأعلنت مديرية التربية بمحافظة إدلب تعليق الدوام.|مديرية التربية",
      "وقال مدير مديرية الصحة في محافظة حماة إن المستشفى استقبل الجرحى.|مديرية الصحة",
      // placed like a district, still a field
      "وعقد اجتماع في مديرية الصحة بمحافظة حمص لبحث الأوضاع.|مديرية الصحة",
      "وعقد لقاء في مديرية التربية بمحافظة درعا أمس.|مديرية التربية",
  })
  void aDirectorateNamedByItsFieldIsNoDistrict(String text, String body) {
    assertThat(mentions(text)).anySatisfy(m -> {
      assertThat(m.text()).isEqualTo(body);
      assertThat(m.type()).isEqualTo(EntityType.ORG);
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وتقع المزرعة قرب قرية صغيرة على ضفة النهر.|صغيرة",
      "ونزح السكان إلى بلدة مجاورة هربا من القصف.|مجاورة",
      "وقال أحد سكان القرية إن المياه انقطعت.|إن",
  })
  void anAdjectiveAfterVillageIsNoPlace(String text, String word) {
    assertThat(places(text)).doesNotContain(word);
  }

  @Test
  void anOrganisationOfStatesIsNoPlace() {
    List<EntityMention> eu = mentions("وناقش وزراء خارجية الاتحاد الأوروبي العقوبات في اجتماعهم.").stream()
        .filter(m -> m.text().equals("الاتحاد الأوروبي")).toList();
    assertThat(eu).hasSize(1);
    assertThat(eu.get(0).type()).isEqualTo(EntityType.ORG);
  }

  @Test
  void aCityThatIsAlsoAWordAfterAPrepositionIsPlacedWhenItsCountryIsNamed() {
    assertThat(places("وعقد الاجتماع في مسقط بحضور مسؤولين من سلطنة عمان وإيران.")).contains("مسقط");
    assertThat(places("وعاد الدبلوماسي العماني إلى مسقط رأسه بعد تقاعده.")).doesNotContain("مسقط");
  }
}
