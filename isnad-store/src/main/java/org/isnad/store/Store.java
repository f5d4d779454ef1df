package org.isnad.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.isnad.ingest.IngestResult;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventType;
import org.isnad.model.StoryAssignment;
import org.isnad.pipeline.ArchiveSession;
import org.isnad.pipeline.Pipeline;
import org.isnad.report.ReportWriter;
import org.isnad.search.SearchIndex;
import org.isnad.search.SearchQuery;
import org.isnad.search.SearchResult;
import org.isnad.search.Searchable;

/**
 * Isnad's durable archive at a directory ({@code isnad-data} by default): articles with their
 * originals and analyses, stories and their entities, events, quotations and facts (SQLite, {@code
 * isnad.db}), and the Arabic search index (Lucene, {@code search/}). New articles go through the
 * pipeline and join stories online; an article is acknowledged (reported {@link
 * IngestOutcome.Status#STORED}) only after its transaction is durably committed. The stories they
 * touch are rebuilt and saved in a transaction of their own, at most {@link
 * StoreConfig#storyDelayMillis} later and before the ingest call returns ({@link StaleStories}). Re-ingesting the same content (same id, a content hash) or
 * the same URL is reported as a duplicate and changes nothing.
 *
 * <p>Opening replays the stored analyses in arrival order through a fresh {@link ArchiveSession},
 * which restores the clustering state exactly (clustering is deterministic in arrival order),
 * re-indexes any articles the search index had not committed when the last process died, and
 * rebuilds the stories whose rows were behind their articles.
 *
 * <p>Thread-safe: ingests are serialised (one writer); reads run concurrently on their own
 * connections and see the last committed state. One process opens a store at a time (a file lock).
 */
public final class Store implements AutoCloseable {

  /** The format this version writes and reads; any other is refused. */
  public static final int FORMAT_VERSION = 2;

  /** Where the CLI keeps the store unless told otherwise. */
  public static final Path DEFAULT_DIR = Path.of("isnad-data");

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Search hits kept in their compact form (about 40 KB each). */
  private static final int SEARCHABLES = 4096;
  /**
   * Bytes of assembled story JSON kept for story pages: 192 MB, or a sixteenth of the heap when that
   * is less. The 11,000-article bench store's 3,985 stories take 174 MB (median 18 KB, at most 1.1 MB).
   */
  private static final long STORY_JSON_BUDGET = Math.min(192L << 20, Runtime.getRuntime().maxMemory() / 16);
  /** Bytes of article JSON kept for story pages: 96 MB, or a thirty-second of the heap when that is less. */
  private static final long ARTICLE_JSON_BUDGET = Math.min(96L << 20, Runtime.getRuntime().maxMemory() / 32);

  private final Path dir;
  private final StoreConfig config;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Database db;
  private final Pipeline pipeline;
  private final ArticleCache cache;
  private final OutletNames outletNames = new OutletNames();
  private final Lru<Searchable> searchables = new Lru<>(SEARCHABLES);
  private final JsonCache storyJson = new JsonCache(STORY_JSON_BUDGET);
  /** Members' JSON on story pages, by article id, with their story's {@code changed} as version. */
  private final JsonCache memberJson = new JsonCache(ARTICLE_JSON_BUDGET);
  private final ReentrantLock writeLock = new ReentrantLock();
  private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
  private final OpenStats opened;
  private final StaleStories stale = new StaleStories();
  private ArchiveSession session;
  private SearchIndex index;
  private long lastSeq;
  private volatile long changes;

  /**
   * A committed change, for listeners (a server pushing new articles to open pages).
   *
   * @param counter the store's change counter after the change
   * @param articles the articles stored
   * @param stories the stories rebuilt
   */
  public record Change(long counter, List<String> articles, List<String> stories) {
    public Change {
      articles = List.copyOf(articles);
      stories = List.copyOf(stories);
    }
  }

  /**
   * Some members of a story in full, and all of them named.
   *
   * @param members every member of the story in its order (its {@code articles}), without text
   * @param offset the index of the first article of {@code articles} in {@code members}
   * @param articles members {@code offset..} in the report's article shape, as JSON in UTF-8 (for
   *     sending on as it is)
   */
  public record MemberPage(List<Queries.Member> members, int offset, List<JsonBytes> articles) {
    public MemberPage {
      members = List.copyOf(members);
      articles = List.copyOf(articles);
    }
  }

  /**
   * What a story's page shows, read at one state of the store.
   *
   * @param json the report's story object: its JSON text in UTF-8, put together from the stored
   *     rows' text without decoding or parsing it (for sending on as it is)
   * @param page its members, some of them in full
   */
  public record StoryPage(JsonBytes json, MemberPage page) {}

  /**
   * What opening took.
   *
   * @param articles articles replayed into the clustering state
   * @param replayMillis time to decode and replay them
   * @param reindexed articles re-indexed because the index was behind the database
   * @param rebuiltStories stories rebuilt because their rows were behind their articles (a process
   *     killed between committing articles and rebuilding their stories)
   * @param totalMillis time to open, all included
   */
  public record OpenStats(long articles, long replayMillis, long reindexed, int rebuiltStories, long totalMillis) {}

  private Store(Path dir, StoreConfig config) {
    long t0 = System.nanoTime();
    this.dir = dir;
    this.config = config;
    try {
      Files.createDirectories(dir);
      this.lockChannel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      this.lock = tryLock(lockChannel);
    } catch (IOException e) {
      throw new StoreException("cannot open the store at " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
    }
    if (lock == null) {
      closeQuietly(lockChannel);
      throw new StoreException("the store at " + dir.toAbsolutePath() + " is open in another process (or already open in this one)");
    }
    try {
      this.db = new Database(dir);
      Schema.check(db.writer(), dir, FORMAT_VERSION);
      this.changes = Long.parseLong(Optional.ofNullable(Database.meta(db.writer(), "changes")).orElse("0"));
    } catch (SQLException e) {
      closeQuietly(lockChannel);
      throw new StoreException("cannot open the store database at " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(lockChannel);
      throw e;
    }
    this.pipeline = Pipeline.create(config.pipeline());
    this.cache = new ArticleCache(config.cachedArticles());
    long t1 = System.nanoTime();
    long replayed = restoreSession();
    long t2 = System.nanoTime();
    this.index = SearchIndex.open(dir.resolve(SearchIndex.DIR), config.pipeline().language());
    long reindexed = Recovery.reindex(db, index, lastSeq);
    int rebuilt;
    try {
      db.writer().commit(); // ends the read transaction of the replay
      rebuilt = rebuildStale();
    } catch (SQLException | RuntimeException e) {
      closeQuietly(lockChannel);
      throw new StoreException("cannot open the store database at " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
    }
    this.opened = new OpenStats(replayed, (t2 - t1) / 1_000_000, reindexed, rebuilt,
        (System.nanoTime() - t0) / 1_000_000);
  }

  /** Opens (or creates) the store at {@code dir} with the default pipeline. */
  public static Store open(Path dir) {
    return open(dir, StoreConfig.defaults());
  }

  /**
   * Opens (or creates) the store at {@code dir}.
   *
   * @throws StoreVersionException when the store has another format version
   * @throws StoreException when it cannot be opened (I/O, database, open in another process)
   */
  public static Store open(Path dir, StoreConfig config) {
    java.util.Objects.requireNonNull(dir, "dir must not be null");
    Reanalysis.finishInterrupted(dir);
    return new Store(dir, java.util.Objects.requireNonNull(config, "config must not be null"));
  }

  /** Replays every stored analysis in arrival order into a new session; returns how many. */
  private long restoreSession() {
    session = pipeline.session(this::member);
    try {
      long[] n = {0};
      lastSeq = Recovery.replay(db.writer(), a -> {
        session.replay(a);
        n[0]++;
      });
      session.recall(Recovery.recentRaws(db.writer(), 200));
      return n[0];
    } catch (SQLException e) {
      throw new StoreException("cannot read the articles of " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  /** Rebuilds the stories whose rows are behind their articles ({@link StaleStories#find}); returns how many. */
  private int rebuildStale() throws SQLException {
    List<String> behind = StaleStories.find(db.writer(), session);
    db.writer().rollback(); // ends the read transaction of the comparison
    stale.add(behind, java.util.Map.of());
    stale.flush(this);
    return behind.size();
  }

  /** A member for story building: from the cache, else from the database (writer's view). */
  private AnalysedArticle member(String id) {
    return cache.get(id, () -> {
      synchronized (db) {
        try {
          return Queries.analysed(db.writer(), id);
        } catch (SQLException e) {
          throw new StoreException("cannot read article " + id + ": " + e.getMessage(), e);
        }
      }
    });
  }

  // ---- writes ------------------------------------------------------------------------------

  /** Reads files and folders and stores their articles; see {@link #ingest(List, Consumer)}. */
  public IngestReport ingest(List<Path> paths) {
    return ingest(paths, o -> {});
  }

  /**
   * Reads files and folders and stores their articles, committing every {@link
   * StoreConfig#commitEvery} articles.
   *
   * @param acknowledged called with each outcome once it is final: a stored article only after its
   *     transaction is durably committed
   */
  public IngestReport ingest(List<Path> paths, Consumer<IngestOutcome> acknowledged) {
    long t0 = System.nanoTime();
    long cpu0 = Ingest.cpuNanos();
    IngestResult in = pipeline.ingester().ingest(paths);
    return new Ingest(this, acknowledged).run(in, t0, cpu0);
  }

  /** Stores articles already read (the originals of another store, on {@link #reanalyse}). */
  IngestReport ingest(IngestResult in, Consumer<IngestOutcome> acknowledged) {
    return new Ingest(this, acknowledged).run(in, System.nanoTime(), Ingest.cpuNanos());
  }

  /**
   * Analyses the originals of the store at {@code dir} again with this Isnad, into a new store that
   * takes its place once complete; the old one is kept beside it. See {@link Reanalysis}.
   *
   * @param acknowledged called with each article's outcome in the new store
   * @throws StoreException when the store is open elsewhere, or its originals cannot be read
   */
  public static Reanalysed reanalyse(Path dir, StoreConfig config, Consumer<IngestOutcome> acknowledged) {
    return Reanalysis.run(java.util.Objects.requireNonNull(dir, "dir must not be null"),
        java.util.Objects.requireNonNull(config, "config must not be null"), acknowledged);
  }

  /** Stores the article (or the items of the feed) of a fetched page. */
  public IngestReport ingest(FetchedPage page) {
    long t0 = System.nanoTime();
    long cpu0 = Ingest.cpuNanos();
    IngestResult in = pipeline.ingester().read(page.url(), page.contentType(), page.bytes(), page.feed());
    return new Ingest(this, o -> {}).run(in, t0, cpu0);
  }

  // Package-level access for Ingest, which holds the write path.
  Database db() {
    return db;
  }

  ArchiveSession session() {
    return session;
  }

  SearchIndex index() {
    return index;
  }

  ArticleCache cache() {
    return cache;
  }

  StaleStories stale() {
    return stale;
  }

  StoreConfig config() {
    return config;
  }

  ReentrantLock writeLock() {
    return writeLock;
  }

  long nextSeq() {
    return ++lastSeq;
  }

  long lastSeq() {
    return lastSeq;
  }

  /** The change counter the next transaction writes; readers see it once {@link #committed} says so. */
  long nextChange() {
    return changes + 1;
  }

  /**
   * After a transaction that wrote {@code change} committed: from now on readers (a page waiting
   * for changes) see it. Raising the counter before the commit let a reader fetch the old rows under
   * the new number and then wait for ever.
   */
  void committed(long change) {
    changes = change;
  }

  /** After a failed transaction: the session ran ahead of the database, so rebuild it from there. */
  void resync() {
    cache.clear();
    restoreSession();
  }

  void publish(Change change) {
    for (Consumer<Change> l : listeners) {
      try {
        l.accept(change);
      } catch (RuntimeException e) {
        // A listener's failure (a closed web socket) must not fail the ingest that was committed.
        System.err.println("isnad store: a change listener failed: " + e);
      }
    }
  }

  // ---- reads -------------------------------------------------------------------------------

  /** Stories, most recently changed first. */
  public List<Queries.StorySummary> stories(int offset, int limit) {
    checkPage(offset, limit);
    return db.read(c -> Queries.stories(c, offset, limit));
  }

  /**
   * A story: {@code {"story": <the report's story object>, "articles": [<article summaries>]}}.
   */
  public Optional<ObjectNode> story(String id) {
    return db.readAtOneState(c -> {
      Long changed = Queries.storyChanged(c, id);
      if (changed == null) {
        return Optional.<ObjectNode>empty();
      }
      ObjectNode out = JSON.createObjectNode();
      out.set("story", Queries.parseStory(storyJson(c, id, changed)));
      ArrayNode articles = out.putArray("articles");
      Queries.storyArticles(c, id).forEach(a -> articles.add(JSON.valueToTree(a)));
      return Optional.of(out);
    });
  }

  /** An article in the report's shape (original, cleaning, story decision). */
  public Optional<ObjectNode> article(String id) {
    return db.read(c -> Queries.articleRow(c, id).map(Store::articleJson));
  }

  private static ObjectNode articleJson(Queries.ArticleRow r) {
    return ReportWriter.articleJson(r.head().clean(), r.head().language(), r.head().sentences(), r.head().tokens(),
        new StoryAssignment(r.head().clean().id(), r.story(), false, 0, null, 0, r.duplicateOf()));
  }

  /**
   * A story's page, in one read transaction: its JSON, its members, and members {@code
   * offset..offset+limit-1} in the report's article shape; empty for an unknown story. Both JSONs
   * are kept (in {@link JsonCache}s, with the story's {@code changed} counter) and made again only
   * when the story changed: the story's assembled from its rows, an article's from the head of its
   * stored analysis.
   */
  public Optional<StoryPage> storyPage(String id, int offset, int limit) {
    checkPage(offset, limit);
    return db.readAtOneState(c -> {
      Long changed = Queries.storyChanged(c, id);
      return changed == null ? Optional.<StoryPage>empty()
          : Optional.of(new StoryPage(storyJson(c, id, changed), memberPage(c, id, changed, offset, limit)));
    });
  }

  /** Members {@code offset..offset+limit-1} of a story, as in {@link #storyPage}, without its JSON. */
  public Optional<MemberPage> storyMembers(String id, int offset, int limit) {
    checkPage(offset, limit);
    return db.readAtOneState(c -> {
      Long changed = Queries.storyChanged(c, id);
      return changed == null ? Optional.<MemberPage>empty() : Optional.of(memberPage(c, id, changed, offset, limit));
    });
  }

  private MemberPage memberPage(Connection c, String id, long changed, int offset, int limit) throws SQLException {
    List<Queries.Member> members = Queries.members(c, id, outletNames);
    List<JsonBytes> articles = new ArrayList<>();
    for (int i = offset; i < members.size() && i < (long) offset + limit; i++) {
      articles.add(memberJson(c, members.get(i).id(), changed));
    }
    return new MemberPage(members, offset, articles);
  }

  /** A member's JSON, the copy made when its story was at {@code changed}, else made now and kept. */
  private JsonBytes memberJson(Connection c, String articleId, long changed) throws SQLException {
    JsonBytes json = memberJson.get(articleId, changed);
    if (json == null) {
      Queries.ArticleRow row = Queries.articleRow(c, articleId)
          .orElseThrow(() -> new StoreException("article " + articleId + " is listed but not stored"));
      json = memberJson.put(articleId, changed, Queries.json(articleJson(row)));
    }
    return json;
  }

  /** The story as in the report's {@code stories} (without the article summaries of {@link #story}). */
  public Optional<ObjectNode> storyOnly(String id) {
    return Optional.ofNullable(db.readAtOneState(c -> {
      Long changed = Queries.storyChanged(c, id);
      return changed == null ? null : Queries.parseStory(storyJson(c, id, changed));
    }));
  }

  /**
   * A story's JSON at the state the reader {@code c} sees, whose row has counter {@code changed}
   * (call in the read transaction that read it): the copy assembled at that counter, else assembled
   * now and kept.
   */
  private JsonBytes storyJson(Connection c, String id, long changed) throws SQLException {
    JsonBytes json = storyJson.get(id, changed);
    return json != null ? json : storyJson.put(id, changed, Queries.storyJsonBytes(c, id));
  }

  /** The cache of assembled story JSON, for tests. */
  JsonCache storyJsonCache() {
    return storyJson;
  }

  /** The cache of story pages' article JSON, for tests. */
  JsonCache memberJsonCache() {
    return memberJson;
  }

  /** An article's analysis (tokens, mentions), or empty. */
  public Optional<AnalysedArticle> analysed(String id) {
    return Optional.ofNullable(cache.get(id, () -> db.read(c -> Queries.analysed(c, id))));
  }

  /**
   * Entities across the archive (one row per entity id, with the stories that name it), most
   * mentioned first; {@code name} keeps the entities whose id it is, or one of whose canonical names,
   * aliases or mentions contains it.
   */
  public List<Queries.EntityRow> entities(String name, int offset, int limit) {
    checkPage(offset, limit);
    return db.read(c -> Queries.entities(c, name, offset, limit));
  }

  /** How many entities {@link #entities} lists for {@code name} (all when null). */
  public long entityCount(String name) {
    return db.read(c -> Queries.entityCount(c, name));
  }

  /** Events across stories, latest first; {@code type} filters when not null. */
  public List<ObjectNode> events(EventType type, int offset, int limit) {
    checkPage(offset, limit);
    return db.read(c -> Queries.json(c, "events", type == null ? null : type.name(), offset, limit))
        .stream().map(Store::parse).toList();
  }

  /** Quotations across stories, latest story first. */
  public List<ObjectNode> quotes(int offset, int limit) {
    checkPage(offset, limit);
    return db.read(c -> Queries.json(c, "quotes", null, offset, limit)).stream().map(Store::parse).toList();
  }

  /**
   * What a hit shows, and its snippets' source: cached in the compact form search needs, made from
   * the article cache's analysis when a story rebuild left it there, else from a decode for this
   * purpose only. Caching decoded analyses for every hit kept thousands of them (ten thousand small
   * objects each) alive past the young generation, and copying them made a server's collector pauses
   * 100-400 ms; the compact form is a dozen objects.
   */
  private Searchable searchable(String id) {
    return searchables.get(id, () -> {
      AnalysedArticle a = cache.peek(id);
      a = a != null ? a : db.read(c -> Queries.analysed(c, id));
      return a == null ? null : Searchable.of(a);
    });
  }

  /** Searches the articles. */
  public SearchResult search(SearchQuery query) {
    return index.search(query, this::searchable);
  }

  /** How many articles and stories are stored. */
  public long articleCount() {
    return db.read(c -> Queries.count(c, "articles"));
  }

  public long storyCount() {
    return db.read(c -> Queries.count(c, "stories"));
  }

  /** A counter raised by every committed ingest that stored something. */
  public long changes() {
    return changes;
  }

  /** Called on the writer's thread after each commit that stored something. */
  public void addListener(Consumer<Change> listener) {
    listeners.add(java.util.Objects.requireNonNull(listener, "listener must not be null"));
  }

  public void removeListener(Consumer<Change> listener) {
    listeners.remove(listener);
  }

  /** What opening took (replay and re-index). */
  public OpenStats openStats() {
    return opened;
  }

  public Path directory() {
    return dir;
  }

  private static void checkPage(int offset, int limit) {
    if (offset < 0 || limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("offset must be >= 0 and limit 1 to 1000, not " + offset + ", " + limit);
    }
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException e) {
      throw new StoreException("stored JSON does not parse: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      index.close();
      db.close();
    } catch (IOException | SQLException e) {
      throw new StoreException("cannot close the store at " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
    } finally {
      closeQuietly(lockChannel);
      writeLock.unlock();
    }
  }

  /** The process lock, or null when another process (or another Store in this one) holds it. */
  static FileLock tryLock(FileChannel c) throws IOException {
    try {
      return c.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      return null;
    }
  }

  private static void closeQuietly(FileChannel c) {
    try {
      c.close();
    } catch (IOException e) {
      // Closing the lock file only releases the lock; nothing is lost if it fails.
    }
  }

  /** For {@link Ingest}: commits run on the writer connection. */
  Connection writer() {
    return db.writer();
  }
}
