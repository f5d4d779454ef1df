package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A body named without its country ("وزارة الخارجية") is the country's in focus where it is written
 * (the last country named just before it), so it joins another article's longer name only when that
 * name is of the same country. On sentences written for these tests.
 */
class BodyOfTheCountryInFocusTest {

  private static AnalysedArticle article(String id, String text) {
    return ArticlesOfAStory.article(id, text);
  }

  /** The organisations with a mention in article {@code id}. */
  private static List<Entity> bodiesOf(List<Entity> entities, String id) {
    return entities.stream().filter(e -> e.type() == EntityType.ORG)
        .filter(e -> e.mentions().stream().anyMatch(m -> m.article().equals(id))).toList();
  }

  @Test
  void anotherCountrysMinistryStaysApart() {
    List<Entity> e = ArticlesOfAStory.resolve(
        article("a", "وفي أنقرة، دانت وزارة الخارجية التركية الهجوم الإرهابي على السوق."),
        article("b", "وأدانت المملكة العربية السعودية بأشد العبارات التفجير، وأكدت وزارة الخارجية في بيان رفضها استهداف المدنيين."));
    assertThat(bodiesOf(e, "b")).extracting(Entity::canonical).containsExactly("وزارة الخارجية");
    assertThat(bodiesOf(e, "b")).allSatisfy(x -> assertThat(x.mentions()).extracting(Entity.Mention::article)
        .containsOnly("b"));
  }

  @Test
  void theSameCountrysMinistryJoinsItsLongerName() {
    List<Entity> e = ArticlesOfAStory.resolve(
        article("a", "وفي أنقرة، دانت وزارة الخارجية التركية الهجوم الإرهابي على السوق."),
        article("b", "وأدانت تركيا بأشد العبارات التفجير، وأكدت وزارة الخارجية في بيان رفضها استهداف المدنيين."));
    assertThat(bodiesOf(e, "b")).singleElement().satisfies(x -> assertThat(x.mentions())
        .extracting(Entity.Mention::article).contains("a", "b"));
  }
}
