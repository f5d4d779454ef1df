package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A person named in full in one article of a story is named by the family name alone in another
 * ("الدباغ" after "سامر الدباغ"), when exactly one full name of the story ends with it.
 */
class FamilyNameAcrossArticlesTest {

  private static AnalysedArticle article(String id, String text) {
    return ArticlesOfAStory.article(id, text);
  }

  private static List<Entity> persons(AnalysedArticle... articles) {
    return ArticlesOfAStory.resolve(articles).stream().filter(e -> e.type() == EntityType.PER).toList();
  }

  @Test
  void theFamilyNameAloneInAnotherArticleIsThePerson() {
    List<Entity> p = persons(
        article("a", "وقال وزير النقل سامر الدباغ إن الطريق الجديد سيفتتح في الربيع."),
        article("b", "وأوضح الدباغ أن الأعمال بلغت مراحلها الأخيرة، وأشار للدباغ مسؤولون آخرون."));
    List<Entity> dabbagh = p.stream().filter(e -> e.aliases().stream().anyMatch(a -> a.contains("الدباغ"))).toList();
    assertThat(dabbagh).hasSize(1);
    assertThat(dabbagh.get(0).mentions().stream().map(Entity.Mention::article).distinct()).containsExactlyInAnyOrder("a", "b");
    assertThat(dabbagh.get(0).mentions()).allSatisfy(m -> assertThat(m.text()).doesNotStartWith("لل"));
  }

  @Test
  void twoFullNamesEndingTheSameLeaveTheFamilyNameAlone() {
    List<Entity> p = persons(
        article("a", "وقال وزير النقل سامر الدباغ إن المشروع تأخر، فيما أكد محافظ المدينة رامي الدباغ أن التمويل متوفر."),
        article("b", "وأوضح الدباغ أن الأعمال بلغت مراحلها الأخيرة."));
    assertThat(p).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.article().equals("b") && m.text().contains("الدباغ")));
  }
  @Test
  void aCompoundFirstNameWithAndWithoutTheFathersNameIsOnePerson() {
    List<Entity> p = persons(
        article("a", "وقال محافظ المدينة عبد الرحمن خالد السقاف إن الطريق أغلق."),
        article("b", "وأوضح المحافظ عبد الرحمن السقاف أن الأعمال توقفت."),
        article("c", "وأضاف السقاف أن فرق الإنقاذ وصلت."));
    assertThat(p.stream().filter(e -> e.aliases().stream().anyMatch(a -> a.contains("السقاف")))).hasSize(1);
  }

  @Test
  void anotherCompoundFirstNameStaysAnotherPerson() {
    List<Entity> p = persons(
        article("a", "وقال محافظ المدينة عبد الرحمن خالد السقاف إن الطريق أغلق."),
        article("b", "وأوضح المدير عبد الكريم السقاف أن الأعمال توقفت."));
    assertThat(p.stream().filter(e -> e.aliases().stream().anyMatch(a -> a.contains("السقاف")))).hasSize(2);
  }
}
