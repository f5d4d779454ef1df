package org.isnad.lang.ar;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.isnad.lang.NumberWords;
import org.isnad.lang.NumberWords.Form;
import org.isnad.lang.NumberWords.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNumbersTest {

  private final NumberWords numbers = Arabic.INSTANCE.numbers();

  private List<String> norms(String text) {
    String folded = ArabicNormalizer.INSTANCE.normalize(text, 0, text.length()).normalized();
    return Arrays.asList(folded.split(" +"));
  }

  private Reading read(String text) {
    return numbers.read(norms(text), 0);
  }

  @ParameterizedTest
  @CsvSource({
      "ثلاثة جنود, 3, 1",
      "خمسة أشخاص, 5, 1",
      "خمسة عشر قتيلا, 15, 2",
      "إحدى عشرة مرة, 11, 2",
      "اثنا عشر عنصرا, 12, 2",
      "خمسة وتسعين عاما, 95, 2",
      "واحد وعشرون, 21, 2",
      "مئة شخص, 100, 1",
      "مائتي مقاتل, 200, 1",
      "ثلاثمئة جريح, 300, 1",
      "ثلاث مئة جريح, 300, 2",
      "ألف وخمسمائة, 1500, 2",
      "ثلاثة آلاف نازح, 3000, 2",
      "ألفين وعشرين, 2020, 2",
      "مليون لاجئ, 1000000, 1",
      "وثلاثة آخرين, 3, 1",
      "بخمسة صواريخ, 5, 1",
      "الثلاثة المعتقلين, 3, 1",
      "سبعين ألفا, 70000, 2",
      "خمسة وعشرين ألفا وثلاثمئة, 25300, 4",
      "ألفين وثلاثمئة قتيل, 2300, 2",
  })
  void readsNumberWords(String text, long value, int length) {
    Reading r = read(text);
    assertThat(r).isNotNull();
    assertThat(r.value()).isEqualTo(value);
    assertThat(r.length()).isEqualTo(length);
    assertThat(r.form()).isEqualTo(Form.WORDS);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"5 أشخاص|5|1", "٣ جنود|3|1", "1,500 شخص|1500|1", "3 آلاف|3000|2", "2.5 مليون|2500000|2",
      "70 ألفا و100 شهيد|70100|3", "12 مليونا|12000000|2", "1.9 مليون نازح|1900000|2"})
  void readsDigitsInBothSets(String text, long value, int length) {
    Reading r = read(text);
    assertThat(r.value()).isEqualTo(value);
    assertThat(r.length()).isEqualTo(length);
    assertThat(r.form()).isEqualTo(Form.DIGITS);
  }

  @Test
  void vagueAmountsAreCodedAndFlagged() {
    // tens, hundreds, thousands: at least two of the unit (a score, two hundred, two thousand)
    assertThat(read("عشرات القتلى")).isEqualTo(new Reading(20, 1, Form.VAGUE));
    assertThat(read("العشرات من الجرحى")).isEqualTo(new Reading(20, 1, Form.VAGUE));
    assertThat(read("عشرات الآلاف")).isEqualTo(new Reading(20_000, 2, Form.VAGUE));
    assertThat(read("مئات الآلاف من النازحين")).isEqualTo(new Reading(200_000, 2, Form.VAGUE));
    assertThat(read("مئات المعتقلين")).isEqualTo(new Reading(200, 1, Form.VAGUE));
    assertThat(read("آلاف النازحين")).isEqualTo(new Reading(2000, 1, Form.VAGUE));
    assertThat(read("عدد من الجنود")).isEqualTo(new Reading(10, 2, Form.VAGUE));
  }

  @Test
  void aVagueAmountSaysBelowTheNextUnit() {
    assertThat(numbers.vagueCeiling(20)).isEqualTo(99);
    assertThat(numbers.vagueCeiling(200)).isEqualTo(999);
    assertThat(numbers.vagueCeiling(2000)).isEqualTo(9999);
    assertThat(numbers.vagueCeiling(20_000)).isEqualTo(99_999);
    assertThat(numbers.vagueCeiling(23)).isEqualTo(23);
    assertThat(numbers.vagueCeiling(10)).isEqualTo(10);
  }

  @Test
  void wordsThatAreNotNumbersAreNotRead() {
    assertThat(read("الاثنين الماضي")).isNull();
    assertThat(read("الخميس")).isNull();
    assertThat(read("الأربعاء")).isNull();
    assertThat(read("قتل")).isNull();
    assertThat(read("عشيرة")).isNull();
    assertThat(numbers.read(List.of(), 0)).isNull();
  }

  @Test
  void onlyTheWrittenFormsOfAFirstNumberWordMayStartANumber() {
    for (String w : List.of("ثلاثه", "والثلاثه", "بخمسه", "وخمسميه", "لثمانيمايه", "بضعه", "والعشرات", "عدد", "والاف",
        "ست", "مليونين")) {
      assertThat(ArabicNumbers.mayBeWord(norms(w).get(0))).as(w).isTrue();
    }
    // "ست" has two letters: no proclitic is cut from "وست"; "الاثنين" is the day; "مليونا" only follows a number
    for (String w : List.of("وست", "الاثنين", "للاثنين", "مليونا", "ثلاثي", "قتل", "عشيره", "ميه2")) {
      assertThat(ArabicNumbers.mayBeWord(norms(w).get(0))).as(w).isFalse();
    }
  }

  @Test
  void twoNumbersInARowAreNotOne() {
    assertThat(read("ثلاثة خمسة").value()).isEqualTo(3);
  }

  @Test
  void dualNounsWithBrokenPluralsAreTwo() {
    assertThat(numbers.dualSingular(norms("جنديين").get(0))).isEqualTo("جندي");
    assertThat(numbers.dualSingular(norms("عنصرين").get(0))).isEqualTo("عنصر");
    assertThat(numbers.dualSingular(norms("طائرتين").get(0))).isEqualTo("طايره");
    assertThat(numbers.dualSingular(norms("والشخصين").get(0))).isEqualTo("شخص");
    assertThat(numbers.dualSingular(norms("مدنيين").get(0))).isNull();
    assertThat(numbers.dualSingular(norms("أميركيين").get(0))).isNull();
    assertThat(numbers.dualSingular(norms("جنود").get(0))).isNull();
    // a noun whose oblique dual looks like its plural is two in the nominative
    assertThat(numbers.dualSingular(norms("مواطنان").get(0))).isEqualTo("مواطن");
    assertThat(numbers.dualSingular(norms("مواطنين").get(0))).isNull();
  }

  @Test
  void readsWhatIcuSpellsOut() {
    RuleBasedNumberFormat icu = new RuleBasedNumberFormat(Locale.forLanguageTag("ar"), RuleBasedNumberFormat.SPELLOUT);
    for (long n = 1; n <= 9999; n++) {
      for (String ruleSet : List.of("%spellout-cardinal-masculine", "%spellout-cardinal-feminine")) {
        String words = icu.format(n, ruleSet);
        List<String> norms = norms(words);
        Reading r = numbers.read(norms, 0);
        assertThat(r).as("%s (%d)", words, n).isNotNull();
        assertThat(r.value()).as("%s", words).isEqualTo(n);
        assertThat(r.length()).as("%s", words).isEqualTo(norms.size());
      }
    }
  }
}
