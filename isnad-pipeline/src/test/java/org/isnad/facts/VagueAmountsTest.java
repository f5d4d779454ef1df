package org.isnad.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vague amount as the only report of a figure: its best and low are the least the word says
 * ("عشرات": a score), its high the most (below the next unit: 99), never a precise-looking 12.
 */
class VagueAmountsTest {

  @TempDir Path dir;

  private Fact fact(String slot, String... articles) throws IOException {
    return OneStory.fact(dir, slot, articles);
  }

  @Test
  void dozensAloneIsAtLeastAScoreAndBelowAHundred() throws IOException {
    Fact wounded = fact("wounded", """
        إصابة العشرات في قصف على سوق شعبي بمدينة إدلب

        إدلب - أصيب عشرات المدنيين بجروح في قصف مدفعي استهدف سوقا شعبيا وسط مدينة إدلب صباح اليوم الأحد.
        """);
    assertThat(wounded.status()).isEqualTo(FactStatus.SINGLE_SOURCE);
    assertThat(wounded.best()).isEqualTo("20");
    assertThat(wounded.low()).isEqualTo(20);
    assertThat(wounded.high()).isEqualTo(99);
  }

  @Test
  void hundredsAloneIsAtLeastTwoHundred() throws IOException {
    Fact arrested = fact("arrested", """
        حملة اعتقالات واسعة في الضفة الغربية

        رام الله - اعتقلت القوات الإسرائيلية مئات الفلسطينيين خلال حملة مداهمات في مدن الضفة الغربية يوم الاثنين.
        """);
    assertThat(arrested.best()).isEqualTo("200");
    assertThat(arrested.low()).isEqualTo(200);
    assertThat(arrested.high()).isEqualTo(999);
  }

  @Test
  void aPreciseCountBesideAVagueOneSetsTheRange() throws IOException {
    Fact wounded = fact("wounded", """
        إصابة العشرات في قصف على سوق شعبي بمدينة إدلب

        إدلب - أصيب عشرات المدنيين بجروح في قصف مدفعي استهدف سوقا شعبيا وسط مدينة إدلب صباح اليوم الأحد.
        """, """
        إصابة 27 مدنيا في قصف سوق إدلب

        إدلب - أصيب 27 مدنيا بجروح في قصف مدفعي استهدف سوقا شعبيا وسط مدينة إدلب صباح اليوم الأحد، بحسب الدفاع المدني.
        """);
    assertThat(wounded.best()).isEqualTo("27");
    assertThat(wounded.low()).isEqualTo(27);
    assertThat(wounded.high()).isEqualTo(27);
  }

  @Test
  void aFirmFloorAboveEveryPreciseCountDisputesIt() throws IOException {
    Fact arrested = fact("arrested", """
        اعتقال محتجين في مدينة الكوت

        الكوت - اعتقلت قوات الأمن 9 محتجين خلال تفريق تظاهرة أمام مبنى المحافظة مساء اليوم الأحد، بحسب قيادة الشرطة.
        """, """
        اعتقال العشرات في احتجاجات الكوت

        الكوت - اعتقلت قوات الأمن العشرات خلال تفريق تظاهرة أمام مبنى المحافظة مساء الأحد، بحسب منظمي الاحتجاج.
        """);
    assertThat(arrested.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(arrested.best()).isEqualTo("9");
    assertThat(arrested.high()).isEqualTo(9);
  }

  @Test
  void severalIsNoFloorThatDisputesAPreciseCount() throws IOException {
    Fact wounded = fact("wounded", """
        إصابة مدنيين في قصف على بلدة سراقب

        إدلب - أصيب 4 مدنيين بجروح في قصف مدفعي استهدف بلدة سراقب صباح اليوم الأحد، بحسب الدفاع المدني.
        """, """
        إصابات في قصف على سراقب

        إدلب - أصيب عدد من المدنيين بجروح في قصف مدفعي استهدف بلدة سراقب صباح الأحد.
        """);
    assertThat(wounded.status()).isNotEqualTo(FactStatus.DISPUTED);
  }

  @Test
  void moreThanTenAgainstNineIsARivalSaidAsItsFloor() throws IOException {
    Fact wounded = fact("wounded", """
        مقتل أربعة أشخاص بانفجار في مقديشو

        مقديشو - قتل أربعة أشخاص وأصيب تسعة آخرون، الخميس، في انفجار سيارة مفخخة قرب مبنى البلدية في مقديشو، وفق ما أفادت الشرطة.
        """, """
        انفجار سيارة مفخخة في العاصمة الصومالية

        مقديشو - قتل أربعة أشخاص وأصيب أكثر من عشرة، الخميس، في انفجار سيارة مفخخة استهدف نقطة تفتيش قرب مبنى البلدية في مقديشو.
        """);
    assertThat(wounded.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(wounded.values()).anySatisfy(v -> {
      assertThat(v.value()).isEqualTo("10");
      assertThat(v.floor()).isTrue();
    });
    assertThat(wounded.values()).anySatisfy(v -> assertThat(v.floor()).isFalse());
    assertThat(wounded.low()).isEqualTo(9);
    assertThat(wounded.high()).isEqualTo(10);
  }
}
