package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.CleanArticle;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.place.Gazetteer;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the recogniser makes of the tagger's names: a name never runs over sentence punctuation or
 * into a new clause, whatever the tagger says. The tagger here is a hand-made model that tags
 * "المنظمة" as the start of a place and the words after it as its continuation.
 */
class EntityRecognizerTest {

  private static final Language AR = Language.arabic();
  private static final TextAnalyzer TEXT = TextAnalyzer.create(AR);

  /** "المنظمه" B-LOC, and "وسنصل", "وقالت", "والجامعه" I-LOC; everything else O. */
  private static NerModel runOn() {
    String[] continuing = {"وسنصل", "وقالت", "والجامعه", "وستبدا"};
    long[] hashes = new long[continuing.length + 2];
    hashes[0] = TinyModels.bias();
    hashes[1] = TinyModels.word("المنظمه");
    for (int i = 0; i < continuing.length; i++) {
      hashes[i + 2] = TinyModels.word(continuing[i]);
    }
    int n = TinyModels.TAGS.size();
    float[] weights = new float[hashes.length * n];
    weights[TinyModels.O] = 1;
    weights[n + TinyModels.B_LOC] = 5;
    for (int i = 2; i < hashes.length; i++) {
      weights[i * n + TinyModels.I_LOC] = 5;
    }
    return new NerModel(TinyModels.TAGS, FeatureIndex.of(hashes), weights, new float[(n + 1) * n],
        TinyModels.PROVENANCE);
  }

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(AR, runOn(), KnownEntities.bundled(AR),
      Gazetteer.bundled(AR));

  private static List<String> places(String text) {
    CleanArticle clean = org.isnad.model.Paragraphs.one(text);
    return RECOGNIZER.recognize(TEXT.analyze(clean)).entities().stream()
        .filter(m -> m.type() == EntityType.LOC).map(EntityMention::text).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقال المدير إن المنظمة، وسنصل إلى اتفاق قريبا.|المنظمة",
      "وقال المدير إن المنظمة وسنصل إلى اتفاق قريبا.|المنظمة",
      "وتعمل المنظمة وستبدأ توزيع المساعدات غدا.|المنظمة",
      "وأشادت المنظمة وقالت إن المساعدات وصلت.|المنظمة",
      "وشاركت المنظمة والجامعة في الاجتماع.|المنظمة والجامعة",
  })
  void aNameStopsAtPunctuationAndAtANewClause(String text, String name) {
    assertThat(places(text)).containsExactly(name);
  }

  private static final EntityRecognizer BUNDLED = EntityRecognizer.bundled(AR);

  private static List<String> bundledPlaces(String text) {
    CleanArticle clean = org.isnad.model.Paragraphs.one(text);
    return BUNDLED.recognize(TEXT.analyze(clean)).entities().stream()
        .filter(m -> m.type() == EntityType.LOC).map(EntityMention::text).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وظهر في مشهد مصور عناصر مسلحون يطلقون النار.|مشهد",
      "ونقل مراسل القناة مشهد الدمار في الحي.|مشهد",
      "وأوضح الجيش أن القوات عملت في مخيم بلاطة ومدينة نابلس وبلدة قباطية، وأن مسلحين أطلقوا النار.|وأن",
      "وعاد النازحون إلى الخيام بعد الغارة.|الخيام",
      "وجرى التأكيد على أن الحادثة تمثل محاولة للنيل من متانة العلاقات بين البلدين.|لنيل",
      "وأعرب عن قلقه في ظل الحراك الشعبي في البلاد.|الحراك",
      "ونفذت القوات عمليات دهم لعدد من المنازل في الأحياء الشرقية للبلدة.|الشرقية",
      "وأحبط الجيش منذ بداية العام 150 محاولة تهريب على الواجهتين الشمالية والشرقية.|الشرقية",
      "وأحبط الجيش محاولة تهريب على الحدود الشمالية للمملكة فجر الأحد.|الحدود الشمالية",
  })
  void aCommonWordAloneIsNoPlace(String text, String word) {
    assertThat(bundledPlaces(text)).doesNotContain(word);
  }

  @org.junit.jupiter.api.Test
  void anObservatoryTheTablesDoNotKnowIsABody() {
    List<EntityMention> found = BUNDLED.recognize(TEXT.analyze(org.isnad.model.Paragraphs.one(
        "وقال مرصد الفرات لحقوق الإنسان إن الغارة تسببت بسلسلة انفجارات."))).entities();
    assertThat(found).anySatisfy(m -> {
      assertThat(m.type()).isEqualTo(EntityType.ORG);
      assertThat(m.text()).startsWith("مرصد الفرات");
    });
  }

  @org.junit.jupiter.api.Test
  void aKnownPersonsFamilyNameAfterAnotherGivenNameIsAnotherPerson() {
    List<EntityMention> found = BUNDLED.recognize(TEXT.analyze(org.isnad.model.Paragraphs.one(
        "وقال المتحدث باسم الوزارة العميد رعد الزبيدي إن العملية نفذت فجرا. وأضاف الزبيدي أن التحقيقات مستمرة."))).entities();
    assertThat(found).filteredOn(m -> m.type() == EntityType.PER).first().satisfies(m -> {
      assertThat(m.text()).isEqualTo("رعد الزبيدي");
      assertThat(m.ref()).isNull();
    });
    List<EntityMention> known = BUNDLED.recognize(TEXT.analyze(org.isnad.model.Paragraphs.one(
        "وقال رئيس المجلس الانتقالي الجنوبي عيدروس الزبيدي إن المجلس يرفض القرار."))).entities();
    assertThat(known).anySatisfy(m -> assertThat(m.ref()).isEqualTo("aidarous-al-zubaidi"));
  }

  @org.junit.jupiter.api.Test
  void aProvinceNamedByADirectionIsAPlaceAfterAPreposition() {
    assertThat(bundledPlaces("وهطلت أمطار غزيرة في الشرقية والرياض.")).contains("الشرقية");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ووقع انفجار في مشهد شمال شرق إيران.|مشهد",
      "وقصف الجيش بلدة الخيام في جنوب لبنان.|الخيام",
      "وسيطرت القوات على الباب شمال حلب.|الباب",
      "ووصلت التعزيزات إلى الطبقة في ريف الرقة.|الطبقة",
      "وارتفع منسوب نهر النيل في الخرطوم.|النيل",
      "وأكدت مصر تمسكها بحصتها من مياه النيل في مفاوضات سد النهضة.|النيل",
  })
  void aCommonWordWithAPlaceWordOrADirectionIsAPlace(String text, String word) {
    assertThat(bundledPlaces(text)).contains(word);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأعلنت وزارة الصحة اللبنانية أن حصيلة الضحايا ارتفعت إلى عشرة.|وزارة الصحة اللبنانية",
      "وقالت وزارة الداخلية العراقية في بيان إن الحادث قيد التحقيق.|وزارة الداخلية العراقية",
      "وانتشرت الشرطة الأردنية في محيط السفارة.|الشرطة الأردنية",
  })
  void aCountrysAdjectiveAfterAnInstitutionBelongsToItsName(String text, String name) {
    List<EntityMention> found = BUNDLED.recognize(TEXT.analyze(org.isnad.model.Paragraphs.one(text))).entities();
    assertThat(found.stream().filter(m -> m.type() == EntityType.ORG).map(EntityMention::text)).contains(name);
    assertThat(found.stream().filter(m -> m.type() == EntityType.LOC).map(EntityMention::text))
        .noneMatch(p -> name.endsWith(p));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقال نادي الأسير الفلسطيني في بيان إن قوات الاحتلال اعتقلت 12 مواطنا.|نادي الأسير الفلسطيني|pps",
      "وأفاد نادي الأسير بأن حملة الاعتقالات طالت أسرى محررين.|نادي الأسير|pps",
      "وقالت هيئة شؤون الأسرى والمحررين إن الأسير نقل إلى المستشفى.|هيئة شؤون الأسرى والمحررين|pa-detainees-commission",
  })
  void thePalestinianPrisonersBodiesAreKnownOrganisations(String text, String name, String ref) {
    List<EntityMention> found = BUNDLED.recognize(TEXT.analyze(org.isnad.model.Paragraphs.one(text))).entities();
    assertThat(found).anySatisfy(m -> {
      assertThat(m.type()).isEqualTo(EntityType.ORG);
      assertThat(m.text()).isEqualTo(name);
      assertThat(m.ref()).isEqualTo(ref);
    });
  }

  @Test
  void anOutletNamedWithNewsIsOneMedium() {
    List<EntityMention> found = BUNDLED.recognize(TEXT.analyze(org.isnad.model.Paragraphs.one(
        "وقال مصدر قضائي للسومرية نيوز إن المحكمة قضت بالسجن المؤبد."))).entities();
    assertThat(found).anySatisfy(m -> {
      assertThat(m.type()).isEqualTo(EntityType.ORG);
      assertThat(m.norm()).isEqualTo("السومريه نيوز");
      assertThat(m.ref()).isEqualTo("outlet-alsumaria");
    });
    assertThat(found).noneMatch(m -> m.text().equals("نيوز"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "في المقابل، ذكرت وسائل إعلام سورية أن حرس الحدود أطلق النار على مجموعة من الأشخاص.",
      "ونقلت وسائل الإعلام السورية عن مصدر عسكري قوله إن الهجوم صُد.",
  })
  void theMediaOfACountryAreNotItsMinistryOfInformation(String text) {
    assertThat(BUNDLED.recognize(TEXT.analyze(org.isnad.model.Paragraphs.one(text))).entities())
        .noneMatch(m -> "sy-information-ministry".equals(m.ref()));
    assertThat(BUNDLED.recognize(TEXT.analyze(org.isnad.model.Paragraphs.one(
        "وقالت وزارة الإعلام السورية في بيان إن الصحفيين سيمنحون تصاريح جديدة."))).entities())
        .anyMatch(m -> "sy-information-ministry".equals(m.ref()));
  }

  @Test
  void aNameInQuotesAfterTheBareLamOfTellingIsAMedium() {
    List<EntityMention> found = BUNDLED.recognize(TEXT.analyze(org.isnad.model.Paragraphs.one(
        "وقال الناطق الإعلامي باسم القوات المسلحة لـ\"رؤيا\" إن القوات ضبطت الشحنة."))).entities();
    assertThat(found).noneMatch(m -> m.type() == EntityType.PER && m.text().equals("رؤيا"));
  }
}
