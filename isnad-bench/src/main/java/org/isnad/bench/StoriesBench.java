package org.isnad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isnad.eval.BCubed;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.StoryAssignment;
import org.isnad.model.Token;
import org.isnad.reuse.CopyDetector;
import org.isnad.reuse.CopyText;
import org.isnad.reuse.ReuseConfig;
import org.isnad.reuse.ReuseFinder;
import org.isnad.story.StoryClusterer;
import org.isnad.story.StoryConfig;

/**
 * Scale of story clustering plus copy detection on a synthetic stream, on one thread, with a bare
 * 128-permutation MinHash over word 5-shingles of the same articles measured in the same run as the
 * reference cost of copy detection. Generating the articles is not timed.
 */
public final class StoriesBench {

  /** Figures of one run of n articles. */
  public record Result(int articles, double clusterSeconds, double copySeconds, double minhashSeconds,
      long stateBytes, long archiveBytes, long peakHeapBytes, int stories, int reusePairs, long alignments,
      BCubed.Result quality) {

    public double articlesPerSecond() {
      return articles / (clusterSeconds + copySeconds);
    }

    public double copyToMinhash() {
      return copySeconds / minhashSeconds;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,d articles: %.0f articles/s (clustering %.1f s + copy detection %.1f s);"
          + " copy detection / MinHash-128 = %.2fx (MinHash %.1f s); window state %.0f bytes/article;"
          + " archive words %.0f bytes/article; peak heap %d MB; %,d stories, %,d copy pairs (%,d pairs aligned);"
          + " B-cubed P %.3f R %.3f", articles, articlesPerSecond(), clusterSeconds, copySeconds,
          copyToMinhash(), minhashSeconds, (double) stateBytes / articles, (double) archiveBytes / articles,
          peakHeapBytes >> 20, stories, reusePairs, alignments, quality.precision(), quality.recall());
    }
  }

  private final List<List<String>> sentences;

  public StoriesBench(List<List<String>> sentences) {
    this.sentences = sentences;
  }

  /** Runs {@code n} articles, all within the 7-day window. */
  public Result run(int n, long seed) {
    long spacing = Math.max(0, 6L * 86400 / n);
    SyntheticStream stream = new SyntheticStream(sentences, Language.arabic(), seed, spacing);
    StoryClusterer clusterer = StoryClusterer.create(StoryConfig.DEFAULTS, Language.arabic());
    ReuseFinder finder = new ReuseFinder(CopyDetector.create(ReuseConfig.DEFAULTS));
    MinHash minhash = new MinHash(128, 5, seed);
    Map<String, String> clusterOf = new HashMap<>();
    Map<String, String> labelOf = new HashMap<>();
    long clusterNanos = 0;
    long copyNanos = 0;
    long minhashNanos = 0;
    int pairs = 0;
    resetPeaks();
    for (int i = 0; i < n; i++) {
      SyntheticStream.Item item = stream.next();
      AnalysedArticle a = item.article();
      CopyText text = compact(a);
      long t0 = System.nanoTime();
      StoryAssignment s = clusterer.add(a);
      long t1 = System.nanoTime();
      pairs += finder.add(text, a.clean().published()).size();
      long t2 = System.nanoTime();
      minhash.signature(text);
      long t3 = System.nanoTime();
      clusterNanos += t1 - t0;
      copyNanos += t2 - t1;
      minhashNanos += t3 - t2;
      if (i % 10 == 0) {
        clusterOf.put(a.id(), s.storyId());
        labelOf.put(a.id(), "g" + item.story());
      }
    }
    return new Result(n, clusterNanos / 1e9, copyNanos / 1e9, minhashNanos / 1e9,
        clusterer.stateBytes() + finder.indexBytes(), finder.archiveBytes(), peakHeap(),
        clusterer.activeStories(), pairs, finder.alignments(), BCubed.score(clusterOf, labelOf));
  }

  /** Word hashes only: what an archive keeps for copy detection. */
  private static CopyText compact(AnalysedArticle a) {
    List<Token> tokens = a.tokens();
    int[] h = new int[tokens.size()];
    for (int i = 0; i < h.length; i++) {
      h[i] = CopyText.hashOf(tokens.get(i).key());
    }
    return CopyText.ofHashes(a.id(), h);
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
