package org.isnad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Stance;

/**
 * Labelled claim pairs from a CSV file with the columns {@code s1,s2,stance} (the Arabic News
 * Stance corpus, latynt/ans: labels {@code agree}, {@code disagree}, {@code other}). Fields may be
 * quoted as RFC 4180 quotes them.
 */
public final class StancePairs {

  /** Two claims and their gold stance. */
  public record Pair(String a, String b, Stance stance) {}

  private StancePairs() {}

  /** The pairs of a file, in file order; throws naming the line when one is malformed. */
  public static List<Pair> read(Path csv) throws IOException {
    List<List<String>> rows = parse(Files.readString(csv, StandardCharsets.UTF_8));
    if (rows.isEmpty() || !rows.get(0).equals(List.of("s1", "s2", "stance"))) {
      throw new IOException(csv + ": the header must be s1,s2,stance");
    }
    List<Pair> out = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      if (r.size() == 1 && r.get(0).isBlank()) {
        continue;
      }
      if (r.size() != 3) {
        throw new IOException(csv + ": record " + (i + 1) + " has " + r.size() + " fields, not 3");
      }
      try {
        out.add(new Pair(r.get(0), r.get(1), Stance.ofCode(r.get(2))));
      } catch (IllegalArgumentException e) {
        throw new IOException(csv + ": record " + (i + 1) + " has an unknown stance '" + r.get(2) + "'", e);
      }
    }
    return out;
  }

  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\uFEFF' || i > 0) {
        field.append(c);
      }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
