package org.isnad.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.model.AnalysedArticle;

/** The store's reads, each on the connection given (a reader's, or the writer's inside its transaction). */
public final class Queries {

  private Queries() {}

  /**
   * A story in lists.
   *
   * @param id the story
   * @param title its title
   * @param articles how many articles it has
   * @param sources how many independent sources
   * @param lastSeen its latest article's date or time (ISO), or null
   * @param changed the store's change counter when it last changed
   */
  public record StorySummary(String id, String title, int articles, int sources, String lastSeen, long changed) {}

  /**
   * An article in lists.
   *
   * @param id the article
   * @param title its title
   * @param outlet its outlet's id
   * @param published its date or time (ISO), or null
   * @param url its URL, or null
   * @param source the file or URL it came from
   * @param duplicateOf the article it nearly duplicates, or null
   */
  public record ArticleSummary(String id, String title, String outlet, String published, String url,
      String source, String duplicateOf) {}

  /**
   * A member of a story as its page names it before loading its text.
   *
   * @param id the article
   * @param title its title, or null
   * @param outlet its outlet's display name, or null when the outlet is unknown
   * @param published its date or time (ISO), or null
   */
  public record Member(String id, String title, String outlet, String published) {}

  /**
   * An entity across the archive: every story's entity with this id (the resolver gives one name of
   * one type the same id in every story).
   *
   * @param id its id, the same in every story
   * @param type its type
   * @param canonical its canonical name in the story that mentions it most
   * @param mentions how many mentions it has in all
   * @param stories the stories that name it, most mentions first
   */
  public record EntityRow(String id, String type, String canonical, long mentions, List<String> stories) {}

  record ArticleRow(RecordCodec.ArticleHead head, String story, String duplicateOf) {}

  static List<StorySummary> stories(Connection c, int offset, int limit) throws SQLException {
    return Database.rows(c, "SELECT id, title, articles, sources, last_seen, changed FROM stories"
        + " ORDER BY changed DESC, first_seq DESC LIMIT ? OFFSET ?", r -> new StorySummary(r.getString(1),
        r.getString(2), r.getInt(3), r.getInt(4), r.getString(5), r.getLong(6)), limit, offset);
  }

  /** The story object of the report, put together from its row and its parts' rows; null when none. */
  static ObjectNode story(Connection c, String id) throws SQLException {
    byte[] json = storyJsonBytes(c, id);
    return json == null ? null : parseStory(JsonBytes.of(json));
  }

  /** A story's JSON as {@link #storyJsonBytes} gives it, parsed. */
  static ObjectNode parseStory(JsonBytes json) {
    try {
      return (ObjectNode) STORY_JSON.readTree(json.array(), json.offset(), json.length());
    } catch (java.io.IOException e) {
      throw new StoreException("stored JSON does not parse: " + e.getMessage(), e);
    }
  }

  /**
   * A story's JSON in UTF-8, put together from its row and its parts' rows ({@link StoryParts}: the
   * row alone holds only the keys of its large arrays); null for an unknown story.
   */
  static byte[] storyJsonBytes(Connection c, String id) throws SQLException {
    byte[] head = Database.rows(c, "SELECT json FROM stories WHERE id = ?", r -> r.getBytes(1), id)
        .stream().findFirst().orElse(null);
    return head == null ? null : StoryParts.assemble(c, id, head);
  }

  /** {@code node} as JSON in UTF-8. */
  static byte[] json(com.fasterxml.jackson.databind.JsonNode node) {
    try {
      return STORY_JSON.writeValueAsBytes(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** The store's change counter when the story's rows were last written; null for an unknown story. */
  static Long storyChanged(Connection c, String id) throws SQLException {
    return Database.rows(c, "SELECT changed FROM stories WHERE id = ?", r -> r.getLong(1), id)
        .stream().findFirst().orElse(null);
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper STORY_JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  static List<ArticleSummary> storyArticles(Connection c, String story) throws SQLException {
    return Database.rows(c, "SELECT id, title, outlet, published, url, source, duplicate_of FROM articles"
        + " WHERE story = ? ORDER BY seq", r -> new ArticleSummary(r.getString(1), r.getString(2),
        r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7)), story);
  }

  /**
   * The members of a story (not its duplicates) in arrival order, which is its {@code articles}, from
   * their columns: no analysis is read but, once per outlet, one to learn the outlet's name.
   */
  static List<Member> members(Connection c, String story, OutletNames names) throws SQLException {
    record Columns(String id, String title, String outletId, String published) {}
    List<Columns> rows = Database.rows(c, "SELECT id, title, outlet, published FROM articles"
        + " WHERE story = ? AND duplicate_of IS NULL ORDER BY seq",
        r -> new Columns(r.getString(1), r.getString(2), r.getString(3), r.getString(4)), story);
    List<Member> out = new ArrayList<>(rows.size());
    for (Columns m : rows) {
      out.add(new Member(m.id(), m.title(), names.of(c, m.outletId(), m.id()), m.published()));
    }
    return out;
  }

  static Optional<ArticleRow> articleRow(Connection c, String id) throws SQLException {
    return Database.rows(c, "SELECT analysed, story, duplicate_of FROM articles WHERE id = ?",
        r -> new ArticleRow(RecordCodec.articleHead(r.getBytes(1)), r.getString(2),
            r.getString(3)), id).stream().findFirst();
  }

  static AnalysedArticle analysed(Connection c, String id) throws SQLException {
    return Database.rows(c, "SELECT analysed FROM articles WHERE id = ?",
        r -> RecordCodec.decode(r.getBytes(1), AnalysedArticle.class), id).stream().findFirst().orElse(null);
  }

  /** The id of the stored article with this id or URL, or null. */
  static String existing(Connection c, String id, String url) throws SQLException {
    List<String> byId = Database.rows(c, "SELECT id FROM articles WHERE id = ?", r -> r.getString(1), id);
    if (!byId.isEmpty() || url == null) {
      return byId.isEmpty() ? null : byId.get(0);
    }
    return Database.rows(c, "SELECT id FROM articles WHERE url = ? LIMIT 1", r -> r.getString(1), url)
        .stream().findFirst().orElse(null);
  }

  /** Entities whose id is the name, or one of whose canonical names, aliases or mentions contains it. */
  private static final String NAMED =
      " WHERE id IN (SELECT id FROM entities WHERE id = ? OR canonical LIKE ? OR json LIKE ?)";

  /** The parameters of {@link #NAMED} for {@code name}; none when it is null. */
  private static Object[] named(String name) {
    return name == null ? new Object[0] : new Object[] {name, "%" + name + "%", "%" + name + "%"};
  }

  static List<EntityRow> entities(Connection c, String name, int offset, int limit) throws SQLException {
    String where = name == null ? "" : NAMED;
    Object[] filter = named(name);
    Object[] params = java.util.Arrays.copyOf(filter, filter.length + 2);
    params[filter.length] = limit;
    params[filter.length + 1] = offset;
    List<EntityRow> rows = Database.rows(c, "SELECT id, type, canonical, max(mentions), sum(mentions) FROM entities"
        + where + " GROUP BY id ORDER BY sum(mentions) DESC, id LIMIT ? OFFSET ?",
        r -> new EntityRow(r.getString(1), r.getString(2), r.getString(3), r.getLong(5), List.of()), params);
    List<EntityRow> out = new ArrayList<>(rows.size());
    for (EntityRow e : rows) {
      List<String> stories = Database.rows(c, "SELECT story FROM entities WHERE id = ? ORDER BY mentions DESC, story",
          r -> r.getString(1), e.id());
      out.add(new EntityRow(e.id(), e.type(), e.canonical(), e.mentions(), stories));
    }
    return out;
  }

  /** How many archive entities {@link #entities} lists in all. */
  static long entityCount(Connection c, String name) throws SQLException {
    String where = name == null ? "" : NAMED;
    return Database.rows(c, "SELECT count(DISTINCT id) FROM entities" + where, r -> r.getLong(1), named(name)).get(0);
  }

  /** JSON rows of {@code table} (events or quotes), newest story first, optionally of one type. */
  static List<String> json(Connection c, String table, String type, int offset, int limit) throws SQLException {
    String where = type == null ? "" : " WHERE t.type = ?";
    Object[] params = type == null ? new Object[] {limit, offset} : new Object[] {type, limit, offset};
    return Database.rows(c, "SELECT t.json FROM " + table + " t JOIN stories s ON s.id = t.story" + where
        + " ORDER BY s.changed DESC, t.id LIMIT ? OFFSET ?", r -> r.getString(1), params);
  }

  static long count(Connection c, String table) throws SQLException {
    return Database.rows(c, "SELECT count(*) FROM " + table, r -> r.getLong(1)).get(0);
  }
}
