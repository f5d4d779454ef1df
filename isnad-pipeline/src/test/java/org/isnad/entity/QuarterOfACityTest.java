package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A town's name after "حي" in an article about another country's city is a quarter of that city: a
 * place, with no gazetteer place (no point on the map far away).
 */
class QuarterOfACityTest {

  private static EntityMention place(String text, String name) {
    List<EntityMention> places = Recognition.mentions(text).stream()
        .filter(m -> m.type() == EntityType.LOC && m.text().equals(name)).toList();
    assertThat(places).hasSize(1);
    return places.get(0);
  }

  @Test
  void aQuarterOfACityOfTheArticleIsNoTownAbroad() {
    EntityMention quarter = place("قتل شخص في إطلاق نار في حي المنصورة بمدينة عدن جنوبي اليمن.", "المنصورة");
    assertThat(quarter.ref()).isNull();
  }

  @Test
  void aQuarterInTheTownsOwnCountryKeepsTheTown() {
    EntityMention town = place("وتظاهر المئات في حي المنصورة شمالي مصر احتجاجا على الغلاء.", "المنصورة");
    assertThat(town.ref()).isNotNull();
  }

  @Test
  void aQuarterOfATownOfTheNationalityNamedKeepsTheTown() {
    EntityMention town = place("ونقلت وكالة رويترز من لندن أن الشرطة المصرية اقتحمت حي المنصورة فجر اليوم.", "المنصورة");
    assertThat(town.ref()).isNotNull();
  }

  @Test
  void theTownWithoutQuarterWordKeepsItsPlace() {
    EntityMention town = place("قتل شخص في إطلاق نار في المنصورة، بحسب مصادر في اليمن.", "المنصورة");
    assertThat(town.ref()).isNotNull();
  }
}
