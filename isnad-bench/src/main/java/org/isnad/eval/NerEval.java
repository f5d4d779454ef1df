package org.isnad.eval;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.isnad.entity.NerModel;
import org.isnad.entity.NerResources;
import org.isnad.entity.NerTagger;
import org.isnad.lang.Language;

/**
 * Scores a model on CoNLL sentences (punctuation tokens, which the tagger never sees, are tagged O)
 * and times tagging (folding, keys, features, Viterbi) against Lucene's ArabicAnalyzer over the same
 * sentences, alternating rounds in one run.
 */
public final class NerEval {

  /** Scores and speeds. */
  public record Result(NerScore score, double tokensPerSecond, double luceneTokensPerSecond, long rounds) {}

  private static final long WARMUP_NANOS = 1_000_000_000L;
  private static final long MEASURE_NANOS = 2_000_000_000L;

  private final Language language;
  private final NerTagger tagger;

  public NerEval(Language language, NerModel model) {
    this.language = language;
    this.tagger = NerTagger.of(model, NerResources.bundled(language));
  }

  public Result run(List<Conll.Sentence> sentences) {
    NerScore score = new NerScore();
    for (Conll.Sentence s : sentences) {
      score.add(s.tags(), predict(s.words()));
    }
    return timed(sentences, score);
  }

  /** Predicted tags for every corpus token. */
  public List<String> predict(List<String> words) {
    int[] tags = new int[words.size()];
    tagger.tagTokens(words, language, tags);
    List<String> names = tagger.model().tags();
    String[] out = new String[words.size()];
    for (int k = 0; k < tags.length; k++) {
      out[k] = names.get(tags[k]);
    }
    // the tagger's BIO constraint leaves nothing to repair but where punctuation splits an entity
    return Conll.repair(java.util.Arrays.asList(out));
  }

  /**
   * Alternating rounds of tagging and of Lucene's analyser over the same sentences: warm-up rounds
   * until both sides have run {@link #WARMUP_NANOS}, then measured rounds until both have run
   * {@link #MEASURE_NANOS}. Tagging here is what the pipeline's tagger does per sentence: token to
   * tag index, punctuation set aside (tag names and BIO repair are the scorer's business).
   */
  private Result timed(List<Conll.Sentence> sentences, NerScore score) {
    List<String> texts = sentences.stream().map(s -> String.join(" ", s.words())).toList();
    long tokens = sentences.stream().mapToLong(s -> s.words().size()).sum();
    int[] out = new int[sentences.stream().mapToInt(s -> s.words().size()).max().orElse(0)];
    Analyzer lucene = new ArabicAnalyzer();
    long[] time = new long[2];
    long rounds = 0;
    for (boolean measuring : new boolean[] {false, true}) {
      long limit = measuring ? MEASURE_NANOS : WARMUP_NANOS;
      time[0] = 0;
      time[1] = 0;
      rounds = 0;
      while (time[0] < limit || time[1] < limit) {
        long t0 = System.nanoTime();
        for (Conll.Sentence s : sentences) {
          tagger.tagTokens(s.words(), language, out);
        }
        long t1 = System.nanoTime();
        for (String t : texts) {
          consume(lucene, t);
        }
        time[0] += t1 - t0;
        time[1] += System.nanoTime() - t1;
        rounds++;
      }
    }
    return new Result(score, tokens * rounds / (time[0] / 1e9), tokens * rounds / (time[1] / 1e9), rounds);
  }

  private static void consume(Analyzer a, String text) {
    try (TokenStream ts = a.tokenStream("t", new StringReader(text))) {
      ts.reset();
      while (ts.incrementToken()) {
        // count nothing: the work is the tokenising
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
