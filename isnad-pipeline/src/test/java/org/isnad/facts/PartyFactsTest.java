package org.isnad.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who did it, by each source's account: the perpetrator slot on two short stories written for this test. */
class PartyFactsTest {

  @TempDir Path dir;

  private Story story(String... texts) throws IOException {
    return OneStory.of(dir, texts);
  }

  private static Fact perpetrator(Story s) {
    return s.facts().stream().filter(f -> f.slot().equals("perpetrator")).findFirst()
        .orElseThrow(() -> new AssertionError("no perpetrator in " + s.facts()));
  }

  @Test
  void twoSourcesThatNameDifferentDoersDispute() throws IOException {
    Story s = story("""
        مقتل خمسة مدنيين بقصف على سوق في تعز

        تعز - قتل خمسة مدنيين وأصيب عشرة آخرون، الأحد، في قصف مدفعي شنته جماعة الحوثي على سوق شعبي في مدينة تعز، وفق ما أعلنت السلطات المحلية.
        """, """
        الحوثيون يتهمون التحالف بقصف سوق في تعز

        صنعاء - قتل خمسة مدنيين وأصيب عشرة آخرون، الأحد، في قصف شنته قوات التحالف على سوق شعبي في مدينة تعز، بحسب ما أفادت قناة المسيرة.
        """);
    Fact f = perpetrator(s);
    assertThat(f.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(f.values()).hasSize(2);
  }

  @Test
  void aCountryAndItsArmyAreOneSide() throws IOException {
    Story s = story("""
        قتيل بغارة إسرائيلية على سيارة في جنوب لبنان

        بيروت - قتل شخص، الخميس، في غارة نفذتها طائرة مسيّرة إسرائيلية على سيارة في بلدة عيترون جنوبي لبنان، وفق ما أعلنت وزارة الصحة اللبنانية.
        """, """
        مقتل شخص بغارة للجيش الإسرائيلي على سيارة في عيترون

        عيترون - قتل شخص، الخميس، جراء غارة شنها الجيش الإسرائيلي مستهدفا سيارة عند مدخل بلدة عيترون في قضاء بنت جبيل جنوبي لبنان، حسبما ذكرت الوكالة الوطنية للإعلام.
        """);
    assertThat(perpetrator(s).status()).as(perpetrator(s).toString()).isEqualTo(FactStatus.AGREED);
  }
}
