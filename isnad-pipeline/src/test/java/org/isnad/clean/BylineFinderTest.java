package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.isnad.lang.Language;
import org.isnad.model.Span;
import org.junit.jupiter.api.Test;

class BylineFinderTest {

  private final BylineFinder finder = new BylineFinder(Language.arabic());

  private Optional<String> rest(String paragraph) {
    return finder.find(paragraph, new Span(0, paragraph.length())).map(s -> paragraph.substring(s.end()));
  }

  @Test
  void aBylineWithItsColonIsCutBeforeTheText() {
    assertThat(rest("كتب سالم العامري: تنظم وزارة الثقافة فعاليتين خلال الشهر الجاري.")).contains("تنظم وزارة الثقافة فعاليتين خلال الشهر الجاري.");
    assertThat(rest("حوار فاطمة الزهراني: تعد الكاتبة أول امرأة تغطي الحرب.")).contains("تعد الكاتبة أول امرأة تغطي الحرب.");
    assertThat(rest("بقلم: محمد عبد الله السيد: لم تكن الأزمة مفاجئة.")).contains("لم تكن الأزمة مفاجئة.");
  }

  @Test
  void aLineThatIsOnlyABylineIsWhole() {
    assertThat(rest("بقلم خالد يوسف")).contains("");
    assertThat(rest("إعداد: ريم الحسن")).contains("");
  }

  @Test
  void verbsWithSubjectsAndProseAreNotBylines() {
    assertThat(rest("عرض الوزير خطته: ثلاث مراحل تبدأ الشهر المقبل.")).isEmpty();
    assertThat(rest("كتب الرئيس في تغريدة: سنواصل العمل.")).isEmpty();
    assertThat(rest("قال سالم العامري: إن الوزارة ستنظم فعاليتين.")).isEmpty();
    assertThat(rest("كتب سالم العامري مقالا طويلا عن الحرب في السودان والأزمة الإنسانية هناك")).isEmpty();
  }
}
