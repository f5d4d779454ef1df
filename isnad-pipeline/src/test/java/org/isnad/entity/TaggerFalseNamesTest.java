package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the trained tagger reads as a name and is none: an adjective after a noun ("معبر بري"), a
 * currency, a word inside a quoted name of an outlet or a work, a camp or a quarter named like a
 * person ("مخيم أبو ...").
 */
class TaggerFalseNamesTest {

  private static final Language AR = Language.arabic();
  private static final TextAnalyzer TEXT = TextAnalyzer.create(AR);
  private static final EntityRecognizer BUNDLED = EntityRecognizer.bundled(AR);

  private static List<EntityMention> mentions(String text) {
    return BUNDLED.recognize(TEXT.analyze(org.isnad.model.Paragraphs.one(text))).entities();
  }

  private static List<String> of(String text, EntityType type) {
    return mentions(text).stream().filter(m -> m.type() == type).map(EntityMention::text).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وتأمل الحكومتان في فتح ممر تجاري بري يصل الموانئ بالأسواق الداخلية.|بري",
      "وأعلنت السلطات افتتاح معبر بري جديد على الحدود الشمالية الأسبوع المقبل.|بري",
      "وتتولى الهيئة إدارة المنافذ البرية والجوية في البلاد.|البرية",
  })
  void anAdjectiveAfterANounIsNoPerson(String text, String word) {
    assertThat(of(text, EntityType.PER)).doesNotContain(word);
  }

  @Test
  void aCompassDirectionBeforeThePlaceIsNoPerson() {
    assertThat(of("وقع انفجار داخل مطعم في الطابق الأرضي لبناية سكنية بحي الأمين شرقي العاصمة بغداد.", EntityType.PER))
        .noneMatch(n -> n.contains("شرقي"));
  }

  @Test
  void aVerbOfCondemningWithWawIsNoPerson() {
    String text = "ودان وزير الخارجية والمغتربين اللبناني نبيل حداد الغارة، وقال إن الاعتداءات خرق فاضح للاتفاق.";
    assertThat(of(text, EntityType.PER)).doesNotContain("ودان");
  }

  @Test
  void theVerbOfNamingIsNoPartOfTheName() {
    String text = "في المقابل، زعم جيش الاحتلال في بيان أنه \"قضى على عنصر في حزب الله\"، مدعياً أن العنصر، ويدعى"
        + " حسن محمد عواضة، \"كان يعمل على إعادة ترميم بنى تحتية عسكرية\".";
    assertThat(of(text, EntityType.PER)).noneMatch(p -> p.contains("يدعى"));
  }

  @Test
  void aPersonWhoseNameEndsLikeAnAdjectiveStaysAPerson() {
    assertThat(of("وقال رئيس المجلس نبيه بري إن الجلسة ستعقد غدا.", EntityType.PER)).anyMatch(p -> p.contains("بري"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وبلغت قيمة الصفقة نحو مليار دولار في العام الماضي.",
      "وارتفع سعر الدولار أمام الليرة في السوق الموازية.",
      "وقدرت الخسائر بنحو ثلاثة ملايين يورو بحسب التقرير.",
  })
  void aCurrencyIsNoEntity(String text) {
    assertThat(mentions(text)).noneMatch(m -> m.text().contains("دولار") || m.text().contains("يورو")
        || m.text().contains("الليرة"));
  }

  @Test
  void aPlaceInsideAQuotedNameOfSeveralWordsIsNoPlace() {
    List<String> places = of("وقال مسؤول في الوزارة لموقع \"نداء الشام\" إن المفاوضات ستستأنف قريبا.", EntityType.LOC);
    assertThat(places).doesNotContain("الشام");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وفر آلاف النازحين إلى مخيم أبو شوك قرب مدينة الفاشر.|أبو شوك",
      "وقصفت الطائرات معسكر أبو جعفر في الصحراء الغربية.|أبو جعفر",
      "واقتحمت القوات حي أبو سليم في العاصمة فجرا.|أبو سليم",
  })
  void aNameAfterCampOrQuarterIsAPlace(String text, String name) {
    assertThat(of(text, EntityType.PER)).doesNotContain(name);
    assertThat(of(text, EntityType.LOC)).contains(name);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ووصل أكثر من 100 جريح إلى مستشفى ناصر في خان يونس.|ناصر",
      "ونقل الجرحى إلى مستشفى صلاح غندور في بنت جبيل.|صلاح غندور",
  })
  void aNameAfterAHospitalOrAMosqueIsTheSitesNoPerson(String text, String name) {
    assertThat(of(text, EntityType.PER)).doesNotContain(name);
  }

  @Test
  void theArticlesOwnOutletNamedInTheTextIsAnOrganisation() {
    String text = "وقال مصدر في الوزارة لـ\"نداء الشام\" إن المفاوضات ستستأنف، وأكد لإذاعة نداء الشام أن الوفد جاهز.";
    org.isnad.model.CleanArticle c = new org.isnad.model.CleanArticle("t", "t", text,
        List.of(org.isnad.model.Span.of(0, text.length())), null, null,
        new org.isnad.model.Outlet("name:نداء-الشام", "نداء الشام", false, "source_footer"), null, null, null, List.of(),
        List.of());
    List<EntityMention> m = BUNDLED.recognize(TEXT.analyze(c)).entities();
    assertThat(m.stream().filter(x -> x.type() == EntityType.ORG).map(EntityMention::text)).containsExactly("نداء الشام",
        "نداء الشام");
    assertThat(m).noneMatch(x -> x.type() == EntityType.LOC && x.text().contains("الشام"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقال المحافظ إن حق التظاهر السلمي مكفول دستوريا، لكن الاعتداء على الممتلكات مرفوض.|دستوريا",
      "وأكد الوزير أن الحكومة الجديدة معترف بها دوليا وإقليميا.|دوليا",
  })
  void anAdverbInYaIsNoPlace(String text, String word) {
    assertThat(of(text, EntityType.LOC)).doesNotContain(word);
  }
}
