package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.isnad.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * Quotations as a reader of real news takes them (errors seen on TimeML and ANERcorp news): where the
 * words after a colon start, who speaks. On sentences written for these tests, with the bundled recogniser.
 */
class QuoteReadingsTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  private static String said(AnalysedArticle a, QuoteMention q) {
    return q.span().in(a.clean().original());
  }

  @Test
  void aColonRightAfterTheVerbOpensTheWordsNotALaterAnna() {
    AnalysedArticle a = extract("ويروي كورت لنا التفاصيل فيقول: بدأ كل شيء عندما قررت أن أغادر لبلدي النرويج في اجازة قصيرة.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(said(a, q)).startsWith("بدأ كل شيء");
      assertThat(q.speaker()).isEqualTo("كورت");
    });
    AnalysedArticle b = extract("وفيما يتعلق بالموسوعات قالت: أنا أؤمن بالموسوعات اكثر من وسائل المعلومات الحديثة.");
    assertThat(b.quotes()).singleElement().satisfies(q -> assertThat(said(b, q)).startsWith("أنا أؤمن"));
    AnalysedArticle c = extract("وقال: إن الوضع خطير جدا في المدينة.");
    assertThat(c.quotes()).singleElement().satisfies(q -> assertThat(said(c, q)).isEqualTo("الوضع خطير جدا في المدينة"));
  }

  @Test
  void aSourceNamedAfterAlaMaAfteraBreakIsTheAuthority() {
    AnalysedArticle a = extract("قتل 12 جنديا على الأقل في هجوم على موقع للجيش، على ما أفادت مصادر أمنية.");
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("مصادر أمنية"));
    assertThat(a.events()).flatExtracting(e -> e.figures()).extracting(org.isnad.model.Figure::authority)
        .containsExactly("مصادر أمنية");
    AnalysedArticle b = extract("وتبنى الجيش الإسلامي في تسجيل مصور هجوما على ما قال إنها دبابة أميركية شمال بغداد.");
    assertThat(b.quotes()).noneMatch(q -> q.verb() != null && q.verb().startsWith("على"));
    AnalysedArticle c = extract("قصفت الطائرات مخزنا وأصيب 3 مدنيين، على ما قالت إنها معلومات استخباراتية دقيقة.");
    assertThat(c.quotes()).noneMatch(q -> q.verb() != null && q.verb().startsWith("على"));
  }

  @Test
  void theDualSayingNounIsNoPartOfTheSources() {
    AnalysedArticle a = extract("نقلت وكالة رويترز عن مصدرين أمنيين قولهما إن جنديين قتلا في هجوم على كمين للجيش.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("مصدرين أمنيين");
      assertThat(said(a, q)).startsWith("جنديين قتلا");
    });
  }

  @Test
  void aBylineIsNoQuotation() {
    AnalysedArticle a = extract("كتب: محمود صبري رفع الجهاز الفني للفريق الأول درجة الاستعداد قبل المباراة النهائية.");
    assertThat(a.quotes()).isEmpty();
  }
  @Test
  void aFrontedSourceEndsBeforeFaInna() {
    AnalysedArticle a = extract("وبحسب التقرير فإن بعض المحللين أرجعوا الانخفاض في مستوى الاستثمارات العربية في الجزائر إلى العراقيل.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("التقرير");
      assertThat(said(a, q)).startsWith("بعض المحللين أرجعوا");
    });
  }

  @Test
  void theSourceOfMaAlanaIsNamedAfterTheTime() {
    AnalysedArticle a = Extraction.dated("الإصابة ستبعد إيتو عن فريقه الإسباني مدة تزيد عن شهرين، حسب ما أعلن اليوم الخميس "
        + "النادي الكاتالوني.", java.time.LocalDate.of(2006, 9, 28));
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("النادي الكاتالوني"));
    AnalysedArticle b = Extraction.dated("وقتل ثلاثة أشخاص في القصف، حسب ما أفادت مصادر طبية.", java.time.LocalDate.of(2006, 9, 28));
    assertThat(b.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("مصادر طبية"));
  }
  @Test
  void sourcesCloseToAPersonSpeakNotThePerson() {
    AnalysedArticle a = extract("وقالت مصادر مقربة من بري إنه لم يحصل اتفاق بين الطرفين بسبب إصرار رايس.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("مصادر مقربة من بري");
      assertThat(q.sourceType()).isEqualTo(org.isnad.model.SourceType.ANONYMOUS_SOURCE);
    });
    AnalysedArticle b = extract("وقال المتحدث باسم الحكومة فيليب لوران إن الاتفاق لم يكتمل بعد.");
    assertThat(b.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("فيليب لوران"));
  }

  @Test
  void aSourceRelayedWithoutAMediumNamedSpeaks() {
    AnalysedArticle a = extract("ونقلت عن مسؤولين أوروبيين وأمريكيين قولهم إن العقوبات ستطاول البرنامج النووي الإيراني.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("مسؤولين أوروبيين وأمريكيين");
      assertThat(q.chain()).isEmpty();
    });
    AnalysedArticle c = extract("وكالة الأنباء اليمنية نقلت عن مصدر في وزارة الداخلية قوله إن المعطيات الأولية تشير إلى تورط خلية.");
    assertThat(c.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("مصدر في وزارة الداخلية");
      assertThat(q.chain()).extracting(org.isnad.model.ChainLink::name).containsExactly("وكالة الأنباء اليمنية");
    });
    AnalysedArticle b = extract("ونقلت وكالة رويترز عن مصدر أمني قوله إن الانفجار وقع قرب السوق.");
    assertThat(b.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("مصدر أمني");
      assertThat(q.chain()).extracting(org.isnad.model.ChainLink::name).containsExactly("وكالة رويترز");
    });
  }
  @Test
  void aPronounVerbAgreesWithTheBodyItRefersTo() {
    AnalysedArticle a = extract("من جانبها أعلنت روسيا أنها ستشارك بالمؤتمر. وأضاف ان من الضروري ان يتم الانسحاب الاسرائيلي من لبنان.");
    assertThat(a.quotes()).filteredOn(q -> said(a, q).startsWith("من الضروري"))
        .singleElement().satisfies(q -> assertThat(q.speaker()).isNull());
    AnalysedArticle b = extract("وقالت وزارة الخارجية التركية إن الطائرتين فتشتا. وقال إن بلير كان شريكا في القتل.");
    assertThat(b.quotes()).filteredOn(q -> said(b, q).startsWith("بلير"))
        .singleElement().satisfies(q -> assertThat(q.speaker()).isNull());
    AnalysedArticle c = extract("وقالت وزارة الصحة إن ثلاثة قتلوا في القصف. وأضافت أن عشرة آخرين أصيبوا بجروح.");
    assertThat(c.quotes()).hasSize(2).allSatisfy(q -> assertThat(q.speaker()).isEqualTo("وزارة الصحة"));
    AnalysedArticle d = extract("وقال الجيش الإسرائيلي إن قواته قتلت ستة مسلحين. وأضاف أن جنديين أصيبا في الاشتباك.");
    assertThat(d.quotes()).hasSize(2).allSatisfy(q -> assertThat(q.speaker()).isEqualTo("الجيش الإسرائيلي"));
    AnalysedArticle e = extract("وقالت حماس إن الاتفاق لم يكتمل. وأضافت أن المفاوضات مستمرة.");
    assertThat(e.quotes()).hasSize(2).allSatisfy(q -> assertThat(q.speaker()).isEqualTo("حماس"));
    // sources take a feminine verb: "وأضاف" is not theirs; one source takes a masculine one
    AnalysedArticle f = extract("وأكدت المصادر أن السلطات شكلت لجنة للتحقيق. وأضاف إن المؤشرات الأولية تشير إلى حريق متعمد.");
    assertThat(f.quotes()).filteredOn(q -> said(f, q).startsWith("المؤشرات"))
        .singleElement().satisfies(q -> assertThat(q.speaker()).isNull());
    AnalysedArticle g = extract("وقال مصدر أمني إن الهجوم وقع ليلا. وأضاف أن المهاجمين فروا.");
    assertThat(g.quotes()).hasSize(2).allSatisfy(q -> assertThat(q.speaker()).isEqualTo("مصدر أمني"));
    // a feminine verb after one source that an agency relayed is the agency's
    AnalysedArticle h = extract("نقلت وكالة رويترز عن مصدر أمني أن انتحاريا فجر نفسه قرب نقطة تفتيش. وأضافت أن الهجوم"
        + " أسفر عن مقتل 4 أشخاص.");
    assertThat(h.quotes()).filteredOn(q -> said(h, q).startsWith("الهجوم"))
        .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("وكالة رويترز"));
  }
  @Test
  void aVerbJoinedWithWaGoesOnWithTheClausesSubjectNotItsObject() {
    AnalysedArticle a = extract("وأيد مثال الآلوسي رئيس حزب الامة العراقية طالباني وقال ان العراقيين قادرون على الرد.");
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("الآلوسي"));
    AnalysedArticle b = extract("والتقى الرئيس ميشال عون بالوزير جبران باسيل وقال إن الحكومة ستتشكل قريبا.");
    assertThat(b.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("ميشال عون"));
  }

  @Test
  void aNameAfterAPrepositionIsNoSubjectOfTheVerbAfterIt() {
    AnalysedArticle a = extract("وقدم سفير فرنسا جان دافيد ليفيت مشروع قرار جديدا الى السفير الأميركي جون نجروبونتي، "
        + "لكن سفيرا مطلعا على الوثيقة قال انها مماثلة لمشروع سابق.");
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isNotEqualTo("جون نجروبونتي"));
    AnalysedArticle b = extract("الرئيس الفرنسي إيمانويل ماكرون قال إن بلاده ستدعم الاتفاق.");
    assertThat(b.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("إيمانويل ماكرون"));
  }
  @Test
  void worthMentioningIsTheAuthorsRemark() {
    AnalysedArticle a = extract("وقال الوزير خالد العنسي إن اللجنة ما زالت تعمل. الجدير ذكره ان الطالب ياسر الهادي مقيد بالصف الثاني الثانوي.");
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(said(a, q)).isEqualTo("اللجنة ما زالت تعمل"));
    AnalysedArticle b = extract("وقال الوزير خالد العنسي إن اللجنة ما زالت تعمل. وذكر أن المدينة شهدت هجمات مماثلة العام الماضي.");
    assertThat(b.quotes()).hasSize(2);
  }
  @Test
  void theBodyOfAManagingOfficeIsNoMediumTold() {
    AnalysedArticle a = extract("من جانبه قال السيد حسين الفردان العضو المنتدب للبنك التجاري في كلمة للاجتماع أن قانون الشركات يقضي بذلك.");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("حسين الفردان");
      assertThat(q.chain()).isEmpty();
    });
    AnalysedArticle b = extract("وقال المتحدث باسم الجيش لوكالة الأنباء الفرنسية إن الهجوم فشل.");
    assertThat(b.quotes()).singleElement().satisfies(q ->
        assertThat(q.chain()).extracting(org.isnad.model.ChainLink::name).containsExactly("وكالة الأنباء الفرنسية"));
  }
}
