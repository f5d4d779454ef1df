package org.isnad.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.EventType;
import org.isnad.model.FigureKind;
import org.isnad.model.FigureReport;
import org.isnad.model.Quote;
import org.isnad.model.Story;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.testing.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Events, figures and quotations of the seed story, as ../shared/seeds/NOTES.md describes them. */
class SeedsEventsTest {

  private static Story story;

  @BeforeAll
  static void analyse() {
    story = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(Seeds.dir())).stories().get(0);
  }

  private static List<Long> values(Event e, FigureKind kind, boolean perpetrator) {
    return e.figures().stream().map(FigureReport::figure)
        .filter(f -> f.kind() == kind && f.perpetrator() == perpetrator).map(f -> f.value()).toList();
  }

  private static Event attack() {
    return story.events().stream().filter(e -> e.type().violent() && !values(e, FigureKind.KILLED, false).isEmpty())
        .reduce((a, b) -> a.figures().size() >= b.figures().size() ? a : b).orElseThrow();
  }

  private static Entity entity(String id) {
    return story.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theAttackIsOneEventOnTheThirteenthNearPalmyra() {
    Event attack = attack();
    assertThat(attack.start()).isEqualTo(LocalDate.of(2025, 12, 13));
    assertThat(attack.end()).isEqualTo(LocalDate.of(2025, 12, 13));
    assertThat(entity(attack.place()).aliases()).anyMatch(a -> a.contains("تدمر"));
    assertThat(story.events().stream().filter(e -> e.type().violent() && !e.figures().isEmpty())).hasSize(1);
    assertThat(attack.mentions().stream().map(m -> m.article()).distinct()).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void threeKilledAndTheAttackerApart() {
    Event attack = attack();
    assertThat(values(attack, FigureKind.KILLED, false)).isNotEmpty().allMatch(v -> v == 3);
    assertThat(values(attack, FigureKind.KILLED, true)).isNotEmpty().allMatch(v -> v == 1);
  }

  @Test
  void woundedThreeByMostAndTwoOnTheInteriorMinistrysWord() {
    Event attack = attack();
    assertThat(values(attack, FigureKind.WOUNDED, false)).contains(3L, 2L);
    long threes = values(attack, FigureKind.WOUNDED, false).stream().filter(v -> v == 3).count();
    assertThat(threes).isGreaterThan(2);
    assertThat(attack.figures()).anyMatch(r -> r.figure().kind() == FigureKind.WOUNDED && r.figure().value() == 2
        && r.figure().authority() != null && r.figure().authority().contains("الداخ"));
  }

  @Test
  void fiveArrestedIsOneEventAfterTheAttack() {
    List<Event> fives = story.events().stream().filter(e -> values(e, FigureKind.ARRESTED, false).contains(5L)).toList();
    assertThat(fives).hasSize(1);
    assertThat(values(fives.get(0), FigureKind.ARRESTED, false)).hasSizeGreaterThanOrEqualTo(3).allMatch(v -> v == 5);
    assertThat(fives.get(0).type()).isEqualTo(EventType.ARREST);
  }

  @Test
  void theJointOperationsOfLateNovemberAndTheIraqiRaidAreEventsOfTheirOwn() {
    assertThat(story.events()).anyMatch(e -> LocalDate.of(2025, 11, 24).equals(e.start())
        && LocalDate.of(2025, 11, 27).equals(e.end()));
    assertThat(story.events()).anyMatch(e -> e.type() == EventType.ARREST && e.start() != null
        && e.start().isBefore(LocalDate.of(2025, 12, 13)));
  }

  @Test
  void theForeignMinistersCallIsAContactBetweenTwoPeopleApartFromOtherContacts() {
    assertThat(story.events()).anyMatch(e -> e.type() == EventType.DIPLOMATIC_CONTACT && e.actor1() != null
        && e.actor2() != null && entity(e.actor1()).type() == org.isnad.model.EntityType.PER
        && entity(e.actor2()).type() == org.isnad.model.EntityType.PER && e.start() == null);
  }

  @Test
  void theSpokesmansWordsToTheChannelCarryItAsTheirChainInTwoOutlets() {
    assertThat(quotesOf("البابا").stream().filter(q -> q.chain().stream().anyMatch(l -> l.name().contains("الإخبارية")))
        .map(q -> q.source().article()).distinct()).hasSizeGreaterThanOrEqualTo(2);
  }

  private static List<Quote> quotesOf(String name) {
    return story.quotes().stream().filter(q -> q.speakerName() != null && q.speakerName().contains(name)).toList();
  }

  @Test
  void quotationsHaveTheirSpeakers() {
    assertThat(quotesOf("ترامب")).anyMatch(q -> q.text().contains("سترد"));
    assertThat(quotesOf("براك")).anyMatch(q -> q.text().contains("الهجوم"));
    assertThat(quotesOf("البابا")).anyMatch(q -> q.text().contains("تحذيرات"));
  }

  @Test
  void theSpokesmansWordsReachOneOutletThroughTheSyrianNewsChannel() {
    assertThat(quotesOf("البابا")).anyMatch(q -> q.chain().stream().anyMatch(l -> l.name().contains("الإخبارية")));
  }

  @Test
  void theSameStatementInSeveralOutletsIsOneGroup() {
    assertThat(quotesOf("البابا").stream().filter(q -> q.text().contains("تحذيرات مسبقة"))
        .map(Quote::group).distinct()).hasSizeLessThan(
            (int) quotesOf("البابا").stream().filter(q -> q.text().contains("تحذيرات مسبقة")).count());
  }
}
