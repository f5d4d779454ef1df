package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.CleanArticle;
import org.isnad.model.MediaType;
import org.isnad.model.RawArticle;
import org.isnad.model.RemovalReason;
import org.isnad.model.RemovedBlock;
import org.isnad.model.SourceMetadata;
import org.junit.jupiter.api.Test;

/**
 * The credit of an outlet the table does not know after a dateline ("PLACE - NAME:") is removed with
 * the place, and names the outlet when nothing else on the page does.
 */
class DatelineCreditTest {

  private final Cleaner cleaner = Cleaner.create(CleanConfig.arabic());

  private CleanArticle clean(String text) {
    return cleaner.clean(new RawArticle("a", "a.txt", MediaType.TEXT, text, SourceMetadata.NONE, List.of()));
  }

  private static final String TITLE = "مقتل ثلاثة مدنيين بقصف على سوق شعبي\n\nالأربعاء 2 كانون الأول 2026\n\n";
  private static final String REST = "\n\nوقال شاهد عيان إن القذائف سقطت على السوق وقت الذروة.\n";

  private static String firstParagraph(CleanArticle c) {
    return c.paragraphs().get(0).in(c.original());
  }

  private static RemovedBlock dateline(CleanArticle c) {
    return c.removed().stream().filter(b -> b.reason() == RemovalReason.DATELINE).findFirst().orElseThrow();
  }

  @Test
  void theCreditLeavesTheTextAndNamesTheOutletWhenNothingElseDoes() {
    CleanArticle c = clean(TITLE + "البصرة - نخيل نيوز: قتل ثلاثة مدنيين بقصف استهدف سوقا شعبيا في المدينة." + REST);
    assertThat(firstParagraph(c)).startsWith("قتل ثلاثة");
    assertThat(c.dateline().place()).isEqualTo("البصرة");
    assertThat(c.dateline().credit()).isEqualTo("نخيل نيوز");
    assertThat(dateline(c).text()).isEqualTo("البصرة - نخيل نيوز: ");
    assertThat(dateline(c).span().in(c.original())).isEqualTo("البصرة - نخيل نيوز: ");
    assertThat(c.outlet().name()).isEqualTo("نخيل نيوز");
    assertThat(c.outlet().known()).isFalse();
    assertThat(c.outlet().evidence()).isEqualTo("dateline");
  }

  @Test
  void aBylineBeforeTheDashIsNoDateline() {
    CleanArticle c = clean(TITLE + "كتب - محمد عبد الله:\n\nقتل ثلاثة مدنيين بقصف استهدف سوقا شعبيا في المدينة." + REST);
    assertThat(c.dateline() == null || !"كتب".equals(c.dateline().place())).isTrue();
    assertThat(c.paragraphs()).extracting(p -> p.in(c.original())).noneMatch(p -> p.startsWith("كتب"));
  }

  @Test
  void aBodyThatSpeaksAfterTheDashIsNoCredit() {
    // a name with the article and nothing of an outlet's: the body speaks, its words stay
    CleanArticle c = clean(TITLE + "غزة - الدفاع المدني: انتشلت طواقمنا 12 جثة من تحت الأنقاض في حي الزيتون." + REST);
    assertThat(firstParagraph(c)).contains("الدفاع المدني: انتشلت");
    assertThat(c.outlet().evidence()).isNotEqualTo("dateline");
    CleanArticle un = clean(TITLE + "الخرطوم - الأمم المتحدة: قتل أكثر من 40 مدنيا في هجوم على مخيم للنازحين." + REST);
    assertThat(firstParagraph(un)).contains("الأمم المتحدة: قتل");
  }

  @Test
  void theSourceFooterStillNamesTheOutlet() {
    CleanArticle c = clean(TITLE + "حماة - صوت العاصي: قتل ثلاثة مدنيين بقصف استهدف سوقا شعبيا في المدينة." + REST
        + "\nالمصدر: شبكة صوت العاصي\n");
    assertThat(firstParagraph(c)).startsWith("قتل ثلاثة");
    assertThat(c.dateline().credit()).isEqualTo("صوت العاصي");
    assertThat(c.outlet().name()).isEqualTo("شبكة صوت العاصي");
    assertThat(c.outlet().evidence()).isEqualTo("source_footer");
  }

  @Test
  void aCorrespondentsNameIsRemovedButNamesNoOutlet() {
    CleanArticle c = clean(TITLE + "الحديدة - سامر خليل: قتل ثلاثة مدنيين بقصف استهدف سوقا شعبيا في المدينة." + REST);
    assertThat(firstParagraph(c)).startsWith("قتل ثلاثة");
    assertThat(c.dateline().credit()).isEqualTo("سامر خليل");
    assertThat(c.outlet().isUnknown()).isTrue();
  }

  @Test
  void aCreditTheTextNamesAgainNamesTheOutlet() {
    CleanArticle c = clean(TITLE + "درنة - عين ليبيا: قتل ثلاثة مدنيين بقصف استهدف سوقا شعبيا في المدينة."
        + "\n\nوقال شاهد عيان لـ«عين ليبيا» إن القذائف سقطت على السوق وقت الذروة.\n");
    assertThat(c.outlet().name()).isEqualTo("عين ليبيا");
  }

  @Test
  void aSentenceAfterTheDashKeepsItsWords() {
    CleanArticle c = clean(TITLE + "واشنطن - أعلنت وزارة الدفاع: لا تغيير في خطط نشر القوات في المنطقة." + REST);
    assertThat(firstParagraph(c)).startsWith("أعلنت وزارة الدفاع:");
    assertThat(c.dateline().place()).isEqualTo("واشنطن");
    assertThat(c.dateline().credit()).isEmpty();
    assertThat(c.outlet().isUnknown()).isTrue();
  }

  @Test
  void aDatelineInTheLineOfThePublicationDateIsTheArticlesDateline() {
    CleanArticle c = clean("مقتل ثلاثة مدنيين بقصف على سوق شعبي\n\nحمص - الوادي الإخبارية | نشر في 2 كانون الأول 2026\n\n"
        + "قتل ثلاثة مدنيين بقصف استهدف سوقا شعبيا في المدينة." + REST);
    assertThat(firstParagraph(c)).startsWith("قتل ثلاثة");
    assertThat(c.dateline()).isNotNull();
    assertThat(c.dateline().place()).isEqualTo("حمص");
    assertThat(c.dateline().placeSpan().in(c.original())).isEqualTo("حمص");
    assertThat(c.outlet().name()).isEqualTo("الوادي الإخبارية");
    assertThat(c.removed()).anySatisfy(b -> {
      assertThat(b.reason()).isEqualTo(RemovalReason.DATE_LINE);
      assertThat(b.text()).startsWith("حمص - الوادي الإخبارية |");
    });
  }
}
