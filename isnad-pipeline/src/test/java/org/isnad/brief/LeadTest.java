package org.isnad.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Sentence;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a sentence quoted in a brief or a timeline leaves out of its start. */
class LeadTest {

  private static final Language AR = Language.arabic();
  private static final TextAnalyzer TEXT = TextAnalyzer.create(AR);
  private static final Lead LEAD = new Lead(AR);

  private static AnalysedArticle article(String text) {
    return TEXT.analyze(org.isnad.model.Paragraphs.one(text));
  }

  private static String quoted(String text) {
    AnalysedArticle a = article(text);
    Sentence s = a.sentences().get(0);
    return LEAD.of(a, s).in(a.clean().original());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأوضح البابا، أنه تم تحييد منفذ الهجوم بعد اشتباكه مع الأمن.|أوضح البابا، أنه تم تحييد منفذ الهجوم بعد اشتباكه مع الأمن.",
      "وَقال الجيش إن ثلاثة من جنوده أصيبوا في الهجوم.|قال الجيش إن ثلاثة من جنوده أصيبوا في الهجوم.",
      "بدوره، أكد المبعوث الأميركي أن الهجوم يعكس الخطر المستمر.|أكد المبعوث الأميركي أن الهجوم يعكس الخطر المستمر.",
      "ومن جهته، نفى الجيش الإسرائيلي إطلاق النار على المتجمعين.|نفى الجيش الإسرائيلي إطلاق النار على المتجمعين.",
      "في غضون ذلك، قال الرئيس إن بلاده سترد بقوة على الهجوم.|قال الرئيس إن بلاده سترد بقوة على الهجوم.",
      "وفي أولى عمليات التنسيق بين البلدين أعلنت القيادة القبض على مطلوبين.|في أولى عمليات التنسيق بين البلدين أعلنت القيادة القبض على مطلوبين.",
      "وكان الرئيس أعلن خلال زيارة رسمية انضمام بلاده إلى التحالف.|كان الرئيس أعلن خلال زيارة رسمية انضمام بلاده إلى التحالف.",
      "» لم تتعرض أمريكا لهجوم على أرضها أبدا قبل ذلك اليوم.|لم تتعرض أمريكا لهجوم على أرضها أبدا قبل ذلك اليوم.",
      "> هل أنت معروفة في بلدك المغرب قبل هذا الفيلم؟|هل أنت معروفة في بلدك المغرب قبل هذا الفيلم؟",
      "- أقال مجلس إدارة النادي مدرب الفريق الأول بعد الخسارة.|أقال مجلس إدارة النادي مدرب الفريق الأول بعد الخسارة."})
  void leavesOutWhatTiesTheSentenceToTheOneBefore(String sentence, String expected) {
    assertThat(quoted(sentence)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "وقعت اشتباكات عنيفة بين الجيش والمسلحين في المدينة.",
      "وزارة الداخلية أعلنت اعتقال خمسة أشخاص في ريف حمص.",
      "وصل الوفد الأمني إلى دمشق صباح اليوم لبحث التنسيق.",
      "بدوره أكد المبعوث الأميركي أن الهجوم يعكس الخطر المستمر.",
      "قال الجيش إن ثلاثة من جنوده أصيبوا في الهجوم.",
      "«ماذا أفعل»، كانت تلك كلماتها الأخيرة قبل أن تنفجر الطائرة."})
  void keepsEveryOtherStart(String sentence) {
    assertThat(quoted(sentence)).isEqualTo(sentence);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "وأضاف أن القوات ستواصل عملياتها في المنطقة حتى القضاء على الخلايا.",
      "وأضاف “قوات التحالف لم تأخذ التحذيرات باحتمال حصول خرق بعين الاعتبار”.",
      "وتابع: نحن مستمرون في ملاحقة المهاجمين حتى النهاية.",
      "وأشار إلى أن التحقيقات ما زالت جارية لمعرفة ملابسات الهجوم."})
  void aReportingVerbWithNoSpeakerContinuesTheSentenceBefore(String sentence) {
    AnalysedArticle a = article(sentence);
    assertThat(LEAD.continuesSpeaker(a, a.sentences().get(0))).isTrue();
  }

  @Test
  void aReportingVerbWithItsSpeakerStandsAlone() {
    for (String sentence : new String[] {"وأضاف الوزير أن القوات ستواصل عملياتها في المنطقة.",
        "قال الجيش إن ثلاثة من جنوده أصيبوا في الهجوم على الحاجز.",
        "وقعت اشتباكات عنيفة بين الجيش والمسلحين في المدينة."}) {
      AnalysedArticle a = article(sentence);
      assertThat(LEAD.continuesSpeaker(a, a.sentences().get(0))).as(sentence).isFalse();
    }
  }
  @ParameterizedTest
  @ValueSource(strings = {
      "وكانت وزارة الدفاع التركية قد أعلنت في وقت سابق اليوم تحييد ثلاثة عناصر.",
      "كانت منظمة يونيسف قد أعلنت أن أكثر من 11 ألف طفل قتلوا منذ بداية النزاع.",
      "وكان مسلحون قد اختطفوا موظفين اثنين في شباط الماضي."})
  void anEarlierReportTellsThePast(String sentence) {
    AnalysedArticle a = article(sentence);
    assertThat(LEAD.tellsThePast(a, a.sentences().get(0))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "وكان الهجوم الأعنف منذ مطلع العام بحسب المرصد.",
      "قال الجيش إنه قد يوسع عملياته في المنطقة خلال الأيام المقبلة.",
      "قتل ثلاثة أشخاص في غارة على سيارة قرب البلدة."})
  void aSentenceOfTheNewsDoesNot(String sentence) {
    AnalysedArticle a = article(sentence);
    assertThat(LEAD.tellsThePast(a, a.sentences().get(0))).isFalse();
  }
}
