package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A known person's family name at the end of a lineage whose given name is another ("فلان بن فلان
 * البوسعيدي") names another person of that family: no link to the known one, and the given name is
 * part of the name, not a role.
 */
class AnotherOfAKnownFamilyTest {

  private static List<EntityMention> persons(String text) {
    return Recognition.mentions(text).stream().filter(m -> m.type() == EntityType.PER).toList();
  }

  @Test
  void anotherGivenNameInALineageIsAnotherPerson() {
    assertThat(persons("وافتتح المعرض سعادة الشيخ سالم بن ناصر البوسعيدي وكيل وزارة الثقافة."))
        .singleElement().satisfies(m -> {
          assertThat(m.ref()).isNull();
          assertThat(m.text()).isEqualTo("سالم بن ناصر البوسعيدي");
        });
  }

  @Test
  void theKnownPersonsOwnLineageStaysHis() {
    assertThat(persons("واستقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية نظيره الإيراني."))
        .filteredOn(m -> m.text().contains("البوسعيدي")).singleElement()
        .satisfies(m -> assertThat(m.ref()).isEqualTo("badr-albusaidi"));
  }
}
