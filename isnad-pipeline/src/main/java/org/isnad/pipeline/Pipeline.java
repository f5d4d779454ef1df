package org.isnad.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.isnad.clean.Cleaner;
import org.isnad.clean.Page;
import org.isnad.clean.TemplateModel;
import org.isnad.entity.EntityRecognizer;
import org.isnad.entity.EntityResolver;
import org.isnad.entity.KnownEntities;
import org.isnad.entity.NerModel;
import org.isnad.event.EventExtractor;
import org.isnad.ingest.IngestResult;
import org.isnad.ingest.Ingester;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.RawArticle;
import org.isnad.model.Reuse;
import org.isnad.model.Story;
import org.isnad.place.Gazetteer;
import org.isnad.place.Geocoder;
import org.isnad.story.StoryBuilder;
import org.isnad.text.TextAnalyzer;
import org.isnad.time.TimeTagger;

/**
 * Isnad's stages, assembled in one place. The order follows the data:
 *
 * <ol>
 *   <li>ingest: bytes to decoded articles (rejecting what cannot be read, so no later stage sees
 *       bytes or has to handle an unreadable file);
 *   <li>clean, step one: render every page to lines (pure, per article);
 *   <li>learn the template of each outlet from all prepared pages of the batch: the only step that
 *       needs the whole batch, so it sits between the two per-article steps;
 *   <li>clean, step two: classify lines and build clean articles (pure, per article);
 *   <li>text: normalise and segment the clean body (pure, per article), after cleaning so clutter
 *       never reaches the token stream;
 *   <li>entities: mentions of people, organisations and places (pure, per article), on the text
 *       stage's tokens;
 *   <li>stories and reuse (archive level, in arrival order): each article joins a story, and its
 *       copied passages with earlier articles are found through the fingerprint index;
 *   <li>story level: each story is built from its members and their reuse (pure, per story).
 * </ol>
 *
 * Later stages (events, comparison) attach after the entity stage (per article) and in the story
 * level.
 *
 * <p>Immutable and thread-safe; each call keeps its own state.
 */
public final class Pipeline {

  private final PipelineConfig config;
  private final Ingester ingester;
  private final Cleaner cleaner;
  private final TextAnalyzer text;
  private final EntityRecognizer recognizer;
  private final EventExtractor events;
  private final TimeTagger times;
  private final StoryBuilder storyBuilder;
  private final int extraPlacesMalformed;
  private final Gazetteer gazetteer;

  private Pipeline(PipelineConfig config) {
    this.config = config;
    this.ingester = Ingester.create(config.ingest());
    this.cleaner = Cleaner.create(config.clean());
    this.text = TextAnalyzer.create(config.language());
    if (config.entities()) {
      this.gazetteer = gazetteer(config);
      this.extraPlacesMalformed = gazetteer.malformed();
      KnownEntities known = KnownEntities.bundled(config.language());
      this.recognizer = new EntityRecognizer(config.language(), NerModel.bundled(), known, gazetteer);
      this.storyBuilder = new StoryBuilder(config.language(), new EntityResolver(known, new Geocoder(gazetteer)),
          config.briefLength());
      this.events = EventExtractor.create(config.language());
      this.times = TimeTagger.create(config.language());
    } else {
      this.times = null;
      this.recognizer = null;
      this.events = null;
      this.storyBuilder = new StoryBuilder(config.language());
      this.extraPlacesMalformed = 0;
      this.gazetteer = null;
    }
  }

  /** How many lines of the extra gazetteer file were malformed and skipped. */
  public int extraPlacesMalformed() {
    return extraPlacesMalformed;
  }

  private static Gazetteer gazetteer(PipelineConfig config) {
    if (config.extraPlaces() == null) {
      return Gazetteer.bundled(config.language());
    }
    try {
      return Gazetteer.bundledWith(config.language(), config.extraPlaces());
    } catch (java.io.IOException | RuntimeException e) {
      throw new IllegalArgumentException("cannot read the gazetteer file " + config.extraPlaces() + ": " + e.getMessage(), e);
    }
  }

  /** The text stage, then the entity and event stages when configured: all per article. */
  private AnalysedArticle analyse(org.isnad.model.CleanArticle c) {
    AnalysedArticle a = text.analyze(bounded(c));
    if (recognizer == null) {
      return a;
    }
    try {
      AnalysedArticle withEntities = recognizer.recognize(a);
      List<org.isnad.model.TimeMention> mentions = withEntities.clean().published() != null
          ? times.tag(withEntities, withEntities.clean().published().date())
          : times.tagUndated(withEntities, today());
      return events.extract(withEntities.withTimes(mentions));
    } catch (RuntimeException e) {
      // a defect of an extraction rule on one article's text must not lose the batch: the article keeps
      // its text, stories and copies, and says what went wrong
      return new AnalysedArticle(a.clean().withIssue("extraction failed, entities and events left out: " + e),
          a.language(), a.sentences(), a.tokens());
    }
  }

  /**
   * The most characters of an article's body the analysis reads. A news article has far fewer (a long
   * report about 30,000); a page of megabytes is a dump or a list, whose mentions the story level would
   * compare with one another for minutes. Its text stays whole in the report and the store.
   */
  static final int ANALYSED_CHARS = 100_000;

  /**
   * The article with its paragraphs cut after {@link #ANALYSED_CHARS} characters, at a space, and an
   * issue saying so; the article itself when it is shorter.
   */
  static org.isnad.model.CleanArticle bounded(org.isnad.model.CleanArticle c) {
    int total = c.paragraphs().stream().mapToInt(org.isnad.model.Span::length).sum();
    if (total <= ANALYSED_CHARS) {
      return c;
    }
    List<org.isnad.model.Span> kept = new ArrayList<>();
    int budget = ANALYSED_CHARS;
    for (org.isnad.model.Span p : c.paragraphs()) {
      if (p.length() <= budget) {
        kept.add(p);
        budget -= p.length();
        continue;
      }
      int end = p.start() + budget;
      while (end > p.start() && !Character.isWhitespace(c.original().charAt(end))) {
        end--;
      }
      if (end > p.start()) {
        kept.add(new org.isnad.model.Span(p.start(), end));
      }
      break;
    }
    org.isnad.model.CleanArticle cut = new org.isnad.model.CleanArticle(c.id(), c.source(), c.original(), kept, c.title(),
        c.titleSpan(), c.outlet(), c.dateline(), c.published(), c.url(), c.removed(), c.issues());
    return cut.withIssue(String.format(java.util.Locale.ROOT,
        "very long text: only the first %,d of its %,d characters were analysed", ANALYSED_CHARS, total));
  }

  /**
   * The date relative expressions are resolved against: the publication date, else the date the
   * article's own text fixes ("اليوم الأحد 14 من كانون الأول"), never after the run's date; null
   * when neither is known (the story level then resolves against the story's date).
   */
  private java.time.LocalDate reference(AnalysedArticle a) {
    if (a.clean().published() != null) {
      return a.clean().published().date();
    }
    return times.inferReference(a, today()).orElse(null);
  }

  /** {@code day}, or the run's date when it is later ("أمس السبت" of a story dated today). */
  private static java.time.LocalDate notAfterToday(java.time.LocalDate day) {
    return day.isAfter(today()) ? today() : day;
  }

  /** The run's date: no article is dated after it. */
  private static java.time.LocalDate today() {
    return java.time.LocalDate.now(java.time.ZoneOffset.UTC);
  }

  /**
   * Story level, before building: members that had no reference date of their own are resolved again
   * against the story's (the latest date any member has or fixes), so that "أمس السبت" in an undated
   * article takes the story's day; or, when the member writes a relative day with its weekday
   * ("اليوم الاثنين", "أمس السبت"), against the day that puts the weekday it names on the latest such day
   * up to the story's ({@link TimeTagger#weekdayReference}).
   */
  private List<AnalysedArticle> redate(List<AnalysedArticle> members, MemberMemo memo) {
    if (times == null || members.size() < 2) { // one member was resolved against all it has
      return members;
    }
    java.time.LocalDate story = null;
    List<Boolean> dated = new ArrayList<>();
    for (AnalysedArticle a : members) {
      java.time.LocalDate r = memo.reference(a, () -> reference(a));
      dated.add(r != null);
      story = r == null || story != null && !r.isAfter(story) ? story : r;
    }
    if (story == null || !dated.contains(false)) {
      return members;
    }
    List<AnalysedArticle> out = new ArrayList<>(members.size());
    for (int i = 0; i < members.size(); i++) {
      AnalysedArticle a = members.get(i);
      // "صباح اليوم الاثنين" in a page of a story dated Tuesday: the Monday before, not the story's day
      java.time.LocalDate day = dated.get(i) ? story : notAfterToday(times.weekdayReference(a, story).orElse(story));
      out.add(dated.get(i) ? a : memo.redated(a, day, () -> events.extract(a.withTimes(times.tag(a, day)))));
    }
    return out;
  }

  public static Pipeline create(PipelineConfig config) {
    return new Pipeline(java.util.Objects.requireNonNull(config, "config must not be null"));
  }

  /** Analyses files and folders: one {@link ArchiveSession} over the batch, every story built. */
  public BatchResult analyze(List<Path> paths, IntConsumer filesRead) {
    IngestResult in = ingester.ingest(paths, filesRead);
    Map<String, AnalysedArticle> byId = new HashMap<>();
    ArchiveSession session = new ArchiveSession(this, byId::get);
    ArchiveSession.Update update = session.add(in.articles());
    update.articles().forEach(a -> byId.put(a.id(), a));
    List<Story> stories = session.build(session.storyIds());
    return new BatchResult(update.articles(), in.rejected(), in.skipped(), in.files(),
        update.templateLines(), update.assignments(), stories);
  }

  /**
   * A session at the archive level for a long-lived stream (the store, a live monitor): it keeps the
   * clustering and copy-detection state between batches.
   *
   * @param members fetches an analysed article by id (the articles the session added before)
   */
  public ArchiveSession session(Function<String, AnalysedArticle> members) {
    return new ArchiveSession(this, members);
  }

  /** The ingest stage, for callers that read documents themselves (a fetched page). */
  public Ingester ingester() {
    return ingester;
  }

  PipelineConfig config() {
    return config;
  }

  /** The story clusterer of a session: it tells local places from broad ones by the gazetteer. */
  org.isnad.story.StoryClusterer clusterer() {
    if (gazetteer == null) {
      return org.isnad.story.StoryClusterer.create(config.stories(), config.language());
    }
    return org.isnad.story.StoryClusterer.create(config.stories(), config.language(), id -> {
      org.isnad.place.Place p = gazetteer.byId(id);
      return p != null && (p.kind().equals("country") || p.kind().equals("admin1"));
    }, word -> {
      List<org.isnad.place.Place> places = gazetteer.candidates(word);
      return places.isEmpty() ? null : places.get(0).id();
    });
  }

  /** Clean, step one: render every page to lines (pure, per article). */
  List<Page> prepare(List<RawArticle> raws) {
    return stream(raws.stream()).map(cleaner::prepare).toList();
  }

  /** Clean, step two, then the text, entity and event stages (pure, per article, input order). */
  List<AnalysedArticle> clean(List<Page> pages, TemplateModel templates) {
    return stream(pages.stream()).map(p -> analyse(cleaner.clean(p, templates))).toList();
  }

  /**
   * Story level: one story from its members in arrival order and their reuse (pure; {@code memo}
   * only saves work between rebuilds).
   */
  Story buildStory(String id, List<AnalysedArticle> members, List<Reuse> reuse, MemberMemo memo) {
    return storyBuilder.build(id, redate(members, memo), reuse);
  }

  public BatchResult analyze(List<Path> paths) {
    return analyze(paths, n -> {});
  }

  <T> Stream<T> stream(Stream<T> s) {
    return config.parallel() ? s.parallel() : s;
  }
}
