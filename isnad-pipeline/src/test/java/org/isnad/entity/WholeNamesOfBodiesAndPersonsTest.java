package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names of bodies, media and persons are taken whole: an adjective that agrees with the noun of
 * purpose ("للدفاع المدني") and the object of that noun ("للبحث والتعرف على المفقودين"); a militia's
 * name; the own name of a medium after its kind ("صحيفة ديلي تراست"، "راديو دبنقا"); "للجنة" is
 * "اللجنة"; a given name with the article after a title ("الطيب")، a name after a title and its
 * qualifier ("النقيب الطيار")، a name opening with "و" after an office ("واسيو"). Common words are no
 * names: floods ("سيول")، weapons ("قذائف هاون")، a stream ("خور") that is a place, an office before a
 * rank, a verb's object after a name, the night before a weekday, a noun of manner ("بحماس"), an
 * adjective after "منطقة". On sentences written for this test; the negative rows keep what must stay.
 */
class WholeNamesOfBodiesAndPersonsTest {

  private static List<EntityMention> of(String text, EntityType type) {
    return Recognition.mentions(text).stream().filter(m -> m.type() == type).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأعلن المجلس الأعلى للدفاع المدني انتشال جثتين من تحت الأنقاض.|المجلس الأعلى للدفاع المدني",
      "وقالت الوكالة الدولية للطاقة الذرية إن المفتشين وصلوا.|الوكالة الدولية للطاقة الذرية",
      "وتعمل اللجنة الوطنية للبحث عن المفقودين في المقابر الجماعية.|اللجنة الوطنية للبحث عن المفقودين",
      "وقالت الهيئة الوطنية للبحث والتعرف على الضحايا إن الفرق انتشلت رفات عشرين شخصا.|الهيئة الوطنية للبحث والتعرف على الضحايا",
      "واتهم السكان ميليشيا الجنجويد بإحراق القرى.|ميليشيا الجنجويد",
      "ونقلت صحيفة ديلي تراست عن مسؤول محلي أن الطريق أغلق.|ديلي تراست",
      "وقال أحد النازحين لراديو تمازج إن الأمطار لم تتوقف.|راديو تمازج",
      "نفى مصدر عسكري في حديث لإذاعة صوت الجبل المحلية أن يكون الموقع عسكريا.|صوت الجبل",
      "وقالت وكالة أعماق إن التنظيم نفذ الهجوم.|أعماق",
      "وأفادت صحيفة \"ديلي ستار\" اللبنانية بأن الطريق أغلق.|ديلي ستار",
      // the negative cases: a paper's adjective, a noun of purpose and another body after it
      "وذكرت صحيفة محلية أن الطريق أغلق.|",
      "وقالت الهيئة العامة للإحصاء والبنك المركزي إن الأسعار ارتفعت.|الهيئة العامة للإحصاء",
  })
  void aBodyOrAMediumIsNamedWhole(String text, String name) {
    if (name == null) {
      assertThat(of(text, EntityType.ORG)).isEmpty();
    } else {
      assertThat(of(text, EntityType.ORG)).extracting(EntityMention::text).contains(name);
    }
  }

  @org.junit.jupiter.api.Test
  void theCommitteeAfterLamKeepsItsArticle() {
    String text = "وسلم الطرفان قوائم الأسرى للجنة الدولية للصليب الأحمر وللجنة الدولية الطبية.";
    assertThat(Recognition.mentions(text)).filteredOn(m -> m.type() == EntityType.ORG)
        .extracting(m -> EntityResolver.written(m)).contains("اللجنة الدولية الطبية")
        .doesNotContain("الجنة الدولية الطبية");
    String construct = "وسلم المرشحون أوراقهم للجنة الانتخابات في المحافظة.";
    assertThat(Recognition.mentions(construct)).filteredOn(m -> m.type() == EntityType.ORG)
        .extracting(m -> EntityResolver.written(m)).doesNotContain("الجنة الانتخابات", "اللجنة الانتخابات");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقال الدكتور الصادق عبد الرحمن إن المستشفى استقبل الجرحى.|الصادق عبد الرحمن",
      "ونعت الوزارة الرائد الطيار حسن كاظم، الذي قضى في الحادث.|حسن كاظم",
      "وقالت ممثلة المفوضية في السودان إيلين مارتان إن المخيمات مكتظة.|إيلين مارتان",
      "وقال المتحدث باسم شرطة ولاية لاغوس وانغاري بيلو إن التحقيق مستمر.|وانغاري بيلو",
      "وقال مدير إعلام الشرطة العقيد أحمد الشمري إن المتهمين اعتقلوا.|أحمد الشمري",
      "ووصف محافظ حمص أحمد عبد الكريم الهجوم بأنه عمل إرهابي.|أحمد عبد الكريم",
      // the negative cases: a president and his adjective, a name joined by "و" to another
      "وقال الرئيس السوري بشار الأسد إن الحرب انتهت.|بشار الأسد",
      "وقال الناطق باسم الشرطة وليد الحمدي إن التحقيق مستمر.|وليد الحمدي",
  })
  void aPersonIsNamedWhole(String text, String name) {
    assertThat(of(text, EntityType.PER)).extracting(EntityMention::text).containsExactly(name);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "لقي ثلاثة أشخاص حتفهم في سيول جارفة ضربت الولاية.|سيول",
      "وجرفت السيول عشرات المنازل في القرية.|السيول",
      "وسقطت قذائف هاون على السوق الشعبي.|هاون",
      "وأطلقت صواريخ غراد على البلدة.|غراد",
      "وقال إن القصف تم بصواريخ من نوع \"كاتيوشا\" أطلقت من خارج المدينة.|كاتيوشا",
      "وهاجم مسلحون السجن ليل الأحد وأطلقوا سراح النزلاء.|ليل",
      "وقال المسؤول إن السكان يتابعون بحماس كبير عودة الكهرباء.|حماس",
      "وسقطت المروحية في منطقة زراعية قرب البلدة.|زراعية",
  })
  void aCommonWordIsNoName(String text, String word) {
    assertThat(Recognition.mentions(text)).noneMatch(m -> m.text().contains(word));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وصل الرئيس الصيني إلى سيول في زيارة إلى كوريا الجنوبية.|سيول|LOC",
      "وأعلنت حركة حماس مسؤوليتها عن الهجوم.|حركة حماس|ORG",
      "وجرفت مياه خور أبو حبل عشرات المنازل.|خور أبو حبل|LOC",
      "وهاجم مسلحون سجن مادالا ليلا.|مادالا|LOC",
      "لقي عشرة أشخاص حتفهم في سيول بولاية سنار.|سنار|LOC",
      "وقال الشهود إن عدد القتلى في قصف أريحا ارتفع.|أريحا|LOC",
  })
  void theNameStaysWithItsCue(String text, String name, EntityType type) {
    assertThat(Recognition.mentions(text)).anySatisfy(m -> {
      assertThat(m.text()).endsWith(name);
      assertThat(m.type()).isEqualTo(type);
    });
  }
}
