package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.isnad.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The person named right after the verb speaks, not a companion or counterpart named after "مع", "خلال"
 * or "في" ("وقال الصفدي خلال مؤتمر صحفي مشترك مع نظيره المصري بدر عبد العاطي إن"), and "مع" ends the
 * role before a name ("صحفي" is the conference's, no title of the counterpart).
 */
class SubjectBeforeCompanionTest {

  private static final String PRESS_CONFERENCE = "أكد وزير الخارجية أيمن الصفدي أن الحل سياسي. "
      + "وقال الصفدي خلال مؤتمر صحفي مشترك مع نظيره المصري بدر عبد العاطي في عمّان إن الأردن يدعم كل الجهود.";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      PRESS_CONFERENCE + "|الصفدي",
      "وقال الرئيس الأمريكي جو بايدن إن بلاده ستواصل دعم أوكرانيا.|جو بايدن",
      "وقال مستشار الرئيس محمود عباس، نبيل أبو ردينة، إن القرار مرفوض.|نبيل أبو ردينة",
  })
  void theSubjectAfterTheVerbSpeaks(String text, String speaker) {
    AnalysedArticle a = Extraction.of(org.isnad.model.Paragraphs.one(text));
    assertThat(a.quotes()).last().satisfies(q -> assertThat(q.speaker()).isEqualTo(speaker));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {PRESS_CONFERENCE + "|بدر عبد العاطي"})
  void aCompanionAfterWithHasNoRoleFromBeforeIt(String text, String name) {
    AnalysedArticle a = Extraction.of(org.isnad.model.Paragraphs.one(text));
    assertThat(a.entities()).filteredOn(m -> m.type() == EntityType.PER && m.text().equals(name))
        .isNotEmpty().allSatisfy(m -> assertThat(m.role()).isNull());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقال المبعوث الأمريكي الخاص للتعامل مع إيران روبرت مالي إن الاتفاق ممكن.|روبرت مالي|المبعوث الأمريكي الخاص للتعامل مع إيران",
  })
  void withInTheRemitOfAnOfficeKeepsTheRole(String text, String name, String role) {
    AnalysedArticle a = Extraction.of(org.isnad.model.Paragraphs.one(text));
    assertThat(a.entities()).filteredOn(m -> m.type() == EntityType.PER && m.text().equals(name))
        .isNotEmpty().allSatisfy(m -> assertThat(m.role()).isEqualTo(role));
  }
}
