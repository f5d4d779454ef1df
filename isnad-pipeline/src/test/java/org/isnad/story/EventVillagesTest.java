package org.isnad.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.entity.EntityRecognizer;
import org.isnad.event.EventExtractor;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Outlet;
import org.isnad.model.Span;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Rival reports of one blast share the village it happened in, whatever their words; an event of
 * another kind there, or one in a town the gazetteer knows, is no such evidence.
 */
class EventVillagesTest {

  private static final Language AR = Language.arabic();
  private static final TextAnalyzer TEXT = TextAnalyzer.create(AR);
  private static final EntityRecognizer ENTITIES = EntityRecognizer.bundled(AR);
  private static final EventExtractor EVENTS = EventExtractor.create(AR);

  private static AnalysedArticle article(String id, String body) {
    CleanArticle c = new CleanArticle(id, id, body, List.of(new Span(0, body.length())), null, null, Outlet.UNKNOWN,
        null, null, null, List.of(), List.of());
    return EVENTS.extract(ENTITIES.recognize(TEXT.analyze(c)));
  }

  @Test
  void aBlastInOneVillageToldByRivalSidesIsOneStorysAndAnotherKindOfEventIsNot() {
    EventVillages villages = new EventVillages();
    villages.add(article("a1", "استشهد ثلاثة أطفال جراء انفجار قنبلة عنقودية من مخلفات العدوان في قرية الكدف الأعلى"
        + " بمديرية التحيتا بمحافظة الحديدة."), 4);
    assertThat(villages.storyOf(article("a2", "قتل طفلان وأصيب ثالث جراء انفجار لغم أرضي من مخلفات المليشيا في قرية"
        + " الكدف الأعلى بمديرية التحيتا جنوب محافظة الحديدة."))).isEqualTo(4);
    assertThat(villages.storyOf(article("a3", "واعتقلت القوات ثلاثة أشخاص في قرية الكدف فجر اليوم."))).isEqualTo(-1);
    villages.remove(4);
    assertThat(villages.storyOf(article("a4", "قتل طفلان جراء انفجار لغم أرضي في قرية الكدف الأعلى."))).isEqualTo(-1);
  }

  @Test
  void aNeighbourhoodIsNoVillage() {
    assertThat(EventVillages.keys(article("c1", "قتل ثلاثة أشخاص جراء انفجار عبوة ناسفة في حي الزهور فجر اليوم."))).isEmpty();
    assertThat(EventVillages.keys(article("c2", "قتل ثلاثة أشخاص جراء انفجار عبوة ناسفة في قرية الزهور فجر اليوم.")))
        .isNotEmpty();
  }

  @Test
  void aTownTheGazetteerKnowsIsNoVillage() {
    assertThat(EventVillages.keys(article("b1", "قتل ثلاثة أشخاص جراء انفجار عبوة ناسفة في مدينة الخوخة."))).isEmpty();
  }
}
