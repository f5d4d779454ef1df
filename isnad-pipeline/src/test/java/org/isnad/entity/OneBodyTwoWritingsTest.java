package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * One body or place written two ways across the articles of a story is one entity: a ministry named
 * with its generic qualifier in one article ("وزارة الصحة العامة") and with its country in another
 * ("وزارة الصحة اللبنانية"), and a town whose name several countries share, read as another country's
 * in one article and set right against the story's other places. On sentences written for these tests.
 */
class OneBodyTwoWritingsTest {

  private static List<Entity> named(List<Entity> entities, EntityType type, String written) {
    return entities.stream().filter(e -> e.type() == type).filter(e -> e.aliases().contains(written)).toList();
  }

  @Test
  void aMinistryWithItsGenericQualifierIsTheOneWithItsCountry() {
    List<Entity> e = ArticlesOfAStory.resolve(
        ArticlesOfAStory.article("a", "وفي بيروت، أعلنت وزارة الصحة العامة أن الغارة أدت إلى سقوط قتيلين."),
        ArticlesOfAStory.article("b", "قالت وزارة الصحة اللبنانية إن غارة إسرائيلية قتلت شخصين في جنوب لبنان."));
    assertThat(named(e, EntityType.ORG, "وزارة الصحة العامة")).singleElement()
        .satisfies(x -> assertThat(x.aliases()).contains("وزارة الصحة اللبنانية"));
  }

  @Test
  void anotherCountrysMinistryKeepsItsGenericName() {
    List<Entity> e = ArticlesOfAStory.resolve(
        ArticlesOfAStory.article("a", "وفي القاهرة، أعلنت مصر أن وزارة الصحة العامة أرسلت فريقا طبيا."),
        ArticlesOfAStory.article("b", "قالت وزارة الصحة اللبنانية إن غارة إسرائيلية قتلت شخصين في جنوب لبنان."));
    assertThat(named(e, EntityType.ORG, "وزارة الصحة العامة")).singleElement()
        .satisfies(x -> assertThat(x.aliases()).doesNotContain("وزارة الصحة اللبنانية"));
  }

  @Test
  void aTownReadAgainAgainstTheStorysPlacesIsOneEntity() {
    List<Entity> e = ArticlesOfAStory.resolve(
        ArticlesOfAStory.article("a", "استهدفت غارة سيارة في بلدة طيردبا بقضاء صور جنوبي لبنان."),
        ArticlesOfAStory.article("b", "وقال الجيش إن القتيلين كانا ينقلان أسلحة في منطقة صور."),
        ArticlesOfAStory.article("c", "وصلت سيارات الإسعاف إلى مستشفى في صور بعد الغارة على لبنان."));
    List<Entity> tyre = e.stream().filter(x -> x.type() == EntityType.LOC && x.canonical().equals("صور")).toList();
    assertThat(tyre).hasSize(1);
    assertThat(tyre.get(0).mentions()).extracting(Entity.Mention::article).contains("a", "b", "c");
  }
}
