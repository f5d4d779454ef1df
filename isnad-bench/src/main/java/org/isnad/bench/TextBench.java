package org.isnad.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.isnad.lang.Language;
import org.isnad.model.CleanArticle;
import org.isnad.model.Outlet;
import org.isnad.model.Span;
import org.isnad.text.TextAnalyzer;

/**
 * Throughput of Isnad's text stage (normalisation with alignment, sentence and token segmentation,
 * matching keys) against Lucene's {@code ArabicAnalyzer} (standard tokenizer, lower case, stop
 * words, Arabic normalisation and light stemming) over the same texts in the same run, alternating
 * rounds so that both see the same JIT and machine state.
 */
public final class TextBench {

  /** The figures of one run. */
  public record Result(long chars, double isnadMbPerSec, double luceneMbPerSec, long isnadTokens,
      long luceneTokens, long maxHeapMb) {
    public double ratio() {
      return isnadMbPerSec / luceneMbPerSec;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "text stage: %.1f MB/s (%d tokens/round); Lucene ArabicAnalyzer: %.1f MB/s (%d tokens/round);"
              + " ratio %.2fx; corpus %d chars/round; max heap %d MB",
          isnadMbPerSec, isnadTokens, luceneMbPerSec, luceneTokens, ratio(), chars, maxHeapMb);
    }
  }

  private final List<CleanArticle> articles = new ArrayList<>();
  private final List<String> texts;
  private final TextAnalyzer isnad = TextAnalyzer.create(Language.arabic());
  private final Analyzer lucene = new ArabicAnalyzer();

  public TextBench(List<String> texts) {
    this.texts = List.copyOf(texts);
    int i = 0;
    for (String t : texts) {
      articles.add(new CleanArticle("b" + (i++), "bench", t, paragraphs(t), null, null, Outlet.UNKNOWN,
          null, null, null, List.of(), List.of()));
    }
  }

  private static List<Span> paragraphs(String t) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= t.length(); i++) {
      if (i == t.length() || t.charAt(i) == '\n') {
        if (i > start && !t.substring(start, i).isBlank()) {
          out.add(new Span(start, i));
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** Runs {@code warmup} unmeasured and {@code rounds} measured rounds of each. */
  public Result run(int warmup, int rounds) {
    long chars = texts.stream().mapToLong(String::length).sum();
    for (int i = 0; i < warmup; i++) {
      isnadRound();
      luceneRound();
    }
    long isnadNanos = 0;
    long luceneNanos = 0;
    long isnadTokens = 0;
    long luceneTokens = 0;
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      isnadTokens = isnadRound();
      long t1 = System.nanoTime();
      luceneTokens = luceneRound();
      long t2 = System.nanoTime();
      isnadNanos += t1 - t0;
      luceneNanos += t2 - t1;
    }
    double mb = chars * 2.0 * rounds / 1e6;
    return new Result(chars, mb / (isnadNanos / 1e9), mb / (luceneNanos / 1e9), isnadTokens, luceneTokens,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private long isnadRound() {
    long n = 0;
    for (CleanArticle a : articles) {
      n += isnad.analyze(a).tokens().size();
    }
    return n;
  }

  private long luceneRound() {
    long n = 0;
    for (String t : texts) {
      try (TokenStream ts = lucene.tokenStream("body", new StringReader(t))) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          n += term.length() > 0 ? 1 : 0;
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return n;
  }
}
