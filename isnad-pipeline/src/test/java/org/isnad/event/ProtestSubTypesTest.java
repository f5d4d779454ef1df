package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.Event;
import org.isnad.model.EventType;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.isnad.model.FigureReport;
import org.isnad.model.Span;
import org.junit.jupiter.api.Test;

/** ACLED's sub-type of a protest follows what was done to it; other types keep their one sub-type. */
class ProtestSubTypesTest {

  private static Event event(EventType type, FigureKind... kinds) {
    List<FigureReport> figures = java.util.Arrays.stream(kinds)
        .map(k -> new FigureReport("a", new Figure(k, 3, false, false, null, Span.of(0, 1), null, null))).toList();
    return new Event("S1-E1", type, null, null, null, null, null, null, figures, List.of());
  }

  @Test
  void aProtestWithoutCasualtiesIsPeaceful() {
    assertThat(event(EventType.PROTEST).acledSubEventType()).isEqualTo("Peaceful protest");
  }

  @Test
  void woundedOrArrestedProtestersMeanIntervention() {
    assertThat(event(EventType.PROTEST, FigureKind.WOUNDED).acledSubEventType()).isEqualTo("Protest with intervention");
    assertThat(event(EventType.PROTEST, FigureKind.ARRESTED).acledSubEventType()).isEqualTo("Protest with intervention");
  }

  @Test
  void killedProtestersMeanExcessiveForce() {
    assertThat(event(EventType.PROTEST, FigureKind.WOUNDED, FigureKind.KILLED).acledSubEventType())
        .isEqualTo("Excessive force against protesters");
  }

  @Test
  void otherTypesKeepTheirSubType() {
    assertThat(event(EventType.AIRSTRIKE, FigureKind.KILLED).acledSubEventType()).isEqualTo("Air/drone strike");
  }
}
