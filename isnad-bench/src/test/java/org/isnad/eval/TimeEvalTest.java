package org.isnad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.isnad.lang.Language;
import org.junit.jupiter.api.Test;

/** The time stage on the Arabic TimeML documents of ../shared, when they are present. */
class TimeEvalTest {

  @Test
  void valueAccuracyStaysAboveTheRecordedFigure() throws Exception {
    Path shared = Path.of(System.getProperty("isnad.shared", "../../shared")).toAbsolutePath().normalize();
    Path dir = shared.resolve("data/time/arabic-news-timeml");
    assumeTrue(Files.isDirectory(dir), "../shared/data/time is absent (" + dir + "): test skipped");
    TimeEval.Result r = new TimeEval(Language.arabic(), LocalDate.of(2015, 12, 31))
        .run(TimeEval.files(List.of(dir)));
    assertThat(r.gold()).isEqualTo(162);
    assertThat(r.valueAccuracy()).isGreaterThan(0.70);
    assertThat(r.lenientRecall()).isGreaterThan(0.85);
  }
}
