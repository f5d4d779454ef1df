package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.CleanArticle;
import org.isnad.model.EntityMention;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place name that several countries have is read in the country the text situates it in: a
 * country or region right after it, else the country of the article's other places. On sentences
 * written for this test, with the bundled recogniser and gazetteer.
 */
class PlaceInContextTest {

  private static final Language AR = Language.arabic();
  private static final TextAnalyzer TEXT = TextAnalyzer.create(AR);
  private static final EntityRecognizer ENTITIES = EntityRecognizer.bundled(AR);

  private static List<EntityMention> places(String text) {
    CleanArticle clean = org.isnad.model.Paragraphs.one(text);
    return ENTITIES.recognize(TEXT.analyze(clean)).entities().stream()
        .filter(m -> m.ref() != null && m.ref().contains("-")).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأغارت طائرات حربية على مدينة صور جنوب لبنان فجر اليوم.|صور|lb-",
      "وسقطت قذيفة في مدينة صور في لبنان دون وقوع إصابات.|صور|lb-",
      "وقصف الطيران بلدات في محافظة النبطية، كما استهدف مبنى في مدينة صور.|صور|lb-",
  })
  void theCountryAroundTheNameChoosesThePlace(String text, String name, String countryPrefix) {
    assertThat(places(text)).filteredOn(m -> m.text().equals(name)).singleElement()
        .satisfies(m -> assertThat(m.ref()).startsWith(countryPrefix));
  }
}
