package org.isnad.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Outlet;
import org.isnad.model.Passage;
import org.isnad.model.Span;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Copied passages between texts written for this test, in the register of Arabic wire copy. */
class ShingleAlignerTest {

  private static final String SHARED = "وكانت وزارة الداخلية قد أعلنت في وقت سابق أن قواتها نفذت حملة واسعة في"
      + " المناطق الحدودية أسفرت عن توقيف عدد من المشتبه بهم وضبط كميات من الأسلحة والذخائر، مشيرة إلى أن"
      + " التحقيقات ما زالت جارية لكشف بقية أفراد الشبكة وملاحقتهم أمام القضاء المختص.";
  private static final String OTHER = "وفي سياق منفصل، افتتح محافظ المدينة معرضا للكتاب يشارك فيه أكثر من مئة"
      + " ناشر من دول عربية وأجنبية، ويستمر عشرة أيام بحضور كتاب ومثقفين.";
  private static final String THIRD = "وقال شهود عيان إن الطريق الرئيسي أغلق لساعات أمام حركة السير، قبل أن تعيد"
      + " السلطات فتحه بعد انتهاء عمليات التفتيش في محيط البلدة وعودة الهدوء إلى الأسواق.";

  private final CopyDetector detector = CopyDetector.create(ReuseConfig.DEFAULTS);
  private final TextAnalyzer text = TextAnalyzer.create(Language.arabic());

  private CopyText copyText(String id, String... paragraphs) {
    String original = String.join("\n", paragraphs);
    java.util.List<Span> spans = new java.util.ArrayList<>();
    int start = 0;
    for (String p : paragraphs) {
      spans.add(new Span(start, start + p.length()));
      start += p.length() + 1;
    }
    CleanArticle c = new CleanArticle(id, id, original, spans, null, null, Outlet.UNKNOWN, null, null, null,
        List.of(), List.of());
    AnalysedArticle a = text.analyze(c);
    return CopyText.of(a);
  }

  @Test
  void aVerbatimParagraphIsFoundWithItsSpansInBothTexts() {
    String a = OTHER + "\n" + SHARED;
    String b = THIRD + "\n" + SHARED;
    List<Passage> ps = detector.passages(copyText("a", OTHER, SHARED), copyText("b", THIRD, SHARED));
    assertThat(ps).hasSize(1);
    Passage p = ps.get(0);
    assertThat(p.aSpan().in(a)).isEqualTo(SHARED.substring(0, SHARED.length() - 1));
    assertThat(p.bSpan().in(b)).isEqualTo(SHARED.substring(0, SHARED.length() - 1));
    assertThat(p.similarity()).isEqualTo(1.0);
    assertThat(p.words()).isEqualTo(copyText("x", SHARED).size());
  }

  @Test
  void spellingVariantsThatFoldTogetherStillMatch() {
    String variant = SHARED.replace("أعلنت", "اعلنت").replace("المختص", "المختصّ").replace("والذخائر", "والذخاير");
    List<Passage> ps = detector.passages(copyText("a", SHARED), copyText("b", variant));
    assertThat(ps).hasSize(1);
    assertThat(ps.get(0).similarity()).isEqualTo(1.0);
  }

  @Test
  void anEditedWordAndADroppedPhraseDoNotBreakThePassage() {
    String edited = SHARED.replace("حملة واسعة", "حملة كبيرة").replace(" وضبط كميات من الأسلحة والذخائر،", "");
    List<Passage> ps = detector.passages(copyText("a", SHARED), copyText("b", edited));
    assertThat(ps).hasSize(1);
    assertThat(ps.get(0).similarity()).isBetween(0.6, 0.99);
  }

  @Test
  void reorderedParagraphsAreTwoPassages() {
    String second = THIRD + " " + OTHER.replace("وفي سياق منفصل، ", "");
    List<Passage> ps = detector.passages(copyText("a", SHARED, second), copyText("b", second, SHARED));
    assertThat(ps).hasSize(2);
  }

  @Test
  void sharedTextShorterThanTwentyWordsIsNoPassage() {
    String phrase = "وكانت وزارة الداخلية قد أعلنت في وقت سابق أن قواتها نفذت حملة واسعة";
    assertThat(detector.passages(copyText("a", OTHER + " " + phrase), copyText("b", THIRD + " " + phrase))).isEmpty();
  }

  @Test
  void unrelatedTextsShareNothing() {
    assertThat(detector.passages(copyText("a", OTHER, THIRD), copyText("b", SHARED))).isEmpty();
  }

  @Test
  void emptyTextsShareNothing() {
    assertThat(detector.passages(copyText("a", ""), copyText("b", SHARED))).isEmpty();
    assertThat(detector.fingerprints(copyText("a", ""))).isEmpty();
  }

  @Test
  void anExactRunOfElevenWordsSharesAFingerprint() {
    CopyText a = copyText("a", SHARED);
    CopyText b = copyText("b", OTHER + " وكانت وزارة الداخلية قد أعلنت في وقت سابق أن قواتها نفذت حملة " + THIRD);
    int[] fa = detector.fingerprints(a);
    assertThat(java.util.Arrays.stream(detector.fingerprints(b)).anyMatch(f -> java.util.Arrays.binarySearch(fa, f) >= 0))
        .isTrue();
  }
}
