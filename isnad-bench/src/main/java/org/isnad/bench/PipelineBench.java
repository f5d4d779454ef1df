package org.isnad.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.isnad.pipeline.BatchResult;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The whole {@code analyze} pipeline (ingest, cleaning, text, entities, time, events, stories,
 * copy detection, story building with facts and briefs) on one core, against the sum of four floors
 * measured on the same pages in the same run: boilerplate removal with jsoup (parse, keep the
 * paragraphs), Lucene's ArabicAnalyzer, a 128-permutation MinHash of word 4-shingles, and Lucene
 * indexing (one document per article, in memory). Rounds alternate so both sides see the same JIT
 * and machine state. Both sides are timed by the thread CPU time ({@link CpuClock}), so other
 * processes on a shared machine change the figures less.
 *
 * <p>The pages are HTML articles recombined from real news sentences (the CoNLL corpora), each with a
 * masthead, navigation, related links and a footer around its paragraphs, so the cleaner has clutter
 * to remove and the clusterer and copy detector real text to compare.
 */
public final class PipelineBench {

  /** The figures of one run. */
  public record Result(int articles, double pipelinePerSec, double floorPerSec, double jsoupPerSec,
      double analyzerPerSec, double minhashPerSec, double indexPerSec, int stories) {
    public double ratio() {
      return pipelinePerSec / floorPerSec;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "pipeline (one core): %.0f articles/s (%d articles, %d stories)%n"
              + "floors: jsoup %.0f/s, ArabicAnalyzer %.0f/s, MinHash-128 %.0f/s, Lucene indexing %.0f/s;"
              + " together %.0f articles/s%n"
              + "ratio to the sum of the floors: %.2fx (" + CpuClock.describe() + ")",
          pipelinePerSec, articles, stories, jsoupPerSec, analyzerPerSec, minhashPerSec, indexPerSec, floorPerSec,
          ratio());
    }
  }

  private final Path dir;
  private final List<Path> files = new ArrayList<>();
  private final Pipeline pipeline;
  private final Analyzer analyzer = new ArabicAnalyzer();
  private final MinHash minhash = new MinHash(128, 4, 7);
  /** Keeps the floors' results alive, so the JIT cannot drop their work. */
  private volatile long blackhole;

  /** Writes {@code articles} pages recombined from {@code sentences} into {@code dir}. */
  public PipelineBench(List<List<String>> sentences, int articles, Path dir, long seed) throws IOException {
    this.dir = dir;
    Random r = new Random(seed);
    for (int i = 0; i < articles; i++) {
      Path f = dir.resolve(String.format(Locale.ROOT, "page-%05d.html", i));
      Files.writeString(f, page(sentences, r, i), StandardCharsets.UTF_8);
      files.add(f);
    }
    this.pipeline = Pipeline.create(PipelineConfig.defaults().withParallel(false));
  }

  private static String page(List<List<String>> sentences, Random r, int n) {
    StringBuilder b = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>");
    List<String> title = sentences.get(r.nextInt(sentences.size()));
    b.append(String.join(" ", title)).append("</title></head><body>");
    b.append("<header><div class=\"logo\">صحيفة الاختبار ").append(n % 7).append("</div><nav><a href=\"/\">الرئيسية</a>")
        .append("<a href=\"/p\">سياسة</a><a href=\"/e\">اقتصاد</a><a href=\"/s\">رياضة</a></nav></header><article>");
    b.append("<h1>").append(String.join(" ", title)).append("</h1>");
    int paragraphs = 6 + r.nextInt(8);
    for (int p = 0; p < paragraphs; p++) {
      b.append("<p>");
      int k = 1 + r.nextInt(3);
      for (int s = 0; s < k; s++) {
        b.append(String.join(" ", sentences.get(r.nextInt(sentences.size())))).append(". ");
      }
      b.append("</p>");
    }
    b.append("</article><aside><h3>اقرأ أيضا</h3><ul><li><a href=\"/1\">خبر ذو صلة</a></li><li><a href=\"/2\">خبر آخر</a></li></ul></aside>");
    b.append("<footer>جميع الحقوق محفوظة © 2025 <a href=\"/privacy\">سياسة الخصوصية</a></footer></body></html>");
    return b.toString();
  }

  /** Runs {@code warmup} unmeasured and {@code rounds} measured rounds of each side. */
  public Result run(int warmup, int rounds) throws IOException {
    for (int i = 0; i < warmup; i++) {
      pipelineRound();
      floorRound(new long[4]);
    }
    long pipelineNanos = 0;
    long[] floors = new long[4];
    int stories = 0;
    for (int i = 0; i < rounds; i++) {
      long t0 = CpuClock.nanos();
      stories = pipelineRound();
      pipelineNanos += CpuClock.nanos() - t0;
      floorRound(floors);
    }
    double n = (double) files.size() * rounds;
    long floorNanos = floors[0] + floors[1] + floors[2] + floors[3];
    return new Result(files.size(), n / (pipelineNanos / 1e9), n / (floorNanos / 1e9), n / (floors[0] / 1e9),
        n / (floors[1] / 1e9), n / (floors[2] / 1e9), n / (floors[3] / 1e9), stories);
  }

  private int pipelineRound() {
    BatchResult r = pipeline.analyze(List.of(dir));
    return r.stories().size();
  }

  /** The four floors over the same pages; adds each one's nanoseconds to {@code nanos}. */
  private void floorRound(long[] nanos) throws IOException {
    List<String> texts = new ArrayList<>(files.size());
    long t0 = CpuClock.nanos();
    for (Path f : files) {
      texts.add(boilerplateRemoved(Files.readString(f, StandardCharsets.UTF_8)));
    }
    long t1 = CpuClock.nanos();
    long tokens = 0;
    for (String t : texts) {
      tokens += analyse(t);
    }
    long t2 = CpuClock.nanos();
    long sink = 0;
    for (String t : texts) {
      sink += minhash.signature(t)[0];
    }
    long t3 = CpuClock.nanos();
    index(texts);
    long t4 = CpuClock.nanos();
    nanos[0] += t1 - t0;
    nanos[1] += t2 - t1;
    nanos[2] += t3 - t2;
    nanos[3] += t4 - t3;
    blackhole = tokens + sink;
  }

  private static String boilerplateRemoved(String html) {
    StringBuilder b = new StringBuilder();
    for (Element p : Jsoup.parse(html).select("article p, article h1")) {
      b.append(p.text()).append('\n');
    }
    return b.toString();
  }

  private long analyse(String text) {
    long n = 0;
    try (TokenStream ts = analyzer.tokenStream("body", new StringReader(text))) {
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

  private void index(List<String> texts) throws IOException {
    try (ByteBuffersDirectory d = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer).setMergeScheduler(new SerialMergeScheduler()))) {
      for (String t : texts) {
        Document doc = new Document();
        doc.add(new TextField("body", t, Field.Store.YES));
        w.addDocument(doc);
      }
      w.commit();
    }
  }
}
