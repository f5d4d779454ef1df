package org.isnad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.stream.Stream;
import org.isnad.lang.ar.ArabicNormalizer;
import org.isnad.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link TextNormalizer} contract, run on every implementation: a second language adds one line
 * to {@link #normalizers()}.
 */
class TextNormalizerContractTest {

  static Stream<TextNormalizer> normalizers() {
    return Stream.of(ArabicNormalizer.INSTANCE);
  }

  /** Sentences in the register of Arabic news, with diacritics, digits, quotes and controls. */
  private static final List<String> SENTENCES = List.of(
      "أكَّدَ المتحدثُ باسم وزارة الدفاع الأميركيــة أن «العملية» انتهت.",
      "قُتل ١٤ شخصاً وأصيب ۲۵ آخرون في قصفٍ على مستشفى المدينة؟",
      "\u202Bقالت\u202C CNN إن \uFEFBجئين وصلوا إلى بيروت — صباح الثلاثاء، بنسبة ٣٫٥٪.",
      "Reuters reported 1,500 “displaced” families\u00A0in Gaza.");

  @ParameterizedTest
  @MethodSource("normalizers")
  void nullIsRejected(TextNormalizer normalizer) {
    assertThatNullPointerException().isThrownBy(() -> normalizer.normalize(null));
    assertThatNullPointerException().isThrownBy(() -> normalizer.normalize(null, 0, 0));
    assertThatNullPointerException().isThrownBy(() -> normalizer.fold(null));
  }

  @ParameterizedTest
  @MethodSource("normalizers")
  void emptyInEmptyOut(TextNormalizer normalizer) {
    AlignedText a = normalizer.normalize("");
    assertThat(a.normalized()).isEmpty();
    assertThat(a.toOriginal(0, 0)).isEqualTo(new Span(0, 0));
    AlignedText empty = normalizer.normalize(SENTENCES.get(0), 5, 5);
    assertThat(empty.normalized()).isEmpty();
    assertThat(empty.toOriginal(0, 0)).isEqualTo(new Span(5, 5));
  }

  @ParameterizedTest
  @MethodSource("normalizers")
  void normalisingIsIdempotent(TextNormalizer normalizer) {
    for (String s : SENTENCES) {
      String once = normalizer.fold(s);
      assertThat(normalizer.fold(once)).as(s).isEqualTo(once);
    }
  }

  @ParameterizedTest
  @MethodSource("normalizers")
  void normalisingChangesTheSentences(TextNormalizer normalizer) {
    // Guards the tests above against a normaliser that does nothing.
    for (String s : SENTENCES) {
      assertThat(normalizer.fold(s)).as(s).isNotEqualTo(s);
    }
  }

  @ParameterizedTest
  @MethodSource("normalizers")
  void alignmentIsNonDecreasingAndInsideTheInput(TextNormalizer normalizer) {
    for (String s : SENTENCES) {
      assertAlignedInto(normalizer.normalize(s), 0, s.length(), s);
    }
  }

  @ParameterizedTest
  @MethodSource("normalizers")
  void subRangeMapsIntoTheRange(TextNormalizer normalizer) {
    for (String s : SENTENCES) {
      int[][] ranges = {{3, s.length() - 2}, {s.length() / 2, s.length()}, {0, s.length() / 3}};
      for (int[] r : ranges) {
        AlignedText a = normalizer.normalize(s, r[0], r[1]);
        assertAlignedInto(a, r[0], r[1], s);
        assertThat(a.normalized()).isEqualTo(normalizer.fold(s.substring(r[0], r[1])));
      }
    }
  }

  private static void assertAlignedInto(AlignedText a, int start, int end, String s) {
    String what = "[" + start + ", " + end + ") of " + s;
    int previous = start;
    for (int i = 0; i < a.normalized().length(); i++) {
      int o = a.originalIndex(i);
      assertThat(o).as("%s, normalised char %d", what, i).isBetween(previous, end - 1);
      previous = o;
    }
    Span all = a.toOriginal(0, a.normalized().length());
    assertThat(new Span(start, end).contains(all)).as(what).isTrue();
  }
}
