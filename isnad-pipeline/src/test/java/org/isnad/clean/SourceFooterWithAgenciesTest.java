package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.CleanArticle;
import org.isnad.model.MediaType;
import org.isnad.model.RawArticle;
import org.isnad.model.SourceMetadata;
import org.junit.jupiter.api.Test;

/** A source footer that joins the outlet and the agencies it drew on with "+" names the outlet. */
class SourceFooterWithAgenciesTest {

  private final Cleaner cleaner = Cleaner.create(CleanConfig.arabic());

  private CleanArticle clean(String text) {
    return cleaner.clean(new RawArticle("a", "a.txt", MediaType.TEXT, text, SourceMetadata.NONE, List.of()));
  }

  private static final String STORY = """
      مقتل ثمانية مدنيين في قصف على سوق شعبي بالمدينة
      قال ناشطون محليون إن ثمانية مدنيين على الأقل قتلوا في قصف مدفعي استهدف سوقا شعبيا وسط المدينة.
      ولم يصدر تعليق فوري من الطرف المتهم على هذه الاتهامات.
      """;

  @Test
  void theOutletAndAgenciesNameTheOutlet() {
    CleanArticle c = clean(STORY + "المصدر: الجزيرة + وكالات\n");
    assertThat(c.outlet().id()).isEqualTo("aljazeera");
    assertThat(c.outlet().evidence()).isEqualTo("source_footer");
    assertThat(c.paragraphs()).hasSize(2);
  }

  @Test
  void theAgenciesFirstStillNameTheOutlet() {
    assertThat(clean(STORY + "المصدر: وكالات + الجزيرة\n").outlet().id()).isEqualTo("aljazeera");
  }

  @Test
  void anUnknownOutletAndAgenciesNameTheUnknownOutlet() {
    CleanArticle c = clean(STORY + "المصدر: نبض المدينة + وكالات\n");
    assertThat(c.outlet().known()).isFalse();
    assertThat(c.outlet().name()).isEqualTo("نبض المدينة");
  }

  @Test
  void aFooterWithoutAPlusIsReadAsBefore() {
    assertThat(clean(STORY + "المصدر: الجزيرة\n").outlet().id()).isEqualTo("aljazeera");
  }
}
