package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.cli.Cli.JSON;
import static org.isnad.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad export acled|geojson} over the report of the seeds. */
class ExportCommandTest {

  @TempDir Path tmp;

  @Test
  void theSeedsExportAsAcledRowsAndGeoJsonWithPalmyraOnTheMap() throws Exception {
    Path report = tmp.resolve("report");
    assertThat(run("analyze", Cli.seeds().toString(), "--out", report.toString(), "--quiet").code()).isZero();

    Run csv = run("export", "acled", report.toString(), "--out", tmp.resolve("events.csv").toString());
    assertThat(csv.code()).as(csv.toString()).isZero();
    assertThat(Files.readString(tmp.resolve("events.csv"))).startsWith("event_id,event_date");

    Run geo = run("export", "geojson", report.toString(), "--out", tmp.resolve("out/places.geojson").toString());
    assertThat(geo.code()).as(geo.toString()).isZero();
    assertThat(geo.out()).matches("(?s)[1-9]\\d* events and [1-9]\\d* places written to .*");
    JsonNode fc = JSON.readTree(tmp.resolve("out/places.geojson").toFile());
    assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
    List<String> names = new ArrayList<>();
    for (JsonNode f : fc.path("features")) {
      double lon = f.path("geometry").path("coordinates").get(0).asDouble();
      double lat = f.path("geometry").path("coordinates").get(1).asDouble();
      assertThat(lon).isBetween(-180.0, 180.0);
      assertThat(lat).isBetween(-90.0, 90.0);
      names.add(f.path("properties").path("kind").asText() + ":" + f.path("properties").path("place").asText(
          f.path("properties").path("name").asText()));
      if (names.get(names.size() - 1).equals("place:تدمر")) {
        assertThat(lon).as("Palmyra, longitude first").isBetween(38.0, 38.6);
        assertThat(lat).isBetween(34.3, 34.8);
      }
    }
    assertThat(names).contains("place:تدمر", "event:تدمر");
    try (var files = Files.list(tmp.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("places.geojson");
    }
  }

  @Test
  void aFileThatIsNoReportIsAUsageErrorNamingIt() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"x\": 1}");
    Run r = run("export", "geojson", bad.toString(), "--out", tmp.resolve("x.geojson").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.json").contains("no stories");
    assertThat(tmp.resolve("x.geojson")).doesNotExist();
  }
}
