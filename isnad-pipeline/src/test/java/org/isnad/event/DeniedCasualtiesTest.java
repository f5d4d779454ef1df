package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.nio.file.Files;
import org.isnad.model.BriefSentence;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.isnad.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outlet that says there were no casualties ("دون وقوع إصابات"، "ولم تسجل أي حالة وفاة") gives a
 * figure of zero, which agrees with another zero and contradicts a count. Not a denial of some
 * casualties only, of what is to be prevented, or one with no harm told around it. On sentences
 * written for these tests.
 */
class DeniedCasualtiesTest {

  @TempDir Path dir;

  private static List<Figure> figures(String text) {
    AnalysedArticle a = Extraction.dated(text, LocalDate.of(2026, 3, 2));
    return a.events().stream().flatMap(e -> e.figures().stream()).toList();
  }

  @Test
  void noCasualtiesIsZeroKilledAndZeroWounded() {
    assertThat(figures("سقطت قذيفة صاروخية على حي سكني في مدينة حلب مساء أمس دون وقوع إصابات."))
        .extracting(Figure::kind, Figure::value)
        .containsExactly(tuple(FigureKind.KILLED, 0L), tuple(FigureKind.WOUNDED, 0L));
  }

  @Test
  void aDenialInTheNextSentenceIsTheHarmsBefore() {
    assertThat(figures("استهدفت طائرة مسيرة سيارة على طريق المطار. ولم تسجل أي حالة وفاة."))
        .extracting(Figure::kind, Figure::value).containsExactly(tuple(FigureKind.KILLED, 0L));
  }

  @Test
  void casualtiesAVerbOfDenialDeniesAreZero() {
    assertThat(figures("انفجرت سيارة مفخخة قرب مقر أمني في المدينة، ونفت وزارة الداخلية وقوع أي إصابات."))
        .extracting(Figure::kind, Figure::value, Figure::authority)
        .containsExactly(tuple(FigureKind.KILLED, 0L, "وزارة الداخلية"), tuple(FigureKind.WOUNDED, 0L, "وزارة الداخلية"));
    assertThat(figures("انفجرت سيارة مفخخة قرب مقر أمني في المدينة، وأكدت الوزارة وقوع إصابات.")).isEmpty();
  }

  @Test
  void aCountOfTheKindWinsOverTheDenial() {
    assertThat(figures("أسفر الهجوم عن مقتل جندي دون وقوع إصابات."))
        .extracting(Figure::kind, Figure::value)
        .containsExactly(tuple(FigureKind.KILLED, 1L), tuple(FigureKind.WOUNDED, 0L));
  }

  @Test
  void aDenialOfSomeCasualtiesOrOfWhatIsToBePreventedIsNoZero() {
    assertThat(figures("انفجرت عبوة ناسفة قرب دورية للشرطة دون وقوع إصابات خطيرة.")).isEmpty();
    assertThat(figures("وأطلقت الشرطة قنابل الغاز على المتظاهرين للحيلولة دون وقوع إصابات.")).isEmpty();
  }

  @Test
  void aDenialAskedSupposedExceptedOfIllnessOfAGroupOrOfAnEarlierEventIsNoZero() {
    assertThat(figures("وتساءل الأهالي: هل سيمر القصف المقبل دون وقوع إصابات؟")).isEmpty();
    assertThat(figures("وقال إن الانفجار كان يمكن أن يمر دون وقوع إصابات لو التزم الباعة بالتعليمات.")).isEmpty();
    assertThat(figures("انفجرت عبوة ناسفة قرب سوق المدينة، ولم تسجل أي حالة وفاة باستثناء سائق إحدى الشاحنات."))
        .noneMatch(f -> f.value() == 0);
    assertThat(figures("هاجم مسلحون مستشفى المدينة، ولم تسجل أي حالة وفاة بفيروس كورونا خلال اليوم.")).isEmpty();
    assertThat(figures("قتل خمسة مسلحين في اشتباكات مع الشرطة، ولم تسجل أي حالة وفاة بين عناصر الشرطة."))
        .extracting(Figure::value).containsExactly(5L);
    assertThat(figures("وكان انفجار مماثل وقع في الحي نفسه الشهر الماضي دون وقوع إصابات.")).isEmpty();
  }

  @Test
  void aDenialWithNoHarmToldIsNoFigure() {
    assertThat(figures("وقالت الوزارة إنها لم تسجل أي إصابات جديدة بالفيروس خلال الأسبوع.")).isEmpty();
    assertThat(figures("وعقد الوزيران اجتماعا في العاصمة. ولم تسجل أي إصابات.")).isEmpty();
  }

  private static final String NONE = """
      سقوط قذيفة على حي سكني في حلب

      حلب - سقطت قذيفة صاروخية على حي الحمدانية السكني في مدينة حلب مساء أمس الأحد دون وقوع إصابات، بحسب مصدر في الدفاع المدني.
      """;
  private static final String FOUR = """
      إصابة أربعة مدنيين بقذيفة صاروخية في حلب

      حلب - سقطت قذيفة صاروخية على حي الحمدانية السكني في مدينة حلب مساء أمس الأحد، ما أدى إلى إصابة 4 مدنيين بجروح، بحسب المرصد السوري لحقوق الإنسان.
      """;

  @Test
  void noWoundedAgainstFourIsADisputeTheBriefStates() throws IOException {
    Files.writeString(dir.resolve("a.txt"), NONE);
    Files.writeString(dir.resolve("b.txt"), FOUR);
    List<Story> stories = org.isnad.pipeline.Pipeline.create(org.isnad.pipeline.PipelineConfig.defaults())
        .analyze(List.of(dir)).stories();
    assertThat(stories).hasSize(1);
    Story story = stories.get(0);
    Fact wounded = story.facts().stream().filter(f -> f.slot().equals("wounded")).findFirst().orElseThrow();
    assertThat(wounded.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(wounded.values()).extracting(org.isnad.model.FactValue::value).containsExactlyInAnyOrder("0", "4");
    assertThat(wounded.best()).isEqualTo("4"); // a count outweighs a denial on a tie of sources
    assertThat(wounded.low()).isZero();
    assertThat(wounded.high()).isEqualTo(4);
    assertThat(story.brief()).extracting(BriefSentence::text)
        .anySatisfy(t -> assertThat(t).contains("لا أحد بحسب مصدر في الدفاع المدني").contains("4 بحسب"));
  }
}
