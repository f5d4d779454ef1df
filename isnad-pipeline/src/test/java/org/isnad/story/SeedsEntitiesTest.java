package org.isnad.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Story;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.testing.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entities of the seed story (../shared/seeds/NOTES.md): spellings merged, places on the map. */
class SeedsEntitiesTest {

  private static Story story;

  @BeforeAll
  static void analyse() {
    story = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(Seeds.dir())).stories().get(0);
  }

  /** The entities one of whose aliases contains {@code word}. */
  private static List<Entity> withAlias(String word) {
    return story.entities().stream().filter(e -> e.aliases().stream().anyMatch(a -> a.contains(word))).toList();
  }

  @Test
  void theThreeSpellingsOfTheEnvoyAreOnePerson() {
    List<Entity> envoy = withAlias("براك");
    assertThat(envoy).hasSize(1);
    assertThat(envoy.get(0).type()).isEqualTo(EntityType.PER);
    assertThat(envoy.get(0).aliases()).anyMatch(a -> a.startsWith("توم ")).anyMatch(a -> a.startsWith("توماس"))
        .anyMatch(a -> a.contains("برّاك"));
  }

  @Test
  void thePresidentNamedByHisFamilyNameAloneIsTheSamePerson() {
    List<Entity> sharaa = story.entities().stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().endsWith("الشرع"))).toList();
    assertThat(sharaa).hasSize(1);
    assertThat(sharaa.get(0).mentions()).anyMatch(m -> m.text().equals("الشرع"));
    assertThat(sharaa.get(0).mentions()).anyMatch(m -> m.text().equals("احمد الشرع"));
  }

  @Test
  void theSpokesmansTwoSpellingsAreOnePerson() {
    List<Entity> spokesman = withAlias("البابا");
    assertThat(spokesman).hasSize(1);
    assertThat(spokesman.get(0).aliases()).contains("نور الدين البابا", "نورالدين البابا");
  }

  @Test
  void theNamesOfTheIslamicStateGroupAreOneOrganisation() {
    List<Entity> daesh = story.entities().stream().filter(e -> e.aliases().contains("داعش")
        || e.aliases().contains("تنظيم الدولة") || e.aliases().contains("تنظيم الدولة الإسلامية")).toList();
    assertThat(daesh).hasSize(1);
    assertThat(daesh.get(0).aliases()).contains("داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية");
    assertThat(daesh.get(0).aliases()).anyMatch(a -> a.contains("الدولة الإسلامية"));
    assertThat(daesh.get(0).type()).isEqualTo(EntityType.ORG);
  }

  @Test
  void palmyraIsPlacedWithinTenKilometres() {
    Entity palmyra = withAlias("تدمر").stream().filter(e -> e.geo() != null).findFirst().orElseThrow();
    assertThat(km(palmyra.geo().lat(), palmyra.geo().lon(), 34.5560, 38.2670)).isLessThan(10);
    assertThat(palmyra.geo().precision()).isEqualTo("exact");
  }

  @Test
  void theTownsOfTheArrestsAreInHomsGovernorate() {
    for (String town : List.of("الفرقلس", "القريتين")) {
      Entity e = withAlias(town).stream().filter(x -> x.geo() != null).findFirst()
          .orElseThrow(() -> new AssertionError(town + " not placed"));
      assertThat(e.geo().admin1()).as(town).isEqualTo("حمص");
      assertThat(e.geo().country()).isEqualTo("SY");
    }
  }

  private static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
        * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
}
