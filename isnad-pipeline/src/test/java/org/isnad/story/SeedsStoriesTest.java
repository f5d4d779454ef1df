package org.isnad.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Passage;
import org.isnad.model.Reuse;
import org.isnad.model.Story;
import org.isnad.model.Token;
import org.isnad.pipeline.BatchResult;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.testing.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed articles (../shared/seeds/NOTES.md): one story, the copied paragraphs, the sources. */
class SeedsStoriesTest {

  private static BatchResult batch;
  private static Map<String, AnalysedArticle> byPrefix;

  @BeforeAll
  static void analyse() {
    batch = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(Seeds.dir()));
    byPrefix = batch.articles().stream().collect(Collectors.toMap(
        a -> a.clean().source().replaceAll(".*/", "").substring(0, 3), Function.identity()));
  }

  private static List<Reuse> between(String x, String y) {
    String a = byPrefix.get(x).id();
    String b = byPrefix.get(y).id();
    return batch.stories().get(0).reuse().stream()
        .filter(r -> r.a().equals(a) && r.b().equals(b) || r.a().equals(b) && r.b().equals(a)).toList();
  }

  @Test
  void theFiveSeedsAreOneStory() {
    assertThat(batch.stories()).hasSize(1);
    assertThat(batch.stories().get(0).articles()).hasSize(5);
    assertThat(batch.stories().get(0).title()).isNotBlank();
  }

  @Test
  void theParagraphsSharedBy001And004AreFoundWithTheirSpansInBoth() {
    List<Reuse> r = between("001", "004");
    assertThat(r).hasSize(1);
    Passage p = r.get(0).passages().stream().max(java.util.Comparator.comparingInt(Passage::words)).orElseThrow();
    assertThat(p.words()).isGreaterThan(200);
    AnalysedArticle a = byPrefix.get("001");
    AnalysedArticle b = byPrefix.get("004");
    List<String> ka = keysIn(a, p.aSpan());
    List<String> kb = keysIn(b, p.bSpan());
    assertThat(p.similarity()).isGreaterThan(0.95);
    assertThat(ka.subList(0, 10)).isEqualTo(kb.subList(0, 10));
    assertThat(ka.subList(ka.size() - 10, ka.size())).isEqualTo(kb.subList(kb.size() - 10, kb.size()));
    assertThat(Math.abs(ka.size() - kb.size())).isLessThanOrEqualTo(5);
  }

  private static List<String> keysIn(AnalysedArticle a, org.isnad.model.Span span) {
    return a.tokens().stream().filter(t -> span.contains(t.span())).map(Token::key).toList();
  }

  @Test
  void noPassageBetween000And002() {
    assertThat(between("000", "002")).isEmpty();
  }

  @Test
  void copyingMakes001And004OneSourceAndTheStoryHasFourIndependentSources() {
    Story s = batch.stories().get(0);
    assertThat(s.independentSources()).isEqualTo(4);
    assertThat(s.sourceGroups()).anyMatch(g -> g.size() == 2
        && g.contains("article:" + byPrefix.get("001").id()) && g.contains("article:" + byPrefix.get("004").id()));
  }

  @Test
  void withoutPublicationDatesTheDirectionIsUnknown() {
    assertThat(batch.stories().get(0).reuse()).allMatch(r -> r.direction() == org.isnad.model.CopyDirection.UNKNOWN);
  }
}
