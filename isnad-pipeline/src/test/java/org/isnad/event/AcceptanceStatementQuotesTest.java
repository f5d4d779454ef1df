package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.ChainLink;
import org.isnad.model.SourceType;
import org.isnad.model.Story;
import org.isnad.pipeline.BatchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Speakers and chains of the acceptance story "statement" (org/isnad/acceptance/statement/EXPECTED.md, written
 * before Isnad ran on it): a minister's interview reported through a TV channel, a denial of a newspaper's
 * report, a party's reaction on X and anonymous sources; sums of money that are no casualty figures.
 */
class AcceptanceStatementQuotesTest {

  private static BatchResult batch;
  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("statement");
    assertThat(batch.stories()).hasSize(1);
    story = batch.stories().get(0);
  }

  @Test
  void theFourPagesAreOneStory() {
    assertThat(story.articles()).hasSize(4);
  }

  @Test
  void theCopiersQuestionIsItsTitle() {
    assertThat(AcceptanceStories.article(batch, "04_copier.txt").clean().title())
        .isEqualTo("قرض الـ250 مليون دولار يشعل السجال.. ماذا قال أبو جودة؟");
  }

  @Test
  void noSumOfMoneyIsACasualtyFigure() {
    assertThat(story.facts()).noneMatch(f -> f.slot().equals("killed") || f.slot().equals("wounded")
        || f.slot().equals("arrested"));
  }

  @Test
  void theChannelsQuotedNameOpensNoWords() {
    assertThat(story.quotes()).noneMatch(q -> q.text().startsWith("إل بي سي آي"));
    assertThat(AcceptanceStories.quotesOf(batch, story, "01_nna.txt"))
        .anyMatch(q -> q.text().startsWith("البنك الدولي وافق") && "كميل أبو جودة".equals(q.speakerName()));
  }

  @Test
  void theChannelPassesOnTheMinistersWords() {
    assertThat(AcceptanceStories.quotesOf(batch, story, "04_copier.txt")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("كميل أبو جودة");
      assertThat(q.chain()).extracting(ChainLink::name).anyMatch(n -> n.contains("إل بي سي آي"));
    });
    assertThat(AcceptanceStories.quotesOf(batch, story, "03_aawsat.html"))
        .filteredOn(q -> q.text().startsWith("القرض تبلغ قيمته")).isNotEmpty().allSatisfy(q -> {
          assertThat(q.speakerName()).isNotEqualTo("إل بي سي آي");
          assertThat(q.chain()).extracting(ChainLink::name).anyMatch(n -> n.contains("إل بي سي آي"));
        });
  }

  @Test
  void theAdviserDeniesTheNewspapersReport() {
    assertThat(story.quotes()).anyMatch(q -> "فادي نصار".equals(q.speakerName()) && q.verb().contains("نف")
        && q.text().startsWith("ما نشرته الصحيفة"));
    assertThat(story.quotes()).anyMatch(q -> "الأخبار".equals(q.speakerName()) && q.text().contains("صندوق موازٍ"));
  }

  @Test
  void anonymousSourcesStayAnonymous() {
    assertThat(story.quotes()).anyMatch(q -> "مصادر مطلعة".equals(q.speakerName())
        && q.sourceType() == SourceType.ANONYMOUS_SOURCE);
    assertThat(story.quotes()).anyMatch(q -> q.speakerName() != null && q.speakerName().startsWith("مسؤول في وزارة المالية")
        && q.sourceType() == SourceType.ANONYMOUS_SOURCE);
  }

  @Test
  void thePartysTweetEndsBeforeTheMPsWords() {
    assertThat(story.quotes()).anyMatch(q -> q.text().startsWith("الحكومة تستدين") && !q.text().contains("عازار"));
    assertThat(story.quotes()).anyMatch(q -> q.text().startsWith("أي قرض لا يمر") && "رأى".equals(q.verb()));
  }
}
