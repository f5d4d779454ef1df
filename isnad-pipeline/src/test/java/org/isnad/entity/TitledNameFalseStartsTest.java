package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.entity.Recognition.names;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What follows a title word and is no name (sentences of ANERcorp news): a relative clause ("المسؤول
 * الذي رفض الكشف"), a quantifier or a preposition that opens a noun phrase ("زعيم أحد الأجنحة"، "الفريق
 * برغم الخلاف"), "امام" the preposition taken for the title "إمام", a verb ("خالد شيخ استطاع المحققون")
 * and a prepositional phrase after the name ("سعيد صيام بمقر الرئاسة").
 */
class TitledNameFalseStartsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأوضح المسؤول الذي رفض الكشف عن اسمه أن هذه المشاورات جرت بالتزامن مع مفاوضات برلين.|الكشف",
      "وأكد ممثل البحرين الذي رأست دولته الاجتماع في كلمته الافتتاحية أهمية انعقاد هذه الدورة.|الاجتماع",
      "وشهدت أسواق المال في العالم انهيارا مساء امس أمام التوتر الذي ساد مختلف العواصم.|العواصم",
      "ولاحظت شيفا رحماني امام احدى الواجهات باستياء ان السلع الفخمة باهظة الثمن.|الواجهات",
      "عين الرئيس السوداني عمر البشير ميني ميناوي زعيم أحد الأجنحة المتمردة في دارفور رئيسا للسلطة الانتقالية.|الأجنحة",
      "كما ابدي رئيس مجلس الوزراء التزام لبنان بجميع شروط القرار 1701 في حين لم تلتزم اسرائيل.|القرار",
      "وقال المدرب إن رونالدو لن يرحل عن صفوف الفريق برغم الخلاف الشهير الذي نشب بينه وبين زميله.|الخلاف",
      "وأنه خلال السنوات الثلاث التي اعتقل فيها خالد شيخ استطاع المحققون أن يحصلوا منه على معلومات قيمة.|المحققون",
      "ترأس عباس اجتماعا بمشاركة رئيس الوزراء إسماعيل هنية ووزير الداخلية سعيد صيام بمقر الرئاسة بغزة.|بمقر",
  })
  void noNameRunsOverTheseWords(String text, String word) {
    assertThat(names(text)).noneMatch(n -> n.contains(word));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "واعتبر المتحدث باسمها عبد الرحمن ديناري أن هذه المحاولة من جانب المحاكم تسعى للقضاء على حكومته.|عبد الرحمن ديناري",
      "ترأس عباس اجتماعا بمشاركة رئيس الوزراء إسماعيل هنية ووزير الداخلية سعيد صيام بمقر الرئاسة بغزة.|سعيد صيام",
      "وقال الرئيس التونسي زين العابدين بن علي إن الحكومة مستمرة.|زين العابدين بن علي",
  })
  void theTitledNameStays(String text, String name) {
    assertThat(names(text)).contains(name);
  }
}
