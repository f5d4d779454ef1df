package org.isnad.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.entity.NameLexicon;
import org.isnad.entity.NerFeatures;
import org.isnad.lang.Language;

/**
 * Builds a {@link NameLexicon} from gazetteers of names: one name per line (ANERgazet's person,
 * location and organisation lists), or the Arabic alternate names of GeoNames rows (places). A
 * one-word name marks its word as a whole name of its kind, a longer name marks each of its words as
 * part of one; words are folded, and also held without clitics. Not thread-safe.
 */
public final class NameLists {

  private final Language language;
  private final Map<Long, Integer> bits = new HashMap<>();

  public NameLists(Language language) {
    this.language = language;
  }

  /** Adds the names of a one-name-per-line file, of kind 0 (place), 1 (person) or 2 (organisation). */
  public NameLists addLines(Path file, int kind) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      addName(line, kind);
    }
    return this;
  }

  /** Adds the Arabic alternate names (fourth column) of a GeoNames file as places. */
  public NameLists addGeoNames(Path file) throws IOException {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      lines.forEach(line -> {
        String[] f = line.split("\t", -1);
        if (f.length > 3) {
          for (String name : f[3].split(",")) {
            if (isArabic(name)) {
              addName(name, 0);
            }
          }
        }
      });
    }
    return this;
  }

  private void addName(String name, int kind) {
    String[] words = language.normalizer().fold(name.strip()).split("[\\s\\p{P}]+");
    List<String> kept = java.util.Arrays.stream(words).filter(w -> w.length() >= 2 && isArabic(w)).toList();
    if (kept.isEmpty()) {
      return;
    }
    int bit = kept.size() == 1 ? NameLexicon.whole(kind) : NameLexicon.part(kind);
    for (String w : kept) {
      bits.merge(NerFeatures.wordHash(w), bit, (a, b) -> a | b);
      String core = NerFeatures.withoutClitics(w);
      if (!core.equals(w)) {
        bits.merge(NerFeatures.wordHash(core), bit, (a, b) -> a | b);
      }
    }
  }

  private static boolean isArabic(String s) {
    return s.chars().anyMatch(c -> c >= '\u0621' && c <= '\u064A');
  }

  /** The lexicon of the names added. */
  public NameLexicon build() {
    long[] hashes = bits.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    int[] b = new int[hashes.length];
    for (int i = 0; i < hashes.length; i++) {
      b[i] = bits.get(hashes[i]);
    }
    return NameLexicon.of(hashes, b);
  }
}
