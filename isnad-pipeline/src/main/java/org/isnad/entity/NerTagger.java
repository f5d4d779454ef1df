package org.isnad.entity;

import java.util.List;
import org.isnad.lang.Language;

/**
 * Tags the words of a sentence with a {@link NerModel}: per-word scores from the features, then the
 * best tag sequence by Viterbi over the transition weights, forbidding an I- tag that does not
 * continue a B- or I- of its type. Thread-safe: decoding state is per call, and the scores that
 * depend on one word only (its own features, and those it gives each neighbour) are cached per
 * thread ({@link WordCache}), so a word's features are hashed and looked up once; per sentence only
 * the pair features remain, built from cached word hashes, one look-up per adjacent pair for both of
 * its words ({@link PairWeights}).
 */
public final class NerTagger {

  private final NerModel model;
  private final NerFeatures features;
  private final int tags;
  /** Transition weights by {@code (from + 1) * tags + to}; forbidden transitions are negative infinity. */
  private final float[] trans;
  private final Viterbi.Plan plan;
  /** What the sentence boundary gives the words next to it, in each role. */
  private final float[] boundary;
  private final ThreadLocal<State> state;
  /** The index of the tag {@code O}. */
  private final int outside;

  public NerTagger(NerModel model, NerFeatures features) {
    this.model = model;
    this.features = features;
    this.tags = model.tags().size();
    trans = new float[(tags + 1) * tags];
    for (int from = -1; from < tags; from++) {
      for (int to = 0; to < tags; to++) {
        boolean ok = allowedTransition(from < 0 ? "O" : model.tags().get(from), model.tags().get(to));
        trans[(from + 1) * tags + to] = ok ? model.transition(from, to) : Float.NEGATIVE_INFINITY;
      }
    }
    plan = Viterbi.Plan.of(trans, tags);
    boundary = new float[WordCache.stride(tags)];
    scoresOf(NerFeatures.BOUNDARY_WORD, NerFeatures.BOUNDARY_WORD, new long[NerFeatures.MAX], boundary, 0);
    state = ThreadLocal.withInitial(() -> new State(tags));
    outside = Math.max(0, model.tags().indexOf("O"));
  }

  /** A tagger with the model's own word clusters and name lists and the given gazetteers. */
  public static NerTagger of(NerModel model, NerFeatures.Gazetteers gazetteers) {
    return new NerTagger(model, new NerFeatures(gazetteers, model.clusters(), model.lexicon()));
  }

  /**
   * Writes a word's scores at {@code at}: of its own features, then of those it gives a neighbour in
   * each role.
   */
  private void scoresOf(String norm, String key, long[] f, float[] into, int at) {
    int k = features.wordFeatures(norm, key, f, 0);
    for (int j = 0; j < k; j++) {
      model.addScores(f[j], into, at);
    }
    for (int role = 0; role < NerFeatures.ROLES; role++) {
      k = features.neighbourFeatures(norm, key, role, f, 0);
      for (int j = 0; j < k; j++) {
        model.addScores(f[j], into, at + (1 + role) * tags);
      }
    }
  }

  static boolean allowedTransition(String from, String to) {
    return Viterbi.allowed(from, to);
  }

  /** The tag index of each word. */
  public int[] tag(String[] norms, String[] keys) {
    return tag(norms, keys, null);
  }

  /**
   * The tag index of each word; {@code entries}, when not null, receives each word's entry in this
   * thread's word cache, whose {@link #flags} the caller may keep bits about the word in until its
   * next call.
   */
  int[] tag(String[] norms, String[] keys, int[] entries) {
    int len = norms.length;
    int[] out = new int[len];
    if (len == 0) {
      return out;
    }
    State s = state.get();
    s.ensure(len);
    WordCache cache = s.cache;
    if (cache.size() + len > WordCache.MAX_WORDS) {
      cache.clear();
    }
    s.sink += cache.readAhead(norms, len);
    for (int i = 0; i < len; i++) {
      s.ids[i] = entry(cache, norms[i], keys[i], s.features);
    }
    decode(s, cache, len, out);
    if (entries != null) {
      System.arraycopy(s.ids, 0, entries, 0, len);
    }
    return out;
  }

  /** The bits kept about the words of this thread's last {@link #tag(String[], String[], int[])} call. */
  WordFlags flags() {
    return state.get().cache;
  }

  /** Bits kept about a word by its entry in a thread's word cache. */
  interface WordFlags {
    int flags(int entry);

    void setFlags(int entry, int value);
  }

  /**
   * Tags a sentence's tokens as a corpus gives them, unfolded and with punctuation, which the model
   * does not see (as the text stage makes no tokens of it) and which is tagged {@code O}. The same
   * tags as {@link #tag} on the words' folded forms and keys; but a token's fold, key and scores are
   * cached per thread by the token itself, so a known token costs one look-up.
   *
   * @param out receives the tag index of each token; at least {@code tokens.size()} long
   */
  public void tagTokens(List<String> tokens, Language language, int[] out) {
    int n = tokens.size();
    State s = state.get();
    s.ensure(n);
    WordCache cache = s.tokenCache();
    if (cache.size() + n > WordCache.MAX_WORDS) {
      cache.clear();
    }
    int len = 0;
    for (int i = 0; i < n; i++) {
      int e = tokenEntry(cache, tokens.get(i), language, s.features);
      out[i] = outside;
      if (cache.isWord(e)) {
        s.positions[len] = i;
        s.ids[len++] = e;
      }
    }
    if (len > 0) {
      decode(s, cache, len, s.wordTags);
      for (int k = 0; k < len; k++) {
        out[s.positions[k]] = s.wordTags[k];
      }
    }
  }

  /** Decodes the words whose cache entries are the first {@code len} of {@code s.ids}. */
  private void decode(State s, WordCache cache, int len, int[] out) {
    readAhead(s, cache, len);
    for (int i = 0; i < len; i++) {
      localScores(s, cache, i, len);
    }
    pairScores(s, cache, len);
    Viterbi.decode(s.local, len, plan, s.score, s.back, out);
  }

  /**
   * Adds the scores of the word pairs: each adjacent pair (and the boundary with the first and with
   * the last word) once, giving both of its words their weights.
   */
  private void pairScores(State s, WordCache cache, int len) {
    PairWeights pairs = model.pairs();
    float[] local = s.local;
    long norm = NerFeatures.BOUNDARY_HASH;
    for (int p = 0; p <= len; p++) {
      long next = p < len ? cache.normHash(s.ids[p]) : NerFeatures.BOUNDARY_HASH;
      s.pairKeys[p] = NerFeatures.pairFeature(norm, next);
      norm = next;
    }
    pairs.slots(s.pairKeys, len + 1, s.pairSlots);
    for (int p = 0; p <= len; p++) {
      pairs.add(s.pairSlots[p], local, p > 0 ? (p - 1) * tags : -1, p < len ? p * tags : -1);
    }
  }

  private int tokenEntry(WordCache cache, String token, Language language, long[] f) {
    int e = cache.find(token);
    if (e < 0) {
      if (!NerInput.isWord(token)) {
        return cache.add(token, 0, false);
      }
      String norm = language.normalizer().fold(token);
      String key = language.stemmer().key(norm);
      e = cache.add(token, NerFeatures.wordHash(norm));
      scoresOf(norm, key, f, cache.scores(), cache.offset(e));
    }
    return e;
  }

  private int entry(WordCache cache, String norm, String key, long[] f) {
    int e = cache.find(norm);
    if (e < 0) {
      e = cache.add(norm, NerFeatures.wordHash(norm));
      scoresOf(norm, key, f, cache.scores(), cache.offset(e));
    }
    return e;
  }

  /**
   * Reads one float of each cache line of every word's cached scores, in a loop short enough that
   * the processor has the reads of many words in flight at once: the cache holds tens of thousands
   * of words, more than the processor's caches, and {@link #localScores}, whose loop is long, left
   * it waiting on each word's scores in turn. Changes no score.
   */
  private static void readAhead(State s, WordCache cache, int len) {
    float[] cached = cache.scores();
    int last = WordCache.stride(s.tags) - 1;
    float sum = 0;
    for (int i = 0; i < len; i++) {
      int at = cache.offset(s.ids[i]);
      sum += cached[at] + cached[at + 16] + cached[at + 32] + cached[at + last] + cache.normHash(s.ids[i]);
    }
    s.sink = sum;
  }

  /** Word i's tag scores: its own and those its neighbours give it. */
  private void localScores(State s, WordCache cache, int i, int len) {
    float[] local = s.local;
    float[] cached = cache.scores();
    int base = i * tags;
    System.arraycopy(cached, cache.offset(s.ids[i]), local, base, tags);
    for (int role = 0; role < NerFeatures.ROLES; role++) {
      int at = i + NerFeatures.offset(role);
      float[] src = at >= 0 && at < len ? cached : boundary;
      int from = (at >= 0 && at < len ? cache.offset(s.ids[at]) : 0) + (1 + role) * tags;
      for (int t = 0; t < tags; t++) {
        local[base + t] += src[from + t];
      }
    }
  }

  public NerModel model() {
    return model;
  }

  /** One thread's word cache and work space. */
  private static final class State {
    final WordCache cache;
    private WordCache tokenCache;
    final long[] features = new long[NerFeatures.MAX];
    final int tags;
    int[] ids = new int[0];
    int[] positions = new int[0];
    int[] wordTags = new int[0];
    /** Per pair of adjacent words (and the boundaries), its feature and its slot in the pair weights. */
    long[] pairKeys = new long[0];
    int[] pairSlots = new int[0];
    float[] local = new float[0];
    float[] score;
    int[] back = new int[0];
    /** Where {@link #readAhead} leaves what it read, so that the reads are not dropped as unused. */
    float sink;

    State(int tags) {
      this.tags = tags;
      this.cache = new WordCache(tags);
      this.score = new float[2 * tags];
    }

    /** The cache keyed by corpus tokens, made on first use. */
    WordCache tokenCache() {
      if (tokenCache == null) {
        tokenCache = new WordCache(tags);
      }
      return tokenCache;
    }

    void ensure(int len) {
      if (ids.length < len) {
        int cap = Math.max(len, 2 * ids.length);
        ids = new int[cap];
        positions = new int[cap];
        wordTags = new int[cap];
        pairKeys = new long[cap + 1];
        pairSlots = new int[cap + 1];
        local = new float[cap * tags];
        back = new int[cap * tags];
      }
    }
  }
}
