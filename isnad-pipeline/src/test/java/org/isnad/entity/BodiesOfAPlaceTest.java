package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A head, a noun in construct and a place name a body of that place: "دائرة صحة ذي قار"; a head, a
 * noun and a field keep the relative adjectives after them ("هيئة عمليات التجارة البحرية
 * البريطانية"); "المسلحة" and a country's adjective name a force ("القوات المسلحة اليمنية"); "جهاز" is
 * a head ("جهاز الأمن الوطني العراقي"), so a title before it names no person ("المتحدث باسم جهاز حرس السواحل").
 */
class BodiesOfAPlaceTest {

  private static final Language AR = Language.arabic();
  private static final TextAnalyzer TEXT = TextAnalyzer.create(AR);
  private static final EntityRecognizer BUNDLED = EntityRecognizer.bundled(AR);

  private static List<EntityMention> mentions(String text) {
    return BUNDLED.recognize(TEXT.analyze(org.isnad.model.Paragraphs.one(text))).entities();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقالت دائرة صحة البصرة إن المستشفيات استقبلت عشرة مصابين.|دائرة صحة البصرة",
      "ونفت قيادة شرطة الناصرية استخدام الرصاص الحي ضد المحتجين.|قيادة شرطة الناصرية",
      "وأعلنت مديرية تربية دمشق تعليق الدوام في المدارس يوم غد.|مديرية تربية دمشق",
  })
  void aBodyOfAPlaceIsOneOrganisation(String text, String name) {
    assertThat(mentions(text)).anySatisfy(m -> {
      assertThat(m.text()).isEqualTo(name);
      assertThat(m.type()).isEqualTo(EntityType.ORG);
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وكانت هيئة عمليات التجارة البحرية البريطانية قد أفادت بأن سفينة أبلغت عن حادث.|هيئة عمليات التجارة البحرية البريطانية",
      "وقالت قيادة شرطة المحافظة إن الهجوم وقع ليلا.|قيادة شرطة المحافظة",
      "أعلنت القوات المسلحة اليمنية تنفيذ عملية في البحر الأحمر.|القوات المسلحة اليمنية",
      "وقال المتحدث باسم جهاز حرس السواحل، العقيد فلان الفلاني، إن القارب غرق.|جهاز حرس السواحل",
      "وأعلن جهاز الأمن الوطني العراقي تفكيك خلية في كركوك.|جهاز الأمن الوطني العراقي",
  })
  void theAdjectivesAfterABodysFieldAndAnArmedForceAreInItsName(String text, String name) {
    assertThat(mentions(text)).anySatisfy(m -> {
      assertThat(m.text()).isEqualTo(name);
      assertThat(m.type()).isEqualTo(EntityType.ORG);
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأعلنت اللجنة الوطنية لشؤون اللاجئين مقتل 6 أشخاص.|اللجنة الوطنية لشؤون اللاجئين",
      "وقالت الوحدة التنفيذية لإدارة مخيمات النازحين إن 640 أسرة نزحت.|الوحدة التنفيذية لإدارة مخيمات النازحين",
      "وحذر المركز الوطني للأرصاد من أمطار غزيرة.|المركز الوطني للأرصاد",
      "وأعلنت المفوضية السامية لشؤون اللاجئين نزوح 6 آلاف شخص.|المفوضية السامية لشؤون اللاجئين",
      "وذكر المركز الإعلامي لمجلس القضاء الأعلى في بيان أن المحكمة نظرت القضية.|المركز الإعلامي لمجلس القضاء الأعلى",
  })
  void aDefiniteHeadAnAdjectiveAndWhatItServesNameABody(String text, String name) {
    assertThat(mentions(text)).anySatisfy(m -> {
      assertThat(m.text()).isEqualTo(name);
      assertThat(m.type()).isEqualTo(EntityType.ORG);
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقالت الجهة المختصة إن التحقيق مستمر.|الجهة المختصة",
      "وقال المجلس المحلي لكن الأهالي رفضوا القرار.|المجلس المحلي لكن",
  })
  void aDefiniteHeadAndAnAdjectiveAloneNameNoBody(String text, String name) {
    assertThat(mentions(text)).noneSatisfy(m -> assertThat(m.text()).isEqualTo(name));
  }
}
