package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.entity.Recognition.names;

import java.util.List;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * "بن" and the father's name after it belong to the name the tagger found ("يتابع الوليد بن طلال
 * أعماله", an ANERcorp sentence, was "الوليد بن" and "طلال"), and the father's name alone is the
 * father, not the son ("الأمير طلال ، والده").
 */
class FathersNameTest {

  @Test
  void binAndTheFathersNameBelongToTheName() {
    assertThat(names("واليوم ، يتابع الوليد بن طلال أعماله التجارية عقب أن وحّد استثماراته."))
        .containsExactly("الوليد بن طلال");
  }

  @Test
  void theFathersNameAloneIsNoMentionOfTheSon() {
    List<Entity> p = ArticlesOfAStory.resolve(ArticlesOfAStory.article("a",
        "بدأه والده الأمير طلال بن عبد العزيز آل سعود بمجهودات عصامية. ويدور جدل حول ثروة الوليد بن طلال "
            + "التي كان الأمير طلال ، والده ، وزيرا لماليتها.")).stream().filter(e -> e.type() == EntityType.PER).toList();
    assertThat(p).noneMatch(e -> e.canonical().startsWith("الوليد") && e.aliases().contains("طلال"));
  }
}
