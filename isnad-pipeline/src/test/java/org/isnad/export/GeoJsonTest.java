package org.isnad.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class GeoJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String REPORT = """
      {"articles": [{"id": "a1", "outlet": "وكالة أ"}, {"id": "a2", "outlet": null}],
       "stories": [{"id": "s1", "title": "انفجار في الموصل",
         "events": [
           {"id": "s1-E1", "type": "bombing", "acled_event_type": "Explosions/Remote violence",
            "acled_sub_event_type": "Remote explosive/landmine/IED", "date": "2025-03-02", "date_end": "2025-03-02",
            "date_precision": "day",
            "place": {"entity": "p1", "name": "الموصل", "geo": {"lat": 36.34, "lon": 43.13, "admin1": "نينوى",
              "country": "IQ", "precision": "exact"}},
            "actor1": null, "actor2": {"entity": "e2", "name": "الشرطة المحلية"},
            "figures": {"killed": [{"value": 6, "vague": false, "authority": null, "article": "a1"},
                                   {"value": 4, "vague": false, "authority": "وزارة الصحة", "article": "a2"}]},
            "perpetrators": [],
            "mentions": [{"article": "a1"}, {"article": "a2"}, {"article": "a1"}]},
           {"id": "s1-E2", "type": "statement", "place": null, "figures": {}, "perpetrators": [], "mentions": []}],
         "facts": [{"event": "s1-E1", "slot": "killed", "status": "disputed", "best": 4, "low": 4, "high": 6},
                   {"event": "s1-E1", "slot": "place", "status": "agreed", "best": "الموصل"}],
         "entities": [
           {"id": "p1", "type": "LOC", "canonical": "الموصل", "aliases": ["الموصل", "موصل"],
            "mentions": [{"article": "a2", "span": [0, 6]}],
            "geo": {"lat": 36.34, "lon": 43.13, "admin1": "نينوى", "country": "IQ", "precision": "exact"}},
           {"id": "e2", "type": "ORG", "canonical": "الشرطة المحلية", "aliases": [], "mentions": []}]}]}
      """;

  @Test
  void placedEventsAndPlacesArePointsWithLongitudeFirst() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GeoJson.Written w = GeoJson.write(JSON.readTree(REPORT), out);
    assertThat(w).isEqualTo(new GeoJson.Written(1, 1));
    JsonNode fc = JSON.readTree(out.toByteArray());
    assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(fc.path("features")).hasSize(2);

    JsonNode event = fc.path("features").get(0);
    assertThat(event.path("type").asText()).isEqualTo("Feature");
    assertThat(event.path("geometry").path("type").asText()).isEqualTo("Point");
    assertThat(event.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(43.13);
    assertThat(event.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(36.34);
    JsonNode p = event.path("properties");
    assertThat(p.path("kind").asText()).isEqualTo("event");
    assertThat(p.path("story").asText()).isEqualTo("s1");
    assertThat(p.path("story_title").asText()).isEqualTo("انفجار في الموصل");
    assertThat(p.path("place").asText()).isEqualTo("الموصل");
    assertThat(p.path("precision").asText()).isEqualTo("exact");
    assertThat(p.path("admin1").asText()).isEqualTo("نينوى");
    assertThat(p.path("actor2").asText()).isEqualTo("الشرطة المحلية");
    assertThat(p.path("fatalities").asLong()).isEqualTo(4);
    assertThat(p.path("figures").path("killed").path("status").asText()).isEqualTo("disputed");
    assertThat(p.path("figures").path("killed").path("high").asLong()).isEqualTo(6);
    assertThat(p.path("figures").has("place")).as("only count slots").isFalse();
    assertThat(p.path("articles")).hasSize(2);
    assertThat(p.path("outlets").toString()).isEqualTo("[\"وكالة أ\"]");

    JsonNode place = fc.path("features").get(1).path("properties");
    assertThat(place.path("kind").asText()).isEqualTo("place");
    assertThat(place.path("name").asText()).isEqualTo("الموصل");
    assertThat(place.path("aliases")).hasSize(2);
    assertThat(place.path("mentions").asInt()).isEqualTo(1);
  }

  @Test
  void aReportWithoutPlacesIsAnEmptyCollection() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(GeoJson.write(JSON.readTree("{\"stories\": [], \"articles\": []}"), out))
        .isEqualTo(new GeoJson.Written(0, 0));
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
  }
}
