package org.isnad.lang.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicClutterLexiconTest {

  /** What the one-pass version replaced: two regular expressions and a strip. */
  private static String byRegex(String line) {
    return line.replaceAll("[\\p{P}\\p{S}&&[^©]]+", " ").strip().replaceAll("\\s+", " ");
  }

  @Test
  void stripPunctAgreesWithTheRegularExpressions() {
    List<String> lines = List.of("", "   ", "اقرأ أيضاً:", "  «تابعونا»  على   تويتر!! ", "© 2025 جميع الحقوق محفوظة",
        "رئيس التحرير: فلان الفلاني", "\t-- مدير\u00a0التحرير --\n", "📷 صورة: أ ف ب", "a|b/c•d", "…؟،؛",
        "\u2003 كلمة", "كلمة\u2009كلمة", "سعر $100 + 5% = ?");
    for (String l : lines) {
      assertThat(ArabicClutterLexicon.stripPunct(l)).as(l).isEqualTo(byRegex(l));
    }
  }

  @Test
  void solidWordsNeverCountsMoreWordsThanStripPunctLeaves() {
    String[] pieces = {"كلمة", " ", "  ", "\u2003", "\u001C", "\u2028", "-", "«", "©", "!", "\t", "x",
        "\uD83D\uDCF7", "\uD83D", "\u00A0", ""};
    java.util.Random r = new java.util.Random(20261206L);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(14);
      for (int i = 0; i < n; i++) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String line = b.toString();
      String stripped = ArabicClutterLexicon.stripPunct(line);
      int words = stripped.isEmpty() ? 0 : (int) stripped.chars().filter(c -> c == ' ').count() + 1;
      assertThat(ArabicClutterLexicon.solidWords(line, 100)).as(line).isLessThanOrEqualTo(words);
    }
  }

  private static String fold(String s) {
    return ArabicNormalizer.INSTANCE.fold(s);
  }

  @Test
  void mastheadRoleAllowsAFewWordsAfterTheRole() {
    ArabicClutterLexicon lexicon = new ArabicClutterLexicon();
    assertThat(lexicon.isMastheadRole(fold("رئيس التحرير"))).isTrue();
    assertThat(lexicon.isMastheadRole(fold("رئيس التحرير: أحمد محمد علي"))).isTrue();
    assertThat(lexicon.isMastheadRole(fold("رئيس التحرير قال إن الصحيفة ستواصل عملها رغم كل الضغوط"))).isFalse();
    assertThat(lexicon.isMastheadRole(fold("رئيس التحريرية"))).isFalse();
  }

  private static java.util.Optional<org.isnad.model.RemovalReason> reason(String line) {
    String f = fold(line);
    return new ArabicClutterLexicon().lineReason(f, f.split("\\s+").length);
  }

  @Test
  void labelsCaptionsAndRelativeTimesOfCopiedPages() {
    var nav = org.isnad.model.RemovalReason.NAVIGATION;
    assertThat(reason("الوسوم: لبنان، إسرائيل، حزب الله")).contains(nav);
    assertThat(reason("كلمات مفتاحية: غزة - الهدنة")).contains(nav);
    assertThat(reason("عدد التعليقات: 3")).contains(nav);
    assertThat(reason("تعليقات (14)")).contains(nav);
    assertThat(reason("تعليقات الزوار (14)")).contains(nav);
    assertThat(reason("قراءة 2 دقائق")).contains(nav);
    assertThat(reason("5 دقائق للقراءة")).contains(nav);
    assertThat(reason("A")).contains(nav);
    assertThat(reason("A+ A-")).contains(nav);
    var caption = org.isnad.model.RemovalReason.CAPTION;
    assertThat(reason("صدر الصورة،Getty Images")).contains(caption);
    assertThat(reason("التعليق على الصورة،")).contains(caption);
    assertThat(reason("عناصر من الدفاع المدني في موقع الغارة (صورة أرشيفية)")).contains(caption);
    var date = org.isnad.model.RemovalReason.DATE_LINE;
    assertThat(reason("قبل 3 ساعة")).contains(date);
    assertThat(reason("منذ ساعتين")).contains(date);
    assertThat(reason("قبل يوم")).contains(date);
    assertThat(reason("شارك هذا المقال")).contains(org.isnad.model.RemovalReason.SHARE);
    assertThat(reason("طباعة")).contains(org.isnad.model.RemovalReason.SHARE);
    assertThat(reason("المزيد حول هذه القصة")).contains(org.isnad.model.RemovalReason.RELATED);
    assertThat(reason("#سوريا #داعش #تدمر")).contains(nav);
    assertThat(reason("تحرير: محمد علي")).contains(org.isnad.model.RemovalReason.BYLINE);
    assertThat(reason("إعداد: ريم الحسن")).contains(org.isnad.model.RemovalReason.BYLINE);
  }

  @Test
  void proseAboutTheSameThingsIsKept() {
    assertThat(reason("وقال الوزير قبل ساعات إن القصف مستمر.")).isEmpty();
    assertThat(reason("ونشرت الوزارة صورة للموقع بعد الغارة.")).isEmpty();
    assertThat(reason("وتشمل الموضوعات التي ناقشها الاجتماع الأمن والاقتصاد.")).isEmpty();
    assertThat(reason("قبل ثلاث سنوات قتل شقيقه في غارة مماثلة على البلدة.")).isEmpty();
    assertThat(reason("الرئيس: الحرب انتهت")).isEmpty();
    assertThat(reason("وكتب على حسابه #سوريا_حرة بعد سقوط النظام.")).isEmpty();
  }

  @Test
  void shortVideoNoticesAreVideoNoticesAndProseAboutFootageIsNot() {
    for (String notice : List.of("▶ شاهد الفيديو", "لم يتم العثور على الفيديو أو تعذر تشغيله",
        "إذا لم يعمل الفيديو، اضغط هنا")) {
      assertThat(reason(notice)).as(notice).contains(org.isnad.model.RemovalReason.VIDEO_NOTICE);
    }
    String prose = "وقال شاهد عيان إن مقطع فيديو متداولا على مواقع التواصل أظهر لحظة الانفجار في السوق المزدحم مساء أمس.";
    assertThat(reason(prose)).isEmpty();
  }

  @Test
  void theCreditsOfAWireStoryInParenthesesAreAByline() {
    ArabicClutterLexicon lexicon = new ArabicClutterLexicon();
    String credits = ArabicNormalizer.INSTANCE.fold("(تغطية صحفية ليلى بسام - إعداد محمد علي للنشرة العربية)");
    assertThat(lexicon.lineReason(credits, 9)).contains(org.isnad.model.RemovalReason.BYLINE);
    String aside = ArabicNormalizer.INSTANCE.fold("(وهي المرة الأولى منذ عام 2015)");
    assertThat(lexicon.lineReason(aside, 7)).isEmpty();
  }

  @Test
  void aWireSignOffWithItsEditorsInitialsIsAByline() {
    assertThat(reason("--(بترا) ع ح/ س ص")).contains(org.isnad.model.RemovalReason.BYLINE);
    assertThat(reason("(بترا)")).contains(org.isnad.model.RemovalReason.BYLINE);
    assertThat(reason("(وهي المرة الأولى)")).isEmpty();
    assertThat(reason("(المرصد) م ع")).isEmpty();
  }

  @Test
  void anInvitationToFollowTheOutletsChannelIsAPromo() {
    assertThat(reason("تابعوا قناة رؤيا الإخبارية على واتساب")).contains(org.isnad.model.RemovalReason.PROMO);
    assertThat(reason("وقال إن المحققين تابعوا القضية منذ أشهر قبل توقيف المشتبه بهم")).isEmpty();
  }

  @Test
  void aNewspapersSloganAndASectionsMoreAreClutter() {
    assertThat(reason("جريدة يومية سياسية مستقلة")).contains(org.isnad.model.RemovalReason.MASTHEAD);
    assertThat(reason("صحيفة أسبوعية تصدر عن نقابة الصحفيين")).contains(org.isnad.model.RemovalReason.MASTHEAD);
    assertThat(reason("صحيفة سياسية يومية مستقلة")).contains(org.isnad.model.RemovalReason.MASTHEAD);
    assertThat(reason("صحيفة بريطانية يومية تكشف خطة الحكومة لخفض الضرائب على الوقود")).isEmpty();
    assertThat(reason("صحيفة يومية نشرت تقريرا عن الصندوق الموازي وإدارة أموال الإعمار")).isEmpty();
    assertThat(reason("المزيد من المحليات")).contains(org.isnad.model.RemovalReason.RELATED);
    assertThat(reason("المزيد من الجنود انتشروا في المدينة بعد الهجوم")).isEmpty();
  }
}
