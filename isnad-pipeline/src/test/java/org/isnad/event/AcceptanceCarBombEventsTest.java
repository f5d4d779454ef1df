package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.List;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.Fact;
import org.isnad.model.FactValue;
import org.isnad.model.Quote;
import org.isnad.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Figures, authorities and quotations of the acceptance story "car-bomb"
 * (org/isnad/acceptance/car-bomb/EXPECTED.md, written before Isnad ran on it).
 */
class AcceptanceCarBombEventsTest {

  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    List<Story> stories = AcceptanceStories.of("car-bomb");
    story = stories.get(0);
  }

  private static List<FactValue> values(String slot) {
    return story.facts().stream().filter(f -> f.slot().equals(slot)).flatMap(f -> f.values().stream()).toList();
  }

  @Test
  void eightKilledAreNeverOnTheHealthMinistrysWordAndSevenAlwaysAre() {
    for (FactValue v : values("killed")) {
      if (v.value().equals("8")) {
        assertThat(v.authority()).doesNotContain("وزارة الصحة");
      }
      if (v.value().equals("7")) {
        assertThat(v.authority()).startsWith("وزارة الصحة").doesNotContain("الدفاع");
      }
    }
  }

  @Test
  void aTallyIsNoAuthorityOfItsOwn() {
    assertThat(values("killed")).noneMatch(v -> v.authority() != null && v.authority().contains("حصيلة"));
    assertThat(values("wounded")).noneMatch(v -> v.authority() != null && v.authority().contains("حصيلة"));
  }

  @Test
  void threeWereArrestedAndNoPartitiveCountsOne() {
    assertThat(values("arrested")).extracting(FactValue::value).contains("3").doesNotContain("1");
  }

  @Test
  void theObservatorySpeaksOnlyForTheToll() {
    List<Quote> observatory = story.quotes().stream()
        .filter(q -> q.speakerName() != null && q.speakerName().startsWith("المرصد")).toList();
    assertThat(observatory).isNotEmpty().allSatisfy(q -> assertThat(q.text()).doesNotContain("اعتقلت"));
  }

  @Test
  void theProvinceSpeaksAsAnInstitution() {
    assertThat(story.quotes()).anyMatch(q -> "ولاية كلس التركية".equals(q.speakerName())
        && q.text().contains("نُقلوا إلى مستشفياتها"));
  }

  @Test
  void theBombingIsInAzazNotWhereTheWoundedWereTaken() {
    List<Fact> place = story.facts().stream().filter(f -> f.slot().equals("place"))
        .filter(f -> f.values().stream().anyMatch(v -> v.value().equals("إعزاز"))).toList();
    assertThat(place).isNotEmpty().allSatisfy(f -> assertThat(f.values()).extracting(FactValue::value)
        .doesNotContain("كلس", "البادية السورية"));
  }

  @Test
  void theBombingsSidesAreNeitherTheArrestingForceNorItsSources() {
    org.isnad.model.Event bombing = story.events().stream()
        .filter(e -> e.type() == org.isnad.model.EventType.BOMBING).findFirst().orElseThrow();
    for (String side : java.util.Arrays.asList(bombing.actor1(), bombing.actor2())) {
      if (side == null) {
        continue;
      }
      String name = story.entities().stream().filter(x -> x.id().equals(side)).findFirst().orElseThrow().canonical();
      assertThat(name).isNotIn("قوات الأمن الداخلي", "الحكومة السورية").doesNotContain("وزارة الصحة");
    }
  }

  @Test
  void theCircumstancesComparedAreAccountsOfTheBombingNotOfTheArrests() {
    assertThat(values("circumstances")).isNotEmpty().noneMatch(v -> v.value().startsWith("اعتقلت"));
  }

  @Test
  void aBodyNamedByItsPlaceSpeaksAsWrittenNotAsThePlace() {
    assertThat(story.quotes()).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("المجلس المحلي في إعزاز");
      assertThat(q.speaker()).isNull();
    });
    assertThat(story.quotes()).noneMatch(q -> "إعزاز".equals(q.speakerName()) || "كلس".equals(q.speakerName()));
  }
}
