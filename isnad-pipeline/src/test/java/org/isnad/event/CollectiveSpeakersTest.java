package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.QuoteMention;
import org.isnad.model.SourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speakers that are groups named by a plural common noun ("وقال مسعفون إن", "ذكر سكان محليون أن"),
 * and two speakers joined by "و"; on short articles written for these tests.
 */
class CollectiveSpeakersTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  /** The army speaks first, so a pronoun fall-back would wrongly give the group's words to it. */
  private static final String ARMY = "وقال الجيش الإسرائيلي في بيان إنه استهدف مسلحين في المنطقة. ";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقال مسعفون إن ثلاثة أشخاص قتلوا في الغارة على المنزل.|مسعفون",
      "وأفاد شهود عيان بأن الطائرات حلقت فوق المدينة طوال الليل.|شهود عيان",
      "وذكر سكان محليون أن القصف استمر حتى ساعات الصباح الأولى.|سكان محليون",
      "وقال أطباء في المستشفى الميداني إن معظم المصابين من الأطفال.|أطباء",
      "وأكد ناشطون حقوقيون أن السلطات اعتقلت عشرات المحتجين.|ناشطون حقوقيون",
      "وأفاد مسعفون بمقتل شخصين في القصف.|مسعفون",
      "وقال نواب المنطقة إن القصف طال منازل المدنيين.|نواب المنطقة",
  })
  void aPluralNounAfterTheVerbIsAGroupSpeaking(String sentence, String speaker) {
    List<QuoteMention> quotes = extract(ARMY + sentence).quotes();
    assertThat(quotes).as("%s", quotes).hasSize(2);
    QuoteMention q = quotes.get(1);
    assertThat(q.speaker()).isEqualTo(speaker);
    assertThat(q.sourceType()).isEqualTo(SourceType.ANONYMOUS_SOURCE);
    assertThat(q.speakerSpan().in(ARMY + sentence)).isEqualTo(speaker);
  }

  @Test
  void aFigureInTheGroupsWordsIsOnTheirAuthority() {
    String text = ARMY + "وقال مسعفون إن ثلاثة أشخاص قتلوا في الغارة على المنزل.";
    assertThat(extract(text).events().stream().flatMap(e -> e.figures().stream()))
        .anyMatch(f -> f.value() == 3 && "مسعفون".equals(f.authority()));
  }

  @Test
  void aPluralOfThingsIsNoGroupSpeaking() {
    String text = "وجاء ذلك بعد اعتقال ثلاثة مشتبه بهم بنقل متفجرات عبر الحدود، في عملية قالت وزارة الداخلية العراقية إنها أسفرت عن ضبط أسلحة.";
    assertThat(extract(text).quotes()).noneMatch(q -> q.sourceType() == SourceType.ANONYMOUS_SOURCE);
  }

  @Test
  void aGroupAfterAnAttributionMarkerIsAnUnnamedSource() {
    QuoteMention q = extract("وقتل ثلاثة أشخاص في غارة على منزل في المخيم، بحسب مسعفين.").quotes().get(0);
    assertThat(q.speaker()).isEqualTo("مسعفين");
    assertThat(q.sourceType()).isEqualTo(SourceType.ANONYMOUS_SOURCE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقال الرئيس الفرنسي ورئيس الوزراء البريطاني في بيان مشترك إن الهجوم يهدد أمن المنطقة.|الرئيس الفرنسي|رئيس الوزراء البريطاني",
      "وقال الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء البريطاني كير ستارمر في بيان مشترك إن الهجوم يهدد أمن المنطقة.|إيمانويل ماكرون|كير ستارمر",
      "وقالت وزارة الخارجية القطرية ووزارة الخارجية المصرية في بيان مشترك إن المفاوضات ستستأنف الأسبوع المقبل.|وزارة الخارجية القطرية|وزارة الخارجية المصرية",
  })
  void twoSpeakersJoinedByWawEachSayTheWords(String text, String first, String second) {
    List<QuoteMention> quotes = extract(text).quotes();
    assertThat(quotes).extracting(QuoteMention::speaker).containsExactly(first, second);
    assertThat(quotes.get(0).span()).isEqualTo(quotes.get(1).span());
    for (QuoteMention q : quotes) {
      assertThat(q.speakerSpan().in(text)).isEqualTo(q.speaker());
      assertThat(q.span().in(text)).doesNotContain("بيان").matches(".*(المقبل|المنطقة)");
    }
  }

  @Test
  void oneBodyWithWawInItsNameIsOneSpeaker() {
    String text = "وقالت وزارة الصحة والسكان في بيان إن المستشفيات استقبلت المصابين.";
    assertThat(extract(text).quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).startsWith("وزارة الصحة"));
  }

  @Test
  void aPronounSubjectIsStillTheLastSpeaker() {
    String text = ARMY + "وأضاف مجددا أن قواته ستواصل عملياتها في المنطقة.";
    assertThat(extract(text).quotes()).extracting(QuoteMention::speaker).containsOnly("الجيش الإسرائيلي");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقالت السلطات اللبنانية إن الغارة استهدفت سيارة مدنية.|السلطات اللبنانية",
      "وأعلنت السلطات العراقية أن قوات الأمن اعتقلت 12 متظاهرا.|السلطات العراقية",
      "وقالت السلطات المحلية إن المياه غمرت عشرات المنازل.|السلطات المحلية",
  })
  void theAuthoritiesSpeakAsAnInstitution(String text, String speaker) {
    QuoteMention q = extract(text).quotes().get(0);
    assertThat(q.speaker()).isEqualTo(speaker);
    assertThat(q.sourceType()).isEqualTo(SourceType.OFFICIAL_STATEMENT);
  }
}
