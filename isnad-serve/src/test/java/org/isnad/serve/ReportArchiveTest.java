package org.isnad.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.isnad.lang.Language;
import org.isnad.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportArchiveTest {

  @TempDir Path dir;

  @Test
  void storiesComeMostRecentFirstWithTheirCounts() {
    Archive archive = ReportArchive.of(Reports.small());
    Page<StoryCard> page = archive.stories(0, 10);
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).extracting(StoryCard::id).containsExactly("s2", "s1");
    StoryCard rain = page.items().get(1);
    assertThat(rain.articles()).isEqualTo(2);
    assertThat(rain.disputed()).isEqualTo(1);
    assertThat(rain.outlets()).containsExactly("وكالة الشمال", "صحيفة إربد");
    assertThat(archive.stories(5, 10).items()).isEmpty();
    assertThat(archive.storyArticles("s1", 0, 10).orElseThrow().items()).extracting(a -> a.path("id").asText())
        .containsExactly("a1", "a2");
    assertThat(archive.story("nope")).isEmpty();
  }

  @Test
  void aStoryPageNamesEveryArticleAndSendsTheFirstInFull() {
    Archive archive = ReportArchive.of(Reports.small());
    StoryPage page = archive.storyPage("s1", 1).orElseThrow();
    assertThat(page.story().path("id").asText()).isEqualTo("s1");
    assertThat(page.sources()).containsExactly(
        new ArticleCard("a1", "وكالة الشمال", "أمطار غزيرة تغلق طرقا في شمال الأردن", "2026-01-10T08:00:00Z"),
        new ArticleCard("a2", "صحيفة إربد", "الأمطارُ تُغلق طرقاً في إربد", "2026-01-11T09:00:00Z"));
    assertThat(page.articles().total()).isEqualTo(2);
    assertThat(page.articles().items()).extracting(a -> a.path("original").asText()).containsExactly(Reports.RAIN);
    Page<JsonNode> rest = archive.storyArticles("s1", 1, 5).orElseThrow();
    assertThat(rest.offset()).isEqualTo(1);
    assertThat(rest.items()).extracting(a -> a.path("id").asText()).containsExactly("a2");
    assertThat(archive.storyArticles("s1", 2, 5).orElseThrow().items()).isEmpty();
    assertThat(archive.storyPage("nope", 5)).isEmpty();
    assertThat(archive.storyArticles("nope", 0, 5)).isEmpty();
  }

  @Test
  void searchFoldsSpellingAndHighlightsTheOriginalCharacters() {
    Archive archive = ReportArchive.of(Reports.small());
    // The query has no shadda; the article writes الصفّار with one: the highlight covers the original.
    SearchResults r = archive.search(SearchQuery.of("الصفار"));
    assertThat(r.total()).isEqualTo(1);
    SearchResults.Hit hit = r.hits().get(0);
    assertThat(hit.article()).isEqualTo("a2");
    assertThat(hit.highlights()).hasSize(1);
    Span h = hit.highlights().get(0);
    assertThat(h.in(Reports.RAIN2)).isEqualTo("الصفّار");
    assertThat(hit.snippet().contains(h)).isTrue();
    assertThat(hit.snippetText()).isEqualTo(hit.snippet().in(Reports.RAIN2));
  }

  @Test
  void searchMatchesInflectionsThroughTheStemmer() {
    Archive archive = ReportArchive.of(Reports.small());
    Language ar = Language.arabic();
    String key = ar.stemmer().key(ar.normalizer().fold("الأمطار"));
    assertThat(ar.stemmer().key(ar.normalizer().fold("أمطار"))).isEqualTo(key);
    SearchResults r = archive.search(SearchQuery.of("أمطار"));
    assertThat(r.hits()).extracting(SearchResults.Hit::article).containsExactlyInAnyOrder("a1", "a2");
  }

  @Test
  void everyWordMustOccurAndAPhraseInARow() {
    Archive archive = ReportArchive.of(Reports.small());
    assertThat(archive.search(SearchQuery.of("معرض أمطار")).total()).isZero();
    assertThat(archive.search(SearchQuery.of("\"معرض بيروت\"")).total()).isEqualTo(1);
    assertThat(archive.search(SearchQuery.of("\"بيروت معرض\"")).total()).isZero();
    assertThat(archive.search(SearchQuery.of("!!!")).total()).isZero();
  }

  @Test
  void filtersNarrowTheHits() {
    Archive archive = ReportArchive.of(Reports.small());
    assertThat(archive.search(new SearchQuery("أمطار", "صحيفة إربد", null, null, null, null, null, 0, 10)).hits())
        .extracting(SearchResults.Hit::article).containsExactly("a2");
    assertThat(archive.search(new SearchQuery("أمطار", null, LocalDate.of(2026, 1, 11), null, null, null, null, 0, 10))
        .total()).isEqualTo(1);
    assertThat(archive.search(new SearchQuery("أمطار", null, null, null, "سامي الصفار", null, null, 0, 10)).total())
        .isEqualTo(2);
    assertThat(archive.search(new SearchQuery("أمطار", null, null, null, null, "attack", null, 0, 10)).total()).isZero();
    assertThat(archive.search(new SearchQuery("أمطار", null, null, null, null, "protest", "s1", 1, 10)).hits()).hasSize(1);
  }

  @Test
  void aReplacedFileIsReloadedAndABrokenOneIgnored() throws IOException, InterruptedException {
    Path file = dir.resolve("report.json");
    ObjectNode report = Reports.small();
    Reports.write(report, file);
    try (ReportArchive archive = ReportArchive.open(dir, Duration.ofHours(1))) {
      assertThat(archive.version()).isEqualTo(1);
      ((com.fasterxml.jackson.databind.node.ArrayNode) report.get("articles"))
          .add(Reports.article("a4", "s2", "موقع جديد", Reports.BOOKS + " وزار المعرض آلاف القراء.", "2026-02-02T10:00:00Z"));
      ((com.fasterxml.jackson.databind.node.ArrayNode) report.get("stories").get(1).get("articles")).add("a4");
      Reports.write(report, file);
      archive.refresh();
      assertThat(archive.version()).isEqualTo(2);
      assertThat(archive.storyArticles("s2", 0, 10).orElseThrow().items()).hasSize(2);
      Files.writeString(file, "{\"stories\": [");
      archive.refresh();
      assertThat(archive.version()).isEqualTo(2);
      assertThat(archive.lastError()).contains("not readable JSON");
      assertThat(archive.storyArticles("s2", 0, 10).orElseThrow().items()).hasSize(2);
    }
  }

  @Test
  void anUnknownSchemaMajorVersionIsRefusedByNumber() throws IOException {
    ObjectNode report = Reports.small().put("schema_version", "2.0.0");
    Reports.write(report, dir.resolve("report.json"));
    assertThatThrownBy(() -> ReportArchive.open(dir, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2.0.0");
    assertThatThrownBy(() -> ReportArchive.open(dir.resolve("absent.json"), Duration.ofSeconds(1)))
        .isInstanceOf(IOException.class).hasMessageContaining("no such report");
  }
}
