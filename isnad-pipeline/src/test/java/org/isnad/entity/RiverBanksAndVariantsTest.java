package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * A river's bank is not the region named after a bank; a place that reading in context brings to
 * another group's gazetteer place joins it; a foreign family name written with and without a long
 * vowel is one person, Arabic names that differ by one are two. On sentences written for this test.
 */
class RiverBanksAndVariantsTest {

  @Test
  void theWestBankOfARiverIsNoRegion() {
    var a = ArticlesOfAStory.article("a", "وانتشرت وحدات الجيش على الضفة الغربية لنهر دجلة قرب المدينة.");
    assertThat(a.entities()).noneMatch(m -> m.ref() != null && m.ref().startsWith("ps-"));
  }

  @Test
  void theWestBankOfTheJordanIsTheRegion() {
    var a = ArticlesOfAStory.article("a", "وشهدت الضفة الغربية لنهر الأردن مواجهات جديدة اليوم.");
    assertThat(a.entities()).anyMatch(m -> m.ref() != null && m.ref().startsWith("ps-"));
  }

  @Test
  void aForeignFamilyNameWithAndWithoutALongVowelIsOnePerson() {
    List<Entity> es = ArticlesOfAStory.resolve(
        ArticlesOfAStory.article("a", "ووصل الصحفي الفرنسي بيير لافونتين إلى المدينة مساء أمس."),
        ArticlesOfAStory.article("b", "وقال الصحفي الفرنسي بيير لافنتين إن الرحلة كانت شاقة."));
    assertThat(es).filteredOn(e -> e.canonical().startsWith("بيير")).singleElement()
        .satisfies(e -> assertThat(e.aliases()).hasSize(2));
  }

  @Test
  void arabicFamilyNamesThatDifferByAVowelAreTwoPeople() {
    List<Entity> es = ArticlesOfAStory.resolve(
        ArticlesOfAStory.article("a", "وقال الوزير محمد سعيد إن الحكومة ستدعم المزارعين."),
        ArticlesOfAStory.article("b", "وقال النائب محمد سعد إن البرلمان سيناقش القانون."));
    assertThat(es).filteredOn(e -> e.canonical().startsWith("محمد")).hasSize(2);
  }
}
