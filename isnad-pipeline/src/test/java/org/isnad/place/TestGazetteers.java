package org.isnad.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.isnad.lang.Language;

/** A small hand-written gazetteer for tests, in the 9-column format of {@code gazetteer.tsv}. */
final class TestGazetteers {

  /** id, kind, country, admin1_id, name_ar, name_en, aliases, lat, lon. */
  static final String ROWS = String.join("\n",
      "# a few places of the region, written for the tests",
      row("sy", "country", "SY", "", "سوريا", "Syria", "سورية,الجمهورية العربية السورية", "35.0", "38.5"),
      row("lb", "country", "LB", "", "لبنان", "Lebanon", "", "33.9", "35.8"),
      row("ly", "country", "LY", "", "ليبيا", "Libya", "", "27.0", "17.0"),
      row("sy-homs", "admin1", "SY", "", "حمص", "Homs", "", "34.73", "36.71"),
      row("sy-homs-city", "city", "SY", "sy-homs", "حمص", "Homs", "", "34.73", "36.71"),
      row("sy-aleppo", "admin1", "SY", "", "حلب", "Aleppo", "", "36.2", "37.15"),
      row("sy-idlib", "admin1", "SY", "", "إدلب", "Idlib", "", "35.93", "36.63"),
      row("sy-hama", "admin1", "SY", "", "حماة", "Hama", "", "35.13", "36.75"),
      row("sy-tadmur", "town", "SY", "sy-homs", "تدمر", "Palmyra", "تدمور", "34.56", "38.28"),
      row("sy-albab", "town", "SY", "sy-aleppo", "الباب", "Al-Bab", "", "36.37", "37.52"),
      row("sy-tal-abyad", "town", "SY", "", "تل أبيض", "Tal Abyad", "", "36.70", "38.95"),
      row("lb-tripoli", "city", "LB", "", "طرابلس", "Tripoli", "طرابلس الشام", "34.43", "35.84"),
      row("ly-tripoli", "city", "LY", "", "طرابلس", "Tripoli", "طرابلس الغرب", "32.89", "13.19"),
      row("jo-albab", "town", "JO", "", "الباب", "", "", "31.9", "35.9"),
      "");

  private TestGazetteers() {}

  static String row(String... fields) {
    return String.join("\t", fields);
  }

  /** A gazetteer of {@code rows}, loaded as an extra (non-bundled) source and indexed. */
  static Gazetteer of(String rows) {
    Gazetteer g = new Gazetteer(Language.arabic());
    try {
      g.load(new BufferedReader(new StringReader(rows)), "test.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    g.index();
    return g;
  }

  static Gazetteer small() {
    return of(ROWS);
  }
}
