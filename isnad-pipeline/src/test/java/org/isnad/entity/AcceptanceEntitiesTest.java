package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.List;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Entities and places of the acceptance story "visit" (org/isnad/acceptance/visit/EXPECTED.md,
 * written before Isnad ran on it): a minister no list knows, spelled four ways; Amman written with
 * and without its shadda in a story about Jordan; world regions.
 */
class AcceptanceEntitiesTest {

  private static List<Entity> entities;
  private static List<Entity> carBomb;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    List<Story> stories = AcceptanceStories.of("visit");
    entities = stories.stream().flatMap(s -> s.entities().stream()).toList();
    carBomb = AcceptanceStories.of("car-bomb").stream()
        .flatMap(s -> s.entities().stream()).toList();
  }

  private static List<Entity> withAlias(String alias) {
    return entities.stream().filter(e -> e.aliases().contains(alias)).toList();
  }

  @Test
  void theJordanianMinisterIsOnePersonInEveryArticle() {
    List<Entity> minister = entities.stream().filter(e -> e.aliases().stream().anyMatch(a -> a.contains("العموري"))).toList();
    assertThat(minister).hasSize(1);
    assertThat(minister.get(0).type()).isEqualTo(EntityType.PER);
    assertThat(minister.get(0).aliases()).contains("إياد العموري", "اياد العموري", "إياد سليمان العموري", "العموري");
    assertThat(minister.get(0).mentions().stream().map(Entity.Mention::article).distinct()).hasSize(4);
    assertThat(minister.get(0).roles()).contains("وزير الخارجية الأردني");
  }

  @Test
  void ammanIsTheCapitalOfJordanNotOman() {
    List<Entity> amman = withAlias("عمّان");
    assertThat(amman).hasSize(1);
    assertThat(amman.get(0).geo().country()).isEqualTo("JO");
    assertThat(amman.get(0).geo().placeId()).isEqualTo("jo-amman-amman");
    assertThat(amman.get(0).aliases()).contains("عمان");
  }

  @Test
  void worldRegionsArePlacedAsRegions() {
    for (String name : List.of("أوروبا", "الشرق الأوسط", "الخليج العربي", "شمال أفريقيا")) {
      List<Entity> e = withAlias(name);
      assertThat(e).as(name).hasSize(1);
      assertThat(e.get(0).geo()).as(name).isNotNull();
      assertThat(e.get(0).geo().precision()).as(name).isEqualTo("region");
      assertThat(e.get(0).geo().country()).as(name).isNull();
    }
  }

  @Test
  void noAdjectiveCurrencyOrOutletWordIsAnEntity() {
    assertThat(entities).noneMatch(e -> e.type() == EntityType.PER && e.aliases().contains("بري"));
    assertThat(entities).noneMatch(e -> e.aliases().stream().anyMatch(a -> a.contains("دولار")));
    assertThat(entities).noneMatch(e -> e.type() == EntityType.LOC && e.aliases().contains("الشام"));
    assertThat(entities).anyMatch(e -> e.type() == EntityType.ORG && e.aliases().contains("صوت الشام"));
    assertThat(entities).anyMatch(e -> e.type() == EntityType.ORG && e.aliases().contains("قناة المدى"));
  }

  @Test
  void theSyrianHealthMinistryKeepsItsAdjective() {
    assertThat(carBomb).anyMatch(e -> e.type() == EntityType.ORG && e.aliases().contains("وزارة الصحة السورية"));
  }

  @Test
  void muscatIsPlacedAndTheEuropeanUnionIsNoPlace() {
    List<Entity> muscat = withAlias("مسقط");
    assertThat(muscat).hasSize(1);
    assertThat(muscat.get(0).geo().country()).isEqualTo("OM");
    assertThat(withAlias("الاتحاد الأوروبي")).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EntityType.ORG);
      assertThat(e.geo()).isNull();
    });
  }

  @Test
  void aVillageTheGazetteerDoesNotKnowIsStillAPlace() {
    assertThat(carBomb).anyMatch(e -> e.type() == EntityType.LOC && e.aliases().contains("سجو"));
  }
}
