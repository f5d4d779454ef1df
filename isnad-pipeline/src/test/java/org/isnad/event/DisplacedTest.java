package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Event;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The displaced of an event ("نزوح 640 أسرة"، "نزح أكثر من 12 ألف شخص") are counted beside its figures; a
 * displaced noun ("مقتل 12 نازحا") is a group, no count; a count of the displaced alone joins an event its
 * article tells and founds none. On sentences written for these tests.
 */
class DisplacedTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.dated(text, LocalDate.of(2026, 11, 23));
  }

  private static List<Figure> displaced(String text) {
    return extract(text).events().stream().flatMap(e -> e.figures().stream())
        .filter(f -> f.kind() == FigureKind.DISPLACED).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأدت السيول إلى نزوح 640 أسرة من منازلها في مديرية حوف.|640",
      "وأسفر القصف عن مقتل خمسة مدنيين ونزوح أكثر من ثلاثة آلاف شخص من البلدة.|3000",
      "ونزح أكثر من 12 ألف شخص من المدينة جراء الاشتباكات.|12000",
      "وتسببت المعارك في تهجير 200 عائلة من القرية.|200",
  })
  void theDisplacedOfAnEventAreCounted(String text, long value) {
    assertThat(displaced(text)).extracting(Figure::value).containsExactly(value);
  }

  @Test
  void aDisplacedNounIsTheGroupOfAnotherCount() {
    AnalysedArticle a = extract("وقالت التنسيقية إن اثني عشر نازحا قتلوا في قصف استهدف المخيم، وتؤوي المدارس نحو 40 ألف نازح.");
    assertThat(a.events().stream().flatMap(e -> e.figures().stream()))
        .noneMatch(f -> f.kind() == FigureKind.DISPLACED)
        .anyMatch(f -> f.kind() == FigureKind.KILLED && f.value() == 12);
  }

  @Test
  void aCountOfTheDisplacedAloneJoinsTheEventItsArticleTells() {
    AnalysedArticle a = extract("قتل خمسة أشخاص في قصف مدفعي على بلدة الحوايج أمس الأحد. "
        + "وأعلنت اللجنة الوطنية لشؤون اللاجئين نزوح ثلاثة آلاف شخص من البلدة.");
    List<Event> events = new EventAssembler().assemble("s", List.of(a), List.of());
    assertThat(events).singleElement().satisfies(e -> assertThat(e.figures())
        .anySatisfy(r -> assertThat(r.figure().kind()).isEqualTo(FigureKind.DISPLACED))
        .anySatisfy(r -> assertThat(r.figure().kind()).isEqualTo(FigureKind.KILLED)));
    AnalysedArticle background = extract("ونزح أكثر من عشرة ملايين شخص من منازلهم خلال سنوات الحرب.");
    assertThat(new EventAssembler().assemble("s", List.of(background), List.of())).isEmpty();
  }
}
