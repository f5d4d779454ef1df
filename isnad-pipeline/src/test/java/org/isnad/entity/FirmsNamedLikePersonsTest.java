package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.entity.Recognition.mentions;
import static org.isnad.entity.Recognition.names;

import org.isnad.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name right after a word of firms, teams or hotels in construct ("شركة"، "فندق"، "فريق" without the
 * article) is the firm's, no person's (sentences of ANERcorp news); "الفريق" with the article before a
 * name is the rank.
 */
class FirmsNamedLikePersonsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وسوف تشارك شركة اشرف المحدودة بعمل استوديو رقمي متكامل.|اشرف المحدودة",
      "معرضه الشخصي هناك والذي يحتضنه فندق الريتز كارلتون حتى نهاية الشهر.|الريتز كارلتون",
      "حيث سيحل ضيفا على فريق شباب المسيرة في الجولة المقبلة.|شباب المسيرة",
      "واعترف كافو المحترف في فريق ميلان الإيطالي بأنه تلقى عروضا.|ميلان",
      "وجاء الياباني تاكوما ساتو سائق فريق بار المركز الرابع وخلفه الاسباني فرناندو الونسو.|بار",
  })
  void theFirmIsNoPerson(String text, String firm) {
    assertThat(names(text)).noneMatch(n -> n.contains(firm));
    assertThat(mentions(text)).anyMatch(m -> m.type() == EntityType.ORG && m.text().startsWith(firm));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "بدأ وزير الدفاع السوداني الفريق عبدالرحيم محمد حسين زيارة إلى القاهرة.|عبدالرحيم محمد حسين",
      "وجاء الياباني تاكوما ساتو سائق فريق بار المركز الرابع وخلفه الاسباني فرناندو الونسو.|تاكوما ساتو",
  })
  void theRankAndTheDriversStay(String text, String name) {
    assertThat(names(text)).contains(name);
  }
}
