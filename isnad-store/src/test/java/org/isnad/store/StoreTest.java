package org.isnad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.isnad.model.SourceMetadata;
import org.isnad.search.SearchHit;
import org.isnad.search.SearchQuery;
import org.isnad.search.SearchResult;
import org.isnad.store.IngestOutcome.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

  @TempDir Path tmp;

  @Test
  void aStoreOfAnotherFormatVersionIsRefusedNamingTheDirectoryAndBothVersions() throws Exception {
    Path dir = tmp.resolve("store");
    Store.open(dir).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("isnad.db"))) {
      try (var st = c.createStatement()) {
        st.executeUpdate("UPDATE meta SET value = '99' WHERE key = 'format_version'");
      }
    }
    assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreVersionException.class)
        .hasMessageContaining(dir.toAbsolutePath().toString()).hasMessageContaining("99")
        .hasMessageContaining("format version " + Store.FORMAT_VERSION);
    // The refused store is left as it was, and the lock is released.
    assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreVersionException.class);
  }

  @Test
  void aStoreOfTheOlderFormatIsRefusedWithWhatToDo() throws Exception {
    Path dir = tmp.resolve("store");
    Store.open(dir).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("isnad.db"))) {
      try (var st = c.createStatement()) {
        st.executeUpdate("UPDATE meta SET value = '1' WHERE key = 'format_version'");
      }
    }
    assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreVersionException.class)
        .hasMessageContaining(dir.toAbsolutePath().toString()).hasMessageContaining("format version 1")
        .hasMessageContaining("older Isnad").hasMessageContaining("new store");
  }

  @Test
  void storiesRebuiltOverManyTransactionsReadBackAsTheReportWritesThem() throws Exception {
    List<Path> files = Articles.write(tmp.resolve("in"), 6, 10, 11);
    Path dir = tmp.resolve("store");
    StoreConfig config = StoreConfig.defaults().withCommitEvery(3);
    try (Store s = Store.open(dir, config)) {
      for (Path f : files) {
        s.ingest(List.of(f));
      }
      assertStoriesAsReported(s);
    }
    try (Store s = Store.open(dir, config)) {
      assertStoriesAsReported(s);
      assertThat(s.story(s.stories(0, 1).get(0).id()).orElseThrow().get("articles")).isNotEmpty();
    }
  }

  @Test
  void storiesWaitForTheirDelayWithinACallAndAreAllRebuiltBeforeItReturns() throws Exception {
    List<Path> files = Articles.write(tmp.resolve("in"), 6, 10, 11);
    List<Store.Change> changes = new ArrayList<>();
    try (Store s = Store.open(tmp.resolve("now"), StoreConfig.defaults().withCommitEvery(3).withStoryDelayMillis(0))) {
      s.addListener(changes::add);
      s.ingest(files);
      assertStoriesAsReported(s);
    }
    long articleChanges = changes.stream().filter(c -> !c.articles().isEmpty()).count();
    long storyChanges = changes.stream().filter(c -> !c.stories().isEmpty()).count();
    assertThat(articleChanges).isEqualTo(20); // 60 articles, 3 per transaction
    assertThat(storyChanges).as("no delay: stories after every transaction").isEqualTo(20);
    changes.clear();
    try (Store s = Store.open(tmp.resolve("later"), StoreConfig.defaults().withCommitEvery(3)
        .withStoryDelayMillis(3_600_000))) {
      s.addListener(changes::add);
      s.ingest(files);
      assertStoriesAsReported(s);
    }
    assertThat(changes.stream().filter(c -> !c.stories().isEmpty()).toList())
        .as("a long delay: stories once, at the end of the call").hasSize(1);
    assertThat(changes.get(changes.size() - 1).stories()).isNotEmpty();
  }

  @Test
  void storiesLeftBehindTheirArticlesAreRebuiltOnOpening() throws Exception {
    List<Path> files = Articles.write(tmp.resolve("in"), 4, 10, 11);
    Path dir = tmp.resolve("store");
    String grown;
    String gone;
    try (Store s = Store.open(dir)) {
      s.ingest(files);
      List<String> ids = new ArrayList<>(s.session().storyIds());
      ids.sort(java.util.Comparator.comparingInt(id -> -s.session().memberCount(id)));
      grown = ids.get(0);
      gone = ids.get(1);
      assertThat(s.session().memberCount(grown)).isGreaterThan(1);
    }
    // As if killed after committing articles and before rebuilding their stories.
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("isnad.db"))) {
      try (var st = c.createStatement()) {
        st.executeUpdate("UPDATE stories SET articles = 1, json = '{}' WHERE id = '" + grown + "'");
        for (String table : List.of("stories", "reuse", "entities", "events", "quotes", "facts")) {
          st.executeUpdate("DELETE FROM " + table + " WHERE " + (table.equals("stories") ? "id" : "story")
              + " = '" + gone + "'");
        }
      }
    }
    try (Store s = Store.open(dir)) {
      assertThat(s.openStats().rebuiltStories()).isEqualTo(2);
      assertStoriesAsReported(s);
    }
    try (Store s = Store.open(dir)) {
      assertThat(s.openStats().rebuiltStories()).isZero();
    }
  }

  /** Every story reads back as ReportWriter writes it rebuilt now, and no part row is left over. */
  static void assertStoriesAsReported(Store s) {
    List<String> ids = s.session().storyIds();
    assertThat(s.storyCount()).isEqualTo(ids.size());
    int rebuilt = 0;
    for (String id : ids) {
      var expected = org.isnad.report.ReportWriter.storyJson(s.session().build(id));
      assertThat(s.storyOnly(id).orElseThrow().toString()).as("story %s", id).isEqualTo(expected.toString());
      rebuilt += expected.get("articles").size() > 3 ? 1 : 0;
    }
    assertThat(rebuilt).as("stories rebuilt in several transactions").isPositive();
    for (StoryParts p : StoryParts.values()) {
      long rows = s.db().read(c -> Queries.count(c, p.table));
      long expected = ids.stream().mapToLong(id -> p.rows(s.session().build(id))).sum();
      assertThat(rows).as(p.table).isEqualTo(expected);
    }
  }

  @Test
  void aSecondOpenOfTheSameStoreIsRefused() {
    Path dir = tmp.resolve("store");
    try (Store s = Store.open(dir)) {
      assertThat(s.directory()).isEqualTo(dir);
      assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class).hasMessageContaining("open in another");
    }
  }

  @Test
  void theSameUrlFetchedTwiceIsADuplicateEvenWithOtherContent() {
    try (Store s = Store.open(tmp.resolve("store"))) {
      String url = "https://example.org/a/1";
      IngestReport first = s.ingest(page(url, "<html><body><p>" + Articles.line(new Random(1), 1) + "</p></body></html>"));
      assertThat(first.count(Status.STORED)).isEqualTo(1);
      IngestReport second = s.ingest(page(url, "<html><body><p>" + Articles.line(new Random(2), 2) + "</p></body></html>"));
      assertThat(second.outcomes()).singleElement().satisfies(o -> {
        assertThat(o.status()).isEqualTo(Status.DUPLICATE);
        assertThat(o.reason()).contains("same URL");
      });
      assertThat(s.articleCount()).isEqualTo(1);
    }
  }

  @Test
  void badInputIsRejectedAndTheRestOfTheBatchStored() throws Exception {
    List<Path> files = new ArrayList<>(Articles.write(tmp.resolve("in"), 2, 3, 3));
    Path empty = tmp.resolve("in/empty.txt");
    java.nio.file.Files.write(empty, new byte[0]);
    files.add(1, empty);
    files.add(tmp.resolve("in/missing.txt"));
    try (Store s = Store.open(tmp.resolve("store"))) {
      IngestReport r = s.ingest(files);
      assertThat(r.count(Status.STORED)).isEqualTo(6);
      assertThat(r.count(Status.REJECTED)).isEqualTo(2);
    }
  }

  @Test
  void filtersByOutletDateStoryAndListeners() throws Exception {
    List<Path> files = Articles.write(tmp.resolve("in"), 3, 8, 5);
    try (Store s = Store.open(tmp.resolve("store"))) {
      List<Store.Change> changes = new ArrayList<>();
      s.addListener(changes::add);
      s.ingest(files);
      assertThat(changes).isNotEmpty();
      assertThat(s.changes()).isEqualTo(changes.get(changes.size() - 1).counter());
      SearchResult all = s.search(SearchQuery.of("مدينة").withPage(0, 100));
      assertThat(all.total()).isEqualTo(24);
      SearchResult halab = s.search(SearchQuery.of("\"مدينة حلب\"").withPage(0, 100));
      assertThat(halab.total()).isEqualTo(3);
      for (SearchHit h : halab.hits()) {
        String original = s.analysed(h.articleId()).orElseThrow().clean().original();
        var m = h.snippets().get(0).highlights().get(0);
        assertThat(original.substring(m.start(), m.end())).isEqualTo("مدينة حلب");
      }
      String outlet = s.analysed(all.hits().get(0).articleId()).orElseThrow().clean().outlet().name();
      SearchResult byOutlet = s.search(SearchQuery.of("مدينة").withOutlet(outlet).withPage(0, 100));
      assertThat(byOutlet.total()).isBetween(1L, 23L);
      byOutlet.hits().forEach(h -> assertThat(h.outlet()).isEqualTo(outlet));
      SearchResult march = s.search(SearchQuery.of("").withDates(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))
          .withPage(0, 100));
      assertThat(march.total()).isBetween(1L, 23L);
      march.hits().forEach(h -> assertThat(h.published()).startsWith("2025-03"));
      String story = all.hits().get(0).story();
      SearchResult inStory = s.search(SearchQuery.of("").withStory(story).withPage(0, 100));
      inStory.hits().forEach(h -> assertThat(h.story()).isEqualTo(story));
      assertThat(inStory.total()).isEqualTo(s.story(story).orElseThrow().get("articles").size());
    }
  }

  @Test
  void anEntityNamedInTwoStoriesIsOneArchiveEntityListingBoth() {
    try (Store s = Store.open(tmp.resolve("store"))) {
      s.ingest(page("https://example.org/a", dated("2025-01-05T08:00:00Z", "أعلن الجيش العراقي مقتل عنصرين من تنظيم"
          + " داعش في اشتباك قرب الموصل. وقال مصدر أمني إن القوات تواصل عملياتها في المنطقة الصحراوية.")));
      s.ingest(page("https://example.org/b", dated("2025-06-20T08:00:00Z", "قال وزير الاقتصاد إن الحكومة ستطلق"
          + " برنامجا لدعم المزارعين بعد تراجع إنتاج القمح هذا الموسم. وأضاف أن خطر داعش على الطرق الزراعية تراجع.")));
      assertThat(s.storyCount()).isEqualTo(2);
      assertThat(s.entities("داعش", 0, 10)).singleElement().satisfies(e -> {
        assertThat(e.id()).isEqualTo("isis");
        assertThat(e.type()).isEqualTo("ORG");
        assertThat(e.stories()).hasSize(2);
        assertThat(e.mentions()).isEqualTo(2);
      });
      assertThat(s.entityCount("داعش")).isEqualTo(1);
      assertThat(s.entities("isis", 0, 10)).extracting(Queries.EntityRow::id).containsExactly("isis");
      assertThat(s.entityCount(null)).isEqualTo(s.entities(null, 0, 1000).size());
    }
  }

  private static String dated(String iso, String text) {
    return "<html><head><meta property=\"article:published_time\" content=\"" + iso + "\"></head><body><article><p>"
        + text + "</p></article></body></html>";
  }

  private static FetchedPage page(String url, String html) {
    return new FetchedPage(url, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Instant.now(),
        SourceMetadata.NONE);
  }
}
