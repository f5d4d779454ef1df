package org.isnad.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.isnad.lang.Language;
import org.junit.jupiter.api.Test;

/** Every capital that speaks for its state is a city of the bundled gazetteer. */
class CapitalsTest {

  @Test
  void everyCapitalIsABundledCity() throws IOException {
    Gazetteer g = Gazetteer.bundled(Language.arabic());
    String list;
    try (InputStream in = Capitals.class.getResourceAsStream("/org/isnad/place/capitals.txt")) {
      list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    long n = list.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).peek(id -> {
      assertThat(g.byId(id)).as(id).isNotNull();
      assertThat(g.byId(id).kind()).as(id).isEqualTo("city");
      assertThat(Capitals.speaksForItsState(id)).isTrue();
    }).count();
    assertThat(n).isGreaterThan(40);
    assertThat(Capitals.speaksForItsState("sy-homs-homs")).isFalse();
    assertThat(Capitals.speaksForItsState(null)).isFalse();
  }
}
