package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Marches, sit-ins and going out into the streets are protests ("نظم المتظاهرون مسيرة"، "خرج المحتجون إلى الشوارع"،
 * "اعتصم العمال"); a drone ("طائرة مسيرة") and going out with no march are none. Sentences written for these
 * tests after reader 11's report (#22).
 */
class MarchesAndSitInsTest {

  private static List<EventMention> events(String text) {
    return Extraction.dated(text, LocalDate.of(2026, 3, 10)).events();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ونظم مئات الأهالي أمس مسيرة حاشدة في مدينة الناصرية تنديدا بانقطاع الكهرباء.",
      "وخرج آلاف الطلاب أمس إلى الشوارع في مدينة الخرطوم رفضا لقرار الحكومة.",
      "واعتصم عشرات المعلمين أمس أمام مبنى البرلمان في بيروت للمطالبة بزيادة الأجور.",
      "ونفذ مئات الأطباء أمس اعتصاما أمام مقر النقابة في القاهرة."})
  void protest(String text) {
    assertThat(events(text)).anyMatch(e -> e.type() == EventType.PROTEST);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "وأسقطت الدفاعات الجوية أمس طائرة مسيرة في سماء مدينة أربيل.",
      "وخرج الرئيس أمس من المستشفى في بيروت بعد فحوص طبية."})
  void noProtest(String text) {
    assertThat(events(text)).noneMatch(e -> e.type() == EventType.PROTEST);
  }
}
