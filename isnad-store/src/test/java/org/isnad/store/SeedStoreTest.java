package org.isnad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.Span;
import org.isnad.search.SearchHit;
import org.isnad.search.SearchQuery;
import org.isnad.search.SearchResult;
import org.isnad.search.Snippet;
import org.isnad.store.IngestOutcome.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on the real seed articles (../shared/seeds, read in place; skipped when absent). */
class SeedStoreTest {

  @TempDir Path tmp;

  static Path seeds() {
    Path dir = Path.of(System.getProperty("isnad.shared", "../../shared")).toAbsolutePath().normalize().resolve("seeds");
    assumeTrue(Files.isDirectory(dir), "../shared/seeds is absent (" + dir + "): test skipped");
    return dir;
  }

  @Test
  void searchFindsEveryTadmurSeedWithHighlightsOnTheOriginal() {
    Path seeds = seeds();
    try (Store store = Store.open(tmp.resolve("store"))) {
      IngestReport r = store.ingest(List.of(seeds));
      assertThat(r.count(Status.STORED)).isEqualTo(5);
      SearchResult found = store.search(SearchQuery.of("تدمر"));
      assertThat(found.total()).isEqualTo(5);
      for (SearchHit h : found.hits()) {
        String original = store.analysed(h.articleId()).orElseThrow().clean().original();
        assertThat(h.snippets()).isNotEmpty();
        for (Snippet s : h.snippets()) {
          assertThat(original.substring(s.span().start(), s.span().end())).isEqualTo(s.text());
          assertThat(s.highlights()).isNotEmpty();
          for (Span m : s.highlights()) {
            String marked = Language.arabic().normalizer().fold(original.substring(m.start(), m.end()));
            assertThat(marked).contains("تدمر");
          }
        }
      }
    }
  }

  @Test
  void reingestIsIdempotentAndReopeningRestoresTheStories() {
    Path seeds = seeds();
    Path dir = tmp.resolve("store");
    List<Queries.StorySummary> before;
    try (Store store = Store.open(dir)) {
      store.ingest(List.of(seeds));
      before = store.stories(0, 100);
      assertThat(store.ingest(List.of(seeds)).count(Status.DUPLICATE)).isEqualTo(5);
    }
    try (Store store = Store.open(dir)) {
      assertThat(store.openStats().articles()).isEqualTo(5);
      assertThat(store.stories(0, 100)).isEqualTo(before);
      assertThat(store.articleCount()).isEqualTo(5);
      IngestReport again = store.ingest(List.of(seeds));
      assertThat(again.count(Status.DUPLICATE)).isEqualTo(5);
      assertThat(again.count(Status.STORED)).isZero();
      String story = before.get(0).id();
      assertThat(store.story(story).orElseThrow().get("story").get("id").asText()).isEqualTo(story);
    }
  }

  @Test
  void aStoryGrownOneArticleAtATimeReadsBackAsTheReportWritesIt() throws Exception {
    Path seeds = seeds();
    List<Path> files;
    try (var list = Files.list(seeds)) {
      files = list.sorted().toList();
    }
    Path dir = tmp.resolve("store");
    try (Store store = Store.open(dir, StoreConfig.defaults().withCommitEvery(1))) {
      for (Path f : files) {
        store.ingest(List.of(f));
      }
      StoreTest.assertStoriesAsReported(store);
      var story = store.storyOnly(store.stories(0, 1).get(0).id()).orElseThrow();
      for (String part : List.of("reuse", "entities", "events", "quotes", "facts")) {
        assertThat(story.get(part)).as(part).isNotEmpty();
      }
    }
    try (Store store = Store.open(dir)) {
      StoreTest.assertStoriesAsReported(store);
    }
  }

  @Test
  void entityAndEventFiltersKeepOnlyArticlesThatMentionThem() {
    Path seeds = seeds();
    try (Store store = Store.open(tmp.resolve("store"))) {
      store.ingest(List.of(seeds));
      List<String> ids = store.search(SearchQuery.of("").withPage(0, 100)).hits().stream().map(SearchHit::articleId).toList();
      assertThat(ids).hasSize(5);
      var withEvents = ids.stream().map(id -> store.analysed(id).orElseThrow())
          .filter(a -> !a.events().isEmpty()).findFirst().orElseThrow();
      var type = withEvents.events().get(0).type();
      SearchResult byEvent = store.search(SearchQuery.of("").withEvent(type).withPage(0, 100));
      assertThat(byEvent.total()).isBetween(1L, 5L);
      byEvent.hits().forEach(h -> assertThat(store.analysed(h.articleId()).orElseThrow().events())
          .anySatisfy(e -> assertThat(e.type()).isEqualTo(type)));
      var mention = withEvents.entities().get(0);
      SearchResult byEntity = store.search(SearchQuery.of("").withEntity(mention.text()).withPage(0, 100));
      assertThat(byEntity.hits()).extracting(SearchHit::articleId).contains(withEvents.id());
      assertThat(store.entities(null, 0, 10)).isNotEmpty();
    }
  }
}
