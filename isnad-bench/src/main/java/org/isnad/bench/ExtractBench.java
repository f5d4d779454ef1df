package org.isnad.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.isnad.entity.EntityRecognizer;
import org.isnad.event.EventExtractor;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Outlet;
import org.isnad.model.Span;
import org.isnad.text.TextAnalyzer;
import org.isnad.time.TimeTagger;

/**
 * Extraction throughput (issue 5) on already segmented articles: the entity stage, the time stage
 * and the event stage (figures, events, quotations), each and together, against Lucene's
 * ArabicAnalyzer over the same texts in the same run (alternating rounds).
 */
public final class ExtractBench {

  /** Megabytes of text per second of each side. */
  public record Result(long chars, double analyzerMbPerSec, double entitiesMbPerSec, double timesMbPerSec,
      double eventsMbPerSec) {

    double together() {
      return 1 / (1 / entitiesMbPerSec + 1 / timesMbPerSec + 1 / eventsMbPerSec);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "Lucene ArabicAnalyzer %.2f MB/s; entities %.2f MB/s (%.2fx); time %.2f MB/s (%.2fx);"
              + " events, figures and quotations %.2f MB/s (%.2fx)%n"
              + "time + events: %.2fx; entities + time + events: %.2f MB/s, %.2fx ArabicAnalyzer (%d chars/round; " + CpuClock.describe() + ")",
          analyzerMbPerSec, entitiesMbPerSec, entitiesMbPerSec / analyzerMbPerSec, timesMbPerSec,
          timesMbPerSec / analyzerMbPerSec, eventsMbPerSec, eventsMbPerSec / analyzerMbPerSec,
          1 / (1 / timesMbPerSec + 1 / eventsMbPerSec) / analyzerMbPerSec, together(),
          together() / analyzerMbPerSec, chars);
    }
  }

  private static final LocalDate REFERENCE = LocalDate.of(2025, 12, 14);

  private final List<String> texts;
  private final List<AnalysedArticle> analysed = new ArrayList<>();
  private final List<AnalysedArticle> withEntities = new ArrayList<>();
  private final List<AnalysedArticle> withTimes = new ArrayList<>();
  private final EntityRecognizer entities = EntityRecognizer.bundled(Language.arabic());
  private final TimeTagger times = TimeTagger.create(Language.arabic());
  private final EventExtractor events = EventExtractor.create(Language.arabic());
  private final Analyzer lucene = new ArabicAnalyzer();
  private volatile long blackhole;

  public ExtractBench(List<String> texts) {
    this.texts = List.copyOf(texts);
    TextAnalyzer text = TextAnalyzer.create(Language.arabic());
    int i = 0;
    for (String t : texts) {
      AnalysedArticle a = text.analyze(new CleanArticle("x" + (i++), "bench", t, List.of(Span.of(0, t.length())),
          null, null, Outlet.UNKNOWN, null, null, null, List.of(), List.of()));
      AnalysedArticle e = entities.recognize(a);
      analysed.add(a);
      withEntities.add(e);
      withTimes.add(e.withTimes(times.tag(e, REFERENCE)));
    }
  }

  public Result run(int warmup, int rounds) {
    long[] nanos = new long[4];
    for (int i = 0; i < warmup; i++) {
      round(new long[4]);
    }
    for (int i = 0; i < rounds; i++) {
      round(nanos);
    }
    long chars = texts.stream().mapToLong(String::length).sum();
    double mb = chars * 2.0 * rounds / 1e6;
    return new Result(chars, mb / (nanos[0] / 1e9), mb / (nanos[1] / 1e9), mb / (nanos[2] / 1e9),
        mb / (nanos[3] / 1e9));
  }

  private void round(long[] nanos) {
    long sink = 0;
    long t0 = CpuClock.nanos();
    for (String t : texts) {
      sink += analyse(t);
    }
    long t1 = CpuClock.nanos();
    for (AnalysedArticle a : analysed) {
      sink += entities.recognize(a).entities().size();
    }
    long t2 = CpuClock.nanos();
    for (AnalysedArticle a : withEntities) {
      sink += times.tag(a, REFERENCE).size();
    }
    long t3 = CpuClock.nanos();
    for (AnalysedArticle a : withTimes) {
      sink += events.extract(a).events().size();
    }
    long t4 = CpuClock.nanos();
    nanos[0] += t1 - t0;
    nanos[1] += t2 - t1;
    nanos[2] += t3 - t2;
    nanos[3] += t4 - t3;
    blackhole = sink;
  }

  private long analyse(String text) {
    long n = 0;
    try (TokenStream ts = lucene.tokenStream("body", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        n += term.length() > 0 ? 1 : 0;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }
}
