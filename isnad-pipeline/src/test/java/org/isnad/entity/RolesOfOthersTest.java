package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * A title before another person, or before a particle or a verb, is no role of the name after them
 * (sentences of ANERcorp and the TimeML news set).
 */
class RolesOfOthersTest {

  private static final Language AR = Language.arabic();
  private static final TextAnalyzer TEXT = TextAnalyzer.create(AR);
  private static final EntityRecognizer BUNDLED = EntityRecognizer.bundled(AR);

  private static List<EntityMention> persons(String text) {
    return BUNDLED.recognize(TEXT.analyze(org.isnad.model.Paragraphs.one(text))).entities().stream()
        .filter(m -> m.type() == EntityType.PER).toList();
  }

  private static String roleOf(String text, String name) {
    return persons(text).stream().filter(m -> m.text().equals(name)).findFirst().orElseThrow().role();
  }

  @Test
  void aTitleBeforeAnotherPersonIsHis() {
    String text = "التقى إلى جانب الرئيس الفلسطيني ياسر عرفات والقذافي وصدام حسين وأنور السادات.";
    assertThat(roleOf(text, "ياسر عرفات")).isEqualTo("الرئيس الفلسطيني");
    assertThat(roleOf(text, "القذافي")).isNull();
    assertThat(roleOf(text, "صدام حسين")).isNull();
  }

  @Test
  void aLoneTitleWordTakenForAPersonTakesNoRole() {
    assertThat(roleOf("وقال أمير قطر تميم بن حمد آل ثاني إن الحوار هو الحل.", "تميم بن حمد آل ثاني"))
        .isEqualTo("أمير قطر");
  }

  @Test
  void aParticleOrAVerbEndsTheRole() {
    assertThat(roleOf("وقالت رئيسة الوزراء هيلين كلارك إن دام تي كانت قائدة لشعبها.", "دام تي")).isNull();
    assertThat(roleOf("وقالت رئيسة الوزراء هيلين كلارك إن دام تي كانت قائدة لشعبها.", "هيلين كلارك"))
        .isEqualTo("رئيسة الوزراء");
    assertThat(roleOf("اضافة الى لقاء مع جاكوب كيلينبرجر رئيس اللجنة الدولية للصليب الاحمر اجرته سوسن حسين وقائمة اخرى.",
        "سوسن حسين")).isNull();
  }

  @Test
  void aRoleWithAPlaceAndABodyStays() {
    assertThat(roleOf("وقال الصحفي في قسم الاعلام بجامعة الكويت احمد دشتي إن المعرض ناجح.", "احمد دشتي"))
        .isEqualTo("الصحفي في قسم الاعلام بجامعة الكويت");
    assertThat(roleOf("وقال المتحدث العسكري المصري العقيد غريب عبد الحافظ إن القوات تقدمت.", "غريب عبد الحافظ"))
        .isEqualTo("المتحدث العسكري المصري العقيد");
  }
}
