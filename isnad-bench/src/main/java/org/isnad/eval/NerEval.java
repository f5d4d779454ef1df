package org.isnad.eval;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.isnad.entity.NerInput;
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
  public record Result(NerScore score, double tokensPerSecond, double luceneTokensPerSecond) {}

  private static final int ROUNDS = 30;
  private static final int WARMUP = 15;

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
    int[] positions = new int[words.size()];
    List<String> kept = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      if (NerInput.isWord(words.get(i))) {
        positions[kept.size()] = i;
        kept.add(words.get(i));
      }
    }
    String[] norms = NerInput.norms(kept, language);
    int[] tags = tagger.tag(norms, NerInput.keys(norms, language));
    String[] out = new String[words.size()];
    java.util.Arrays.fill(out, "O");
    List<String> names = tagger.model().tags();
    for (int k = 0; k < tags.length; k++) {
      out[positions[k]] = names.get(tags[k]);
    }
    // the tagger's BIO constraint leaves nothing to repair but where punctuation splits an entity
    return Conll.repair(java.util.Arrays.asList(out));
  }

  private Result timed(List<Conll.Sentence> sentences, NerScore score) {
    List<String> texts = sentences.stream().map(s -> String.join(" ", s.words())).toList();
    long tokens = sentences.stream().mapToLong(s -> s.words().size()).sum();
    Analyzer lucene = new ArabicAnalyzer();
    long ours = 0;
    long theirs = 0;
    for (int round = 0; round < ROUNDS; round++) {
      long t0 = System.nanoTime();
      for (Conll.Sentence s : sentences) {
        predict(s.words());
      }
      long t1 = System.nanoTime();
      for (String t : texts) {
        consume(lucene, t);
      }
      long t2 = System.nanoTime();
      if (round >= WARMUP) {
        ours += t1 - t0;
        theirs += t2 - t1;
      }
    }
    int measured = ROUNDS - WARMUP;
    return new Result(score, tokens * measured / (ours / 1e9), tokens * measured / (theirs / 1e9));
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
