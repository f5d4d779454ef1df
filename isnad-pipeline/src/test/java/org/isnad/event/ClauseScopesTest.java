package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.isnad.model.QuoteMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whose word a figure or a quotation is on when a sentence joins clauses of different speakers
 * ("، فيما قال ..."), a body's tally ("بحسب حصيلة ..."), a subject fronted with "أما ... ف", a body
 * named by its place ("ولاية ...", "المجلس المحلي في ..."); and arrests counted after a time, not
 * by a partitive ("أحد الموقوفين"). On sentences written for these tests.
 */
class ClauseScopesTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.dated(text, LocalDate.of(2026, 3, 9));
  }

  private static List<Figure> figures(AnalysedArticle a) {
    return a.events().stream().flatMap(e -> e.figures().stream()).toList();
  }

  private static Figure figure(AnalysedArticle a, FigureKind kind, long value) {
    return figures(a).stream().filter(f -> f.kind() == kind && f.value() == value).findFirst().orElseThrow();
  }

  @Test
  void aNewReportingClauseAfterFimaStartsItsOwnScope() {
    AnalysedArticle a = extract("وكانت وزارة الداخلية قد أعلنت صباح اليوم مقتل خمسة أشخاص وإصابة 12 آخرين، "
        + "فيما قال الدفاع المدني إن عدد القتلى بلغ ستة.");
    assertThat(figure(a, FigureKind.KILLED, 5).authority()).isEqualTo("وزارة الداخلية");
    assertThat(figure(a, FigureKind.WOUNDED, 12).authority()).isEqualTo("وزارة الداخلية");
    assertThat(figure(a, FigureKind.KILLED, 6).authority()).isNotEqualTo("وزارة الداخلية");
    assertThat(a.quotes()).noneMatch(q -> "وزارة الداخلية".equals(q.speaker()) && q.span().in(a.clean().original()).contains("ستة"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "قتل أربعة أشخاص في الغارة على البلدة، بحسب حصيلة وزارة الصحة.|وزارة الصحة",
      "وأصيب أربعة أشخاص في القصف، وفق أرقام وزارة الصحة.|وزارة الصحة",
      "وارتفع عدد المصابين إلى 17 مصابا، بحسب آخر إحصائية لمديرية الصحة.|مديرية الصحة",
      "وأصيب 9 أشخاص في المواجهات، بحسب إحصائية دائرة صحة البصرة.|دائرة صحة البصرة",
  })
  void aTallyIsOnTheWordOfTheBodyThatGaveIt(String text, String body) {
    assertThat(figures(extract(text))).singleElement().satisfies(f -> assertThat(f.authority()).isEqualTo(body));
  }

  @Test
  void aUnitNamedByItsBodySpeaksForTheBody() {
    AnalysedArticle a = extract("وأعلن مركز الطوارئ التابع لوزارة الصحة العراقية في بيان أن \"القصف أدى إلى مقتل أربعة أشخاص\".");
    assertThat(figure(a, FigureKind.KILLED, 4).authority()).isEqualTo("وزارة الصحة العراقية");
    assertThat(a.quotes()).allSatisfy(q -> assertThat(q.chain()).isEmpty());
  }

  @Test
  void aCountrySpeaksAsAnInstitution() {
    AnalysedArticle a = extract("وقالت إسرائيل إن قواتها قتلت ثلاثة مسلحين قرب الحدود.");
    assertThat(figure(a, FigureKind.KILLED, 3).authority()).isEqualTo("إسرائيل");
  }

  @Test
  void aClaimVerbAfterFiHinaOpensItsOwnClause() {
    AnalysedArticle a = extract("قتل شخصان في القصف على البلدة، في حين تحدث الجيش السوداني عن أربعة قتلى من المدنيين.");
    assertThat(figure(a, FigureKind.KILLED, 4).authority()).isEqualTo("الجيش السوداني");
    assertThat(figure(a, FigureKind.KILLED, 2).authority()).isNull();
  }

  @Test
  void aTallyNamedOnlyByItsAdjectivesIsNoBody() {
    assertThat(figures(extract("قتل ثلاثة أشخاص في الغارة، بحسب الحصيلة الرسمية السودانية.")))
        .singleElement().satisfies(f -> assertThat(f.authority()).isEqualTo("الحصيلة الرسمية السودانية"));
  }

  @Test
  void aSubjectFrontedWithAmmaSpeaks() {
    AnalysedArticle a = extract("أما وزارة الصحة في حكومة الإقليم فتحدثت عن خمسة قتلى و12 جريحا.");
    assertThat(figure(a, FigureKind.KILLED, 5).authority()).isEqualTo("وزارة الصحة");
    assertThat(figure(a, FigureKind.WOUNDED, 12).authority()).isEqualTo("وزارة الصحة");
    assertThat(a.events()).allSatisfy(e -> assertThat(e.actor1()).isNull()); // a source, no side
  }

  @Test
  void toSpeakWithIsNoClaim() {
    assertThat(extract("وتحدث وزير الخارجية مع نظيره التركي هاتفيا مساء أمس.").quotes()).isEmpty();
  }

  @Test
  void bihasabAtTheEndOfAJoinedClauseAttributesOnlyThatClause() {
    AnalysedArticle a = extract("داهمت الشرطة حيا في المدينة ليلا، في حين ارتفع عدد الجرحى إلى 14 بحسب وزارة الصحة.");
    QuoteMention q = a.quotes().get(0);
    assertThat(q.speaker()).isEqualTo("وزارة الصحة");
    assertThat(q.span().in(a.clean().original())).isEqualTo("ارتفع عدد الجرحى إلى 14");
  }

  @Test
  void aLongTopicAfterAmmaSpeaks() {
    AnalysedArticle a = extract("أما نور بنت حسن الغساني رئيسة جمعية المرأة العمانية بصلالة فتقول حول الموضوع: "
        + "هذه المسابقة تعني الكثير بالنسبة للمرأة في المحافظة.");
    assertThat(a.quotes()).extracting(QuoteMention::speaker).containsExactly("نور بنت حسن الغساني");
  }

  @Test
  void anUnnamedSourceEndsAtAPreposition() {
    AnalysedArticle a = extract("واكتشف العمال مبنى قديما تحت الأرض، تعود حسب الباحثين إلى بدايات القرن العشرين.");
    assertThat(a.quotes()).extracting(QuoteMention::speaker).containsExactly("الباحثين");
  }

  @Test
  void theSubjectsOwnStatementIsTheSubjectsWord() {
    AnalysedArticle a = extract("وفي بغداد، وجه رئيس مجلس الوزراء بفتح تحقيق عاجل في الأحداث، وفق بيان لمكتبه الإعلامي، "
        + "مؤكدا أن \"حماية المتظاهرين السلميين مسؤولية الأجهزة الأمنية\".");
    assertThat(a.quotes()).isNotEmpty().allSatisfy(q -> assertThat(q.speaker()).isEqualTo("رئيس مجلس الوزراء"));
  }

  @Test
  void aCountryThatSpeaksAfterAnAttributionClaimsItsOwnToll() {
    AnalysedArticle a = extract("في خرق جديد لوقف إطلاق النار، استهدفت مسيّرة إسرائيلية مساء أمس الأحد سيارة في بلدة طيردبا الجنوبية، ما أسفر عن مقتل شخصين وجرح آخر، "
        + "بحسب الحصيلة الرسمية اللبنانية، في حين تحدثت إسرائيل عن ثلاثة قتلى من حزب الله.");
    assertThat(figure(a, FigureKind.KILLED, 2).authority()).isEqualTo("الحصيلة الرسمية اللبنانية");
    assertThat(figure(a, FigureKind.KILLED, 3).authority()).isEqualTo("إسرائيل");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأكدت ولاية هاتاي التركية أن أربعة من المصابين نقلوا إلى مستشفياتها.|ولاية هاتاي التركية",
      "وفي المقابل، اتهم المجلس البلدي في حمص جماعة مسلحة بالوقوف وراء الهجوم.|المجلس البلدي في حمص",
  })
  void aBodyNamedByItsPlaceSpeaks(String text, String speaker) {
    assertThat(extract(text).quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo(speaker));
  }

  @Test
  void anArrestCountMayFollowATimeWithoutCommas() {
    AnalysedArticle a = extract("اعتقلت قوات الأمن الداخلي فجر اليوم الأحد أربعة أشخاص يشتبه بتورطهم في الهجوم.");
    assertThat(figure(a, FigureKind.ARRESTED, 4)).isNotNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأفاد نادي الأسير بأن قوات الاحتلال اعتقلت منذ فجر أمس 12 مواطنا من محافظة جنين.",
      "وقالت المصادر إن القوات اعتقلت فجر اليوم 12 مواطنا من المدينة.",
      "واعتقلت قوات الاحتلال منذ صباح اليوم 12 مواطنا من المدينة.",
  })
  void anArrestCountMayFollowATimeRightAfterTheVerbOrAfterSince(String text) {
    assertThat(figure(extract(text), FigureKind.ARRESTED, 12)).isNotNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأضاف المصدر أن أحد المعتقلين اعترف بنقل المتفجرات قبل أسبوع.",
      "وأكد مصدر أمني أن أحد القتلى كان يعمل في السوق.",
      // "إحدى القبائل" is one of the tribes, no count of the detainees before it
      "ورجح أن يكون الاختطاف ورقة ضغط للمطالبة بالإفراج عن موقوفين من أبناء إحدى القبائل.",
      "وطالب المحتجون بالإفراج عن معتقلين من أبناء إحدى العشائر.",
  })
  void oneOfTheDefinitePluralIsNoCount(String text) {
    assertThat(figures(extract(text))).isEmpty();
  }
}
