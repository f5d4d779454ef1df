package org.isnad.lang.ar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.lang.ClaimWords;

/**
 * The Arabic negations, function words and opposites of {@code claims.tsv}, loaded once. Negations
 * are kept folded and matched on a token's normalised form, with or without a leading و or ف;
 * function words and opposites are kept as matching keys ({@link ArabicStemmer}). A key that lands
 * on both poles of one axis after stemming is dropped from that axis. Immutable and thread-safe.
 */
final class ArabicClaimWords implements ClaimWords {

  static final ArabicClaimWords INSTANCE = load("claims.tsv");

  private final Set<String> negations;
  private final Set<String> functionWords;
  private final Map<String, List<Pole>> poles;

  private ArabicClaimWords(Set<String> negations, Set<String> functionWords, Map<String, List<Pole>> poles) {
    this.negations = Set.copyOf(negations);
    this.functionWords = Set.copyOf(functionWords);
    Map<String, List<Pole>> copy = new HashMap<>();
    poles.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.poles = Map.copyOf(copy);
  }

  @Override
  public boolean isNegation(String norm) {
    if (negations.contains(norm)) {
      return true;
    }
    return norm.length() > 2 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف')
        && negations.contains(norm.substring(1));
  }

  @Override
  public List<Pole> poles(String key) {
    return poles.getOrDefault(key, List.of());
  }

  @Override
  public boolean isFunctionWord(String key) {
    return functionWords.contains(key);
  }

  private static ArabicClaimWords load(String resource) {
    try (InputStream in = ArabicClaimWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " beside " + ArabicClaimWords.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<String> negations = new HashSet<>();
      Set<String> function = new HashSet<>();
      Map<String, List<Pole>> poles = new HashMap<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        switch (cols[0]) {
          case "negation" -> negations.addAll(words(cols, 2, false));
          case "function" -> function.addAll(words(cols, 2, true));
          case "opposite" -> addAxis(poles, cols);
          default -> throw new IllegalStateException("unknown kind '" + cols[0] + "' in " + resource + ": " + line);
        }
      }
      return new ArabicClaimWords(negations, function, poles);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static void addAxis(Map<String, List<Pole>> poles, String[] cols) {
    if (cols.length != 4) {
      throw new IllegalStateException("an opposite line needs 4 tab-separated columns: " + String.join("\t", cols));
    }
    Set<String> plus = words(cols, 2, true);
    Set<String> minus = words(cols, 3, true);
    Set<String> both = new HashSet<>(plus);
    both.retainAll(minus);
    plus.removeAll(both);
    minus.removeAll(both);
    plus.forEach(k -> poles.computeIfAbsent(k, x -> new ArrayList<>()).add(new Pole(cols[1], true)));
    minus.forEach(k -> poles.computeIfAbsent(k, x -> new ArrayList<>()).add(new Pole(cols[1], false)));
  }

  private static Set<String> words(String[] cols, int col, boolean stem) {
    Set<String> out = new HashSet<>();
    for (String w : cols[col].split("\\|")) {
      String folded = ArabicNormalizer.INSTANCE.fold(w.strip());
      if (!folded.isEmpty()) {
        out.add(stem ? ArabicStemmer.INSTANCE.key(folded) : folded);
      }
    }
    return out;
  }
}
