package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A capital named for its government speaks as its country does ("وكانت أنقرة قد زعمت أن"، "وقالت واشنطن
 * إن"): the airstrike set's "وكانت أنقرة قد زعمت" was given to the last person named before it. Any other
 * city after a verb is no speaker.
 */
class CapitalSpeakersTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقال القائممقام إن الضحايا مدنيون. وكانت أنقرة قد زعمت أن الغارة قتلت ثلاثة مسلحين.|أنقرة",
      "وقالت واشنطن إن الهجوم لن يمر دون رد حازم.|واشنطن",
      "وأعلنت موسكو أنها سترد على العقوبات الجديدة بإجراءات مماثلة.|موسكو",
  })
  void aCapitalSpeaksForItsState(String text, String speaker) {
    AnalysedArticle a = extract(text);
    assertThat(a.quotes()).last().satisfies(q -> assertThat(q.speaker()).isEqualTo(speaker));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقالت حمص إن الوضع هادئ في المدينة.|حمص",
      "وقال مسؤول في دمشق إن الوفد سيصل غدا.|دمشق",
  })
  void anotherCityOrACityAfterAPrepositionIsNoSpeaker(String text, String city) {
    assertThat(extract(text).quotes()).noneMatch(q -> city.equals(q.speaker()));
  }
}
