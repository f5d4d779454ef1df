package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.Story;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A country adjective right after a word of violence names the side that acts ("غارة إسرائيلية",
 * "قصف روسي"): actor1 is that country, through a place mention on the adjective; on sentences
 * written for these tests.
 */
class CountryActorsTest {

  @TempDir Path dir;

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقتل ثلاثة أشخاص في غارة إسرائيلية على منزل في بلدة بنت جبيل جنوبي لبنان.|إسرائيلية|il",
      "وأصيب خمسة مدنيين في قصف روسي استهدف سوقا شعبيا في ريف إدلب.|روسي|ru",
      "وقتل قيادي في التنظيم في هجوم أمريكي بطائرة مسيرة شرقي سوريا.|أمريكي|us",
      "وأدى قصف مدفعي تركي على قرية حدودية إلى مقتل مدنيين اثنين.|تركي|tr",
      "وشنت القوات عملية عسكرية تركية واسعة في ريف حلب أسفرت عن مقتل مسلحين اثنين.|تركية|tr",
      "وأدت الغارة الإسرائيلية على مدينة صور إلى مقتل شخصين.|الإسرائيلية|il",
  })
  void aCountryAdjectiveAfterTheWordOfViolenceIsTheSideThatActs(String text, String adjective, String country) {
    AnalysedArticle a = extract(text);
    EventMention e = a.events().stream().filter(m -> m.actor1() != null).findFirst().orElseThrow();
    assertThat(e.actor1().in(text)).isEqualTo(adjective);
    EntityMention m = a.entities().stream().filter(x -> x.span().equals(e.actor1())).findFirst().orElseThrow();
    assertThat(m.type()).isEqualTo(EntityType.LOC);
    assertThat(m.ref()).isEqualTo(country);
    assertThat(m.text()).isEqualTo(m.span().in(text));
    assertThat(e.place() == null ? null : e.place().in(text)).isNotEqualTo(adjective);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأعلنت السلطات اعتقال فلسطيني في الخليل.",
      "وقتل جندي سوري في هجوم على حاجز للجيش.",
      "واغتيل قيادي عراقي في هجوم على سيارته.",
      "وقال الجيش إن مسلحا نصب كمينا لدورية أميركية قرب الحدود.",
      "وقالت الوزارة إن 25 فلسطينيا استشهدوا وأصيب 60 آخرون خلال الساعات الماضية.",
      "وقتل 19 شخصا عندما أصابت طائرة مسيرة المستشفى السعودي في مدينة الفاشر.",
      "وشيع الأهالي ضحايا القصف الذي استهدف المستشفى السعودي فجر الأحد.",
  })
  void aCountryAdjectiveOfTheVictimsIsNoSide(String text) {
    AnalysedArticle a = extract(text);
    assertThat(a.entities()).noneMatch(m -> m.type() == EntityType.LOC && "rule".equals(m.source()));
  }

  @Test
  void theStoryEventsAttackerIsTheCountry() throws IOException {
    Files.writeString(dir.resolve("a.txt"), """
        مقتل ثلاثة أشخاص في غارة على جنوب لبنان

        بيروت - قتل ثلاثة أشخاص في غارة إسرائيلية استهدفت منزلا في بلدة بنت جبيل جنوبي لبنان صباح اليوم الأحد، بحسب وزارة الصحة اللبنانية.
        """);
    Story story = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir)).stories().get(0);
    Event attack = story.events().stream().filter(e -> e.type().violent()).findFirst().orElseThrow();
    assertThat(attack.actor1()).isNotNull();
    assertThat(story.entities()).anyMatch(x -> x.id().equals(attack.actor1()) && x.id().equals("place-il")
        && x.canonical().equals("إسرائيل"));
    assertThat(attack.place()).isNotEqualTo("place-il");
  }
}
