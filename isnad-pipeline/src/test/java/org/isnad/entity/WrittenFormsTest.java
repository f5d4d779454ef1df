package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The filter of the words a family name may be written in ({@link EntityRecognizer#writtenForms}):
 * it must let through every word in which {@link EntityRecognizer#familyNameStrip} finds a name, as
 * the callers skip the words it rules out.
 */
class WrittenFormsTest {

  private static final Set<String> NAMES = Set.of("العموري", "الزبيدي", "قاسم", "اللبان");

  /** The names after every run of up to two of the letters a name may be joined to, and "لل" for "ال". */
  private static List<String> candidates() {
    List<String> out = new ArrayList<>();
    String letters = "وفبلك";
    for (String n : NAMES) {
      List<String> bases = List.of(n, "ل" + n.substring(1), n.substring(2), "ا" + n);
      for (String b : bases) {
        out.add(b);
        for (char c : letters.toCharArray()) {
          out.add(c + b);
          for (char d : letters.toCharArray()) {
            out.add("" + c + d + b);
          }
        }
      }
    }
    return out;
  }

  @Test
  void everyWordInWhichAFamilyNameIsFoundPassesTheFilter() {
    EntityRecognizer.WrittenForms forms = EntityRecognizer.writtenForms(NAMES);
    List<String> found = candidates().stream()
        .filter(w -> EntityRecognizer.familyNameStrip(w, NAMES::contains) >= 0).toList();
    assertThat(found).contains("العموري", "والعموري", "للعموري", "وللعموري", "فبالزبيدي", "قاسم", "لللبان");
    assertThat(found).allSatisfy(w -> assertThat(forms.mayBe(w)).as(w).isTrue());
  }

  @Test
  void mostOtherWordsAreRuledOut() {
    EntityRecognizer.WrittenForms forms = EntityRecognizer.writtenForms(NAMES);
    List<String> others = List.of("الحكومة", "وزارة", "قال", "المدينة", "والجيش", "بالقرب", "العمور", "زبيدي",
        "وقاسم_", "مصدر", "الامن", "للصحفيين");
    assertThat(others.stream().filter(forms::mayBe).count()).isLessThanOrEqualTo(2);
  }
}
