package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Common words and parts of other names are put on no map: a place reached through the preposition ك
 * or through ب in a common word, a place after a word of lineage, an adjective of direction after another
 * place, a governorate or town named by a common word with no place word, no country of its own in the
 * article, or a noun in construct after it, and an adjective in "يا" after an accusative. The same names
 * with a place word, a direction or their country stay places. On sentences written for this test.
 */
class WordsThatAreNoPlacesTest {

  private static List<EntityMention> places(String text) {
    return Recognition.mentions(text).stream().filter(m -> m.type() == EntityType.LOC).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وزخرف المحراب بآيات كريمة، وصنعه الحرفيون المهرة.|ريمة المهرة",
      "ويطلبون تعليق العمل بحجة وجود مشكلة تقنية، والحكومة في صدد متابعة الموقف.|حجة صدد",
      "وقال إن الشعب يريد السلام بكل ما تحمله هذه الكلمة من معان.|معان",
      "وأقيمت المباراة مساء الخميس على ملعب ثاني بن جاسم.|جاسم",
      "وسيلتقي الزعيمان في مدينة دريسدن بألمانيا الشرقية سابقا.|الشرقية",
      "واستقبلت الوزيرة السفير كلاوس إيبرمان رئيس البعثة.|لاوس",
      "وسدد اللاعب كرة قوية استقرت في الزاوية اليسرى للمرمى.|الزاوية",
      "واستوطن التجار هناك وبنوا مدارسهم ومساجدهم.|نوا",
      "وتوجه آلاف الحجاج للحج هذا العام.|لحج",
      "وتعرضت سفينة تجارية لهجوم على بعد 60 ميلا بحريا من الساحل.|بحريا",
  })
  void aCommonWordOrAPartOfANameIsNoPlace(String text, String words) {
    for (String w : words.split(" ")) {
      assertThat(places(text)).noneMatch(m -> m.text().endsWith(w));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقتل ثلاثة مدنيين في حجة شمال غربي اليمن.|حجة|ye-hajjah-hajjah",
      "وقال مسؤول يمني إن الاشتباكات تجددت في حجة أمس.|حجة|ye-hajjah-hajjah",
      "وقصفت الطائرات مواقع في محافظة حجة.|محافظة حجة|ye-hajjah",
      "واندلعت اشتباكات في بلدة جاسم بريف درعا.|جاسم|sy-daraa-jasim",
      "وخرجت مظاهرة في مدينة معان جنوبي الأردن.|معان|jo-maan-maan",
      "وسقطت قذائف على بلدة صدد في ريف حمص.|صدد|sy-homs-sadad",
      "وقتل شخصان في لحج جنوبي اليمن.|لحج|ye-lahij",
      "ووصل المهاجرون إلى دول أوروبية أخرى كالنمسا قبل إيطاليا.|النمسا|at",
      "ووصل المحافظ إلى المهرة شرقي اليمن.|المهرة|ye-mahrah",
  })
  void theSameNamesWithTheirCuesStayPlaces(String text, String name, String ref) {
    assertThat(places(text)).filteredOn(m -> m.text().endsWith(name)).singleElement()
        .satisfies(m -> assertThat(m.ref()).isEqualTo(ref));
  }
}
