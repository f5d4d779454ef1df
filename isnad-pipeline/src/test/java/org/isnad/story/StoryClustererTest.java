package org.isnad.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Outlet;
import org.isnad.model.Published;
import org.isnad.model.Span;
import org.isnad.model.StoryAssignment;
import org.isnad.pipeline.BatchResult;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Online clustering on the fictional example corpus and distractors, the window and duplicates. */
class StoryClustererTest {

  private static final Path EXAMPLES = Path.of(System.getProperty("basedir", "."), "..", "examples");
  private final TextAnalyzer text = TextAnalyzer.create(Language.arabic());

  @Test
  void theExampleStoryIsOneStoryAndNoOtherEventJoinsIt() {
    List<Path> inputs = new ArrayList<>();
    inputs.add(EXAMPLES.resolve("corpus"));
    inputs.add(EXAMPLES.resolve("other-events"));
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(EXAMPLES.resolve("other-events")));
    BatchResult batch = Pipeline.create(PipelineConfig.defaults()).analyze(inputs);
    List<String> storiesOfCorpus = new ArrayList<>();
    List<String> storiesOfOthers = new ArrayList<>();
    for (int i = 0; i < batch.articles().size(); i++) {
      String source = batch.articles().get(i).clean().source();
      (source.contains("other-events") ? storiesOfOthers : storiesOfCorpus).add(batch.assignments().get(i).storyId());
    }
    assertThat(storiesOfCorpus).hasSize(8).containsOnly(storiesOfCorpus.get(0));
    assertThat(storiesOfOthers).doesNotContain(storiesOfCorpus.get(0));
    assertThat(storiesOfOthers).doesNotHaveDuplicates();
  }

  private AnalysedArticle article(String id, String body, OffsetDateTime time) {
    CleanArticle c = new CleanArticle(id, id, body, List.of(new Span(0, body.length())), null, null, Outlet.UNKNOWN,
        null, time == null ? null : Published.ofTime(time), null, List.of(), List.of());
    return text.analyze(c);
  }

  private static final String BODY = "اندلعت اشتباكات عنيفة في بلدة الوادي الأخضر بين قوات الأمن ومسلحين"
      + " مجهولين، ما أسفر عن مقتل ثلاثة عناصر وإصابة خمسة آخرين، وفق مصادر طبية في مستشفى البلدة.";

  @Test
  void aStoryLeavesTheWindowAfterSevenDays() {
    StoryClusterer c = StoryClusterer.create(StoryConfig.DEFAULTS, Language.arabic());
    OffsetDateTime t0 = OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    StoryAssignment first = c.add(article("a1", BODY, t0));
    StoryAssignment sameDay = c.add(article("a2", BODY + " وقال شاهد إن الاشتباكات استمرت ساعتين.", t0.plusHours(5)));
    StoryAssignment later = c.add(article("a3", BODY + " وأعلنت السلطات حظر التجول.", t0.plusDays(10)));
    assertThat(sameDay.storyId()).isEqualTo(first.storyId());
    assertThat(sameDay.score()).isGreaterThan(0.5);
    assertThat(later.started()).isTrue();
    assertThat(later.storyId()).isNotEqualTo(first.storyId());
    assertThat(c.activeStories()).isEqualTo(1);
    assertThat(c.members(first.storyId())).containsExactly("a1", "a2");
  }

  @Test
  void aPageOlderThanTheWindowArrivingLateDoesNotJoinALaterStory() {
    StoryClusterer c = StoryClusterer.create(StoryConfig.DEFAULTS, Language.arabic());
    OffsetDateTime t0 = OffsetDateTime.of(2026, 3, 20, 8, 0, 0, 0, ZoneOffset.UTC);
    StoryAssignment later = c.add(article("b1", BODY, t0));
    StoryAssignment older = c.add(article("b2", BODY + " وقال شاهد إن الاشتباكات استمرت ساعتين.", t0.minusDays(16)));
    StoryAssignment dayBefore = c.add(article("b3", BODY + " وأعلنت السلطات حظر التجول.", t0.minusDays(1)));
    assertThat(older.started()).isTrue();
    assertThat(dayBefore.storyId()).isIn(later.storyId(), older.storyId());
    assertThat(c.members(later.storyId())).doesNotContain("b2");
  }

  @Test
  void undatedArticlesAreNotAgedByTheDatesOfUnrelatedArticles() {
    StoryClusterer c = StoryClusterer.create(StoryConfig.DEFAULTS, Language.arabic());
    OffsetDateTime t0 = OffsetDateTime.of(2026, 1, 5, 8, 0, 0, 0, ZoneOffset.UTC);
    c.add(article("other", "افتتح وزير الثقافة معرض الكتاب الدولي بمشاركة مئات الناشرين من الدول العربية"
        + " والأجنبية، ويستمر المعرض عشرة أيام.", t0));
    StoryAssignment undated = c.add(article("a1", BODY, null));
    StoryAssignment dated = c.add(article("a2", BODY + " وأعلنت السلطات حظر التجول.", t0.plusDays(60)));
    assertThat(dated.storyId()).as("the undated story has no time to leave the window by").isEqualTo(undated.storyId());
    assertThat(c.activeStories()).as("the book fair, 60 days older, left it").isEqualTo(1);
  }

  @Test
  void anUndatedArticleDoesNotCloseTheStoriesOfOlderPages() {
    StoryClusterer c = StoryClusterer.create(StoryConfig.DEFAULTS, Language.arabic());
    OffsetDateTime june = OffsetDateTime.of(2026, 6, 20, 8, 0, 0, 0, ZoneOffset.UTC);
    c.add(article("other", "افتتح وزير الثقافة معرض الكتاب الدولي بمشاركة مئات الناشرين من الدول العربية"
        + " والأجنبية، ويستمر المعرض عشرة أيام.", june));
    StoryAssignment january = c.add(article("a1", BODY, june.minusMonths(5)));
    StoryAssignment undated = c.add(article("a2", BODY + " وقال شاهد إن الاشتباكات استمرت ساعتين.", null));
    StoryAssignment dated = c.add(article("a3", BODY + " وأعلنت السلطات حظر التجول.", june.minusMonths(5).plusHours(6)));
    assertThat(undated.storyId()).as("the June book fair is no reason to close January's story").isEqualTo(january.storyId());
    assertThat(dated.storyId()).isEqualTo(january.storyId());
  }

  @Test
  void aStoryOfUndatedArticlesLeavesTheWindowAfterEnoughLaterArticles() {
    StoryClusterer c = StoryClusterer.create(StoryConfig.DEFAULTS, Language.arabic());
    StoryAssignment first = c.add(article("a1", BODY, null));
    for (int i = 0; i <= OnlineClusterer.UNDATED_WINDOW; i++) {
      c.add(article("n" + i, "", null));
    }
    StoryAssignment late = c.add(article("a2", BODY + " وأعلنت السلطات حظر التجول.", null));
    assertThat(late.storyId()).isNotEqualTo(first.storyId());
  }

  @Test
  void anArticleWithTheSameWordsIsADuplicateNotAMember() {
    StoryClusterer c = StoryClusterer.create(StoryConfig.DEFAULTS, Language.arabic());
    StoryAssignment first = c.add(article("a1", BODY, null));
    StoryAssignment dup = c.add(article("a2", BODY.replace("أسفر", "اسفر"), null));
    assertThat(dup.duplicateOf()).isEqualTo("a1");
    assertThat(dup.storyId()).isEqualTo(first.storyId());
    assertThat(c.members(first.storyId())).containsExactly("a1");
  }

  @Test
  void decisionsAreExplainedWithTheRunnerUp() {
    StoryClusterer c = StoryClusterer.create(StoryConfig.DEFAULTS, Language.arabic());
    c.add(article("a1", BODY, null));
    StoryAssignment other = c.add(article("a2", "افتتح وزير الثقافة معرض الكتاب الدولي بمشاركة مئات الناشرين"
        + " من الدول العربية والأجنبية، ويستمر المعرض عشرة أيام.", null));
    assertThat(other.started()).isTrue();
    assertThat(other.runnerUp() == null || other.runnerUpScore() < StoryConfig.DEFAULTS.threshold()).isTrue();
    StoryAssignment near = c.add(article("a3", BODY.replace("ثلاثة", "أربعة") + " وأغلقت السلطات مداخل البلدة.", null));
    assertThat(near.storyId()).isEqualTo("s1");
    assertThat(near.score()).isGreaterThanOrEqualTo(StoryConfig.DEFAULTS.threshold());
    assertThat(near.runnerUp()).isNull();
  }
}
