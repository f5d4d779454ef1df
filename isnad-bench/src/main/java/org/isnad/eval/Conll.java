package org.isnad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads CoNLL-style NER files: {@code token TAG [TAG...]} per line, a blank line between sentences,
 * {@code -DOCSTART-} lines ignored. With nested tags (Wojood), the first tag whose type the mapping
 * knows is taken (the outermost), so the result is flat BIO over the mapped types.
 */
public final class Conll {

  /** One sentence: words and their BIO tags. */
  public record Sentence(List<String> words, List<String> tags) {}

  /** ANERcorp's own types. */
  public static final Map<String, String> ANERCORP = Map.of("PERS", "PERS", "LOC", "LOC", "ORG", "ORG", "MISC", "MISC");

  /** Wojood's types mapped to ANERcorp's: geopolitical entities and facilities are locations. */
  public static final Map<String, String> WOJOOD = Map.of("PERS", "PERS", "ORG", "ORG", "GPE", "LOC", "LOC", "LOC",
      "FAC", "LOC", "EVENT", "MISC", "PRODUCT", "MISC", "LANGUAGE", "MISC");

  private Conll() {}

  public static List<Sentence> read(Path file, Map<String, String> types) throws IOException {
    List<Sentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        flush(out, words, tags);
        words = new ArrayList<>();
        tags = new ArrayList<>();
      } else if (!line.startsWith("-DOCSTART-")) {
        String[] f = line.strip().split("\\s+");
        words.add(f[0]);
        tags.add(tag(f, types));
      }
    }
    flush(out, words, tags);
    return out;
  }

  private static String tag(String[] f, Map<String, String> types) {
    for (int i = 1; i < f.length; i++) {
      if (f[i].length() > 2 && (f[i].startsWith("B-") || f[i].startsWith("I-"))) {
        String mapped = types.get(f[i].substring(2));
        if (mapped != null) {
          return f[i].substring(0, 2) + mapped;
        }
      }
    }
    return "O";
  }

  private static void flush(List<Sentence> out, List<String> words, List<String> tags) {
    if (!words.isEmpty()) {
      out.add(new Sentence(List.copyOf(words), repair(tags)));
    }
  }

  /** An I- tag that follows neither B- nor I- of its type begins an entity: make it B-. */
  static List<String> repair(List<String> tags) {
    List<String> out = new ArrayList<>(tags);
    for (int i = 0; i < out.size(); i++) {
      String t = out.get(i);
      String prev = i == 0 ? "O" : out.get(i - 1);
      if (t.startsWith("I-") && !sameType(prev, t)) {
        out.set(i, "B-" + t.substring(2));
      }
    }
    return List.copyOf(out);
  }

  private static boolean sameType(String a, String b) {
    return a.length() == b.length() && a.length() > 2 && a.regionMatches(2, b, 2, a.length() - 2);
  }
}
