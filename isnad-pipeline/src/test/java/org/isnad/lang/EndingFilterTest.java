package org.isnad.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EndingFilterTest {

  private final EndingFilter filter = new EndingFilter(List.of("امس", "السبت", "غد", "يوم"), 3);

  @Test
  void admitsEveryWordAndEveryWordEndingWithOne() {
    assertThat(List.of("امس", "السبت", "غد", "يوم", "وامس", "بالسبت", "والغد", "اليوم", "فاليوم"))
        .allMatch(filter::mayMatch);
  }

  @Test
  void rejectsWordsWhoseEndingsMatchNone() {
    List<String> others = List.of("الرئيس", "هجوم", "تدمر", "قال", "الجيش", "مقتل", "و");
    assertThat(others.stream().filter(filter::mayMatch).count()).isLessThanOrEqualTo(1);
  }

  @Test
  void anEmptySetAdmitsNothing() {
    EndingFilter none = new EndingFilter(List.of(), 3);
    assertThat(none.mayMatch("اليوم")).isFalse();
    assertThat(none.mayMatch("")).isFalse();
  }

  @Test
  void refusesAnUnusableLength() {
    assertThatThrownBy(() -> new EndingFilter(List.of("a"), 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
