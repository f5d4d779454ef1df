package org.isnad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.isnad.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 during ingest: a child JVM ingests many articles and is killed (SIGKILL) in the middle;
 * every article it had acknowledged must be in the reopened store, which opens cleanly, and a second
 * ingest of the same files completes the store without duplicating anything.
 */
class KillRecoveryTest {

  @TempDir Path tmp;

  @Test
  void nothingAcknowledgedIsLostWhenTheIngestIsKilled() throws Exception {
    List<Path> files = Articles.write(tmp.resolve("in"), 40, 8, 7);
    Path dir = tmp.resolve("store");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), KillMain.class.getName(), dir.toString()));
    files.forEach(f -> cmd.add(f.toString()));
    Process child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    Set<String> acknowledged = new LinkedHashSet<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("stored ")) {
          acknowledged.add(line.substring(7));
        }
        if (acknowledged.size() >= 60) {
          child.destroyForcibly(); // SIGKILL, mid-ingest
          break;
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(60).hasSizeLessThan(320);

    try (Store store = Store.open(dir)) {
      for (String id : acknowledged) {
        assertThat(store.analysed(id)).as("acknowledged article %s", id).isPresent();
      }
      long kept = store.articleCount();
      assertThat(kept).isGreaterThanOrEqualTo(acknowledged.size());
      assertStoriesCountTheirMembers(store);
      assertThat(store.search(SearchQuery.of("مدينة").withPage(0, 1)).total()).isEqualTo(kept);
      IngestReport again = store.ingest(files);
      assertThat(again.count(IngestOutcome.Status.DUPLICATE)).isEqualTo(kept);
      assertThat(again.count(IngestOutcome.Status.STORED)).isEqualTo(320 - kept);
      assertThat(store.articleCount()).isEqualTo(320);
      assertThat(store.search(SearchQuery.of("مدينة").withPage(0, 1)).total()).isEqualTo(320);
      assertStoriesCountTheirMembers(store);
    }
  }

  /** Stories are rebuilt after their articles commit; a reopened store has none left behind. */
  private static void assertStoriesCountTheirMembers(Store store) {
    List<Queries.StorySummary> stories = store.stories(0, 1000);
    assertThat(stories).isNotEmpty();
    for (Queries.StorySummary s : stories) {
      assertThat(s.articles()).as("story %s", s.id())
          .isEqualTo(store.storyMembers(s.id(), 0, 1).orElseThrow().members().size());
    }
    long members = stories.stream().mapToLong(Queries.StorySummary::articles).sum();
    assertThat(members).as("every stored article is a member of a stored story").isEqualTo(store.articleCount());
  }
}
