package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place is put in the right country: a name the tagger alone found is no country whose name has the
 * article it lacks ("مقاطعة يونان" in China is no "اليونان"); a place the text says lies in another
 * country by a direction ("في جنوب غربي الهند") is in none of the gazetteer's countries; a Moroccan town
 * listed with another ("بالسعيدية والصويرة") is Moroccan, while "الصويرة" alone stays the Iraqi town the
 * news usually means. Entities of a story of one article, on sentences written for this test.
 */
class PlacesOfTheRightCountryTest {

  private static String countryOf(String text, String name) {
    List<Entity> found = ArticlesOfAStory.resolve(ArticlesOfAStory.article("a", text));
    return found.stream().filter(e -> e.type() == EntityType.LOC && e.aliases().contains(name)).findFirst()
        .map(e -> e.geo() == null ? "none" : e.geo().country()).orElse("absent");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وزار الوفد مصانع الشاي في مقاطعة يونان في جنوب غربي الصين.|يونان|none",
      "ووقع الزلزال في مقاطعة يونان جنوب غربي الصين وأودى بحياة 20 شخصا.|يونان|none",
      "وتعتزم الحكومة إحداث مناطق سياحية جديدة بالسعيدية والصويرة على الساحل.|الصويرة|MA",
      "وقتل شرطيان في هجوم على نقطة تفتيش في الصويرة بمحافظة واسط في العراق.|الصويرة|IQ",
      "وانتشلت الشرطة جثثا طافية في النهر في مدينة الصويرة خلال الأسبوع الماضي.|الصويرة|IQ",
      "ووصل رئيس الوزراء إلى اليونان في زيارة رسمية.|اليونان|GR",
      "وضربت الفيضانات مدينة البصرة في جنوب غربي الهند وشردت الآلاف.|البصرة|none",
      "وسقطت صواريخ على مدينة البصرة في جنوب العراق.|البصرة|IQ",
  })
  void thePlaceIsInTheCountryTheTextMeans(String text, String name, String country) {
    assertThat(countryOf(text, name)).isEqualTo(country);
  }
}
