package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.entity.Recognition.names;

import org.junit.jupiter.api.Test;

/**
 * A preposition ل or ب glued to a person's name the tagger found is no part of the name (sentences of
 * ANERcorp news): "مجاور لنجيب محفوظ" names "نجيب محفوظ". Names that start with those letters stay whole.
 */
class PrepositionBeforeAPersonTest {

  @Test
  void thePrepositionIsLeftOut() {
    assertThat(names("عادل إمام ابن حى مجاور لنجيب محفوظ الذى ولد فى العام نفسه."))
        .contains("نجيب محفوظ").noneMatch(n -> n.startsWith("لنجيب"));
    assertThat(names("إلا أنني فوجئت برضا يشن هجوماً على الفيلم قبل عرضه.")).contains("رضا").doesNotContain("برضا");
  }

  @Test
  void aNameInLamOrBaStaysWhole() {
    assertThat(Recognition.BUNDLED.personStrip("لنجيب")).isEqualTo(1);
    assertThat(Recognition.BUNDLED.personStrip("برضا")).isEqualTo(1);
    assertThat(Recognition.BUNDLED.personStrip("لطفي")).isZero();
    assertThat(Recognition.BUNDLED.personStrip("بشار")).isZero();
    assertThat(Recognition.BUNDLED.personStrip("بوش")).isZero();
    assertThat(Recognition.BUNDLED.personStrip("بلال")).isZero();
    assertThat(Recognition.BUNDLED.personStrip("ليلي")).isZero();
  }
}
