package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.isnad.model.Event;
import org.isnad.model.EventType;
import org.isnad.model.FactStatus;
import org.isnad.model.Story;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An undated report that names the story's day by "أمس" and its weekday ("أمس السبت" in a story of
 * Saturday 5 December) tells that day, written the day after: one event with the dated report's,
 * whose counts the fact table compares. On articles written for this test.
 */
class UndatedWeekdayTest {

  @TempDir Path dir;

  private static final String DATED = """
      اعتقالات في جنين

      السبت 5 كانون الأول 2026
      اعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم السبت، 15 مواطنا خلال اقتحامها مدينة جنين.
      """;
  private static final String UNDATED = """
      الجيش الإسرائيلي يعتقل مطلوبين في جنين

      قال الجيش الإسرائيلي، أمس السبت، إن قواته اعتقلت 11 فلسطينيا مطلوبا خلال عملية في مدينة جنين.
      """;

  @Test
  void yesterdayWithTheStorysWeekdayIsTheStorysDay() throws IOException {
    Files.writeString(dir.resolve("a.txt"), DATED);
    Files.writeString(dir.resolve("b.txt"), UNDATED);
    List<Story> stories = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir)).stories();
    assertThat(stories).hasSize(1);
    List<Event> arrests = stories.get(0).events().stream().filter(e -> e.type() == EventType.ARREST).toList();
    assertThat(arrests).singleElement().satisfies(e -> assertThat(e.start()).isEqualTo(LocalDate.of(2026, 12, 5)));
    assertThat(stories.get(0).facts()).filteredOn(f -> f.slot().equals("arrested")).singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(FactStatus.DISPUTED));
  }
}
