package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventMention;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.isnad.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * Who says what and what is counted, on sentences of a prisoner exchange and an earthquake written for
 * these tests: a fronted topic with its abbreviation and a report it spoke in, a continuing participle's
 * "أن" never the verb's before it, a relative clause that names what was said, a member's name set off
 * by commas, a part of a group named after "بين", the missing counted before their noun, "وفق مبدأ".
 */
class SaidAndCountedTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  private static String said(AnalysedArticle a, QuoteMention q) {
    return q.span().in(a.clean().original());
  }

  private static java.util.List<Figure> figures(AnalysedArticle a) {
    return a.events().stream().flatMap(e -> e.figures().stream()).toList();
  }

  @Test
  void aFrontedTopicWithItsAbbreviationClaimsWhatItSpokeOfInAReport() {
    AnalysedArticle a = extract("أما مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) فتحدث في تقرير عن 26 قتيلا و140 مصابا، "
        + "مشيرا إلى أن نحو 3400 شخص نزحوا من منازلهم.");
    QuoteMention q = a.quotes().stream().filter(x -> said(a, x).startsWith("26")).findFirst().orElseThrow();
    assertThat(q.speaker()).isEqualTo("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية");
    assertThat(figures(a)).filteredOn(f -> f.kind() == FigureKind.KILLED).singleElement()
        .satisfies(f -> assertThat(f.authority()).isEqualTo("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"));
  }

  @Test
  void theAnnaAfterAContinuingParticipleIsTheParticiplesNotTheVerbsBefore() {
    AnalysedArticle a = extract("ونفت قيادة الشرطة استخدام الرصاص الحي، مؤكدة أن قواتها التزمت بضبط النفس.");
    assertThat(a.quotes()).extracting(q -> said(a, q)).contains("استخدام الرصاص الحي", "قواتها التزمت بضبط النفس");
    AnalysedArticle b = extract("وأكدت وزارة الصحة الحصيلة، مشيرة إلى أن بين القتلى امرأتين.");
    assertThat(b.quotes()).allSatisfy(q -> assertThat(said(b, q)).doesNotStartWith("مشيرة"));
  }

  @Test
  void anOfficialOfABodyWhoseNameGoesOnWithLaamKeepsItAndTellsNoMedium() {
    AnalysedArticle a = extract("ونقلت وكالة فرانس برس عن مسؤول في مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية قوله إن "
        + "المكتب يتابع الوضع عن كثب.");
    QuoteMention q = a.quotes().get(0);
    assertThat(q.speaker()).isEqualTo("مسؤول في مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية");
    assertThat(q.chain()).extracting(org.isnad.model.ChainLink::name).containsExactly("وكالة فرانس برس");
  }

  @Test
  void aRelativeClauseThatNamesWhatWasSaidReportsNoWords() {
    AnalysedArticle a = extract("وأضاف المتحدث أن الأرقام التي أعلنها الحوثيون «مضخمة لأغراض دعائية».");
    assertThat(a.quotes()).noneSatisfy(q -> assertThat(q.verb()).isEqualTo("أعلنها"));
  }

  @Test
  void aMembersNameBetweenCommasSpeaksAndTheGuillemetMediumGoesToTheChain() {
    AnalysedArticle a = extract("وقال عضو الوفد الحكومي المفاوض في ملف الأسرى، مروان باعباد، لـ«الشرق الأوسط» إن الجماعة "
        + "«رفضت الإفراج عن ثمانية من المختطفين».");
    QuoteMention q = a.quotes().get(0);
    assertThat(q.speaker()).isEqualTo("مروان باعباد");
    assertThat(q.chain()).extracting(org.isnad.model.ChainLink::name).containsExactly("الشرق الأوسط");
  }

  @Test
  void aCountOfAGroupNamedAfterBaynIsAPartOfItNoWoundedOfAnAttack() {
    AnalysedArticle a = extract("وأوضح رئيس اللجنة أن بين المحررين 11 جريحا وعددا من كبار السن.");
    assertThat(figures(a)).isEmpty();
    assertThat(a.events()).extracting(EventMention::type).isEmpty();
  }

  @Test
  void aRunningTotalReadsOverARelativeClauseAndDeathsAreCounted() {
    AnalysedArticle a = extract("ارتفع عدد قتلى الزلزال الذي ضرب ريف اللاذقية غربي سوريا فجر الثلاثاء إلى 17 شخصا، "
        + "بحسب الدفاع المدني.");
    assertThat(figures(a)).extracting(Figure::kind, Figure::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FigureKind.KILLED, 17L));
    AnalysedArticle b = extract("وأعلنت الوزارة أن عدد الوفيات بلغ 21 والإصابات 112 جراء الزلزال.");
    assertThat(figures(b)).extracting(Figure::kind, Figure::value)
        .contains(org.assertj.core.groups.Tuple.tuple(FigureKind.KILLED, 21L));
  }

  @Test
  void theMissingAreCountedBeforeTheirNounAndAPrincipleNamesNoSource() {
    AnalysedArticle a = extract("وقال المتحدث إن عمليات البحث عن 12 مفقودا لا تزال مستمرة تحت أنقاض المباني المنهارة بعد الزلزال.");
    assertThat(figures(a)).extracting(Figure::kind, Figure::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FigureKind.MISSING, 12L));
    AnalysedArticle b = extract("وأكد أن اللجنة ستواصل العمل للإفراج عن جميع الأسرى وفق مبدأ الكل مقابل الكل.");
    assertThat(b.quotes()).noneSatisfy(q -> assertThat(q.speaker()).isEqualTo("مبدأ"));
  }
}
