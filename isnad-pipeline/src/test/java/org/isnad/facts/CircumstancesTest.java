package org.isnad.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.Story;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sources that tell one strike in their own words agree on its circumstances: many words of one
 * sentence have no match in the other, but nothing contradicts (no other number, negation or
 * opposite word). On pages written for this test.
 */
class CircumstancesTest {

  @TempDir Path dir;

  @Test
  void twoAccountsOfOneStrikeInTheirOwnWordsAgree() throws IOException {
    Files.writeString(dir.resolve("a.txt"), """
        غارة إسرائيلية تقتل ثلاثة في جنوب لبنان

        بيروت - قتل ثلاثة أشخاص في غارة إسرائيلية استهدفت سيارة في بلدة بنت جبيل جنوبي لبنان الثلاثاء، وفق ما أعلنت وزارة الصحة اللبنانية.
        """);
    Files.writeString(dir.resolve("b.txt"), """
        استشهاد 3 مواطنين بغارة على بنت جبيل

        الجنوب - استشهد ثلاثة مواطنين، الثلاثاء، جراء غارة نفذتها مسيّرة إسرائيلية على سيارة عند مدخل بلدة بنت جبيل.
        """);
    List<Story> stories = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir)).stories();
    assertThat(stories).hasSize(1);
    Fact circumstances = stories.get(0).facts().stream().filter(f -> f.slot().equals("circumstances")).findFirst()
        .orElseThrow();
    assertThat(circumstances.values()).hasSize(2);
    assertThat(circumstances.status()).isEqualTo(FactStatus.AGREED);
  }
}
