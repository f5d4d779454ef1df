package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.isnad.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * Who speaks when a reporting clause names a medium on the way: the agency that received a statement
 * ("في بيان تلقته وكالة الأنباء العراقية") is no speaker; a medium's name in quotation marks ("في
 * مقابلة مع قناة "إل بي سي آي"") opens no quotation. On sentences written for these tests.
 */
class StatementClausesTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  private static String said(AnalysedArticle a, QuoteMention q) {
    return q.span().in(a.clean().original());
  }

  @Test
  void theAgencyThatReceivedTheStatementIsNoSpeaker() {
    AnalysedArticle a = extract("وذكرت خلية الإعلام الأمني في بيان تلقته وكالة الأنباء العراقية، أن \"مسلحين هاجموا نقطة تفتيش مساء أمس\".");
    assertThat(a.quotes()).anySatisfy(q -> {
      assertThat(said(a, q)).startsWith("مسلحين هاجموا");
      assertThat(q.speaker()).contains("خلية").doesNotContain("وكالة");
    });
  }

  @Test
  void aMediumsQuotedNameOpensNoQuotation() {
    AnalysedArticle a = extract("أكد وزير المالية كميل أبو جودة، في مقابلة مع قناة \"إل بي سي آي\" مساء أمس، أن \"البنك الدولي وافق على قرض\".");
    assertThat(a.quotes()).isNotEmpty().allSatisfy(q -> assertThat(said(a, q)).as(a.quotes().toString()).doesNotContain("إل بي سي آي"));
    assertThat(a.quotes()).anySatisfy(q -> assertThat(said(a, q)).startsWith("البنك الدولي"));
  }

  @Test
  void aMediumsQuotedNameInAChainOpensNoQuotation() {
    AnalysedArticle a = extract("وكان وزير المالية كميل أبو جودة قد أعلن، بحسب ما نقلت قناة «إل بي سي آي»، أن القرض تبلغ قيمته 250 مليون دولار.");
    assertThat(a.quotes()).isNotEmpty().allSatisfy(q -> {
      assertThat(said(a, q)).doesNotContain("إل بي سي آي");
      assertThat(q.speaker()).isNotNull().doesNotContain("إل بي سي آي");
      assertThat(q.chain()).extracting(org.isnad.model.ChainLink::name).anyMatch(t -> t.contains("إل بي سي آي"));
    });
  }

  @Test
  void raaOpinesAndEndsTheWordsBeforeIt() {
    AnalysedArticle a = extract("واعتبر رئيس الحزب في تغريدة على منصة إكس أن «الحكومة تستدين باسم الإعمار»، فيما رأى النائب نديم عازار أن «أي قرض لا يمر عبر مجلس النواب مخالفة».");
    assertThat(a.quotes()).anySatisfy(q -> assertThat(said(a, q)).startsWith("الحكومة تستدين").doesNotContain("عازار"));
    assertThat(a.quotes()).anySatisfy(q -> {
      assertThat(said(a, q)).startsWith("أي قرض");
      assertThat(q.speaker()).contains("نديم عازار");
    });
  }

  @Test
  void mubayyinanGoesOnWithTheSameSpeaker() {
    AnalysedArticle a = extract("وأضاف البيان أن \"القطعات باشرت عملية تفتيش واسعة\"، مبينا أن \"العملية مستمرة لملاحقة المجموعة\".");
    assertThat(a.quotes()).anySatisfy(q -> assertThat(said(a, q)).startsWith("العملية مستمرة"));
    assertThat(a.quotes()).noneSatisfy(q -> assertThat(said(a, q)).contains("مبينا"));
  }

  @Test
  void anAccusativeSourceAfterAnnaIsNamedInTheNominative() {
    AnalysedArticle a = extract("غير أن مصدرا في شرطة ديالى أكد أن عدد القتلى بلغ أربعة بينهم الضابط.");
    assertThat(a.quotes()).isNotEmpty().allSatisfy(q -> assertThat(q.speaker()).startsWith("مصدر").doesNotStartWith("مصدرا"));
    assertThat(SpeakerFinder.nominative("مسؤولا رفض الكشف عن اسمه")).isEqualTo("مسؤول رفض الكشف عن اسمه");
    assertThat(SpeakerFinder.nominative("مصادر مطلعة")).isEqualTo("مصادر مطلعة");
    assertThat(SpeakerFinder.nominative("مصدرا طبيا في مستشفى المدينة")).isEqualTo("مصدر طبي في مستشفى المدينة");
  }

  @Test
  void theMediumToldAfterTheSourceIsNoPartOfIt() {
    AnalysedArticle a = extract("وقال المصدر للسومرية نيوز، إن \"مسلحين يستقلون دراجات نارية هاجموا السيطرة\".");
    assertThat(a.quotes()).isNotEmpty().allSatisfy(q -> assertThat(q.speaker()).isEqualTo("المصدر"));
  }

  @Test
  void aSourceKeepsTheBodyItServesNamedByAHeadAndAPlace() {
    AnalysedArticle a = extract("أفاد مصدر في شرطة محافظة ديالى بمقتل ضابط وثلاثة من عناصر الجيش العراقي.");
    assertThat(a.quotes()).anySatisfy(q -> {
      assertThat(q.speaker()).isEqualTo("مصدر في شرطة محافظة ديالى");
      assertThat(said(a, q)).startsWith("بمقتل");
    });
    AnalysedArticle b = extract("غير أن مصدرا في شرطة ديالى أكد أن عدد القتلى بلغ أربعة بينهم الضابط.");
    assertThat(b.quotes()).anySatisfy(q -> assertThat(q.speaker()).isEqualTo("مصدر في شرطة ديالى"));
  }
}
