package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who attacked: the body a sentence names as the doer ("نفذته مجموعة تابعة لتنظيم داعش", "مسلح من
 * تنظيم الدولة"), never the speaker of the reporting clause, the target, the ranks of the victims,
 * nor anyone in a sentence about the attacker ("منفذ الهجوم"), nor a body named in the breakdown of a
 * count ("12 شخصا بينهم 5 عناصر من قوات الحكومة قتلوا"), nor men a strike targeted ("استهدفت «عنصرين من حزب الله»"), nor the owner of a site hit ("مدرسة الفجر
 * الابتدائية التابعة لوكالة الغوث"). On sentences written for these tests.
 */
class AttackersTest {

  private static String attacker(String text) {
    AnalysedArticle a = Extraction.of(org.isnad.model.Paragraphs.one(text));
    assertThat(a.events()).as(text).isNotEmpty();
    EventMention e = a.events().get(0);
    return e.actor1() == null ? "" : e.actor1().in(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "أفادت القيادة المركزية بأن هجوما مباغتا نفذته مجموعة مسلحة تابعة لتنظيم داعش أسفر عن مقتل جنديين.|تنظيم داعش",
      "وقال مصدر أمني إن مسلحا من تنظيم الدولة الإسلامية أطلق النار على دورية مشتركة قرب تدمر.|تنظيم الدولة الإسلامية",
      "وأضاف أن عنصرا يتبع لداعش أقدم على إطلاق النار على باب أحد المقرات.|داعش",
      "وأشار إلى أن عنصرا يشتبه بانتمائه لتنظيم الدولة الإسلامية أقدم على إطلاق النار.|تنظيم الدولة الإسلامية",
      "قتلت قوات الدعم السريع 40 مدنيا في هجوم على أحياء مدينة الفاشر.|قوات الدعم السريع",
      "واتهمت حكومة الولاية قوات الدعم السريع بتنفيذ الهجوم الذي قتل 23 شخصا في السوق.|قوات الدعم السريع",
      "وحمّل الجيش السوداني قوات الدعم السريع مسؤولية القصف الذي أودى بحياة 23 شخصا.|قوات الدعم السريع",
      "في المقابل، اتهم المجلس المحلي في إعزاز \"وحدات حماية الشعب\" الكردية بالوقوف وراء التفجير الذي قتل سبعة أشخاص.|وحدات حماية الشعب",
      "سقطت قذائف أطلقت من مواقع تابعة لقوات الدعم السريع على سوق نيفاشا، ما أسفر عن مقتل 7 مدنيين.|قوات الدعم السريع",
      "قتل 5 مدنيين في قصف على مستشفى المدينة بالمدفعية التابعة لقوات الدعم السريع.|قوات الدعم السريع",
  })
  void theBodyNamedAsTheDoerAttacked(String text, String doer) {
    assertThat(attacker(text)).isEqualTo(doer);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأعلنت وزارة الحرب الأميركية (البنتاغون) أن الهجوم وقع أثناء لقاء عسكريين أميركيين بقيادات محلية.",
      "وقالت وزارة الداخلية السورية إنها حددت هوية منفذ الهجوم الذي استهدف قوات مشتركة في البادية.",
      "وقتل جنديان عندما استهدف مهاجم رتلا للقوات الأميركية في تدمر.",
      "وأسفر الحادث عن إصابة عنصرين من قوات الأمن السورية وعدد من أفراد القوات الأميركية.",
      "نفت قوات الدعم السريع مسؤوليتها عن قصف السوق الذي قتل 23 شخصا، متهمة الجيش السوداني بفبركة الحادثة.",
      "نفت قوات الدعم السريع مسؤوليتها عن قصف السوق الذي قتل 23 شخصا، قائلة إن انفجار مخزن ذخيرة تابع للجيش هو السبب.",
      "قال المرصد السوري لحقوق الإنسان إن 12 شخصا بينهم 5 عناصر من قوات الحكومة قتلوا في هجوم استهدف حاجزا عسكريا.",
      "وأفادت مصادر بأن 9 أشخاص منهم 3 من أفراد الشرطة المحلية أصيبوا في الهجوم على المركز.",
      "وقتل 4 أشخاص في قصف استهدف مدرسة الفجر الابتدائية التابعة لوكالة الغوث في المخيم.",
      "وأصيب 6 مرضى جراء قصف طال المستشفى الميداني التابع لمنظمة أطباء بلا حدود في المدينة.",
      "وقال الجيش إن الغارة التي نفذت ظهر الأحد قرب البلدة استهدفت «عنصرين من حزب الله كانا ينقلان أسلحة».",
      "واستهدفت الغارة عنصرا من حزب الله قرب الحدود، ما أدى إلى مقتله.",
  })
  void noSpeakerTargetNorVictimAttacked(String text) {
    assertThat(attacker(text)).isEmpty();
  }
}
