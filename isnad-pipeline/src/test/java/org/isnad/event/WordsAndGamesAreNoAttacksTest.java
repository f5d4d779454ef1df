package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A named person who "attacks" someone or something with no victims and no weapon criticises ("وهاجم نصر الله
 * رئيس الوزراء"، "وشن المندوب الإسرائيلي دان غيلرمان هجوما عنيفا على أمين الأمم المتحدة"), and a shot or an attack
 * in a report of a match ("الهجمات المرتدة"، "ليسدد قذيفة صاروخية من خارج منطقة الجزاء") is the game's: no event.
 * On sentences of the TimeML, ANERcorp and Wojood news where they were read as attacks (eqv, eqv2).
 */
class WordsAndGamesAreNoAttacksTest {

  private static List<EventMention> events(String text) {
    return Extraction.dated(text, LocalDate.of(2006, 8, 10)).events();
  }

  private static boolean violent(EventMention m) {
    return switch (m.type()) {
      case ATTACK, ARMED_CLASH, SHELLING, BOMBING, SUICIDE_BOMBING, AIRSTRIKE -> true;
      default -> false;
    };
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وشن المندوب الإسرائيلي دان غيلرمان هجوما عنيفا على أمين الأمم المتحدة لأن تقريره لم يشر إلى حزب الله.",
      "وهاجم الرئيس السوري بشار الأسد في خطابه أمس الدول العربية التي انتقدت حزب الله.",
      "وفي الشوط الثاني فرض العربي سيطرته وظهرت سرعة أدائه , خاصة في الهجمات المرتدة مستغلا اندفاع الشمال.",
      "ويستمر في انطلاقته ليسدد قذيفة صاروخية من خارج منطقة الجزاء تسكن مرمى يوغسلافيا.",
      // weapons made or held: no shelling (seizing category)
      "ومن بينها معمل باريكادي في فولغوغراد الذي ينتج صواريخ إستراتيجية.",
      "وقالت مصادر إن إيران تصنع صواريخ بعيدة المدى وتمتلك مئات الصواريخ القادرة على بلوغ إسرائيل.",
      // idioms (reader 11, #21, #19): a surprise set off, a population boom, an election battle, criticism
      "وفجر الفريق الضيف أمس مفاجأة من العيار الثقيل بفوزه على المتصدر في الرياض.",
      "ويحذر خبراء الاقتصاد من الانفجار السكاني في مدن الصعيد.",
      "وانطلقت أمس المعركة الانتخابية في محافظة البصرة.",
      "واحتدمت أمس معركة كسر العظم بين الكتل النيابية في بغداد.",
      "وشن وزير الخارجية أمس هجوما لاذعا على الحكومة في عمان.",
      "وشنت وسائل الإعلام الرسمية أمس هجوما إعلاميا على المعارضة في دمشق.",
      "ولم تحقق القوات المدعومة من الخارج أي تقدم في ساحة المعركة خلال عام 2019.",
  })
  void noViolence(String text) {
    assertThat(events(text)).noneMatch(WordsAndGamesAreNoAttacksTest::violent);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a group attacks, or a person attacks with victims or a weapon: still violence
      "وهاجم مسلحون مجهولون دورية للشرطة في حي القادسية غرب بغداد يوم الأحد.",
      "وشن مسلحون هجوما على حاجز للجيش في الموصل أسفر عن مقتل ثلاثة جنود.",
      "وهاجم محمد الأحمد زوجته بسكين في منزلهما وأصابها بجروح خطيرة.",
      "وأصيب 20 مشجعا في هجوم على حافلة تقل جماهير النادي قبل المباراة.",
      "وأطلقت حماس عشرات الصواريخ على جنوب إسرائيل يوم السبت.",
      // a commander's attack on a place, and violence at a match (review of 2026-12-07)
      "وشن خليفة حفتر هجوما واسعا على مدينة غريان جنوب طرابلس في 4 أبريل 2019.",
      "وهاجم العقيد سهيل الحسن بلدة خان شيخون في 7 مايو 2019.",
      "انفجرت سيارة مفخخة قرب ملعب الشعب في بغداد خلال مباراة لكرة القدم في 5 مارس 2021.",
      "هاجم مسلحون ملعبا لكرة القدم في كركوك خلال مباراة في 5 مارس 2021.",
      "فجر انتحاري نفسه بين الجماهير في ملعب الموصل خلال مباراة في 6 مارس 2021.",
  })
  void stillViolence(String text) {
    assertThat(events(text)).anyMatch(WordsAndGamesAreNoAttacksTest::violent);
  }
}
