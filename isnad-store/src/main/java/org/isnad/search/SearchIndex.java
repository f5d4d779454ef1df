package org.isnad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.EntityMention;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.isnad.text.TextAnalyzer;

/**
 * The Lucene index of a store ({@code DIR/search}): one document per article, its words indexed by
 * the text stage's matching keys with their offsets in the original ({@link KeyTokenStream}), and
 * keyword fields for the filters (outlet id and name, publication day, folded entity mentions and
 * their resolved references, event types, story). Each commit records the arrival number ({@code
 * seq}) of the last article it holds, so a store that was killed between its database commit and
 * the index commit re-indexes just the missing tail on opening.
 *
 * <p>Thread-safe: one writer adds and commits, any number of threads search.
 */
public final class SearchIndex implements AutoCloseable {

  public static final String DIR = "search";
  private static final String SEQ = "seq";

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final QueryKeys keys;
  private final Language language;
  /**
   * Folded entity mentions by their text, for the writer's {@link #add}: names recur across
   * articles, and folding one runs the text stage on it. Emptied when it reaches {@link
   * #FOLDED_NAMES}: a plain map, where an access-ordered one relinked an entry at every look-up
   * (folding again after emptying gives the same forms).
   */
  private final Map<String, String> folded = new HashMap<>();
  private static final int FOLDED_NAMES = 20_000;
  /** The writer's token stream, given each article's words in turn ({@link #add} is the writer's only). */
  private final KeyTokenStream body = new KeyTokenStream();

  private SearchIndex(Path dir, Language language) throws IOException {
    this.language = language;
    this.directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer());
    config.setCommitOnClose(false);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
    this.keys = new QueryKeys(TextAnalyzer.create(language));
  }

  /** Opens (or creates) the index in {@code dir}. */
  public static SearchIndex open(Path dir, Language language) {
    try {
      return new SearchIndex(dir, Objects.requireNonNull(language, "language must not be null"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index at " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The arrival number of the last article of the last commit; 0 for an empty index. */
  public long committedSeq() {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return 0;
      }
      Map<String, String> data = org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData();
      return Long.parseLong(data.getOrDefault(SEQ, "0"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index commit: " + e.getMessage(), e);
    }
  }

  /** Adds (or replaces) an article; visible to searches after {@link #publish} or {@link #commit}. Writer only. */
  public void add(AnalysedArticle a, String story) {
    Document d = new Document();
    d.add(new StringField("id", a.id(), Field.Store.YES));
    d.add(new Field("body", body.words(a.tokens()), TextField.TYPE_NOT_STORED));
    d.add(new StringField("outlet", a.clean().outlet().id(), Field.Store.NO));
    d.add(new StringField("outlet", language.normalizer().fold(a.clean().outlet().name()), Field.Store.NO));
    if (a.clean().published() != null) {
      d.add(new LongPoint("day", a.clean().published().date().toEpochDay()));
    }
    if (folded.size() >= FOLDED_NAMES) {
      folded.clear();
    }
    for (EntityMention m : a.entities()) {
      d.add(new StringField("entity", folded.computeIfAbsent(m.text(), this::fold), Field.Store.NO));
      if (m.ref() != null) {
        d.add(new StringField("entity", m.ref(), Field.Store.NO));
      }
    }
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    for (EventMention e : a.events()) {
      if (types.add(e.type())) {
        d.add(new StringField("event", e.type().name(), Field.Store.NO));
      }
    }
    if (story != null) {
      d.add(new StringField("story", story, Field.Store.YES));
    }
    d.add(new StoredField("stored", 1));
    try {
      writer.updateDocument(new Term("id", a.id()), d);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index article " + a.id() + ": " + e.getMessage(), e);
    } finally {
      body.words(List.of());
    }
  }

  private String fold(String s) {
    return String.join(" ", keys.keys(s));
  }

  /** Commits what was added durably, recording {@code seq}, and makes it visible to searches. */
  public void commit(long seq) {
    try {
      writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq)).entrySet());
      writer.commit();
      lastCommit = System.nanoTime();
      uncommitted = false;
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the search index: " + e.getMessage(), e);
    }
  }

  /**
   * Makes what was added visible to searches at once, and commits it durably at most every {@link
   * #COMMIT_EVERY_NANOS} (and on close). The index is derived from the database: after a kill, the
   * store re-indexes the articles after the last committed {@code seq}, so a commit per batch (an
   * fsync of every new file) buys nothing but time.
   */
  public void publish(long seq) {
    if (System.nanoTime() - lastCommit >= COMMIT_EVERY_NANOS) {
      commit(seq);
      return;
    }
    try {
      writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq)).entrySet());
      uncommitted = true;
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot refresh the search index: " + e.getMessage(), e);
    }
  }

  /** How long published additions may stay without a durable commit. */
  static final long COMMIT_EVERY_NANOS = 10_000_000_000L;

  private long lastCommit = System.nanoTime();
  private boolean uncommitted;

  /**
   * Runs a search.
   *
   * @param articles loads what a hit shows of its article, and its snippets; null when it is missing
   */
  public SearchResult search(SearchQuery q, Function<String, Searchable> articles) {
    long t0 = System.nanoTime();
    List<List<String>> clauses = keys.clauses(q.text());
    IndexSearcher s;
    try {
      s = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      TopDocs top = s.search(query(q, clauses), q.offset() + q.limit());
      List<SearchHit> hits = new ArrayList<>();
      var stored = s.storedFields();
      for (int i = q.offset(); i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        Document d = stored.document(sd.doc);
        String id = d.get("id");
        hits.add(hit(id, sd.score, articles.apply(id), d.get("story"), clauses));
      }
      return new SearchResult(top.totalHits.value(), hits, (System.nanoTime() - t0) / 1e6);
    } catch (IOException e) {
      throw new UncheckedIOException("search failed: " + e.getMessage(), e);
    } finally {
      release(s);
    }
  }

  private void release(IndexSearcher s) {
    try {
      searchers.release(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SearchHit hit(String id, float score, Searchable a, String story, List<List<String>> clauses) {
    if (a == null) {
      return new SearchHit(id, score, null, null, null, story, List.of());
    }
    return new SearchHit(id, score, a.title(), a.outlet(), a.published(), story, Highlighter.snippets(a, clauses));
  }

  private Query query(SearchQuery q, List<List<String>> clauses) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (List<String> clause : clauses) {
      b.add(clause.size() == 1 ? new TermQuery(new Term("body", clause.get(0)))
          : new PhraseQuery("body", clause.toArray(String[]::new)), Occur.MUST);
    }
    if (clauses.isEmpty()) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    filter(b, "outlet", q.outlet() == null ? null : language.normalizer().fold(q.outlet()), q.outlet());
    filter(b, "entity", q.entity() == null ? null : fold(q.entity()), q.entity());
    filter(b, "event", q.event() == null ? null : q.event().name(), null);
    filter(b, "story", q.story(), null);
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      b.add(LongPoint.newRangeQuery("day", from, to), Occur.FILTER);
    }
    return b.build();
  }

  /** A filter on {@code field}: the value, or (when given) the raw value as well. */
  private static void filter(BooleanQuery.Builder b, String field, String value, String raw) {
    if (value == null) {
      return;
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    either.add(new TermQuery(new Term(field, value)), Occur.SHOULD);
    if (raw != null && !raw.equals(value)) {
      either.add(new TermQuery(new Term(field, raw)), Occur.SHOULD);
    }
    b.add(either.build(), Occur.FILTER);
  }

  /** How many articles the index holds (committed or not). */
  public int size() {
    return writer.getDocStats().numDocs;
  }

  @Override
  public void close() throws IOException {
    if (uncommitted) {
      writer.commit(); // with the live commit data of the last publish
    }
    searchers.close();
    writer.rollback();
    directory.close();
  }
}
