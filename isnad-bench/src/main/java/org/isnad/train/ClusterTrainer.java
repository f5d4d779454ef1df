package org.isnad.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.isnad.entity.NerFeatures;
import org.isnad.entity.WordClusters;

/**
 * Learns {@link WordClusters} from unlabelled sentences of folded words: each word of at least
 * {@code minCount} occurrences is described by the words seen just before and just after it (the
 * {@code contexts} most frequent words, the rest pooled), as square-root counts scaled to unit
 * length; then spherical k-means splits the words into up to {@link WordClusters#LEVELS} nested
 * levels of {@code 2^BITS_PER_LEVEL} clusters, a cheap distributional stand-in for Brown clustering
 * (words that share neighbours share a path prefix). Deterministic for a seed. Not thread-safe.
 */
public final class ClusterTrainer {

  /** Clustering parameters. */
  public record Params(int minCount, int contexts, int iterations, long seed) {
    public static final Params DEFAULTS = new Params(3, 300, 10, 20261129L);
  }

  private static final int BRANCHES = 1 << WordClusters.BITS_PER_LEVEL;

  private final Params params;
  private final Random random;
  private float[][] vectors;

  public ClusterTrainer(Params params) {
    this.params = params;
    this.random = new Random(params.seed());
  }

  /** Clusters the words of the sentences. */
  public WordClusters train(List<String[]> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    for (String[] s : sentences) {
      for (String w : s) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    List<String> byCount = new ArrayList<>(counts.keySet());
    byCount.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(Comparator.naturalOrder()));
    List<String> vocab = byCount.stream().filter(w -> counts.get(w) >= params.minCount()).toList();
    vectors = contextVectors(sentences, vocab, byCount.subList(0, Math.min(params.contexts(), byCount.size())));
    int[] paths = new int[vocab.size()];
    int[] all = java.util.stream.IntStream.range(0, vocab.size()).toArray();
    split(all, 1, 0, paths);
    long[] hashes = vocab.stream().mapToLong(NerFeatures::wordHash).toArray();
    return WordClusters.of(hashes, paths);
  }

  /** Each word's unit vector of square-root counts of its left and right neighbours. */
  private float[][] contextVectors(List<String[]> sentences, List<String> vocab, List<String> contexts) {
    Map<String, Integer> word = index(vocab);
    Map<String, Integer> context = index(contexts);
    int side = contexts.size() + 2; // the pooled rest, then the sentence boundary
    float[][] out = new float[vocab.size()][2 * side];
    for (String[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        Integer w = word.get(s[i]);
        if (w != null) {
          out[w][contextOf(s, i - 1, context, side)]++;
          out[w][side + contextOf(s, i + 1, context, side)]++;
        }
      }
    }
    for (float[] v : out) {
      double norm = 0;
      for (int d = 0; d < v.length; d++) {
        v[d] = (float) Math.sqrt(v[d]);
        norm += v[d] * v[d];
      }
      scale(v, (float) (1 / Math.sqrt(Math.max(norm, 1e-12))));
    }
    return out;
  }

  private static int contextOf(String[] s, int i, Map<String, Integer> context, int side) {
    if (i < 0 || i >= s.length) {
      return side - 1;
    }
    return context.getOrDefault(s[i], side - 2);
  }

  private static Map<String, Integer> index(List<String> words) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      out.put(words.get(i), i);
    }
    return out;
  }

  /** Splits the words into clusters at this level and each cluster again below it. */
  private void split(int[] words, int level, int prefix, int[] paths) {
    if (level > WordClusters.LEVELS) {
      return;
    }
    int shift = WordClusters.BITS_PER_LEVEL * (WordClusters.LEVELS - level);
    if (words.length <= 1) {
      for (int w : words) {
        paths[w] = prefix << (WordClusters.BITS_PER_LEVEL + shift);
      }
      return;
    }
    int[] assigned = kmeans(words, Math.min(BRANCHES, words.length));
    for (int c = 0; c < BRANCHES; c++) {
      final int cluster = c;
      int[] members = java.util.stream.IntStream.range(0, words.length).filter(i -> assigned[i] == cluster)
          .map(i -> words[i]).toArray();
      int path = (prefix << WordClusters.BITS_PER_LEVEL) | c;
      for (int w : members) {
        paths[w] = path << shift;
      }
      split(members, level + 1, path, paths);
    }
  }

  /** Spherical k-means from k-means++ seeds: the cluster of each word. */
  private int[] kmeans(int[] words, int k) {
    float[][] centroids = seeds(words, k);
    int[] assigned = new int[words.length];
    for (int it = 0; it < params.iterations(); it++) {
      for (int i = 0; i < words.length; i++) {
        assigned[i] = nearest(vectors[words[i]], centroids);
      }
      float[][] sums = new float[k][vectors[0].length];
      for (int i = 0; i < words.length; i++) {
        add(sums[assigned[i]], vectors[words[i]]);
      }
      for (int c = 0; c < k; c++) {
        double norm = Math.sqrt(dot(sums[c], sums[c]));
        if (norm > 0) {
          scale(sums[c], (float) (1 / norm));
          centroids[c] = sums[c];
        }
      }
    }
    return assigned;
  }

  /** k-means++: each next seed drawn with probability growing with its distance to the seeds so far. */
  private float[][] seeds(int[] words, int k) {
    float[][] out = new float[k][];
    out[0] = vectors[words[random.nextInt(words.length)]].clone();
    double[] dist = new double[words.length];
    Arrays.fill(dist, Double.MAX_VALUE);
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (int i = 0; i < words.length; i++) {
        dist[i] = Math.min(dist[i], Math.max(0, 1 - dot(vectors[words[i]], out[c - 1])));
        total += dist[i];
      }
      double r = random.nextDouble() * total;
      int pick = 0;
      while (pick < words.length - 1 && (r -= dist[pick]) > 0) {
        pick++;
      }
      out[c] = vectors[words[pick]].clone();
    }
    return out;
  }

  private static int nearest(float[] v, float[][] centroids) {
    int best = 0;
    double bestDot = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      double d = dot(v, centroids[c]);
      if (d > bestDot) {
        bestDot = d;
        best = c;
      }
    }
    return best;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void add(float[] into, float[] v) {
    for (int i = 0; i < v.length; i++) {
      into[i] += v[i];
    }
  }

  private static void scale(float[] v, float f) {
    for (int i = 0; i < v.length; i++) {
      v[i] *= f;
    }
  }
}
