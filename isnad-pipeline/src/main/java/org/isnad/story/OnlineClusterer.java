package org.isnad.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.StoryAssignment;

/** The online clusterer behind {@link StoryClusterer}. Not thread-safe. */
final class OnlineClusterer implements StoryClusterer {

  /** How many anchors represent an article, and a story. */
  private static final int ARTICLE_ANCHORS = 16;
  private static final int STORY_ANCHORS = 32;
  /**
   * A story none of whose articles has a date leaves the window after this many later articles:
   * it has no publication time to age by, and guessing one (the newest time seen) would age it by
   * the dates of unrelated articles.
   */
  static final int UNDATED_WINDOW = 10_000;

  /** The weight of the background frequencies, in pseudo-documents. */
  private static final double PRIOR_DOCUMENTS = 1000;

  private final StoryConfig config;
  private final TermExtractor extractor;
  private final long windowSeconds;
  /**
   * Terms are hashed into this many buckets (feature hashing) instead of kept in a vocabulary, so the
   * frequency tables have a fixed size however many distinct terms and pairs the stream brings.
   */
  private static final int BUCKETS = 1 << 22;

  /**
   * Per bucket, side by side so that one cache line serves both: its document frequency ({@code
   * [2 id]}) and the float bits of its background prior ({@code [2 id + 1]}), the summed share of
   * the background terms hashed to it, in pseudo-documents.
   */
  private final int[] stats = new int[2 * BUCKETS];
  private int documents;
  /** A sum of the entries {@link #touch} read, kept so that the reads are not optimised away. */
  private int touched;
  private final List<StoryState> stories = new ArrayList<>();
  private final PostingMap postings = new PostingMap();
  /**
   * Per story number, how many times its term sets or its activity changed (each join, and leaving
   * the window): a posting stamped with the current version is still valid ({@link IntList#retain}).
   */
  private int[] versions = new int[64];
  /**
   * The query weight each story shares with the article being ranked ({@link #candidates}), by story
   * number: the sum, the arrival number it was summed for (older sums are stale), and the stories in
   * the order they were first met ({@code metCount} of them).
   */
  private float[] partialSum = new float[64];
  private long[] partialOf = new long[64];
  private int[] firstMet = new int[64];
  private int metCount;
  /** Whether the last posting {@link #lookUp} met was of a story met before. */
  private boolean lastWasRepeat;
  private final PriorityQueue<StoryState> byLastSeen =
      new PriorityQueue<>((x, y) -> Long.compare(x.lastSeen, y.lastSeen));
  private final Map<Long, String> fullTexts = new HashMap<>();
  private final Map<String, Integer> storyOfArticle = new HashMap<>();
  private final CopiedLedes ledes = new CopiedLedes();
  private final EventVillages villages = new EventVillages();
  /** Stories of undated articles only, by the arrival number of their last article. */
  private final java.util.ArrayDeque<StoryState> undated = new java.util.ArrayDeque<>();
  private long arrivals;
  private int active;

  OnlineClusterer(StoryConfig config, TermExtractor extractor, BackgroundFrequencies background) {
    this.config = java.util.Objects.requireNonNull(config, "config must not be null");
    this.extractor = extractor;
    this.windowSeconds = config.window().toSeconds();
    Prior prior = lastPrior;
    if (prior == null || prior.background() != background) {
      prior = Prior.of(background);
      lastPrior = prior;
    }
    for (int k = 0; k < prior.ids().length; k++) {
      stats[2 * prior.ids()[k] + 1] = prior.bits()[k];
    }
  }

  /**
   * The float bits of the background prior of every bucket that has one, as {@code ids} and {@code
   * bits} side by side: computed once per background table, not once per clusterer.
   */
  private record Prior(BackgroundFrequencies background, int[] ids, int[] bits) {

    static Prior of(BackgroundFrequencies background) {
      float[] sums = new float[BUCKETS];
      background.forEach((term, share) -> {
        int id = bucket(term.hashCode());
        sums[id] = sums[id] + (float) (PRIOR_DOCUMENTS * share);
      });
      int n = 0;
      for (float f : sums) {
        n += Float.floatToRawIntBits(f) != 0 ? 1 : 0;
      }
      int[] ids = new int[n];
      int[] bits = new int[n];
      int k = 0;
      for (int id = 0; id < BUCKETS; id++) {
        int b = Float.floatToRawIntBits(sums[id]);
        if (b != 0) {
          ids[k] = id;
          bits[k++] = b;
        }
      }
      return new Prior(background, ids, bits);
    }
  }

  /** The prior of the last background table a clusterer was made with (immutable, so safely shared). */
  private static volatile Prior lastPrior;

  @Override
  public StoryAssignment add(AnalysedArticle article) {
    long time = timeOf(article);
    arrivals++;
    expire(time); // an undated article ages nothing: by the newest time seen it would close the stories of older dated pages it belongs to
    expireUndated();
    long hash = textHash(article);
    String duplicate = fullTexts.get(hash);
    if (duplicate != null) {
      String story = storyId(storyOfArticle.get(duplicate));
      return new StoryAssignment(article.id(), story, false, 1.0, null, 0, duplicate);
    }
    Vectors v = vector(article);
    Scored best = rank(v, time);
    StoryState target = best.first() != null && best.firstScore() >= config.threshold() ? best.first() : copiedLede(article, time);
    if (target == null) {
      target = sharedVillage(article, v, time);
    }
    boolean started = target == null;
    if (started) {
      target = newStory(time);
    }
    join(target, v, article, hash, time);
    StoryState runnerUp = started || target != best.first() ? best.first() : best.second();
    double runnerUpScore = started || target != best.first() ? best.firstScore() : best.secondScore();
    double score = started ? 0 : target == best.first() ? best.firstScore() : similarity(target, v) * timeFactor(target, time);
    return new StoryAssignment(article.id(), target.id(), started, score,
        runnerUp == null ? null : runnerUp.id(), runnerUp == null ? 0 : runnerUpScore, null);
  }

  /** The active story one of whose members' lede the article's lede repeats ({@link CopiedLedes}), or null. */
  private StoryState copiedLede(AnalysedArticle article, long time) {
    int n = ledes.storyOf(article);
    return n >= 0 && stories.get(n).active && !startsTooLate(stories.get(n), time) ? stories.get(n) : null;
  }

  /**
   * The active story one of whose members' events is of the same kind in the same village as one of
   * the article's ({@link EventVillages}), when the article scores at least half the threshold
   * against it; else null.
   */
  private StoryState sharedVillage(AnalysedArticle article, Vectors v, long time) {
    int n = villages.storyOf(article);
    if (n < 0 || !stories.get(n).active || startsTooLate(stories.get(n), time)) {
      return null;
    }
    StoryState s = stories.get(n);
    return similarity(s, v) * timeFactor(s, time) >= config.threshold() / 2 ? s : null;
  }

  /** The article's publication time in epoch seconds, or {@code Long.MIN_VALUE} when it has none. */
  private long timeOf(AnalysedArticle a) {
    if (a.clean().published() != null) {
      return a.clean().published().time().toEpochSecond();
    }
    return Long.MIN_VALUE;
  }

  private void expire(long time) {
    if (time == Long.MIN_VALUE) {
      return;
    }
    while (!byLastSeen.isEmpty() && byLastSeen.peek().lastSeen < time - windowSeconds) {
      deactivate(byLastSeen.poll());
    }
  }

  /** Stories of undated articles only whose last article is {@link #UNDATED_WINDOW} arrivals back. */
  private void expireUndated() {
    while (!undated.isEmpty() && undated.peek().lastArrival < arrivals - UNDATED_WINDOW) {
      StoryState s = undated.poll();
      if (s.lastSeen == Long.MIN_VALUE && s.lastArrival < arrivals - UNDATED_WINDOW) {
        deactivate(s);
      }
    }
  }

  private void deactivate(StoryState s) {
    if (s.active) {
      s.active = false;
      versions[s.number]++;
      active--;
      s.texts.forEach(fullTexts::remove);
      ledes.remove(s.number);
      villages.remove(s.number);
      s.releaseVectors();
    }
  }

  private static long textHash(AnalysedArticle a) {
    long h = 1125899906842597L;
    for (var t : a.tokens()) {
      h = 31 * h + t.norm().hashCode();
    }
    return h;
  }

  /** An article's word vector and anchor vector, and whether it reports an event. */
  private record Vectors(TermVector words, TermVector anchors, boolean eventful,
      TermVector.Probe wordProbe, TermVector.Probe anchorProbe) {

    Vectors(TermVector words, TermVector anchors, boolean eventful) {
      this(words, anchors, eventful, new TermVector.Probe(words), new TermVector.Probe(anchors));
    }
  }

  private Vectors vector(AnalysedArticle a) {
    TermCounts tf = counts(a.tokens().size() * 2 + a.entities().size() + a.events().size() + 4);
    String[] title = extractor.foldedTitle(a);
    extractor.forEachTerm(a, title, tf::add);
    if (config.anchorWeight() > 0) {
      extractor.forEachAnchor(a, title, tf::addAnchor);
    }
    documents++;
    touch(tf);
    int[] ids = new int[tf.size()];
    float[] weights = new float[tf.size()];
    int[] anchorIds = new int[tf.size()];
    float[] anchorWeights = new float[tf.size()];
    int n = 0;
    int m = 0;
    for (int slot = 0; slot < tf.capacity(); slot++) {
      int id = tf.idAt(slot);
      if (id < 0) {
        continue;
      }
      double idf = Math.log((documents + PRIOR_DOCUMENTS + 1.0)
          / (stats[2 * id] + Float.intBitsToFloat(stats[2 * id + 1]) + 1.0)) + 1.0;
      float w = (float) (logCount(tf.countAt(slot)) * idf);
      stats[2 * id]++;
      if (tf.anchorAt(slot)) {
        anchorIds[m] = id;
        anchorWeights[m++] = w;
      } else {
        ids[n] = id;
        weights[n++] = w;
      }
    }
    return new Vectors(TermVector.top(ids, weights, n, config.articleTerms()),
        TermVector.top(anchorIds, anchorWeights, m, ARTICLE_ANCHORS), !a.events().isEmpty());
  }

  /** {@code 1 + log(count)} for the small counts most terms have, computed once. */
  private static final double[] LOG_COUNTS = new double[64];

  static {
    for (int c = 1; c < LOG_COUNTS.length; c++) {
      LOG_COUNTS[c] = 1 + Math.log(c);
    }
  }

  /** {@code 1 + log(count)}, the term-frequency weight. */
  private static double logCount(int count) {
    return count < LOG_COUNTS.length ? LOG_COUNTS[count] : 1 + Math.log(count);
  }

  /**
   * Reads the table entry of every term of {@code tf} once, in a loop that does nothing else, so
   * that the processor fetches many of these scattered cache lines at once; the weighting loop that
   * follows, which computes two logarithms per term, would otherwise wait for them one by one.
   */
  private void touch(TermCounts tf) {
    int sum = 0;
    for (int slot = 0; slot < tf.capacity(); slot++) {
      int id = tf.idAt(slot);
      if (id >= 0) {
        sum += stats[2 * id];
      }
    }
    touched = sum;
  }

  /** Emptied count tables by capacity, reused from article to article (the clusterer is single-threaded). */
  private final Map<Integer, TermCounts> spareCounts = new HashMap<>();

  /** An empty count table for about {@code expected} terms: the capacity (and so the slot order) a new one would have. */
  private TermCounts counts(int expected) {
    int capacity = TermCounts.capacityFor(expected);
    TermCounts tf = spareCounts.get(capacity);
    if (tf == null) {
      tf = new TermCounts(expected);
      spareCounts.put(capacity, tf);
    } else {
      tf.clear();
    }
    return tf;
  }

  /** The bucket of a term, by its string hash code. */
  private static int bucket(int hash) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & (BUCKETS - 1);
  }

  /**
   * Occurrences per term of one article, by the term's string hash (two terms sharing a bucket stay
   * two entries, as they were when terms were strings), with each term's bucket id.
   */
  private static final class TermCounts {
    private final int[] hashes;
    private final int[] ids;
    private final int[] counts;
    private final boolean[] anchors;
    private int size;

    TermCounts(int expected) {
      int cap = capacityFor(expected);
      hashes = new int[cap];
      ids = new int[cap];
      counts = new int[cap];
      anchors = new boolean[cap];
      java.util.Arrays.fill(ids, -1);
    }

    static int capacityFor(int expected) {
      return Integer.highestOneBit(Math.max(16, expected) * 2);
    }

    /** Empties the table for the next article. */
    void clear() {
      java.util.Arrays.fill(ids, -1);
      java.util.Arrays.fill(counts, 0);
      java.util.Arrays.fill(anchors, false);
      size = 0;
    }

    /** Counts an anchor (a place or a person), kept apart from the words. */
    void addAnchor(int hash) {
      anchors[add(hash)] = true;
    }

    /** Counts a term; returns its slot. */
    int add(int hash) {
      int mask = ids.length - 1;
      int slot = (hash * 0x9E3779B9 >>> 7) & mask;
      while (ids[slot] >= 0 && hashes[slot] != hash) {
        slot = (slot + 1) & mask;
      }
      if (ids[slot] < 0) {
        ids[slot] = bucket(hash);
        hashes[slot] = hash;
        size++;
      }
      counts[slot]++;
      return slot;
    }

    boolean anchorAt(int slot) {
      return anchors[slot];
    }

    int size() {
      return size;
    }

    int capacity() {
      return ids.length;
    }

    int idAt(int slot) {
      return ids[slot];
    }

    int countAt(int slot) {
      return counts[slot];
    }
  }

  /**
   * The best two active stories for a vector: the candidates sharing the most query weight are
   * scored in full, in the order of a stable sort by that weight of the candidates in map order.
   */
  private Scored rank(Vectors v, long time) {
    Map<Integer, Float> partial = candidates(v);
    // one primitive sort of (weight descending, map position) packed in a long: the order of a
    // stable sort by weight, without boxing or a comparator
    int[] storyAt = new int[partial.size()];
    long[] order = new long[partial.size()];
    int n = 0;
    for (Map.Entry<Integer, Float> e : partial.entrySet()) {
      storyAt[n] = e.getKey();
      order[n] = ((long) ~TermVector.sortable(e.getValue()) << 32) | n;
      n++;
    }
    int k = Math.min(n, config.maxCandidates());
    TermVector.selectSmallest(order, n, k);
    Arrays.sort(order, 0, k);
    Scored s = new Scored();
    for (int c = 0; c < k; c++) {
      StoryState story = stories.get(storyAt[(int) order[c]]);
      if (!startsTooLate(story, time)) {
        s.offer(story, similarity(story, v) * timeFactor(story, time));
      }
    }
    return s;
  }

  /**
   * Whether a story began more than the window after the article's time: an older page that arrives
   * late (a folder read out of date order) cannot join a story of weeks later, as a page of weeks
   * later cannot join an expired story.
   */
  private boolean startsTooLate(StoryState s, long time) {
    return time != Long.MIN_VALUE && s.firstSeen != Long.MIN_VALUE && s.firstSeen - time > windowSeconds;
  }

  /**
   * The score of an article against a story: the cosine of the word vectors, plus {@link
   * StoryConfig#anchorWeight()} times the cosine of the anchor vectors when the article or the story
   * reports an event (an attack, a strike, an arrest...), so that independent reports of one event
   * that share its town and people but few words still meet. News without events (culture,
   * society) is compared by its words alone.
   */
  private double similarity(StoryState story, Vectors v) {
    double words = v.wordProbe().cosineWith(story.centroid());
    if (v.anchors().size() == 0 || !(v.eventful() || story.eventful)) {
      return words;
    }
    return words + config.anchorWeight() * v.anchorProbe().cosineWith(story.anchors());
  }

  /**
   * Active stories sharing a query term (the heaviest words, and the anchors), with the summed
   * article weight of the shared terms.
   */
  private Map<Integer, Float> candidates(Vectors v) {
    metCount = 0;
    lastWasRepeat = false;
    lookUp(v.words(), config.queryTerms(), 1);
    lookUp(v.anchors(), ARTICLE_ANCHORS, (float) config.anchorWeight());
    return partialMap();
  }

  /**
   * The partial sums as the map that merging every posting into a HashMap would have built, in the
   * same iteration order ({@link #rank} breaks ties by it). A HashMap's layout depends only on the
   * order its keys first come and on when it checks its size, which merge does at every call: so each
   * story's sum is merged once, in the order the stories were first met, and once more (changing
   * nothing but letting the map grow as it would have) when the last posting was of a story met
   * before. The sums themselves are summed in posting order as the merges summed them.
   */
  private Map<Integer, Float> partialMap() {
    Map<Integer, Float> partial = new HashMap<>();
    for (int i = 0; i < metCount; i++) {
      partial.merge(firstMet[i], partialSum[firstMet[i]], Float::sum);
    }
    if (lastWasRepeat) {
      partial.merge(firstMet[0], 0f, (sum, unused) -> sum);
    }
    return partial;
  }

  private void lookUp(TermVector v, int terms, float scale) {
    int[] order = v.byWeight();
    for (int q = 0; q < Math.min(order.length, terms); q++) {
      int term = v.term(order[q]);
      IntList list = postings.get(term);
      if (list == null || list.size() > config.maxPosting()) {
        continue;
      }
      float w = v.weight(order[q]) * scale;
      list.retain(versions, story -> stories.get(story).active
          && (stories.get(story).centroid().contains(term) || stories.get(story).anchors().contains(term)));
      for (int p = 0; p < list.size(); p++) {
        int story = list.get(p);
        lastWasRepeat = partialOf[story] == arrivals;
        if (lastWasRepeat) {
          partialSum[story] += w;
        } else {
          partialOf[story] = arrivals;
          partialSum[story] = w;
          firstMet[metCount++] = story;
        }
      }
    }
  }

  /** Full weight within a day of the story's last article, decaying to 0.7 across the window. */
  private double timeFactor(StoryState s, long time) {
    if (time == Long.MIN_VALUE || s.lastSeen == Long.MIN_VALUE) {
      return 1.0;
    }
    double days = Math.abs(time - s.lastSeen) / 86400.0;
    return days <= 1 ? 1.0 : Math.max(0.7, 1.0 - 0.3 * (days - 1) / Math.max(1, windowSeconds / 86400.0));
  }

  private StoryState newStory(long time) {
    StoryState s = new StoryState(stories.size(), time);
    stories.add(s);
    if (s.number == versions.length) {
      versions = Arrays.copyOf(versions, 2 * versions.length);
      partialSum = Arrays.copyOf(partialSum, versions.length);
      partialOf = Arrays.copyOf(partialOf, versions.length);
      firstMet = Arrays.copyOf(firstMet, versions.length);
    }
    active++;
    return s;
  }

  private void join(StoryState s, Vectors v, AnalysedArticle a, long hash, long time) {
    int[] before = s.centroid().terms();
    int[] anchorsBefore = s.anchors().terms();
    s.add(v.words(), config.storyTerms(), v.anchors(), STORY_ANCHORS);
    s.eventful |= v.eventful();
    s.members.add(a.id());
    ledes.add(a, s.number);
    villages.add(a, s.number);
    s.texts.add(hash);
    fullTexts.put(hash, a.id());
    storyOfArticle.put(a.id(), s.number);
    s.lastArrival = arrivals;
    if (time != Long.MIN_VALUE) {
      s.firstSeen = s.firstSeen == Long.MIN_VALUE ? time : Math.min(s.firstSeen, time);
      s.lastSeen = Math.max(s.lastSeen, time);
      byLastSeen.add(s);
    } else if (s.lastSeen == Long.MIN_VALUE) {
      undated.add(s);
    }
    // the new postings hold a term of the centroid or the anchors of an active story: valid now
    int version = s.active ? ++versions[s.number] : -1;
    for (int t : s.centroid().terms()) {
      if (Arrays.binarySearch(before, t) < 0 && Arrays.binarySearch(anchorsBefore, t) < 0) {
        postings.getOrCreate(t).add(s.number, version);
      }
    }
    for (int t : s.anchors().terms()) {
      if (Arrays.binarySearch(anchorsBefore, t) < 0 && Arrays.binarySearch(before, t) < 0
          && !s.centroid().contains(t)) {
        postings.getOrCreate(t).add(s.number, version);
      }
    }
  }

  private String storyId(int number) {
    return stories.get(number).id();
  }

  @Override
  public List<String> members(String storyId) {
    int n = Integer.parseInt(storyId.substring(1)) - 1;
    return List.copyOf(stories.get(n).members);
  }

  @Override
  public int activeStories() {
    return active;
  }

  @Override
  public long stateBytes() {
    long bytes = BUCKETS * 8L + fullTexts.size() * 48L + storyOfArticle.size() * 48L;
    for (StoryState s : stories) {
      bytes += s.active ? s.bytes() : 0;
    }
    long[] lists = {0};
    postings.forEachList(l -> lists[0] += 48 + l.capacity() * 8L); // a story and a stamp per entry
    return bytes + lists[0];
  }

  /** The best and second-best scored stories. */
  private static final class Scored {
    private StoryState first;
    private StoryState second;
    private double firstScore;
    private double secondScore;

    void offer(StoryState s, double score) {
      if (first == null || score > firstScore) {
        second = first;
        secondScore = firstScore;
        first = s;
        firstScore = score;
      } else if (second == null || score > secondScore) {
        second = s;
        secondScore = score;
      }
    }

    StoryState first() {
      return first;
    }

    StoryState second() {
      return second;
    }

    double firstScore() {
      return firstScore;
    }

    double secondScore() {
      return secondScore;
    }
  }
}
