package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.entity.Recognition.names;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A verb or an adverbial verbal noun right after a titled person's name is the clause's, even after
 * one word of the name (sentences of ANERcorp news): "الرئيس بوش تجاوز صلاحياته" names Bush, not "بوش
 * تجاوز". Names of the same length stay whole ("موشيه يعلون").
 */
class VerbAfterATitledNameTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "اعتبرت المحكمة العليا الاميركية ان الرئيس بوش تجاوز صلاحياته بانشاء المحاكم العسكرية.|تجاوز",
      "الرئيس عباس يتحدث عن خطة جديدة لتحريك عملية السلام.|يتحدث",
      "كما طلب من الرئيس لحود التدخل مع الولايات المتحدة.|التدخل",
      "وكانت مأدبة الافطار التي أقامها الرئيس مبارك تكريما لجلالة الملك والوفد المرافق.|تكريما",
      "وأكد قائد الناتو بأوروبا الجنرال جيمس جونز توافر الشروط الضرورية لانتشار القوات.|توافر",
      "وبث برنامج حول زيارة الرئيس الفرنسي جاك شيراك تم إذاعته على إذاعة مونت كارلو.|تم",
  })
  void theVerbAfterTheNameIsNoPartOfIt(String text, String verb) {
    assertThat(names(text)).noneMatch(n -> n.contains(verb));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأكد قائد الناتو بأوروبا الجنرال جيمس جونز توافر الشروط الضرورية لانتشار القوات.|جيمس جونز",
      "وبث برنامج حول زيارة الرئيس الفرنسي جاك شيراك تم إذاعته على إذاعة مونت كارلو.|جاك شيراك",
      "وقال وزير الدفاع الإسرائيلي موشيه يعلون إن الجيش مستعد.|موشيه يعلون",
      "وقال وزير النفط حيان عبد الغني إن الإنتاج ارتفع.|حيان عبد الغني",
      "والتقى الرئيس الأمريكي باراك أوباما نظيره الروسي.|باراك أوباما",
  })
  void theNameBeforeItStays(String text, String name) {
    assertThat(names(text)).contains(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"تجاوز", "توافر", "اعتبر", "استقبل", "يتحدث", "يستقبل", "تكريما", "تم"})
  void verbShapes(String w) {
    assertThat(TitledNames.verbShape(w)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"يعلون", "اشتون", "تيريزا", "توماس", "انطون", "استيفن", "تامر", "عباس"})
  void nameShapes(String w) {
    assertThat(TitledNames.verbShape(w)).isFalse();
  }
}
