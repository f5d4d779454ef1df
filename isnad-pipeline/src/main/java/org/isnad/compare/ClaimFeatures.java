package org.isnad.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.isnad.lang.ClaimWords;
import org.isnad.lang.Language;
import org.isnad.model.CleanArticle;
import org.isnad.model.Outlet;
import org.isnad.model.Span;
import org.isnad.model.Token;
import org.isnad.story.BackgroundFrequencies;
import org.isnad.text.TextAnalyzer;

/**
 * The features the stance model reads from two claims. Every feature is symmetric: swapping the
 * two claims gives the same features, so the comparator has no favoured side.
 *
 * <ul>
 *   <li>overlap: Jaccard and containment of the content keys, the same weighted by inverse
 *       document frequency, and the Dice coefficient of the character trigrams of the folded texts
 *       (each as a value and as bins);
 *   <li>leftovers: how many content keys of each side have no exact or near match on the other
 *       (near: one key contains the other, or their character bigrams overlap by Dice at least
 *       0.6), and the share of the information (idf) they carry;
 *   <li>numbers: none, on one side, the same, or different;
 *   <li>negation: one side negated and the other not;
 *   <li>opposites: a word on one pole of an axis on one side and on the other pole on the other
 *       ({@link org.isnad.lang.ClaimWords});
 *   <li>lexical: each leftover key, and each pair of leftover keys across the sides (the model
 *       learns substitutions such as one currency for another);
 *   <li>length ratio.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class ClaimFeatures {

  /** Receives features by name. */
  @FunctionalInterface
  public interface Sink {
    /**
     * @param relatedOnly the feature tells agree from disagree but says nothing about whether the
     *     claims are related (a leftover word): it gets no weight for {@code other}
     */
    void add(String name, double value, boolean relatedOnly);

    default void add(String name, double value) {
      add(name, value, false);
    }
  }

  /** Leftover pairs are crossed only when there are at most this many pairs. */
  private static final int MAX_PAIRS = 30;
  private static final double NEAR_DICE = 0.6;

  private final Language language;
  private final TextAnalyzer text;
  private final BackgroundFrequencies background;
  private final double maxIdf;

  public ClaimFeatures(Language language, BackgroundFrequencies background) {
    this.language = Objects.requireNonNull(language, "language must not be null");
    this.background = Objects.requireNonNull(background, "background must not be null");
    this.text = TextAnalyzer.create(language);
    this.maxIdf = Math.log(Math.max(2, background.documents()));
  }

  /** Features over the bundled background frequencies. */
  public static ClaimFeatures create(Language language) {
    return new ClaimFeatures(language, BackgroundFrequencies.bundled());
  }

  /** The tokens of a short text (a headline, a sentence), through the text stage. */
  public List<Token> tokens(String claim) {
    Objects.requireNonNull(claim, "claim must not be null");
    if (claim.isBlank()) {
      return List.of();
    }
    CleanArticle c = new CleanArticle("claim", "claim", claim, List.of(Span.of(0, claim.length())), null, null,
        Outlet.UNKNOWN, null, null, null, List.of(), List.of());
    return text.analyze(c).tokens();
  }

  /** The features of two token lists, hashed. */
  public FeatureVector extract(List<Token> a, List<Token> b) {
    FeatureVector.Builder v = new FeatureVector.Builder();
    extract(a, b, v::add);
    return v.build();
  }

  /** Sends the features of two token lists to {@code sink}, by name. */
  public void extract(List<Token> a, List<Token> b, Sink sink) {
    Claim x = Claim.of(a, language);
    Claim y = Claim.of(b, language);
    sink.add("bias", 1);
    Leftovers left = overlap(x, y, sink);
    numbers(x, y, sink);
    negation(x, y, sink);
    opposites(x, y, left, sink);
    lexical(left, sink);
    double ratio = Math.min(x.tokens, y.tokens) / (double) Math.max(1, Math.max(x.tokens, y.tokens));
    sink.add("len:" + (int) (ratio * 4), 1);
  }

  private record Leftovers(List<String> a, List<String> b, int near, String jacBin) {}

  private Leftovers overlap(Claim x, Claim y, Sink sink) {
    Set<String> shared = new HashSet<>(x.keys);
    shared.retainAll(y.keys);
    int union = x.keys.size() + y.keys.size() - shared.size();
    double jac = union == 0 ? 0 : shared.size() / (double) union;
    double cx = x.keys.isEmpty() ? 0 : shared.size() / (double) x.keys.size();
    double cy = y.keys.isEmpty() ? 0 : shared.size() / (double) y.keys.size();
    String jacBin = "j" + (int) Math.min(9, jac * 10);
    value(sink, "jac", jac, 10);
    value(sink, "cmin", Math.min(cx, cy), 5);
    value(sink, "cmax", Math.max(cx, cy), 5);
    value(sink, "chr", dice(trigrams(x.folded), trigrams(y.folded)), 10);
    List<String> la = new ArrayList<>();
    List<String> lb = new ArrayList<>(y.keys);
    lb.removeAll(shared);
    int near = 0;
    for (String k : x.keys) {
      if (shared.contains(k)) {
        continue;
      }
      int m = nearest(k, lb);
      if (m >= 0) {
        lb.remove(m);
        near++;
      } else {
        la.add(k);
      }
    }
    double all = idf(x.keys) + idf(y.keys) - idf(shared);
    double leftover = idf(la) + idf(lb);
    value(sink, "wleft", all == 0 ? 0 : leftover / all, 5);
    value(sink, "wjac", all == 0 ? 0 : idf(shared) / all, 10);
    int min = Math.min(la.size(), lb.size());
    int max = Math.max(la.size(), lb.size());
    sink.add("lmin:" + Math.min(min, 4), 1);
    sink.add("lmax:" + Math.min(max, 6), 1);
    sink.add("near:" + Math.min(near, 3), 1);
    sink.add("lmin&" + jacBin + ":" + Math.min(min, 3), 1);
    if (la.size() == 1 && lb.size() == 1 && !shared.isEmpty()) {
      // one word swapped for another, the rest the same: a name, a place or a figure replaced
      double rarity = Math.min(idf(la), idf(lb)) / maxIdf;
      sink.add("swap", 1);
      sink.add("swap:" + (int) Math.min(3, rarity * 4), 1);
    }
    return new Leftovers(la, lb, near, jacBin);
  }

  private void numbers(Claim x, Claim y, Sink sink) {
    if (x.numbers.isEmpty() && y.numbers.isEmpty()) {
      return;
    }
    if (x.numbers.isEmpty() || y.numbers.isEmpty()) {
      sink.add("num:one", 1);
    } else if (x.numbers.equals(y.numbers)) {
      sink.add("num:same", 1);
    } else if (x.numbers.containsAll(y.numbers) || y.numbers.containsAll(x.numbers)) {
      sink.add("num:subset", 1);
    } else {
      sink.add("num:diff", 1);
    }
  }

  private static void negation(Claim x, Claim y, Sink sink) {
    boolean nx = x.negations % 2 == 1;
    boolean ny = y.negations % 2 == 1;
    if (nx != ny) {
      sink.add("neg:mismatch", 1);
    } else if (x.negations > 0 && y.negations > 0) {
      sink.add("neg:both", 1);
    }
  }

  /**
   * Opposites among the keys left over after matching: a word shared by both claims says nothing
   * about a contradiction, whichever pole it stands on.
   */
  private void opposites(Claim x, Claim y, Leftovers left, Sink sink) {
    Set<String> px = poles(left.a());
    Set<String> py = poles(left.b());
    Set<String> axes = new TreeSet<>();
    for (String p : px) {
      String other = p.substring(0, p.length() - 1) + (p.endsWith("+") ? '-' : '+');
      if (py.contains(other)) {
        axes.add(p.substring(0, p.length() - 1));
      }
    }
    if (axes.isEmpty()) {
      return;
    }
    sink.add("opp", 1);
    sink.add("opp&" + left.jacBin(), 1);
    if (x.negations % 2 != y.negations % 2) {
      sink.add("opp&neg", 1);
    }
    for (String axis : axes) {
      sink.add("opp:" + axis, 1);
    }
  }

  private Set<String> poles(List<String> keys) {
    Set<String> out = new HashSet<>();
    for (String k : keys) {
      for (ClaimWords.Pole p : language.claims().poles(k)) {
        out.add(p.axis() + (p.positive() ? '+' : '-'));
      }
    }
    return out;
  }

  private static void lexical(Leftovers left, Sink sink) {
    for (List<String> side : List.of(left.a(), left.b())) {
      for (String k : side) {
        sink.add("u:" + k, 1, true);
        String padded = "<" + k + ">";
        for (int i = 0; i + 3 <= padded.length(); i++) {
          sink.add("u3:" + padded.substring(i, i + 3), 0.5, true);
        }
      }
    }
    if (left.a().size() * left.b().size() <= MAX_PAIRS) {
      for (String p : left.a()) {
        for (String q : left.b()) {
          sink.add(p.compareTo(q) < 0 ? "p:" + p + "|" + q : "p:" + q + "|" + p, 1, true);
        }
      }
    }
  }

  /** A value feature and its bin among {@code bins} equal bins of [0, 1]. */
  private static void value(Sink sink, String name, double v, int bins) {
    sink.add(name, v);
    sink.add(name + ":" + (int) Math.min(bins - 1, v * bins), 1);
  }

  private double idf(Iterable<String> keys) {
    double sum = 0;
    for (String k : keys) {
      double share = background.share(k);
      sum += share == 0 ? maxIdf : Math.log(1 / share);
    }
    return sum;
  }

  /** The first candidate near {@code k} that does not stand on another pole, or -1. */
  private int nearest(String k, List<String> candidates) {
    List<ClaimWords.Pole> pk = language.claims().poles(k);
    for (int i = 0; i < candidates.size(); i++) {
      List<ClaimWords.Pole> pc = language.claims().poles(candidates.get(i));
      if ((pk.isEmpty() || pc.isEmpty() || pk.equals(pc)) && near(k, candidates.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Two keys are near when one contains the other (three letters or more) or their bigrams overlap. */
  static boolean near(String p, String q) {
    if (Math.min(p.length(), q.length()) >= 3 && (p.contains(q) || q.contains(p))) {
      return true;
    }
    return p.length() >= 3 && q.length() >= 3 && dice(grams(p, 2), grams(q, 2)) >= NEAR_DICE;
  }

  private static Map<String, Integer> trigrams(String s) {
    return grams(s, 3);
  }

  private static Map<String, Integer> grams(String s, int n) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= s.length(); i++) {
      out.merge(s.substring(i, i + n), 1, Integer::sum);
    }
    return out;
  }

  private static double dice(Map<String, Integer> a, Map<String, Integer> b) {
    int total = 0;
    int common = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      total += e.getValue();
      common += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
    }
    for (int v : b.values()) {
      total += v;
    }
    return total == 0 ? 0 : 2.0 * common / total;
  }
}
