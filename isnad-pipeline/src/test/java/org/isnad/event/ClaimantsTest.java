package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A body that claims a deed is its doer, and the body a description of its allegiance names after it
 * ("المرتبطة بتنظيم القاعدة") is no side. Sentences written for these tests.
 */
class ClaimantsTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  @Test
  void whoAnnouncesItsResponsibilityIsTheDoerNotItsParent() {
    String text = "وأعلنت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة مسؤوليتها عن الهجوم على ثكنة للجيش.";
    assertThat(extract(text).events()).filteredOn(e -> e.type() == EventType.ATTACK).singleElement().satisfies(e -> {
      assertThat(e.actor1().in(text)).startsWith("جماعة نصرة الإسلام");
      assertThat(e.actor2()).isNull();
    });
  }

  @Test
  void whoAdoptsTheAttackIsTheDoerNotItsParent() {
    String text = "وتبنت حركة الشباب الموالية لتنظيم القاعدة الهجوم الذي قتل فيه 12 جنديا.";
    assertThat(extract(text).events()).filteredOn(e -> e.type() == EventType.ATTACK).singleElement().satisfies(e -> {
      assertThat(e.actor1().in(text)).isEqualTo("حركة الشباب");
      assertThat(e.actor2()).isNull();
    });
  }

  @Test
  void whoDeniesItsResponsibilityIsNoDoer() {
    String text = "ونفت حركة الشباب مسؤوليتها عن الهجوم الذي أسفر عن مقتل 9 أشخاص.";
    assertThat(extract(text).events()).isNotEmpty().allSatisfy(e -> assertThat(e.actor1()).isNull());
  }
}
