package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.CleanArticle;
import org.isnad.model.MediaType;
import org.isnad.model.RawArticle;
import org.isnad.model.SourceMetadata;
import org.junit.jupiter.api.Test;

/** A line that is only a Hijri date gives the publication day (Umm al-Qura), as a Gregorian one does. */
class HijriDateLineTest {

  private final Cleaner cleaner = Cleaner.create(CleanConfig.arabic());

  @Test
  void aHijriDateLineGivesThePublicationDay() {
    String text = """
        الرئيسية
        الأربعاء 15 رمضان 1447 هـ
        توزيع سلال غذائية على الأسر المحتاجة في أحياء المدينة القديمة
        وزعت جمعية خيرية اليوم الأربعاء مئات السلال الغذائية على الأسر المحتاجة في أحياء المدينة القديمة، في إطار حملتها السنوية.
        """;
    CleanArticle c = cleaner.clean(new RawArticle("a", "a.txt", MediaType.TEXT, text, SourceMetadata.NONE, List.of()));
    assertThat(c.published()).isNotNull();
    assertThat(c.published().iso()).startsWith("2026-03-04");
  }

  @Test
  void aLineWithBothCalendarsGivesTheGregorianDay() {
    String text = """
        الرئيسية
        الخميس 28 جمادى الأولى 1448 هـ - 19 نوفمبر 2026 م
        مقتل جنديين في هجوم على حاجز عسكري في ريف درعا
        قتل جنديان وأصيب ثلاثة آخرون في هجوم مسلح استهدف حاجزا للجيش في ريف درعا الغربي أمس الأربعاء.
        """;
    CleanArticle c = cleaner.clean(new RawArticle("a", "a.txt", MediaType.TEXT, text, SourceMetadata.NONE, List.of()));
    assertThat(c.published()).isNotNull();
    assertThat(c.published().iso()).startsWith("2026-11-19"); // the Hijri day is written as the site reckons it
  }
}
