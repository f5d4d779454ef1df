package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.model.Event;
import org.isnad.model.EventType;
import org.isnad.model.Story;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fighting that most outlets call a clash is an armed clash even where each side calls the other's
 * move an attack; in a clash the dead of either side are battle deaths, not the attackers' dead.
 */
class ClashesTest {

  private static final String FIRST = """
      اشتباكات بين الأمن العام ومسلحين في بلدة الصنمين

      درعا - اندلعت اشتباكات عنيفة مساء السبت بين قوات الأمن العام ومسلحين محليين في بلدة الصنمين بريف درعا الشمالي، بعد هجوم شنه المسلحون على حاجز أمني عند مدخل البلدة، ما أدى إلى مقتل ثلاثة عناصر من الأمن العام.
      وقال مصدر أمني إن الهجوم استهدف الحاجز بالأسلحة الرشاشة، وإن التعزيزات وصلت إلى البلدة بعد ساعة.
      """;
  private static final String SECOND = """
      قتلى في اشتباكات الصنمين بريف درعا

      درعا - قتل ثلاثة عناصر من قوات الأمن العام وأربعة مسلحين في اشتباكات اندلعت مساء السبت في بلدة الصنمين بريف درعا الشمالي، وفق مصادر محلية.
      وأضافت المصادر أن الهجوم على الحاجز جاء بعد توتر استمر أياما في البلدة، وأن الهدوء عاد إلى الصنمين صباح الأحد.
      """;

  @TempDir Path dir;

  private Story story() throws IOException {
    Files.writeString(dir.resolve("a.txt"), FIRST);
    Files.writeString(dir.resolve("b.txt"), SECOND);
    List<Story> stories = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir)).stories();
    assertThat(stories).hasSize(1);
    return stories.get(0);
  }

  @Test
  void fightingMostOutletsCallAClashIsAnArmedClash() throws IOException {
    Event e = story().events().stream().filter(x -> !x.figures().isEmpty()).findFirst().orElseThrow();
    assertThat(e.type()).isEqualTo(EventType.ARMED_CLASH);
    assertThat(e.figures()).noneMatch(r -> r.figure().perpetrator());
  }
}
