package org.isnad.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.isnad.lang.Language;
import org.isnad.model.Geo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Converting GeoNames dump lines into gazetteer rows, and loading those rows. */
class GeoNamesImportTest {

  @TempDir
  Path dir;

  /**
   * One line of the GeoNames schema: geonameid, name, asciiname, alternatenames, latitude,
   * longitude, feature class, feature code, country code, cc2, admin1..admin4, population,
   * elevation, dem, timezone, modification date.
   */
  private static String geonames(String id, String name, String alternates, String lat, String lon,
      String featureClass, String featureCode, String country, String population) {
    return String.join("\t", id, name, name, alternates, lat, lon, featureClass, featureCode, country, "",
        "01", "", "", "", population, "", "300", "Asia/Damascus", "2024-01-01");
  }

  private static final String TADMUR = geonames("9000001", "Tadmur", "Palmyra,تدمر,تدمور,Tadmor",
      "34.56", "38.28", "P", "PPL", "SY", "51323");
  private static final String CAPITAL = geonames("9000002", "Dimashq", "Damascus,دمشق,الشام",
      "33.51", "36.29", "P", "PPLC", "SY", "1569394");
  private static final String BIG_TOWN = geonames("9000003", "Halab", "Aleppo,حلب",
      "36.2", "37.15", "P", "PPLA", "SY", "1850000");
  private static final String NO_ARABIC = geonames("9000004", "Qaryat X", "Qarya,Village X",
      "35.0", "37.0", "P", "PPL", "SY", "120");
  private static final String BAD_LAT = geonames("9000005", "Nowhere", "مكان", "north",
      "37.0", "P", "PPL", "SY", "0");
  private static final String OUT_OF_RANGE = geonames("9000006", "Far", "بعيد", "95.0",
      "37.0", "P", "PPL", "SY", "0");
  private static final String TOO_SHORT = "9000007\tBroken\tBroken";

  private GeoNamesImport.Result convert(String... lines) throws IOException {
    Path dump = dir.resolve("cities.txt");
    Files.writeString(dump, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return GeoNamesImport.convert(dump, dir.resolve("out/gazetteer-extra.tsv"));
  }

  private List<String> rows() throws IOException {
    return Files.readAllLines(dir.resolve("out/gazetteer-extra.tsv"), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("#")).toList();
  }

  private Gazetteer loaded() throws IOException {
    Gazetteer g = new Gazetteer(Language.arabic());
    try (BufferedReader r = Files.newBufferedReader(dir.resolve("out/gazetteer-extra.tsv"), StandardCharsets.UTF_8)) {
      g.load(r, "gazetteer-extra.tsv");
    }
    g.index();
    return g;
  }

  @Test
  void testCountsEveryKindOfLine() throws IOException {
    GeoNamesImport.Result r = convert(TADMUR, NO_ARABIC, TOO_SHORT, CAPITAL, BAD_LAT, OUT_OF_RANGE);
    assertThat(r).isEqualTo(new GeoNamesImport.Result(6, 2, 3, 1));
    assertThat(r.toString()).isEqualTo(
        "6 lines read: 2 places imported, 1 without an Arabic name, 3 malformed lines skipped");
  }

  @Test
  void testRowOfAPlaceWithArabicNames() throws IOException {
    convert(TADMUR);
    assertThat(rows()).extracting(r -> r.substring(0, r.lastIndexOf('\t'))).containsExactly(String.join("\t",
        "gn-9000001", "town", "SY", "", "تدمر", "Tadmur", "تدمور,Tadmur", "34.56", "38.28"));
  }

  @Test
  void testKindFromFeatureCodeAndPopulation() throws IOException {
    convert(TADMUR, CAPITAL, BIG_TOWN);
    assertThat(rows()).extracting(row -> row.split("\t")[1]).containsExactly("town", "city", "city");
  }

  @Test
  void testPlaceWithoutArabicNameIsNotWritten() throws IOException {
    convert(NO_ARABIC);
    assertThat(rows()).isEmpty();
  }

  @Test
  void testOutputStartsWithAttribution() throws IOException {
    convert(TADMUR);
    assertThat(Files.readAllLines(dir.resolve("out/gazetteer-extra.tsv"), StandardCharsets.UTF_8).get(0))
        .startsWith("#").contains("GeoNames").contains("cities.txt");
  }

  @Test
  void testOutputLoadsIntoAGazetteer() throws IOException {
    convert(TADMUR, NO_ARABIC, TOO_SHORT, CAPITAL, BAD_LAT);
    Gazetteer g = loaded();
    assertThat(g.malformed()).isZero();
    assertThat(g.size()).isEqualTo(2);
    assertThat(g.candidates("تدمور")).extracting(Place::id).containsExactly("gn-9000001");
    assertThat(g.candidates("Tadmur")).extracting(Place::id).containsExactly("gn-9000001");
    assertThat(g.candidates("الشام")).extracting(Place::id).containsExactly("gn-9000002");
    assertThat(g.byId("gn-9000002").kind()).isEqualTo("city");
    Geo geo = new Geocoder(g).locate(List.of("دمشق"), null, Set.of("SY"));
    assertThat(geo).isEqualTo(new Geo(33.51, 36.29, null, "SY", "exact", "gn-9000002"));
  }

  @Test
  void testOnlyPopulatedPlacesAreImported() throws IOException {
    GeoNamesImport.Result r = convert(TADMUR,
        geonames("9000008", "Jabal ash Shaykh", "Mount Hermon,جبل الشيخ", "33.41", "35.86", "T", "MT", "SY", "0"));
    assertThat(r.imported()).isEqualTo(1);
    assertThat(rows()).extracting(row -> row.split("\t")[0]).containsExactly("gn-9000001");
  }

  @Test
  void testPopulationSurvivesTheImport() throws IOException {
    convert(TADMUR);
    assertThat(loaded().byId("gn-9000001").population()).isEqualTo(51323);
  }
}
