package org.isnad.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.lang.Language;
import org.isnad.model.Stance;
import org.isnad.model.Token;
import org.junit.jupiter.api.Test;

/** The claim comparator with the bundled model, on pairs written for these tests. */
class ClaimComparatorTest {

  private static final ClaimComparator COMPARATOR = ClaimComparator.create(Language.arabic());

  private static ClaimComparator.Judgement judge(String a, String b) {
    return COMPARATOR.judge(COMPARATOR.tokens(a), COMPARATOR.tokens(b));
  }

  @Test
  void differentCasualtyFiguresDisagree() {
    ClaimComparator.Judgement j = judge("إصابة ثلاثة جنود في انفجار عبوة ناسفة شمال بغداد",
        "إصابة جنديين في انفجار عبوة ناسفة شمال بغداد");
    assertThat(j.cues()).contains("num:diff");
    assertThat(j.stance()).isEqualTo(Stance.DISAGREE);
  }

  @Test
  void digitsAndWordsOfOneNumberAgree() {
    ClaimComparator.Judgement j = judge("مقتل 5 أشخاص في حريق بمستشفى في القاهرة",
        "مصرع خمسة أشخاص في حريق داخل مستشفى بالقاهرة");
    assertThat(j.cues()).contains("num:same");
    assertThat(j.stance()).isEqualTo(Stance.AGREE);
  }

  @Test
  void theSameEventRewordedAgrees() {
    assertThat(COMPARATOR.compare("الحكومة الأردنية تعلن خطة جديدة لدعم المزارعين",
        "خطة جديدة من الحكومة الأردنية لدعم المزارعين")).isEqualTo(Stance.AGREE);
  }

  @Test
  void unrelatedHeadlinesAreOther() {
    assertThat(COMPARATOR.compare("افتتاح معرض الكتاب الدولي في الرياض بمشاركة واسعة",
        "منتخب المغرب يستعد لمواجهة البرتغال في كأس العالم")).isEqualTo(Stance.OTHER);
  }

  @Test
  void aNegatedClaimDisagrees() {
    ClaimComparator.Judgement j = judge("الجيش يسيطر على المطار بعد معارك عنيفة",
        "الجيش لم يسيطر على المطار بعد معارك عنيفة");
    assertThat(j.cues()).contains("neg:mismatch");
    assertThat(j.stance()).isEqualTo(Stance.DISAGREE);
  }

  @Test
  void oppositeDirectionsDisagree() {
    ClaimComparator.Judgement j = judge("ارتفاع أسعار الذهب مع تراجع الدولار", "انخفاض أسعار الذهب مع تراجع الدولار");
    assertThat(j.cues()).contains("opp:rise");
    assertThat(j.stance()).isEqualTo(Stance.DISAGREE);
  }

  @Test
  void aDenialDisagreesWithTheClaim() {
    assertThat(COMPARATOR.compare("الوزارة تؤكد إغلاق المعبر أمام المسافرين",
        "الوزارة تنفي إغلاق المعبر أمام المسافرين")).isEqualTo(Stance.DISAGREE);
  }

  /**
   * One word swapped for another is flagged as a cue; the model alone still calls this pair agree,
   * because the paraphrases it learnt from swap words for synonyms just as often (a known gap: it
   * does not know that both words are places; see docs/COMPARE.md).
   */
  @Test
  void aSwappedPlaceIsFlagged() {
    ClaimComparator.Judgement j = judge("انفجار سيارة مفخخة في مدينة الموصل يوقع قتلى",
        "انفجار سيارة مفخخة في مدينة كركوك يوقع قتلى");
    assertThat(j.cues()).contains("swap");
    assertThat(j.stance()).isNotEqualTo(Stance.OTHER);
  }

  @Test
  void theComparisonIsSymmetric() {
    String a = "إصابة ثلاثة جنود في انفجار عبوة ناسفة";
    String b = "مقتل جنديين وإصابة آخر في انفجار";
    ClaimComparator.Judgement ab = judge(a, b);
    ClaimComparator.Judgement ba = judge(b, a);
    assertThat(ba.stance()).isEqualTo(ab.stance());
    assertThat(ba.agree()).isCloseTo(ab.agree(), org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void tokensOfAnalysedArticlesGiveTheSameJudgementAsText() {
    String a = "ارتفاع أسعار النفط";
    String b = "انخفاض أسعار النفط";
    List<Token> ta = COMPARATOR.tokens(a);
    List<Token> tb = COMPARATOR.tokens(b);
    assertThat(COMPARATOR.compare(ta, tb)).isEqualTo(COMPARATOR.compare(a, b));
  }

  @Test
  void emptyClaimsAreHandledAndNullRejected() {
    assertThat(COMPARATOR.compare("", "")).isNotNull();
    assertThat(COMPARATOR.compare("", "ارتفاع أسعار النفط")).isNotNull();
    assertThatThrownBy(() -> COMPARATOR.compare((String) null, "x")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void probabilitiesSumToOne() {
    ClaimComparator.Judgement j = judge("ارتفاع أسعار النفط", "النفط يرتفع");
    assertThat(j.agree() + j.disagree() + j.other()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void theBundledModelCarriesItsProvenance() {
    StanceModel m = StanceModel.bundled();
    assertThat(m.provenance()).containsKey("params").containsKey("trained");
    assertThat(m.provenance().keySet()).anyMatch(k -> k.startsWith("data:stance-train.csv"));
    assertThat(m.features()).isPositive();
  }

  @Test
  void aModelReadsBackWhatItWrote() throws Exception {
    StanceModel m = new StanceModel(new long[] {1, 5}, new float[] {1, 2, 3, 4, 5, 6}, Map.of("k", "v"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    StanceModel back = StanceModel.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.provenance()).isEqualTo(Map.of("k", "v"));
    assertThat(back.features()).isEqualTo(2);
  }

  @Test
  void anUnknownFormatIsRejected() {
    assertThatThrownBy(() -> StanceModel.read(new ByteArrayInputStream(gzip(new byte[] {0, 0, 0, 1}))))
        .hasMessageContaining("not an Isnad stance model");
  }

  @Test
  void featuresAreSymmetric() {
    ClaimFeatures f = ClaimFeatures.create(Language.arabic());
    List<Token> a = f.tokens("تأجيل مهمة مفتشي الأسلحة الكيمياوية في دوما 3 أيام");
    List<Token> b = f.tokens("مفتشو الأسلحة الكيمياوية يباشرون مهمتهم في دوما");
    List<String> ab = new ArrayList<>();
    List<String> ba = new ArrayList<>();
    f.extract(a, b, (n, v, r) -> ab.add(n + "=" + v));
    f.extract(b, a, (n, v, r) -> ba.add(n + "=" + v));
    assertThat(ba).containsExactlyInAnyOrderElementsOf(ab);
    assertThat(ab).contains("opp:start=1.0", "num:one=1.0");
  }

  private static byte[] gzip(byte[] bytes) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(out)) {
      g.write(bytes);
    }
    return out.toByteArray();
  }
}
