package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.entity.Recognition.names;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deputy's or a secretary's office after a titled name is no part of the name (sentences of ANERcorp
 * news): "اللواء سمير عوض مساعد وزير الداخلية" names "سمير عوض"; "بن مساعد" is a father's name. The verb
 * "التقى" after a name is the clause's.
 */
class OfficeAfterATitledNameTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وفي جنازة تقدمها محافظ الفيوم، واللواء سمير عوض مساعد وزير الداخلية ومدير الأمن، شيعت المدينة ابنها.|سمير عوض",
      "وفي الجنازة اللواء عثمان محمد عثمان السكرتير العام، والكابتن حسن حمدي رئيس النادي الأهلي.|عثمان محمد عثمان",
      "وقال الدكتور محمد حجازي مساعد وزير الخارجية للشؤون الأوروبية إن المباحثات مستمرة.|محمد حجازي",
      "ذكرت الصحيفة أن رئيس الوزراء الإسرائيلي إيهود أولمرت التقى سرا قبل عشرة أيام مسؤولا رفيعا.|إيهود أولمرت",
      "واستقبل الأمير عبدالله بن مساعد رئيس نادي الهلال الوفد.|عبدالله بن مساعد",
  })
  void theNameEndsBeforeTheOffice(String text, String name) {
    assertThat(names(text)).contains(name).noneMatch(n -> n.startsWith(name + " "));
  }
}
