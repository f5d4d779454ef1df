package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.CleanArticle;
import org.isnad.model.MediaType;
import org.isnad.model.RawArticle;
import org.isnad.model.SourceMetadata;
import org.junit.jupiter.api.Test;

/**
 * Page tools copied with an article's text: the font-size buttons between the title and the dateline,
 * and the short field labels of a newsletter box between two lines of clutter after the text.
 */
class PageToolsCleanTest {

  private static final String BODY = "قتل ثلاثة أشخاص وأصيب خمسة آخرون، اليوم الأحد، في قصف استهدف منزلا في المدينة.\n"
      + "وقال المتحدث باسم الدفاع المدني إن طواقمه انتشلت جثث ثلاثة أشخاص من تحت الأنقاض.\n";

  private final Cleaner cleaner = Cleaner.create(CleanConfig.arabic());

  private CleanArticle clean(String text) {
    return cleaner.clean(new RawArticle("t", "t.txt", MediaType.TEXT, text, SourceMetadata.NONE, List.of()));
  }

  @Test
  void aDatelineLineAfterTheFontSizeButtonsIsTheDateline() {
    CleanArticle c = clean("قصف يستهدف منزلا في المدينة ويوقع ثلاثة قتلى\n+\n-\nغزة - خاص\n" + BODY);
    assertThat(c.dateline()).isNotNull();
    assertThat(c.dateline().place()).isEqualTo("غزة");
    assertThat(c.text()).startsWith("قتل ثلاثة أشخاص").doesNotContain("+");
  }

  @Test
  void aShortLineBetweenTwoClutterLinesAfterTheTextIsClutter() {
    CleanArticle c = clean("قصف يستهدف منزلا في المدينة ويوقع ثلاثة قتلى\n" + BODY
        + "اشترك في النشرة البريدية\nالبريد الإلكتروني\nتابعونا على فيسبوك وتويتر\n");
    assertThat(c.text()).endsWith("من تحت الأنقاض.").doesNotContain("البريد");
  }

  @Test
  void aTagLabelAloneOnItsLineAndItsTagsAreClutter() {
    CleanArticle c = clean("قصف يستهدف منزلا في المدينة ويوقع ثلاثة قتلى\n" + BODY + "الوسوم\nليبيا\nمحادثات تونس\nشارك\n");
    assertThat(c.text()).endsWith("من تحت الأنقاض.").doesNotContain("الوسوم").doesNotContain("تونس");
  }

  @Test
  void anInvitationToTheSitesChannelIsClutter() {
    CleanArticle c = clean("قصف يستهدف منزلا في المدينة ويوقع ثلاثة قتلى\n" + BODY + "انضم إلى قناتنا على تلغرام\n");
    assertThat(c.text()).endsWith("من تحت الأنقاض.");
  }

  @Test
  void anInvitationToFollowTheOutletOnAPlatformIsClutter() {
    for (String line : new String[] {"تابعوا أخبار سانا على تلغرام", "تابعوا آخر أخبار سكاي نيوز عربية عبر تطبيق واتساب",
        "تابعوا RT على"}) {
      CleanArticle c = clean("قصف يستهدف منزلا في المدينة ويوقع ثلاثة قتلى\n" + BODY + line + "\n");
      assertThat(c.text()).as(line).endsWith("من تحت الأنقاض.");
    }
  }

  @Test
  void theyFollowedIsNoInvitationToFollow() {
    CleanArticle c = clean("قصف يستهدف منزلا في المدينة ويوقع ثلاثة قتلى\n" + BODY
        + "تابعوا التحقيق مع المشتبه بهم حتى ساعة متأخرة.\n");
    assertThat(c.text()).endsWith("حتى ساعة متأخرة.");
  }

  @Test
  void weFollowedIsNoInvitationToFollow() {
    CleanArticle c = clean("قصف يستهدف منزلا في المدينة ويوقع ثلاثة قتلى\n" + BODY
        + "وأضاف الضابط: تابعنا عبر الكاميرات الحرارية تحركاتهم طوال الليل.\n");
    assertThat(c.text()).endsWith("تحركاتهم طوال الليل.");
  }

  @Test
  void aShortLineAfterTheTextWithNoClutterAfterItStays() {
    CleanArticle c = clean("قصف يستهدف منزلا في المدينة ويوقع ثلاثة قتلى\n" + BODY + "تابعونا على فيسبوك وتويتر\nالله أكبر\n");
    assertThat(c.text()).contains("الله أكبر");
  }
}
