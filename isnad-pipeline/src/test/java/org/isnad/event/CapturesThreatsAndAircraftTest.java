package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.isnad.model.FigureKind;
import org.junit.jupiter.api.Test;

/**
 * Shelling by aircraft is an airstrike ("قصفت طائرات حربية مواقع"); fighters who capture soldiers abduct them,
 * a state's forces arrest ("أسرت حماس جنديا"، "أسر الجيش"); a threat to kill ("هددت بقتل الرهائن الخمسة") counts no
 * dead. Sentences written for these tests after reader 11's report (#23, #12, #2).
 */
class CapturesThreatsAndAircraftTest {

  private static List<EventMention> events(String text) {
    return Extraction.dated(text, LocalDate.of(2026, 3, 10)).events();
  }

  @Test
  void aircraftShellingIsAnAirstrike() {
    assertThat(events("وقصفت مقاتلات حربية أمس مخازن للأسلحة في ريف حماة ما أدى إلى مقتل ثلاثة عناصر."))
        .anyMatch(e -> e.type() == EventType.AIRSTRIKE).noneMatch(e -> e.type() == EventType.SHELLING);
  }

  @Test
  void artilleryShellingStaysShelling() {
    assertThat(events("وقصفت المدفعية أمس مواقع للمسلحين في ريف حماة ما أدى إلى مقتل ثلاثة عناصر."))
        .anyMatch(e -> e.type() == EventType.SHELLING).noneMatch(e -> e.type() == EventType.AIRSTRIKE);
  }

  @Test
  void fightersCaptureByAbduction() {
    assertThat(events("وأسر مقاتلو الحركة جنديين إسرائيليين أمس قرب الحدود بعد هجوم على دورية."))
        .noneMatch(e -> e.type() == EventType.ARREST);
    assertThat(events("وأسرت حركة طالبان جنديا أميركيا أمس في ولاية هلمند."))
        .anyMatch(e -> e.type() == EventType.ABDUCTION).noneMatch(e -> e.type() == EventType.ARREST);
  }

  @Test
  void familiesOfDetaineesAreNoCapture() {
    assertThat(events("ونظمت أسر المعتقلين أمس وقفة احتجاجية أمام مقر المحكمة في الرباط."))
        .noneMatch(e -> e.type() == EventType.ABDUCTION);
  }

  @Test
  void threatToKillCountsNoDead() {
    assertThat(events("وهدد الخاطفون أمس بقتل العمال الثلاثة إذا لم يتم الإفراج عن رفاقهم."))
        .noneMatch(e -> e.type() == EventType.ATTACK)
        .allSatisfy(e -> assertThat(e.figures()).noneMatch(f -> f.kind() == FigureKind.KILLED));
  }

  @Test
  void killingToldAfterAThreatStays() {
    assertThat(events("هدد الخاطفون الحكومة أمس ثم قتلوا ثلاثة رهائن في هلمند."))
        .anyMatch(e -> e.figures().stream().anyMatch(f -> f.kind() == FigureKind.KILLED && f.value() == 3));
  }
}
