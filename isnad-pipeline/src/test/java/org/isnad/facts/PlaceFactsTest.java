package org.isnad.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an event happened, as several sources tell it: a town and the city naming its governorate agree. */
class PlaceFactsTest {

  @TempDir Path dir;

  private static String article(String title, String body) {
    return title + "\n\nالبصرة - " + body + "\n";
  }

  @Test
  void aDistrictAndTheCityThatNamesItsGovernorateAgree() throws IOException {
    Fact place = OneStory.fact(dir, "place",
        article("اعتقال مطلوبين في الزبير", "اعتقلت قوات الأمن 12 مطلوبا في عملية أمنية بقضاء الزبير فجر اليوم."),
        article("حملة اعتقالات غربي البصرة", "اعتقلت قوات الأمن 14 مطلوبا في عملية أمنية في قرى غربي البصرة فجر اليوم."));
    assertThat(place.values()).extracting(v -> v.value()).containsExactlyInAnyOrder("الزبير", "البصرة");
    assertThat(place.status()).isEqualTo(FactStatus.AGREED);
  }

  @Test
  void twoDistrictsOfOneGovernorateStillDisagree() throws IOException {
    Fact place = OneStory.fact(dir, "place",
        article("اعتقال مطلوبين في الزبير", "اعتقلت قوات الأمن 12 مطلوبا في عملية أمنية بقضاء الزبير فجر اليوم."),
        article("حملة اعتقالات في أبو الخصيب", "اعتقلت قوات الأمن 14 مطلوبا في عملية أمنية في قضاء أبو الخصيب فجر اليوم."));
    assertThat(place.status()).isEqualTo(FactStatus.DISPUTED);
  }
}
