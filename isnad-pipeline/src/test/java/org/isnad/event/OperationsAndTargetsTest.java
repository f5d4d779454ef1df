package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.isnad.model.Paragraphs;
import org.isnad.model.Story;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operation the next word says was violent ("تنفيذ عملية عسكرية استهدفت السفينة") is that violence;
 * a body after "على" and a noun ("غارات على مواقع لجماعة الحوثي") is what was struck, no doer; an
 * undated mention of a dated article ("إن الغارات أسفرت عن مقتل ثلاثة") tells an event its article
 * names; "التابعة لـ" qualifying the speaker before the reported words names no doer. On sentences
 * written for these tests.
 */
class OperationsAndTargetsTest {

  @Test
  void anOperationThatTargetedIsTheViolenceNoRaid() {
    AnalysedArticle a = Extraction.dated(
        "أعلنت القوات المسلحة اليمنية، مساء اليوم الإثنين، تنفيذ عملية عسكرية استهدفت السفينة في البحر الأحمر.",
        java.time.LocalDate.of(2026, 8, 3));
    assertThat(a.events()).extracting(EventMention::type).doesNotContain(EventType.RAID).hasSize(1);
    assertThat(a.events().get(0).time()).isNotNull();
  }

  @Test
  void aSecurityCampaignWithTheArticleIsARaidPlacedInItsVillage() {
    String text = "وقال المرصد إن الحملة الأمنية التي نفذتها قوات الأمن في بلدة الرحيبة أسفرت عن 8 معتقلين.";
    AnalysedArticle a = Extraction.of(Paragraphs.one(text));
    assertThat(a.events()).anySatisfy(e -> {
      assertThat(e.type()).isIn(EventType.RAID, EventType.ARREST);
      assertThat(text.substring(e.trigger().start(), e.trigger().end())).isEqualTo("الحملة الأمنية");
      assertThat(e.place().in(text)).contains("الرحيبة");
    });
  }

  @Test
  void weaponsSeizedAreNoEvents() {
    AnalysedArticle a = Extraction.of(Paragraphs.one(
        "وأضاف أن الوحدات المختصة ضبطت داخل أوكار الخلية 4 أحزمة ناسفة و11 عبوة ناسفة معدة للتفجير و5 صواريخ محلية الصنع."));
    assertThat(a.events()).isEmpty();
    // mines and bombs cleared are things removed, no explosion either
    AnalysedArticle cleared = Extraction.of(Paragraphs.one(
        "وأعلن مشروع نزع الألغام انتزاع 1250 لغما وعبوة ناسفة خلال الأسبوع، ليرتفع إجمالي ما تم انتزاعه منذ انطلاق"
            + " المشروع في يونيو 2018 إلى أكثر من 500 ألف لغم."));
    assertThat(cleared.events()).isEmpty();
    AnalysedArticle b = Extraction.of(Paragraphs.one("وانفجرت عبوة ناسفة بدورية للشرطة في المدينة."));
    assertThat(b.events()).extracting(EventMention::type).contains(EventType.BOMBING);
  }

  @Test
  void aBodyWhosePlacesWereStruckIsNoDoer() {
    AnalysedArticle a = Extraction.of(Paragraphs.one(
        "شنت مقاتلات، فجر اليوم الأربعاء، سلسلة غارات على مواقع لجماعة الحوثي في ميناء رأس عيسى."));
    EventMention m = a.events().stream().filter(e -> e.type() == EventType.AIRSTRIKE).findFirst().orElseThrow();
    assertThat(m.actor1()).isNull();
  }

  @Test
  void byTheHandOfABodyNamesTheDoer() {
    AnalysedArticle a = Extraction.of(Paragraphs.one(
        "قتل ثلاثة جنود في هجوم على يد عناصر من تنظيم داعش قرب الحاجز."));
    EventMention m = a.events().stream().filter(e -> e.type() == EventType.ATTACK).findFirst().orElseThrow();
    assertThat(m.actor1()).isNotNull();
  }

  @Test
  void anAffiliationOfTheSpeakerNamesNoDoer() {
    AnalysedArticle a = Extraction.of(Paragraphs.one(
        "وقالت وزارة الصحة في حكومة صنعاء، التابعة للحوثيين، إن الغارات أسفرت عن مقتل ثلاثة مدنيين."));
    EventMention m = a.events().stream().filter(e -> e.type() == EventType.AIRSTRIKE).findFirst().orElseThrow();
    assertThat(m.actor1()).isNull();
  }

  private static final String SHIP = """
      الحوثيون يستهدفون سفينة في البحر الأحمر

      صنعاء - أعلنت جماعة الحوثي، مساء الإثنين 3 أغسطس 2026، استهداف سفينة تجارية في البحر الأحمر بصاروخين، بعد هجمات في خليج عدن يوم الثلاثاء 28 يوليو 2026 أصابت سفينتين.
      وقال متحدث باسم الجماعة إن الهجوم على السفينة حقق إصابة مباشرة.
      """;
  private static final String STRIKES = """
      غارات أمريكية على رأس عيسى

      الحديدة - شنت مقاتلات أمريكية، فجر الأربعاء 5 أغسطس 2026، غارات على مواقع في ميناء رأس عيسى شمال الحديدة.
      وقالت وزارة الصحة في صنعاء إن الغارات أسفرت عن مقتل ثلاثة مدنيين وإصابة تسعة آخرين.
      """;

  @TempDir Path dir;

  @Test
  void anUndatedMentionOfADatedArticleTellsTheEventItsArticleNames() throws IOException {
    Files.writeString(dir.resolve("a.json"), "{\"text\": " + quote(SHIP) + ", \"published\": \"2026-08-04T09:00:00Z\"}");
    Files.writeString(dir.resolve("b.json"), "{\"text\": " + quote(STRIKES) + ", \"published\": \"2026-08-05T09:00:00Z\"}");
    List<Story> stories = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir)).stories();
    List<Event> events = stories.stream().flatMap(s -> s.events().stream()).toList();
    Event killed = events.stream().filter(e -> e.figures().stream().anyMatch(r -> r.figure().value() == 3))
        .findFirst().orElseThrow();
    assertThat(killed.start()).hasToString("2026-08-05");
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
