package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.time.Tagging.only;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * TimeML values are written in ASCII digits whatever the default locale: under an Arabic or Persian
 * locale, {@code String.format("%04d")} wrote weeks, decades, centuries and years as "٢٠٢٥-W٤٩".
 */
class AsciiValuesUnderAnArabicLocaleTest {

  @Test
  void weeksDecadesCenturiesAndYearsKeepAsciiDigits() {
    Locale before = Locale.getDefault();
    try {
      for (String tag : new String[] {"ar-EG", "fa-IR"}) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertThat(only("وقال في الأسبوع الماضي إن").value()).isEqualTo("2025-W49");
        assertThat(only("وذلك في التسعينيات من القرن").value()).isEqualTo("199");
        assertThat(only("شهدت المنطقة في القرن العشرين حروبا").value()).isEqualTo("19");
        assertThat(only("في العام الماضي").value()).isEqualTo("2024");
        assertThat(only("وذلك عام 622 للميلاد").value()).isEqualTo("0622");
      }
    } finally {
      Locale.setDefault(before);
    }
  }
}
