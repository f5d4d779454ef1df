package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.CleanArticle;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Persons no list knows, named after their title (written for this test; the names are made up),
 * and named again by the family name alone in the same article.
 */
class TitledNamesTest {

  private static final Language AR = Language.arabic();
  private static final TextAnalyzer TEXT = TextAnalyzer.create(AR);
  private static final EntityRecognizer BUNDLED = EntityRecognizer.bundled(AR);

  private static List<EntityMention> persons(String text) {
    CleanArticle clean = org.isnad.model.Paragraphs.one(text);
    return BUNDLED.recognize(TEXT.analyze(clean)).entities().stream()
        .filter(m -> m.type() == EntityType.PER).toList();
  }

  private static List<String> names(String text) {
    return persons(text).stream().map(EntityMention::text).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقع وزير الخارجية الأردني اياد العموري ونظيره العراقي اتفاقا أمس.|اياد العموري",
      "بحث نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين إياد العموري، مع نظيره سبل التعاون.|إياد العموري",
      "ونقلت الوكالة عن محافظ البصرة، ماهر العبدالله، قوله إن الوضع مستقر.|ماهر العبدالله",
      "وقال المتحدث باسم الجيش العميد سامر الحمود إن القوات تقدمت.|سامر الحمود",
      "وأعلن محافظ نينوى مهند الطائي تعطيل الدوام الرسمي غدا.|مهند الطائي",
      "وقال رئيس الوزراء عبد الرحمن سوار الذهب إن الحكومة مستمرة.|عبد الرحمن سوار الذهب",
      "وقال محافظ حضرموت سالم باشراحيل إن الوضع مستقر.|سالم باشراحيل",
      // "علي" is folded as "على" is: a father's name between a name and its family name
      "وأفاد مدير المستشفى الدكتور فؤاد علي الشرعبي بأن الجريح نقل إلى العناية.|فؤاد علي الشرعبي",
      // a body's purpose ends before a compound given name
      "وقال الناطق باسم المجلس البلدي لتاغرمت عبد السلام بوزيد إن الاشتباكات توقفت.|عبد السلام بوزيد",
      // a title word after "عبد" is the second part of a compound name ("عبد الأمير", "عبد الملك")
      "وتفقد محافظ بغداد حيدر عبد الأمير الزبيدي موقع الحادث صباح أمس.|حيدر عبد الأمير الزبيدي",
  })
  void aNameAfterATitleIsAPerson(String text, String name) {
    assertThat(names(text)).contains(name);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a compound family name ends the name: the verbal noun after it is what he said
      "وأكد وزير الخارجية المصري هشام عبد الحميد دعم بلاده لوحدة السودان.|هشام عبد الحميد",
      // a derived verbal noun with "ب" is what he demanded
      "وطالب قائد الشرطة العميد سالم عثمان بانسحاب المسلحين من الأحياء.|سالم عثمان",
      // a verbal noun of the pattern التفعيل with the article after a family name is what he refused
      "ورفض الناطق باسم الوزارة العقيد عبد الكريم الصفار التعليق على هذه المعلومات.|عبد الكريم الصفار",
      // "على" after a whole name is the clause's
      "واطلع المحافظ سالم باشراحيل على الأضرار في المدينة.|سالم باشراحيل",
      // a verbal noun of the pattern التفعّل after a family name is what he announced
      "وأعلن رئيس الوفد الشيخ إمحمد الطاهر التوصل إلى وقف مبدئي لإطلاق النار.|إمحمد الطاهر",
  })
  void aNameEndsBeforeTheWordsOfTheClaim(String text, String name) {
    assertThat(names(text)).containsExactly(name);
  }

  @org.junit.jupiter.api.Test
  void aPrepositionAndItsNounPhraseAreNoFathersAndFamilyName() {
    assertThat(names("واطلع المحافظ أحمد على المبنى الجديد للمستشفى.")).noneMatch(n -> n.contains("المبنى"));
    assertThat(names("وأثنى الوزير أحمد على جمال المدينة.")).noneMatch(n -> n.contains("جمال"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأوضح أن من بين المقبوض عليهم متزعم الخلية المدعو خالد محمود العبدالله المكنى أبو عمر القلموني.|خالد محمود العبدالله",
      "وقال إن القيادي سامي حسن الملقب بالحجي فر إلى البادية.|سامي حسن",
  })
  void aWordThatGivesAnotherNameEndsTheName(String text, String name) {
    assertThat(names(text)).contains(name).noneMatch(n -> n.contains("المكنى") || n.contains("الملقب"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وتفقد وزير الداخلية مواقع أمنية في المدينة.",
      "وقال المتحدث باسم الوزارة إن التحقيق مستمر.",
      "وأكد وزير الخارجية خلال لقائه نظيره أهمية التعاون.",
      "احتجاجا على تصريحات أدلى بها وزير الداخلية الفرنسي بشأن ملف الهجرة.",
      // a noun in "ة" in construct with a word with the article is the denial's object, no name
      "ونفى المتحدث باسم الجماعة صحة الاتهامات الحكومية.",
      "وطالب رئيس وفد الجيش بانسحاب القوات من المدن.",
      // an office whose last word names bodies ("الإنسان", "الصحة") is no name
      "وأدان وزير حقوق الإنسان هذه الجريمة.",
      "وقال مدير مكتب الصحة إن المستشفى استقبل الجرحى.",
  })
  void aVerbOrAPhraseAfterATitleIsNoName(String text) {
    assertThat(persons(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void anInstitutionAfterATitleIsNoPerson() {
    assertThat(names("أما نور بنت حسن الغساني رئيسة جمعية المرأة العمانية بصلالة فتقول إن المسابقة ناجحة."))
        .doesNotContain("جمعية المرأة العمانية");
  }

  @org.junit.jupiter.api.Test
  void anOfficeInConstructBeforeANameInCommasIsNoName() {
    assertThat(names("وقال مدير إعلام الدائرة، حسين الجابري، إن المستشفيات استقبلت 14 مصابا."))
        .containsExactly("حسين الجابري");
  }

  @org.junit.jupiter.api.Test
  void theFamilyNameAloneNamesThePersonAgain() {
    String text = "وصل وزير الخارجية الأردني إياد العموري إلى بغداد. وقال العموري إن الزيارة مهمة. "
        + "وأكد مصدر أن اللقاء سيعقد للعموري غدا. واستقبل الملك عبدالله الثاني الوفد في كانون الثاني.";
    assertThat(names(text)).contains("إياد العموري", "العموري", "لعموري").doesNotContain("الثاني");
  }

  @org.junit.jupiter.api.Test
  void theRoleLeavesOutAConjunctionGluedToTheTitle() {
    List<EntityMention> ms = persons("والتقى الرئيس ووزير الخارجية أسعد الشيباني في دمشق.");
    assertThat(ms).anySatisfy(m -> assertThat(m.role()).isEqualTo("وزير الخارجية"));
  }

  @org.junit.jupiter.api.Test
  void aChainOfTitlesIsOneRole() {
    List<EntityMention> ms = persons("وأعلن المتحدث العسكري المصري العقيد غريب عبد الحافظ مقتل أربعة جنود.");
    assertThat(ms).anySatisfy(m -> assertThat(m.role()).isEqualTo("المتحدث العسكري المصري العقيد"));
  }

  @org.junit.jupiter.api.Test
  void anOfficeAfterBismAndARankAreOneRole() {
    List<EntityMention> ms = persons("وقال المتحدث الرسمي باسم وزارة الداخلية العميد مازن الخطيب إن العملية انتهت.");
    assertThat(ms).anySatisfy(m -> assertThat(m.role()).isEqualTo("المتحدث الرسمي باسم وزارة الداخلية العميد"));
  }

  @org.junit.jupiter.api.Test
  void anAppositionKeepsItsRoleAndACounterpartIsNotGivenTheFirstOnesRole() {
    List<EntityMention> ms = persons("ونقلت الوكالة عن محافظ البصرة، ماهر العبدالله، قوله إن الوضع مستقر.");
    assertThat(ms).anySatisfy(m -> assertThat(m.role()).isEqualTo("محافظ البصرة"));
    assertThat(persons("وقال المتحدث باسم وزارة الداخلية سامر الحمود إن التحقيق مستمر."))
        .anySatisfy(m -> assertThat(m.role()).isEqualTo("المتحدث باسم وزارة الداخلية"));
    List<EntityMention> two = persons("وبحث وزير الخارجية أسعد الشيباني ونظيره الأميركي ماركو روبيو الوضع.");
    assertThat(two).filteredOn(m -> m.text().equals("ماركو روبيو")).allSatisfy(m -> assertThat(m.role()).isNull());
  }

  @org.junit.jupiter.api.Test
  void aPlaceAfterTheTitledPersonIsNoName() {
    assertThat(names("واستقبل الرئيس أحمد الشرع الوزير العموري في قصر الشعب أمس.")).doesNotContain("قصر الشعب");
  }

  private static List<String> orgs(String text) {
    CleanArticle clean = org.isnad.model.Paragraphs.one(text);
    return BUNDLED.recognize(TEXT.analyze(clean)).entities().stream()
        .filter(m -> m.type() == EntityType.ORG).map(EntityMention::text).toList();
  }

  @org.junit.jupiter.api.Test
  void theCivilDefenceAndCoordinatedAdjectivesAreInTheName() {
    assertThat(orgs("فيما قال الدفاع المدني إن عدد القتلى بلغ ثمانية.")).contains("الدفاع المدني");
    assertThat(orgs("بحسب أرقام هيئة المنافذ البرية والبحرية العامة.")).contains("هيئة المنافذ البرية والبحرية العامة");
  }

  @org.junit.jupiter.api.Test
  void inFrontOfIsNoTitle() {
    assertThat(persons("ويفتح ذلك الباب أمام ممر تجاري يقوده الوزير سامر الحمود في المنطقة."))
        .allSatisfy(m -> assertThat(m.role()).isNotEqualTo("أمام ممر تجاري"));
  }

  private static List<EntityMention> all(String text) {
    CleanArticle clean = org.isnad.model.Paragraphs.one(text);
    return BUNDLED.recognize(TEXT.analyze(clean)).entities();
  }

  @org.junit.jupiter.api.Test
  void aListedNameNeverRunsOverAQuotationMark() {
    assertThat(all("واتهم المجلس \"وحدات حماية الشعب\" الكردية بالوقوف وراء التفجير."))
        .extracting(EntityMention::text).contains("وحدات حماية الشعب").allSatisfy(t -> assertThat(t).doesNotContain("\""));
    assertThat(all("ونقلت قناة \"الإخبارية السورية\" عن مصدر قوله إن الطريق مغلق."))
        .extracting(EntityMention::text).allSatisfy(t -> assertThat(t).doesNotContain("\""));
  }

  @org.junit.jupiter.api.Test
  void defenceAfterATitleIsHisOfficeSaveTheCivilDefence() {
    assertThat(org.isnad.entity.EntityRecognizer.bundled(org.isnad.lang.Language.arabic())
        .recognize(org.isnad.text.TextAnalyzer.create(org.isnad.lang.Language.arabic())
            .analyze(org.isnad.model.Paragraphs.one("وقال وزير الدفاع الإسرائيلي إن الرد سيكون قاسيا، فيما قال مدير الدفاع المدني إن فرقه انتشلت جثتين.")))
        .entities()).extracting(org.isnad.model.EntityMention::text)
        .doesNotContain("الدفاع الإسرائيلي").contains("الدفاع المدني");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ونقل الجريح إلى مستشفى الأمير راشد بن الحسن العسكري في إربد لتلقي العلاج.",
      "وهبطت الطائرة في مطار الملك خالد الدولي في الرياض مساء أمس.",
  })
  void aPlaceNamedAfterATitledPersonIsNoMentionOfHim(String text) {
    assertThat(persons(text)).as(text).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aPalaceOfATitledPersonIsHis() {
    assertThat(persons("اقتحم مسلحون محيط قصر الرئيس عمر البشير في الخرطوم.")).isNotEmpty();
  }
}
