package org.isnad.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.CopyDirection;
import org.isnad.model.Outlet;
import org.isnad.model.Passage;
import org.isnad.model.Reuse;
import org.isnad.model.Span;
import org.isnad.model.Story;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** The independence rule (docs/STORIES.md) and the story title. */
class StoryBuilderTest {

  private final TextAnalyzer text = TextAnalyzer.create(Language.arabic());
  private final StoryBuilder builder = new StoryBuilder(Language.arabic());

  /** An article of {@code words} words from an outlet. */
  private AnalysedArticle article(String id, String outlet, int words, String title) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append("كلمة ");
    }
    String body = sb.toString().strip();
    Outlet o = outlet == null ? Outlet.UNKNOWN : new Outlet(outlet, outlet, true, "metadata");
    return text.analyze(new CleanArticle(id, id, body, List.of(new Span(0, body.length())), title, null, o, null,
        null, null, List.of(), List.of()));
  }

  private static Reuse reuse(String a, String b, int words) {
    return new Reuse(a, b, CopyDirection.UNKNOWN, List.of(new Passage(new Span(0, 10), new Span(0, 10), words, 1.0)));
  }

  @Test
  void copyingOverAFifthOfTheShorterArticleMakesTwoOutletsOneSource() {
    List<AnalysedArticle> m = List.of(article("a", "x", 100, null), article("b", "y", 300, null),
        article("c", "z", 100, null));
    Story s = builder.build("s1", m, List.of(reuse("a", "b", 25)));
    assertThat(s.independentSources()).isEqualTo(2);
    assertThat(s.sourceGroups()).contains(List.of("x", "y"), List.of("z"));
  }

  @Test
  void aShortSharedQuotationDoesNot() {
    List<AnalysedArticle> m = List.of(article("a", "x", 200, null), article("b", "y", 300, null));
    assertThat(builder.build("s1", m, List.of(reuse("a", "b", 30))).independentSources()).isEqualTo(2);
  }

  @Test
  void aHundredCopiedWordsAlwaysDo() {
    List<AnalysedArticle> m = List.of(article("a", "x", 900, null), article("b", "y", 900, null));
    assertThat(builder.build("s1", m, List.of(reuse("a", "b", 100))).independentSources()).isEqualTo(1);
  }

  @Test
  void dependenceIsTransitiveAndArticlesOfOneOutletAreOneSource() {
    List<AnalysedArticle> m = new ArrayList<>(List.of(article("a", "x", 100, null), article("b", "y", 100, null),
        article("c", "z", 100, null), article("d", "x", 100, null)));
    Story s = builder.build("s1", m, List.of(reuse("a", "b", 50), reuse("b", "c", 50)));
    assertThat(s.independentSources()).isEqualTo(1);
  }

  @Test
  void articlesOfUnknownOutletAreSourcesOfTheirOwn() {
    List<AnalysedArticle> m = List.of(article("a", null, 100, null), article("b", null, 100, null));
    assertThat(builder.build("s1", m, List.of()).independentSources()).isEqualTo(2);
  }

  @Test
  void theTitleIsTheMemberTitleWhoseWordsTheMembersShare() {
    List<AnalysedArticle> m = List.of(article("a", "x", 50, "عنوان غريب تماما"), article("b", "y", 50, "كلمة مهمة"));
    assertThat(builder.build("s1", m, List.of()).title()).isEqualTo("كلمة مهمة");
  }
}
