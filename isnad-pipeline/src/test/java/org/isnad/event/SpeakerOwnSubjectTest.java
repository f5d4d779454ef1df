package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * A reporting verb's own subject speaks, not the one named before it: a second voice after "فيما" or
 * "بينما", a person told after "لـ", a participle after a verb of stance; on short articles written
 * for these tests.
 */
class SpeakerOwnSubjectTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  private static String speakerOf(String text, String words) {
    AnalysedArticle a = extract(text);
    List<QuoteMention> quotes = a.quotes();
    return quotes.stream().filter(q -> q.span().in(a.clean().original()).startsWith(words)).findFirst()
        .map(QuoteMention::speaker).orElse("no quote " + quotes);
  }

  @Test
  void aSecondVoiceAfterFimaHasItsOwnSubject() {
    String text = "قال وزير الداخلية خالد العمري إن الأمن مستتب في العاصمة، فيما أعلن وزير الصحة أن المستشفيات تعمل بكامل طاقتها.";
    assertThat(speakerOf(text, "الأمن مستتب")).isEqualTo("خالد العمري");
    assertThat(speakerOf(text, "المستشفيات تعمل")).isEqualTo("وزير الصحة");
    String other = "وقال رئيس الوزراء خالد العمري إن الانتخابات ستجرى في موعدها، بينما قال المتحدث باسم المعارضة إن الانتخابات مزورة.";
    assertThat(speakerOf(other, "الانتخابات مزورة")).isEqualTo("المتحدث باسم المعارضة");
  }

  /** Without a subject of its own the second verb goes on with the one who spoke. */
  @Test
  void aSecondVerbWithoutSubjectKeepsTheSpeaker() {
    String text = "قال وزير الداخلية خالد العمري إن الأمن مستتب في العاصمة، فيما أكد أن الحدود مؤمنة.";
    assertThat(speakerOf(text, "الحدود مؤمنة")).isEqualTo("خالد العمري");
  }

  @Test
  void aPersonToldAfterTheSpeakerIsNone() {
    String text = "صرح الدكتور محمود أبوزيد وزير الزراعة لمحمد السعدني مدير التحرير بأن المحصول وفير هذا العام.";
    assertThat(speakerOf(text, "المحصول وفير")).isEqualTo("محمود أبوزيد");
  }

  @Test
  void aBodyAfterLamApartWasTold() {
    String text = "وقالت عائلات المفقودين لـ منظمة العفو الدولية إن السلطات رفضت الكشف عن مصير أبنائها.";
    AnalysedArticle a = extract(text);
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("عائلات المفقودين");
      assertThat(q.chain()).anySatisfy(c -> assertThat(c.name()).contains("العفو الدولية"));
    });
  }

  @Test
  void aParticipleAfterAStanceGoesOnWithItsSubject() {
    assertThat(speakerOf("ورحب الرئيس محمود عباس بالقرار مؤكدا أنه انتصار للشعب الفلسطيني.", "أنه انتصار"))
        .endsWith("محمود عباس");
    assertThat(speakerOf("وانتقد وزير الخارجية أحمد أبو الغيط بشدة العملية العسكرية قائلا إن المدنيين يدفعون الثمن.", "المدنيين"))
        .isEqualTo("أحمد أبو الغيط");
  }

  @Test
  void theNameBeforeItsRoleSpeaksNotTheOfficeAfter() {
    assertThat(speakerOf("وقال سعيد المقطري مدير مكتب السياحة إن الموسم كان ناجحا.", "الموسم")).isEqualTo("سعيد المقطري");
    assertThat(speakerOf("وقال مستشار الرئيس محمود عباس، نبيل أبو ردينة، إن المفاوضات متوقفة.", "المفاوضات"))
        .isEqualTo("نبيل أبو ردينة");
  }

  @Test
  void anUnderSecretaryIsAnOfficialNotHisMinistry() {
    AnalysedArticle a = extract("وقال وكيل وزارة الصحة لشؤون المستشفيات إن الأدوية متوفرة في جميع المراكز.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).startsWith("وكيل وزارة الصحة");
      assertThat(q.sourceType()).isEqualTo(org.isnad.model.SourceType.NAMED_OFFICIAL);
    });
  }

  @Test
  void oneOfAGroupSpeaks() {
    assertThat(speakerOf("وقال أحد قادة الجيش الحر إن المعارك مستمرة في الريف الشمالي.", "المعارك"))
        .startsWith("أحد قادة");
    assertThat(speakerOf("وقال أحد الوجهاء لموقعنا إن الأهالي لا يريدون حربا جديدة.", "الأهالي")).isEqualTo("أحد الوجهاء");
  }

  /** "إن" after the threatened act is "if"; "بأن" opens the threat's words. */
  @Test
  void ifAfterAThreatIsNoQuote() {
    assertThat(extract("وهددت كوريا الشمالية بإجراء تجربة نووية جديدة إن فرضت الأمم المتحدة عليها عقوبات.").quotes())
        .isEmpty();
    assertThat(speakerOf("وهدد الرئيس بأن بلاده ستنسحب من الاتفاق.", "بلاده ستنسحب")).isEqualTo("الرئيس");
  }
}
