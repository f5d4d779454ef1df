package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A person named with his father's name after "بن" and later by his first and family name only, then
 * by his first name (an Omani news article, tml-doc1 of the TimeML set: "للطالب ياسر بن علي الهادي" ...
 * "للطالب ياسر الهادي" ... "الطالب ياسر"), is one person.
 */
class LineageVariantsTest {

  private static List<Entity> persons(String text) {
    return ArticlesOfAStory.resolve(ArticlesOfAStory.article("a", text)).stream()
        .filter(e -> e.type() == EntityType.PER).toList();
  }

  @Test
  void theNameWithoutBinAndTheFathersNameIsTheSamePerson() {
    List<Entity> p = persons("يفتتح المدير معرض الطالب ياسر بن علي الهادي في المدرسة. "
        + "ويحمل المعرض نتاجات ابداعية للطالب ياسر الهادي من خلال لوحاته. ويسبر الطالب ياسر من خلال لوحاته البيئات.");
    List<Entity> yasir = p.stream().filter(e -> e.aliases().stream().anyMatch(a -> a.startsWith("ياسر"))).toList();
    assertThat(yasir).hasSize(1);
    assertThat(yasir.get(0).canonical()).isEqualTo("ياسر بن علي الهادي");
  }

  @Test
  void anotherFathersNameOrFamilyStaysApart() {
    List<Entity> p = persons("وقال الطالب ياسر بن علي الهادي إن المعرض نجح. وأضاف الطالب ياسر الشكيلي أن المدرسة دعمته.");
    assertThat(p.stream().map(Entity::canonical)).contains("ياسر بن علي الهادي", "ياسر الشكيلي");
  }
}
