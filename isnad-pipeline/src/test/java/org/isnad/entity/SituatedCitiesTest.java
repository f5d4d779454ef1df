package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.CleanArticle;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.Outlet;
import org.isnad.model.Span;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * A city's name that several countries have takes the country the text puts it in: an adjective of
 * nationality right after it, the country named after the same name in the title, else among cities
 * of one kind the article's nationality; a country of that name stays before a city unless the name
 * usually means the city ("عمان").
 */
class SituatedCitiesTest {

  private static final Language AR = Language.arabic();
  private static final TextAnalyzer TEXT = TextAnalyzer.create(AR);

  private static List<EntityMention> places(String text) {
    return Recognition.mentions(text).stream().filter(m -> m.type() == EntityType.LOC).toList();
  }

  @Test
  void anAdjectiveOfTheCountryAfterTheCityChoosesIt() {
    assertThat(places("واندلعت اشتباكات مسلحة في مدينة طرابلس اللبنانية ليل أمس."))
        .filteredOn(m -> m.text().equals("طرابلس")).singleElement()
        .satisfies(m -> assertThat(m.ref()).startsWith("lb-"));
  }

  @Test
  void theTitleSituatesTheCityOfTheBody() {
    String title = "قتيل في اشتباك مسلح في طرابلس شمالي لبنان";
    String body = "قتل شاب في اشتباك مسلح اندلع ليل أمس في حي القبة بمدينة طرابلس.";
    String original = title + "\n" + body;
    CleanArticle clean = new CleanArticle("t", "t", original,
        List.of(Span.of(title.length() + 1, original.length())), title, Span.of(0, title.length()), Outlet.UNKNOWN,
        null, null, null, List.of(), List.of());
    List<EntityMention> found = Recognition.BUNDLED.recognize(TEXT.analyze(clean)).entities();
    assertThat(found).filteredOn(m -> m.text().equals("طرابلس")).singleElement()
        .satisfies(m -> assertThat(m.ref()).startsWith("lb-"));
  }

  @Test
  void theNationalityOfTheArticleChoosesBetweenCitiesOfOneName() {
    assertThat(places("وانتشرت وحدات من الجيش اللبناني في شوارع طرابلس بعد الاشتباكات."))
        .filteredOn(m -> m.text().equals("طرابلس")).singleElement()
        .satisfies(m -> assertThat(m.ref()).startsWith("lb-"));
  }

  @Test
  void theNationalityOfTheArticleChoosesBetweenACountryAndACity() {
    // 2026-12-07: "عمان" alone is Amman unless the text says Oman (AmmanOrOmanTest); before, the
    // country of that name stayed before the city even beside "الأردني"
    assertThat(places("وقال وزير الخارجية الأردني إن وفدا من عمان سيزور الكويت."))
        .filteredOn(m -> m.text().equals("عمان")).singleElement()
        .satisfies(m -> assertThat(m.ref()).isEqualTo("jo-amman-amman"));
    assertThat(places("وقال وزير الخارجية العماني إن وفدا من عمان سيزور الكويت."))
        .filteredOn(m -> m.text().equals("عمان")).singleElement()
        .satisfies(m -> assertThat(m.ref()).isEqualTo("om"));
  }
}
