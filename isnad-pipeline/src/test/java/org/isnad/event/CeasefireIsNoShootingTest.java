package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "وقف" a few words before "إطلاق النار" ("وقف فوري لإطلاق النار"، the ANERcorp "ودعت برلين الجمعة إلى
 * وقف لإطلاق النار في الشرق الأوسط") is the ceasefire the lexicon's "وقف إطلاق النار" names: an
 * agreement word, no shooting. Firing that no halt stands before stays an attack.
 */
class CeasefireIsNoShootingTest {

  private static List<EventMention> events(String text) {
    return Extraction.dated(text, LocalDate.of(2026, 11, 23)).events();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ودعت برلين الجمعة إلى وقف لإطلاق النار في الشرق الأوسط بأسرع وقت ممكن.",
      "وشدد رئيس الحكومة على ضرورة التوصل إلى وقف فوري لإطلاق النار مع إسرائيل.",
      "ورفض السفير الأميركي اقتراح الأمين العام بوقف فوري ودائم لإطلاق النار.",
  })
  void aHaltedFiringIsACeasefire(String text) {
    assertThat(events(text)).extracting(EventMention::type).containsExactly(EventType.AGREEMENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "وأصيب ثلاثة فلسطينيين خلال تبادل لإطلاق النار مع الجنود في نابلس.",
      "وقتل شرطي في حادث إطلاق النار على حاجز للجيش بعد وقف العمل في المعبر.",
      "واتهمت الحركة الجيش بخرق اتفاق وقف العدوان بإطلاق النار على الصيادين.",
      "وسقط قتيل بعد وقف الحافلة وإطلاق النار على ركابها.",
      "وبحث الوزيران وقف التصعيد قبل إطلاق النار على المتظاهرين في الساحة.",
  })
  void firingStaysAnAttack(String text) {
    assertThat(events(text)).extracting(EventMention::type).contains(EventType.ATTACK); // beside "اتفاق" where said
  }
}
