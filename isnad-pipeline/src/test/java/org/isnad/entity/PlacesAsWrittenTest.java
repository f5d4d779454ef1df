package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A place is matched as the text writes it: the particle "إن"/"أن" with its hamza is no town its
 * folded form names, the article of a one-word name must be the gazetteer's, and a place that opens a
 * medium's quoted name ("لـ«حوران اليوم»") is no place on the map.
 */
class PlacesAsWrittenTest {

  private static List<EntityMention> places(String text) {
    return Recognition.mentions(text).stream().filter(m -> m.type() == EntityType.LOC).toList();
  }

  private static List<String> placeNames(String text) {
    return places(text).stream().map(EntityMention::text).toList();
  }

  @Test
  void aParticleWithItsHamzaIsNoTown() {
    assertThat(placeNames("وأفاد شهود عيان بأن النيران اشتعلت في المبنى، وإن فرق الدفاع المدني وصلت بعد ساعة."))
        .isEmpty();
    assertThat(placeNames("وذكر المصدر أن الطائرة هبطت اضطراريا، لأن أحد محركاتها تعطل، فإن الركاب بخير.")).isEmpty();
  }

  @Test
  void aPlaceOpeningAMediumsQuotedNameIsNoPlaceHere() {
    List<EntityMention> found = places("وقال الناشط الإعلامي لـ«حلب اليوم» إن القصف استمر حتى الفجر.");
    assertThat(found).allSatisfy(m -> assertThat(m.ref()).isNull());
    assertThat(places("وقال مسؤول في «حلب» إن القصف استمر.")).extracting(EntityMention::ref).doesNotContainNull();
  }

  @Test
  void theTownWrittenAsItsNameStaysAPlace() {
    assertThat(placeNames("وضرب زلزال بقوة 5 درجات مدينة وان شرقي تركيا.")).contains("وان");
  }

  @Test
  void aCommonWordWithTheArticleIsNoPlaceNamedWithoutIt() {
    assertThat(placeNames("وقال الباحث إن الأحياء القديمة تفتقر إلى العمران الحديث، وطالب بالحجة على ذلك.")).isEmpty();
  }

  @Test
  void aWordWithoutTheArticleIsNoPlaceNamedWithIt() {
    assertThat(placeNames("وتجمع المحتجون في منطقة باب الحديد وسط المدينة.")).doesNotContain("باب");
  }

  @Test
  void placesWrittenWithTheirArticleStillMatch() {
    assertThat(placeNames("وسقطت قذائف على مدينة الباب شرقي حلب، ووصل الجرحى إلى العقبة والموصل.")).contains("الباب",
        "العقبة", "الموصل");
    assertThat(placeNames("ووقع الاتفاق بين العراق والباكستان في بغداد.")).contains("الباكستان");
  }
}
