package org.isnad.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Converts a GeoNames dump (the {@code cities*.txt} / {@code allCountries.txt} TSV schema) into
 * gazetteer rows (with the optional tenth column, population): every populated place (feature
 * class P) that has an Arabic name among its alternate names, with
 * its coordinates, country and population. A malformed line is counted and skipped, never fatal.
 * GeoNames data is CC BY 4.0 (attribution: GeoNames.org); the output stays in the user's data
 * folder.
 */
public final class GeoNamesImport {

  /** What an import did; {@code withoutArabic} also counts places that are not populated places. */
  public record Result(int read, int imported, int malformed, int withoutArabic) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d lines read: %d places imported, %d without an Arabic name,"
          + " %d malformed lines skipped", read, imported, withoutArabic, malformed);
    }
  }

  private GeoNamesImport() {}

  /** Reads {@code dump} and writes gazetteer rows to {@code out}. */
  public static Result convert(Path dump, Path out) throws IOException {
    int read = 0;
    int malformed = 0;
    int noArabic = 0;
    List<String> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        read++;
        String row;
        try {
          row = row(line.split("\t", -1));
        } catch (RuntimeException e) {
          malformed++;
          continue;
        }
        if (row == null) {
          noArabic++;
        } else {
          rows.add(row);
        }
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# Imported by 'isnad gazetteer import' from " + dump.getFileName()
          + " (GeoNames, CC BY 4.0, attribution: GeoNames.org)\n");
      for (String row : rows) {
        w.write(row);
        w.write('\n');
      }
    }
    return new Result(read, rows.size(), malformed, noArabic);
  }

  /** A gazetteer row, or null when the place has no Arabic name; throws on a malformed line. */
  static String row(String[] f) {
    if (f.length < 15) {
      throw new IllegalArgumentException("expected at least 15 fields, got " + f.length);
    }
    double lat = Double.parseDouble(f[4]);
    double lon = Double.parseDouble(f[5]);
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || f[8].length() != 2) {
      throw new IllegalArgumentException("bad coordinates or country");
    }
    List<String> arabic = new ArrayList<>();
    for (String alt : f[3].split(",")) {
      if (!alt.isBlank() && alt.chars().anyMatch(c -> c >= 0x0621 && c <= 0x064A)) {
        arabic.add(alt.strip());
      }
    }
    if (arabic.isEmpty() || !f[6].equals("P")) {
      return null;
    }
    long population = f[14].isBlank() ? 0 : Long.parseLong(f[14]);
    String kind = f[7].startsWith("PPLC") ? "city" : population >= 100_000 ? "city" : "town";
    List<String> aliases = new ArrayList<>(arabic.subList(1, arabic.size()));
    aliases.add(f[2]);
    return String.join("\t", "gn-" + f[0], kind, f[8], "", arabic.get(0), f[1],
        String.join(",", aliases).replace("\t", " "), f[4], f[5], String.valueOf(population));
  }
}
