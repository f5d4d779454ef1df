package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "عمان" alone is Amman, as Arabic news means it, unless the text says Oman: "سلطنة عمان", an Omani
 * adjective ("العماني") or another Omani place; an adjective right after it or Jordanian words around
 * it keep Amman. The place of each article's entity, resolved as a story of one article, on sentences
 * written for this test.
 */
class AmmanOrOmanTest {

  private static String placeOf(String text) {
    List<Entity> found = ArticlesOfAStory.resolve(ArticlesOfAStory.article("a", text));
    return found.stream().filter(e -> e.type() == EntityType.LOC && e.aliases().contains("عمان")).findFirst()
        .map(e -> e.geo().country()).orElse("none");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وكان الزعيمان قد التقيا الشهر الماضي في عمان واتفقا على مواصلة التنسيق.|JO",
      "ونقلت الشركة رحلاتها إلى مطاري عمان الأردني وبيروت اللبناني بسبب الإغلاق.|JO",
      "وانتقل الوفد من عمان إلى الزرقاء ثم إلى إربد في اليوم التالي.|JO",
      "وعقد الاجتماع في عمان بحضور وزير الخارجية الأردني ونظيره المصري.|JO",
      "وأعلنت سلطنة عمان أن وفدا سيزور طهران، وقالت عمان إن الزيارة تأتي في إطار الوساطة.|OM",
      "وقال وزير الخارجية العماني إن عمان تدعم الحوار بين الطرفين.|OM",
      "ووصل المبعوث إلى عمان والتقى السلطان في مسقط ثم زار صلالة.|OM",
      "وسيعرض الفيلم قريبا في الكويت والبحرين وعمان بعد عرضه في القاهرة.|OM",
      "وكان تجار عمان واليمن يبحرون إلى الهند وشرق أفريقيا.|OM",
  })
  void theTextsOwnCuesChooseTheCountryAndAmmanIsTheDefault(String text, String country) {
    assertThat(placeOf(text)).isEqualTo(country);
  }
}
