package org.isnad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.model.EventType;
import org.isnad.model.Outlet;
import org.isnad.model.Span;
import org.isnad.report.ReportWriter;
import org.isnad.search.SearchHit;
import org.isnad.search.SearchResult;
import org.isnad.search.Snippet;
import org.isnad.store.Queries;
import org.isnad.store.Store;

/**
 * The server's view of a durable store ({@code isnad ingest}, {@code isnad watch --store}): stories
 * and articles in the report's JSON shapes, Lucene search with highlights into the originals, and a
 * version that grows with every committed ingest, so open pages see new articles as they arrive.
 *
 * <p>Thread-safe as the store is (one writer, many readers).
 */
public final class StoreArchive implements Archive {

  private static final int PAGE = 100;

  private final Store store;

  public StoreArchive(Store store) {
    this.store = java.util.Objects.requireNonNull(store, "store must not be null");
  }

  @Override
  public long version() {
    return store.changes() + 1;
  }

  @Override
  public String schemaVersion() {
    return ReportWriter.SCHEMA_VERSION;
  }

  @Override
  public Page<StoryCard> stories(int offset, int limit) {
    List<StoryCard> cards = new ArrayList<>();
    for (Queries.StorySummary s : store.stories(offset, limit)) {
      cards.add(card(s, story(s.id()).orElse(null)));
    }
    return new Page<>(store.storyCount(), offset, cards);
  }

  @Override
  public Page<EntityCard> entities(String name, int offset, int limit) {
    List<EntityCard> cards = store.entities(name, offset, limit).stream()
        .map(e -> new EntityCard(e.id(), e.type(), e.canonical(), e.mentions(), e.stories())).toList();
    return new Page<>(store.entityCount(name), offset, cards);
  }

  private static StoryCard card(Queries.StorySummary s, JsonNode story) {
    Set<String> outlets = new LinkedHashSet<>();
    int events = 0;
    int disputed = 0;
    String firstSeen = null;
    if (story != null) {
      for (JsonNode group : story.path("source_groups")) {
        group.forEach(o -> {
          String name = outletName(o.asText());
          if (name != null) {
            outlets.add(name);
          }
        });
      }
      events = story.path("events").size();
      for (JsonNode f : story.path("facts")) {
        disputed += f.path("status").asText().equals("disputed") ? 1 : 0;
      }
      firstSeen = story.path("first_seen").isTextual() ? story.path("first_seen").asText() : null;
    }
    return new StoryCard(s.id(), s.title(), s.articles(), s.sources(), firstSeen, s.lastSeen(),
        List.copyOf(outlets), events, disputed);
  }

  @Override
  public Optional<JsonNode> story(String id) {
    return store.storyOnly(id).map(o -> (JsonNode) o);
  }

  /**
   * The story's page in one read of the store: its JSON and its first {@code limit} articles' handed
   * on as the store's UTF-8 bytes (they are only written out), its members named from their columns.
   */
  @Override
  public Optional<StoryPage> storyPage(String storyId, int limit) {
    return store.storyPage(storyId, 0, limit).map(p -> new StoryPage(
        new Utf8Json(p.json()).asJsonNode(), cards(p.page()), articles(p.page())));
  }

  @Override
  public Optional<Page<JsonNode>> storyArticles(String storyId, int offset, int limit) {
    return store.storyMembers(storyId, offset, limit).map(StoreArchive::articles);
  }

  private static List<ArticleCard> cards(Store.MemberPage page) {
    return page.members().stream().map(m -> new ArticleCard(m.id(), m.outlet(), m.title(), m.published())).toList();
  }

  private static Page<JsonNode> articles(Store.MemberPage page) {
    return new Page<>(page.members().size(), page.offset(),
        page.articles().stream().map(json -> new Utf8Json(json).asJsonNode()).toList());
  }

  @Override
  public Optional<JsonNode> article(String id) {
    return store.article(id).map(o -> (JsonNode) o);
  }

  @Override
  public SearchResults search(SearchQuery q) {
    org.isnad.search.SearchQuery query = org.isnad.search.SearchQuery.of(q.text())
        .withOutlet(q.outlet()).withDates(q.from(), q.to()).withEntity(q.entity()).withEvent(eventType(q.eventType()))
        .withStory(q.story()).withPage(q.offset(), q.limit());
    SearchResult r = store.search(query);
    List<SearchResults.Hit> hits = new ArrayList<>();
    for (SearchHit h : r.hits()) {
      Snippet s = h.snippets().isEmpty() ? null : h.snippets().get(0);
      hits.add(new SearchResults.Hit(h.articleId(), h.story(), h.title(), outletName(h.outlet()), h.published(), h.score(),
          s == null ? Span.of(0, 0) : s.span(), s == null ? "" : s.text(), s == null ? List.of() : s.highlights()));
    }
    return new SearchResults(r.total(), hits);
  }

  /**
   * An outlet's name as the API gives it: null for what the store writes when it knows none (the
   * unknown outlet's name "unknown" in search hits, "article:ID" in a story's source groups), so
   * that no client shows them as names.
   */
  static String outletName(String name) {
    if (name == null || name.isBlank() || name.equals(Outlet.UNKNOWN.name()) || name.startsWith("article:")) {
      return null;
    }
    return name;
  }

  /** An event type by its JSON name ("attack"), or null; an unknown name is a bad request. */
  private static EventType eventType(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return EventType.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("event", "unknown event type: " + name);
    }
  }

  @Override
  public Iterable<JsonNode> allStories() {
    List<JsonNode> out = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<Queries.StorySummary> page = store.stories(offset, PAGE);
      page.forEach(s -> story(s.id()).ifPresent(out::add));
      if (page.size() < PAGE) {
        return out;
      }
    }
  }

  @Override
  public Map<String, String> outlets() {
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode story : allStories()) {
      for (JsonNode id : story.path("articles")) {
        article(id.asText()).ifPresent(a -> out.put(id.asText(), a.path("outlet").isTextual()
            ? a.path("outlet").asText() : a.path("source").asText()));
      }
    }
    return out;
  }
}
