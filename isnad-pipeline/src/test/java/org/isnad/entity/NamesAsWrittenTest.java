package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.CleanArticle;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mentions of the bundled recogniser as a reader names them: without a conjunction glued to a name,
 * with the letters of names that look like proclitics, institutions and forces named by rule, and
 * places the gazetteer knows. On sentences written for these tests.
 */
class NamesAsWrittenTest {

  private static final Language AR = Language.arabic();
  private static final TextAnalyzer TEXT = TextAnalyzer.create(AR);
  private static final EntityRecognizer ENTITIES = EntityRecognizer.bundled(AR);

  private static List<EntityMention> mentions(String text) {
    CleanArticle clean = org.isnad.model.Paragraphs.one(text);
    List<EntityMention> out = ENTITIES.recognize(TEXT.analyze(clean)).entities();
    out.forEach(m -> assertThat(m.text()).isEqualTo(m.span().in(text)));
    return out;
  }

  private static List<String> texts(String text, EntityType type) {
    return mentions(text).stream().filter(m -> m.type() == type).map(EntityMention::text).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "والتقى الوفد الرئيس العراقي السابق وصدام حسين في بغداد.|صدام حسين",
      "وحضر اللقاء محمد علي وياسر أبو خان من الجامعة.|ياسر أبو خان",
  })
  void aConjunctionGluedToAPersonIsNoPartOfTheName(String text, String name) {
    assertThat(texts(text, EntityType.PER)).contains(name).noneMatch(n -> n.equals("و" + name));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقال قائممقام القضاء، خديدا حجي إلياس، لوكالة الأنباء إن الطائرة استهدفت سيارة.|خديدا حجي إلياس",
      "بحسب مدير مستشفى المدينة، الطبيب شيرزاد خلف.|شيرزاد خلف",
      "وقال المتحدث باسم الدفاع المدني، النقيب مبارك علي زعبنوت، إن البحث مستمر.|مبارك علي زعبنوت",
      "وقال وكيل المحافظة، عبدالله سعيد كدة، إن السلطة شكلت غرفة عمليات.|عبدالله سعيد كدة",
  })
  void aNameSetOffByCommasOrATitleIsWhole(String text, String name) {
    assertThat(texts(text, EntityType.PER)).contains(name).noneMatch(n -> !n.equals(name) && name.contains(n));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "استشهد الشاب عمر فايز جرادات (24 عاما)، صباح اليوم، متأثرا بإصابته.|عمر فايز جرادات",
      "والشهداء هم: أحمد محمود السعدي (22 عاما)، ويوسف خالد أبو الهيجاء (19 عاما)، ومحمد سامر طوالبة (27 عاما).|يوسف خالد أبو الهيجاء",
  })
  void aNameBeforeAnAgeInParenthesesIsWholeWithItsKunya(String text, String name) {
    assertThat(texts(text, EntityType.PER)).contains(name).noneMatch(n -> !n.equals(name) && name.contains(n));
  }

  @Test
  void unitsNamedByANounInConstructAndAPlaceAreABodyUnitsOfSomethingAreNot() {
    assertThat(texts("ونفت وحدات مقاومة سنجار في بيان أن يكون أي من مقاتليها بين القتلى.", EntityType.ORG))
        .contains("وحدات مقاومة سنجار");
    assertThat(texts("وتبرع المواطنون بوحدات الدم للمستشفى، وانتشرت وحدات الجيش في المدينة.", EntityType.ORG))
        .noneMatch(n -> n.contains("وحدات"));
  }

  @Test
  void aVerbBeforeANameBetweenCommasIsNoPartOfIt() {
    assertThat(texts("وقال أحد الجيران، ويدعى سامر الحلو، إن العائلة كانت نائمة.", EntityType.PER))
        .contains("سامر الحلو").noneMatch(n -> n.contains("يدعى"));
  }

  @Test
  void aNameThatStartsWithWawKeepsIt() {
    assertThat(texts("وحضر وليد جنبلاط الاجتماع في بيروت.", EntityType.PER)).contains("وليد جنبلاط");
  }

  @Test
  void aNameThatStartsWithKafKeepsIt() {
    assertThat(mentions("وانتقل الوفد إلى كاليفورنيا لعقد لقاءات.")).extracting(EntityMention::text)
        .noneMatch(t -> t.equals("اليفورنيا")).anyMatch(t -> t.startsWith("كاليفورنيا"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقدمت منظمة الهلال الأحمر مساعدات للنازحين.|منظمة الهلال الأحمر",
      "وقالت قوات الأمن العراقية إنها اعتقلت خمسة مطلوبين.|قوات الأمن العراقية",
      "وداهمت الشرطة العراقية منزلا في المدينة.|الشرطة العراقية",
      "وأكد مسؤول للهيئة العامة للشباب أن المبادرة مستمرة.|لهيئة العامة",
  })
  void institutionsAndForcesByRule(String text, String name) {
    assertThat(texts(text, EntityType.ORG)).contains(name);
  }

  @Test
  void theArticleSwallowedByLamIsInTheName() {
    EntityMention m = mentions("وأكد مسؤول للهيئة العامة للشباب أن المبادرة مستمرة.").stream()
        .filter(x -> x.type() == EntityType.ORG).findFirst().orElseThrow();
    assertThat(m.norm()).startsWith("ال");
  }

  @Test
  void aCityAfterAPrepositionOfPlaceIsAPlace() {
    assertThat(texts("وداهمت قوة أمنية منزلا في الموصل واعتقلت ثلاثة أشخاص.", EntityType.LOC)).contains("الموصل");
  }
}
