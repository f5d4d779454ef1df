package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.isnad.model.AnalysedArticle;
import org.isnad.model.ChainLink;
import org.isnad.model.EntityType;
import org.isnad.model.QuoteMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a source's name ends and which medium it spoke to: a source that opens the sentence runs to
 * its comma, a verb of speaking ends the name and the medium after it is the chain's, as is a medium
 * informed without "ل" ("أفاد مصدر ... وكالة فرانس برس بأن"), a word with
 * "ل" after a body's name is the rest of that name, a name that starts with the letter ("لجنة") speaks; a town after a preposition is a place whatever
 * the tagger says. On sentences written for these tests.
 */
class SourceNamesTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  private static QuoteMention onlyQuote(String text) {
    AnalysedArticle a = extract(text);
    assertThat(a.quotes()).as(text).hasSize(1);
    return a.quotes().get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "قالت لجنة أطباء السودان المركزية إن متظاهرا قتل برصاص الشرطة في أم درمان.|لجنة أطباء السودان",
      "وذكرت صحيفة \"لوموند\" الفرنسية أن المفاوضات توقفت.|لوموند",
  })
  void aBodyWhoseNameStartsWithLamSpeaks(String text, String speaker) {
    assertThat(onlyQuote(text).speaker()).contains(speaker);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وذكر راديو مونتريال أن الحكومة الكندية تدرس الاقتراح.|راديو مونتريال",
      "وقال تلفزيون الساحل إن الاشتباكات توقفت مساء.|تلفزيون الساحل",
  })
  void aMediumNamedByItsKindAndAnUnknownNameSpeaks(String text, String speaker) {
    QuoteMention q = onlyQuote(text);
    assertThat(q.speaker()).isEqualTo(speaker);
    assertThat(q.sourceType()).isEqualTo(org.isnad.model.SourceType.MEDIA);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقال التلفزيون مساء أمس إن المناورات ستستمر.",
      "وقال تلفزيون الدولة في تقرير له إن الوضع هادئ.",
      "قالت شبكة أطباء السودان إن 15 مدنيا قتلوا.",
  })
  void aMediumsKindWithATimeOrABodysNameIsNoMediumNamed(String text) {
    assertThat(onlyQuote(text).sourceType()).isNotEqualTo(org.isnad.model.SourceType.MEDIA);
  }

  @Test
  void theOutletsOwnNameAfterLamIsTheMediumTold() {
    String text = "وأفادت مصادر محلية لهسبريس بأن الحادثة خلفت مصرع سبعة أشخاص.";
    org.isnad.model.CleanArticle c = org.isnad.model.Paragraphs.one(text);
    c = new org.isnad.model.CleanArticle(c.id(), c.source(), c.original(), c.paragraphs(), null, null,
        new org.isnad.model.Outlet("hespress", "هسبريس", true, "page_metadata"), null, null, null, List.of(), List.of());
    assertThat(Extraction.of(c).quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("مصادر محلية");
      assertThat(q.chain()).extracting(org.isnad.model.ChainLink::name).containsExactly("هسبريس");
    });
    assertThat(onlyQuote(text).speaker()).isEqualTo("مصادر محلية لهسبريس"); // no outlet known: the words as written
  }

  @Test
  void theSameSourceIsTheSourceNamedBefore() {
    String text = "وأصيب 23 شخصا في حادثة سير، حسب ما أفادت به السلطات المحلية. وأوضح المصدر ذاته أن الحادثة نجمت عن اصطدام"
        + " حافلة بشاحنة. وأفادت مصادر محلية بأن السائق نجا. وحسب المصادر ذاتها، فإن الحافلة كانت مسرعة.";
    List<QuoteMention> quotes = extract(text).quotes();
    assertThat(quotes).filteredOn(q -> q.span().in(text).startsWith("الحادثة نجمت")).singleElement()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("السلطات المحلية"));
    assertThat(quotes).filteredOn(q -> q.span().in(text).startsWith("الحافلة كانت")).singleElement()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("مصادر محلية"));
    String army = "وأفادت مصادر مطلعة بأن المشتبه بهم اعتقلوا. وقتل أربعة عسكريين، وفق ما أعلنه الجيش."
        + " ومن المتوقع، بحسب المصادر ذاتها، أن يحال الموقوفون إلى المحكمة.";
    assertThat(extract(army).quotes()).filteredOn(q -> q.span().in(army).startsWith("ومن المتوقع")
        || q.span().in(army).startsWith("يحال")).isNotEmpty().allSatisfy(q -> assertThat(q.speaker()).isEqualTo("مصادر مطلعة"));
    assertThat(onlyQuote("وأوضح المصدر ذاته أن الحادثة نجمت عن اصطدام حافلة بشاحنة.").speaker()).isEqualTo("المصدر ذاته");
    String minister = "وأفادت مصادر محلية بأن السائق نجا. وقال وزير الداخلية سامي العلي إن التحقيق بدأ."
        + " وأضاف الوزير نفسه أن النتائج ستعلن قريبا.";
    assertThat(extract(minister).quotes()).filteredOn(q -> q.span().in(minister).startsWith("النتائج")).singleElement()
        .satisfies(q -> assertThat(q.speaker()).isNotEqualTo("مصادر محلية"));
  }

  @Test
  void aLeadingSourceRunsToItsCommaHoweverLong() {
    String text = "ووفق بيان صادر عن وزارة الخارجية والمغتربين السورية، جرى توقيع أربع مذكرات تفاهم بين البلدين.";
    QuoteMention q = onlyQuote(text);
    assertThat(q.span().in(text)).startsWith("جرى توقيع");
    assertThat(q.speaker()).endsWith("السورية");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وبحسب مصدر دبلوماسي أردني تحدث لقناة المدى، فإن الجانب السوري وافق على زيادة حصة المياه.|مصدر دبلوماسي أردني|قناة المدى",
      "وارتفع عدد القتلى إلى تسعة، بحسب مصدر طبي تحدث لوكالة الأناضول.|مصدر طبي|وكالة الأناضول",
      "وأفاد مصدر في الدفاع المدني اللبناني وكالة فرانس برس بأن فرقه انتشلت جثث ثلاثة قتلى.|مصدر في الدفاع المدني اللبناني|وكالة فرانس برس",
      "وأبلغ مسؤول أمني وكالة رويترز أن الانفجار وقع قرب السوق.|مسؤول أمني|وكالة رويترز",
      "وقال الوزير لصحيفة \"لو فيغارو\" إنه لا يتراجع عن كلمة واحدة مما قاله.|الوزير|صحيفة لو فيغارو",
      "وقال مسؤول لوسائل الإعلام إن المحادثات ستستأنف الأسبوع المقبل.|مسؤول|وسائل الإعلام",
      "وقال الوزير لوسائل إعلام محلية إن المحادثات ستستأنف الأسبوع المقبل.|الوزير|وسائل إعلام محلية",
      "وقال المتحدث باسم الجيش لقناة الجزيرة إن القصف مستمر على المدينة.|المتحدث باسم الجيش|قناة الجزيرة",
      "وقال المتحدث الرسمي باسم وزارة الصحة الفلسطينية في قطاع غزة الدكتور خليل حمدان أبو ندى لـ\"القدس\" إن الحصيلة"
          + " استقرت عند 21 قتيلا.|خليل حمدان أبو ندى|القدس",
  })
  void aSourceThatSpokeToAMediumHasItInItsChain(String text, String speaker, String medium) {
    QuoteMention q = onlyQuote(text);
    assertThat(q.speaker()).isEqualTo(speaker);
    assertThat(q.chain()).extracting(ChainLink::name).containsExactly(medium);
    assertThat(q.chain().get(0).span().in(text).replace("\"", "")).isEqualTo(medium);
  }

  @Test
  void aBodysGenitiveIsNoMedium() {
    String text = "قتل أربعة جنود في هجوم على نقطة حدودية، وفق ما أعلنته القيادة العامة للقوات المسلحة في بيان.";
    QuoteMention q = onlyQuote(text);
    assertThat(q.chain()).isEmpty();
  }

  @Test
  void aTownAfterAPrepositionIsAPlaceBeforeAQuotedName() {
    String text = "في المقابل، اتهم المجلس المحلي في إعزاز \"وحدات حماية الشعب\" الكردية بالوقوف وراء التفجير.";
    AnalysedArticle a = extract(text);
    assertThat(a.entities()).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(EntityType.LOC);
      assertThat(e.text()).isEqualTo("إعزاز");
    });
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("المجلس المحلي في إعزاز"));
  }

  @Test
  void aWordWithLamInsideABodysNameIsNoMediumAndTheNameAfterItSpeaks() {
    String text = "قالت ممثلة منظمة الأمم المتحدة للطفولة في اليمن ماريا لوبيز، في بيان، إن الأمم المتحدة تحققت من مقتل أطفال.";
    QuoteMention q = onlyQuote(text);
    assertThat(q.speaker()).isEqualTo("ماريا لوبيز");
    assertThat(q.chain()).isEmpty();
  }

  @Test
  void aSpokeswomansNameBetweenCommasIsTheSpeaker() {
    String text = "وقالت المتحدثة باسم وزارة الخارجية الفرنسية، آن كلير لوجاندر، في مؤتمر صحفي إن باريس أخذت علما بالقرار.";
    assertThat(onlyQuote(text).speaker()).isEqualTo("آن كلير لوجاندر");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وذكرت وسائل إعلام محلية أن قوات الأمن اعتقلت أربعة أشخاص.|وسائل إعلام محلية",
      "وأفادت وسائل الإعلام الرسمية بأن الرئيس وصل إلى العاصمة.|وسائل الإعلام الرسمية",
      "وذكرت تقارير إعلامية أن الطائرة أسقطت فوق البحر.|تقارير إعلامية",
  })
  void unnamedMediaAreAnAnonymousSource(String text, String speaker) {
    QuoteMention q = onlyQuote(text);
    assertThat(q.speaker()).isEqualTo(speaker);
    assertThat(q.sourceType()).isEqualTo(org.isnad.model.SourceType.ANONYMOUS_SOURCE);
  }

  @Test
  void aRoleEndsBeforeThePartyItThreatens() {
    QuoteMention q = onlyQuote("وتوعد وزير الخارجية الإيراني الولايات المتحدة بـ\"رد حازم\" على أي اعتداء.");
    assertThat(q.speaker()).isEqualTo("وزير الخارجية الإيراني");
    assertThat(extract("وتوعد وزير الدفاع الإسرائيلي الحوثيين بـ\"دفع ثمن باهظ\"، قائلا إن يد إسرائيل ستطال من يهاجمها.")
        .quotes()).isNotEmpty().allSatisfy(x -> assertThat(x.speaker()).isEqualTo("وزير الدفاع الإسرائيلي"));
  }

  @Test
  void aBodysNameInQuotationMarksAfterTheVerbIsTheSpeakerNotItsWords() {
    String text = "قالت \"مؤسسة غزة الإنسانية\" إن ما لا يقل عن 15 شخصا لقوا حتفهم جراء تدافع عند بوابة المركز.";
    QuoteMention q = onlyQuote(text);
    assertThat(q.speaker()).isEqualTo("مؤسسة غزة الإنسانية");
    assertThat(q.span().in(text)).startsWith("ما لا يقل");
    String denial = "نفت \"مؤسسة غزة الإنسانية\" في بيان إطلاق النار في محيط المركز.";
    assertThat(onlyQuote(denial).speaker()).isEqualTo("مؤسسة غزة الإنسانية");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ودعا مكتب الأمم المتحدة لحقوق الإنسان إلى فتح تحقيق مستقل في الحادثة.|مكتب الأمم المتحدة لحقوق الإنسان|إلى فتح",
      "وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن القوافل توقفت.|مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية|القوافل",
  })
  void aUnitsPurposeWithLamAfterItsBodyIsPartOfItsName(String text, String speaker, String words) {
    QuoteMention q = onlyQuote(text);
    assertThat(q.speaker()).isEqualTo(speaker);
    assertThat(q.span().in(text)).startsWith(words);
  }
}
