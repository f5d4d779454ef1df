package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A person's name of one word is split at a joined article only with three letters or more after it,
 * counted as the pattern counts them, by code point: a letter outside the basic plane is one letter of
 * two chars ("عبدال" + two such letters was split by the count of chars, where the pattern keeps it whole).
 */
class JoinedArticleLettersTest {

  @Test
  void aJoinedArticleSplitsTheNameBeforeThreeLetters() {
    assertThat(EntityResolver.words("عبدالكريم")).containsExactly("عبد", "الكريم");
    assertThat(EntityResolver.words("عبدال\uD801\uDC00\uD801\uDC01\uD801\uDC02")).containsExactly("عبد",
        "ال\uD801\uDC00\uD801\uDC01\uD801\uDC02");
  }

  @Test
  void twoLettersOutsideTheBasicPlaneAreTwoLettersNotFour() {
    assertThat(EntityResolver.words("عبدال\uD801\uDC00\uD801\uDC01")).containsExactly("عبدال\uD801\uDC00\uD801\uDC01");
    assertThat(EntityResolver.words("عبدال\uD801\uDC00ب")).containsExactly("عبدال\uD801\uDC00ب");
  }
}
