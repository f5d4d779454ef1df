package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.junit.jupiter.api.Test;

/**
 * Prisoners and detainees released, alone or in an exchange: a release event with the released counted
 * after the verb and "عن" (past its subject and a time between commas), the other side's count after
 * "مقابل", no count where a release was refused, the released never counted as arrested, and a noun
 * after "و" that goes on naming the group never one more. On sentences written for these tests.
 */
class ReleasesTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.dated(text, LocalDate.of(2026, 10, 15));
  }

  private static List<Figure> figures(AnalysedArticle a) {
    return a.events().stream().flatMap(e -> e.figures().stream()).toList();
  }

  @Test
  void theReleasedAreCountedAfterTheVerbItsSubjectATimeAsideAndAn() {
    AnalysedArticle a = extract("وأفرجت الجماعة، أمس الخميس، عن 152 محتجزا فقط من أصل 160 شملتهم القوائم.");
    EventMention m = a.events().stream().filter(e -> e.type() == EventType.RELEASE).findFirst().orElseThrow();
    assertThat(m.figures()).extracting(Figure::kind, Figure::value).containsExactly(tuple(FigureKind.RELEASED, 152L));
    assertThat(a.events()).extracting(EventMention::type).doesNotContain(EventType.ARREST, EventType.ATTACK);
  }

  @Test
  void anExchangeCountsBothSidesAndANounGoingOnWithTheGroupIsNoOneMore() {
    AnalysedArticle a = extract("وقال رئيس اللجنة إن الطرف الآخر أفرج عن 215 أسيرا من أبطال الجيش واللجان، مقابل الإفراج عن 160 "
        + "من أسرى العدوان ومرتزقته.");
    assertThat(figures(a)).extracting(Figure::kind, Figure::value)
        .containsExactly(tuple(FigureKind.RELEASED, 215L), tuple(FigureKind.RELEASED, 160L));
    AnalysedArticle b = extract("وقال إن جماعته أفرجت عن 160 أسيرا مقابل 215 من عناصرها.");
    assertThat(figures(b)).extracting(Figure::value).containsExactly(160L, 215L);
  }

  @Test
  void aReleaseRefusedCountsNothing() {
    AnalysedArticle a = extract("وقال المفاوض إن الجماعة رفضت في اللحظات الأخيرة الإفراج عن ثمانية من المختطفين.");
    assertThat(figures(a)).isEmpty();
  }

  @Test
  void aCourtsAcquittalFreesNoCaptive() {
    AnalysedArticle a = extract("وأن المحكمة حكمت كذلك بالسجن المؤبد على ثلاثة من أفراد الخلية، وأفرجت عن متهم عاشر لعدم كفاية الأدلة.");
    assertThat(figures(a)).isEmpty();
    assertThat(a.events()).extracting(EventMention::type).doesNotContain(EventType.RELEASE);
  }

  @Test
  void theReleasedAreNoArrestsAndTheExchangeWordIsARelease() {
    AnalysedArticle a = extract("وأطلقت السلطات سراح 5 معتقلين صباح اليوم ضمن صفقة تبادل الأسرى.");
    assertThat(figures(a)).extracting(Figure::kind, Figure::value).containsExactly(tuple(FigureKind.RELEASED, 5L));
    assertThat(a.events()).extracting(EventMention::type).containsExactly(EventType.RELEASE);
  }

  @Test
  void theMediatorIsNoPlaceOfTheRelease() {
    AnalysedArticle a = extract("وأفرج الطرفان عن 371 محتجزا في صفقة تبادل بوساطة سلطنة عمان.");
    EventMention m = a.events().stream().filter(e -> e.type() == EventType.RELEASE).findFirst().orElseThrow();
    assertThat(m.place()).isNull();
  }

  @Test
  void aManAndHisWifeAreStillTwo() {
    AnalysedArticle a = extract("قتل رجل وزوجته بغارة على خيمة للنازحين.");
    assertThat(figures(a)).extracting(Figure::value).containsExactly(2L);
  }
}
