package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.cli.Cli.run;

import java.nio.file.Path;
import org.isnad.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad reanalyse}: the seeds ingested into a store, then analysed again from their originals. */
class ReanalyseCommandTest {

  @TempDir Path tmp;

  @Test
  void theSeedsAreAnalysedAgainAndStillFound() {
    Path store = tmp.resolve("store");
    assertThat(run("ingest", Cli.seeds().toString(), "--store", store.toString()).code()).isZero();

    Run r = run("reanalyse", "--store", store.toString());

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("reanalysed 5 originals: 5 stored, 0 duplicates, 0 rejected")
        .contains("before-reanalyse-");
    Run search = run("search", "تدمر", "--store", store.toString());
    assertThat(search.code()).as(search.toString()).isZero();
    assertThat(search.out()).contains("تدمر");
  }

  @Test
  void aMissingStoreIsAClearError() {
    Run r = run("reanalyse", "--store", tmp.resolve("none").toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("no store");
  }
}
