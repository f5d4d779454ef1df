package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A word with the article right after a place of the gazetteer, which the tagger alone reads as a
 * place ("من مملكة البحرين الشاعران": the two poets), is no place of its own; a place joined by "و"
 * stays one.
 */
class WordAfterAPlaceTest {

  private static List<String> places(String text) {
    return Recognition.mentions(text).stream().filter(m -> m.type() == EntityType.LOC).map(EntityMention::text)
        .toList();
  }

  @Test
  void theNounAfterThePlaceIsNoPlace() {
    assertThat(places("كما يحضر من مملكة البحرين الشاعران عبدالرحيم يوسف رضى وفاطمة احمد نيتون ويحضر من دولة"
        + " الكويت الشاعران علي عبدالله.")).containsExactly("مملكة البحرين", "دولة الكويت");
  }

  @Test
  void aPlaceJoinedByAndStaysOne() {
    assertThat(places("وكانت القوافل تسير بين عمان والحيرة ثم إلى الحجاز.")).contains("الحيرة");
  }
}
