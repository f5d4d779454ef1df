package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Outlet;
import org.isnad.model.Span;
import org.isnad.place.Gazetteer;
import org.isnad.place.Geocoder;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * A body named without its country ("وزارة الخارجية") is the country's in focus where it is written
 * (the last country named just before it), so it joins another article's longer name only when that
 * name is of the same country. On sentences written for these tests.
 */
class BodyOfTheCountryInFocusTest {

  private static final Language AR = Language.arabic();
  private static final TextAnalyzer TEXT = TextAnalyzer.create(AR);
  private static final EntityRecognizer RECOGNIZER = EntityRecognizer.bundled(AR);
  private static final EntityResolver RESOLVER = new EntityResolver(KnownEntities.bundled(AR),
      new Geocoder(Gazetteer.bundled(AR)));

  private static AnalysedArticle article(String id, String text) {
    CleanArticle c = new CleanArticle(id, id, text, List.of(Span.of(0, text.length())), null, null, Outlet.UNKNOWN,
        null, null, null, List.of(), List.of());
    return RECOGNIZER.recognize(TEXT.analyze(c));
  }

  /** The organisations with a mention in article {@code id}. */
  private static List<Entity> bodiesOf(List<Entity> entities, String id) {
    return entities.stream().filter(e -> e.type() == EntityType.ORG)
        .filter(e -> e.mentions().stream().anyMatch(m -> m.article().equals(id))).toList();
  }

  @Test
  void anotherCountrysMinistryStaysApart() {
    List<Entity> e = RESOLVER.resolve(List.of(
        article("a", "وفي أنقرة، دانت وزارة الخارجية التركية الهجوم الإرهابي على السوق."),
        article("b", "وأدانت المملكة العربية السعودية بأشد العبارات التفجير، وأكدت وزارة الخارجية في بيان رفضها استهداف المدنيين.")));
    assertThat(bodiesOf(e, "b")).extracting(Entity::canonical).containsExactly("وزارة الخارجية");
    assertThat(bodiesOf(e, "b")).allSatisfy(x -> assertThat(x.mentions()).extracting(Entity.Mention::article)
        .containsOnly("b"));
  }

  @Test
  void theSameCountrysMinistryJoinsItsLongerName() {
    List<Entity> e = RESOLVER.resolve(List.of(
        article("a", "وفي أنقرة، دانت وزارة الخارجية التركية الهجوم الإرهابي على السوق."),
        article("b", "وأدانت تركيا بأشد العبارات التفجير، وأكدت وزارة الخارجية في بيان رفضها استهداف المدنيين.")));
    assertThat(bodiesOf(e, "b")).singleElement().satisfies(x -> assertThat(x.mentions())
        .extracting(Entity.Mention::article).contains("a", "b"));
  }
}
