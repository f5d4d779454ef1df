package org.isnad.eval;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Outlet;
import org.isnad.model.Span;
import org.isnad.model.TimeMention;
import org.isnad.text.TextAnalyzer;
import org.isnad.time.TimeTagger;

/**
 * Scores the time stage on TimeML documents: extraction precision, recall and F1 (strict: same
 * span; lenient: overlapping spans), type and value accuracy over the gold expressions found
 * (lenient), value accuracy over all gold expressions, and throughput (text stage plus tagger) as a
 * ratio to Lucene's ArabicAnalyzer on the same texts.
 *
 * <p>TimeML documents without a creation time get a document date from their own text: {@link
 * TimeTagger#inferReference} with the given {@code notAfter}, and {@code notAfter} itself when the
 * text fixes no day. Gold values are never read to choose it.
 */
public final class TimeEval {

  /** One document's outcome. */
  public record DocResult(String name, LocalDate reference, boolean inferred, int gold, int found) {}

  /** The scores. */
  public record Result(List<DocResult> docs, int gold, int predicted, int strictHits,
      int strictPredictedHits, int lenientHits, int lenientPredictedHits, int typeHits,
      int valueHits, double ratioToLucene) {

    public double strictPrecision() {
      return ratio(strictPredictedHits, predicted);
    }

    public double strictRecall() {
      return ratio(strictHits, gold);
    }

    public double lenientPrecision() {
      return ratio(lenientPredictedHits, predicted);
    }

    public double lenientRecall() {
      return ratio(lenientHits, gold);
    }

    /** Value accuracy over the gold expressions that were found (overlapping spans). */
    public double valueAccuracy() {
      return ratio(valueHits, lenientHits);
    }

    public double typeAccuracy() {
      return ratio(typeHits, lenientHits);
    }

    /** Value accuracy over every gold expression (a missed one counts as wrong). */
    public double valueAccuracyAll() {
      return ratio(valueHits, gold);
    }

    /** A printable report. */
    public String report() {
      StringBuilder sb = new StringBuilder();
      for (DocResult d : docs) {
        sb.append(String.format(Locale.ROOT, "  %-10s date %s (%s), gold %d, found %d%n", d.name(),
            d.reference(), d.inferred() ? "inferred from the text" : "fallback: not-after", d.gold(), d.found()));
      }
      sb.append(String.format(Locale.ROOT, "extraction strict:  P %.3f R %.3f F1 %.3f%n",
          strictPrecision(), strictRecall(), f1(strictPrecision(), strictRecall())));
      sb.append(String.format(Locale.ROOT, "extraction lenient: P %.3f R %.3f F1 %.3f%n",
          lenientPrecision(), lenientRecall(), f1(lenientPrecision(), lenientRecall())));
      sb.append(String.format(Locale.ROOT, "type accuracy (found): %.3f (%d/%d)%n", typeAccuracy(), typeHits, lenientHits));
      sb.append(String.format(Locale.ROOT, "value accuracy (found): %.3f (%d/%d)%n", valueAccuracy(), valueHits, lenientHits));
      sb.append(String.format(Locale.ROOT, "value accuracy (all gold): %.3f (%d/%d)%n", valueAccuracyAll(), valueHits, gold));
      sb.append(String.format(Locale.ROOT, "throughput: %.2fx Lucene ArabicAnalyzer (text stage + tagger)%n", ratioToLucene));
      return sb.toString();
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private static final int ROUNDS = 20;
  private static final int WARMUP = 10;

  private final TextAnalyzer analyzer;
  private final TimeTagger tagger;
  private final LocalDate notAfter;
  private final LocalDate dct;

  /** An evaluation whose documents are dated no later than {@code notAfter}. */
  public TimeEval(Language language, LocalDate notAfter) {
    this(language, notAfter, null);
  }

  /**
   * An evaluation with a document creation time given from outside (TimeML's DCT, as a feed gives a
   * publication date), or null to infer each document's date from its text.
   */
  public TimeEval(Language language, LocalDate notAfter, LocalDate dct) {
    this.analyzer = TextAnalyzer.create(language);
    this.tagger = TimeTagger.create(language);
    this.notAfter = notAfter;
    this.dct = dct;
  }

  /** The {@code .tml} files of the given files and folders, in name order. */
  public static List<Path> files(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> f.toString().endsWith(".tml")).sorted().forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  public Result run(List<Path> files) throws IOException {
    List<DocResult> docs = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    int[] c = new int[8];
    for (Path f : files) {
      TimeMl.Doc doc = TimeMl.read(Files.readString(f, StandardCharsets.UTF_8));
      texts.add(doc.text());
      AnalysedArticle a = analyze(f.getFileName().toString(), doc.text());
      var inferred = dct != null ? java.util.Optional.<LocalDate>empty() : tagger.inferReference(a, notAfter);
      LocalDate ref = dct != null ? dct : inferred.orElse(notAfter);
      List<TimeMention> found = tagger.tag(a, ref);
      score(doc.timexes(), found, c);
      docs.add(new DocResult(f.getFileName().toString(), ref, inferred.isPresent(), doc.timexes().size(), found.size()));
    }
    return new Result(docs, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], speed(texts));
  }

  private AnalysedArticle analyze(String id, String text) {
    CleanArticle clean = new CleanArticle(id, id, text, List.of(Span.of(0, text.length())), null,
        null, Outlet.UNKNOWN, null, null, null, List.of(), List.of());
    return analyzer.analyze(clean);
  }

  /** Counts: gold, predicted, strict gold hits, strict predicted hits, lenient both, type, value. */
  private static void score(List<TimeMl.Timex> gold, List<TimeMention> found, int[] c) {
    c[0] += gold.size();
    c[1] += found.size();
    for (TimeMl.Timex g : gold) {
      TimeMention m = found.stream().filter(p -> p.span().overlaps(g.span())).findFirst().orElse(null);
      if (m == null) {
        continue;
      }
      c[2] += m.span().equals(g.span()) ? 1 : 0;
      c[4]++;
      c[6] += m.type().name().equals(g.type()) ? 1 : 0;
      c[7] += m.value().equals(g.value()) ? 1 : 0;
    }
    for (TimeMention m : found) {
      c[3] += gold.stream().anyMatch(g -> g.span().equals(m.span())) ? 1 : 0;
      c[5] += gold.stream().anyMatch(g -> g.span().overlaps(m.span())) ? 1 : 0;
    }
  }

  private double speed(List<String> texts) {
    Analyzer lucene = new ArabicAnalyzer();
    long ours = 0;
    long theirs = 0;
    for (int round = 0; round < ROUNDS; round++) {
      long t0 = System.nanoTime();
      for (String t : texts) {
        tagger.tag(analyze("t", t), notAfter);
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
    return (double) theirs / ours;
  }

  private static void consume(Analyzer a, String text) {
    try (TokenStream ts = a.tokenStream("t", new StringReader(text))) {
      ts.reset();
      while (ts.incrementToken()) {
        // the work is the tokenising
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
