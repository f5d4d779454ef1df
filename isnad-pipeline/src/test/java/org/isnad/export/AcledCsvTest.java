package org.isnad.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class AcledCsvTest {

  private static final String REPORT = """
      {"articles": [{"id": "a1", "outlet": "وكالة أ", "source": "x/a1.txt"}, {"id": "a2", "outlet": null, "source": "x/a2.txt"}],
       "stories": [{"events": [
         {"id": "s1-E1", "type": "bombing", "acled_event_type": "Explosions/Remote violence",
          "acled_sub_event_type": "Remote explosive/landmine/IED", "date": "2025-03-02", "date_precision": "day",
          "place": {"entity": "e1", "name": "الموصل", "geo": {"lat": 36.34, "lon": 43.13, "admin1": "نينوى", "precision": "exact"}},
          "actor1": null, "actor2": {"entity": "e2", "name": "الشرطة, المحلية"},
          "figures": {"killed": [{"value": 6, "vague": false, "authority": null, "article": "a1"},
                                 {"value": 4, "vague": false, "authority": "وزارة الصحة", "article": "a2"},
                                 {"value": 12, "vague": true, "authority": null, "article": "a2"}]},
          "perpetrators": [{"kind": "killed", "value": 1}],
          "mentions": [{"article": "a1"}, {"article": "a2"}]},
         {"id": "s1-E2", "type": "diplomatic_contact", "acled_event_type": null, "figures": {}, "perpetrators": [], "mentions": []}
       ]}]}
      """;

  @Test
  void oneRowPerCodableEventWithConservativeFatalitiesAndTheDisputeInNotes() throws Exception {
    JsonNode report = new ObjectMapper().readTree(REPORT);
    StringWriter out = new StringWriter();
    assertThat(AcledCsv.write(report, out)).isEqualTo(1);
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("event_id,event_date,time_precision,event_type");
    assertThat(lines[1]).startsWith("s1-E1,2025-03-02,1,Explosions/Remote violence,Remote explosive/landmine/IED,,");
    assertThat(lines[1]).contains("\"الشرطة, المحلية\"").contains("نينوى,الموصل,36.34,43.13,1");
    assertThat(lines[1]).contains("وكالة أ; a2.txt");
    assertThat(lines[1]).contains("disputed, 4 (وزارة الصحة) vs 6 (outlet) vs 12 (outlet)");
    assertThat(lines[1]).endsWith(",5");
  }

  @Test
  void quotesFieldsWithCommasAndQuotes() {
    assertThat(AcledCsv.escape("a,b")).isEqualTo("\"a,b\"");
    assertThat(AcledCsv.escape("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
    assertThat(AcledCsv.escape("plain")).isEqualTo("plain");
  }
}
