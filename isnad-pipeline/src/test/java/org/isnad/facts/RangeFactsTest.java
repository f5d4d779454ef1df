package org.isnad.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.isnad.model.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A range of counts is the fact's low and high ("من 10 إلى 15 شخصا": 10 to 15; it was 10 to 10). */
class RangeFactsTest {

  @TempDir Path dir;

  private Fact fact(String slot, String... articles) throws IOException {
    return OneStory.fact(dir, slot, articles);
  }

  @Test
  void aRangeAloneIsItsLowAndHigh() throws IOException {
    Fact killed = fact("killed", """
        قتلى في غارة جوية على قرية في ريف إدلب

        إدلب - قتل من 10 إلى 15 شخصا في غارة جوية استهدفت قرية في ريف إدلب الجنوبي صباح اليوم الأحد.
        """);
    assertThat(killed.best()).isEqualTo("10");
    assertThat(killed.low()).isEqualTo(10);
    assertThat(killed.high()).isEqualTo(15);
  }

  @Test
  void aRangeInWordsAfterBetweenIsItsLowAndHigh() throws IOException {
    Fact killed = fact("killed", """
        هجوم على حاجز للشرطة في الموصل

        الموصل - قال مسؤول أمني إن ما بين خمسة إلى سبعة أشخاص قتلوا في هجوم على حاجز للشرطة غرب الموصل صباح اليوم الأحد.
        """);
    assertThat(killed.low()).isEqualTo(5);
    assertThat(killed.high()).isEqualTo(7);
  }
}
