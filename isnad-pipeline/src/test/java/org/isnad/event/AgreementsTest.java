package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.FactValue;
import org.isnad.model.FigureKind;
import org.isnad.model.Story;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.junit.jupiter.api.Test;

/**
 * Agreements signed and counted ("وقع الوزيران ثلاث مذكرات تفاهم"), placed where their parties met;
 * on sentences written for these tests, and on the acceptance story "visit" (EXPECTED.md: four
 * memoranda against five).
 */
class AgreementsTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  @Test
  void anAgreementReferredToInPassingHasNoSides() {
    String text = "ودانت وزارة الخارجية اللبنانية الغارة، داعية مجلس الأمن الدولي إلى إلزام إسرائيل بتطبيق اتفاق وقف إطلاق النار.";
    assertThat(extract(text).events()).filteredOn(e -> e.type() == EventType.AGREEMENT)
        .allSatisfy(e -> assertThat(e.actor1()).isNull());
  }

  @Test
  void anAgreementMadeHasItsSides() {
    String text = "ووقعت الحكومة السودانية وحركة العدل والمساواة اتفاقا لوقف إطلاق النار في الدوحة.";
    assertThat(extract(text).events()).filteredOn(e -> e.type() == EventType.AGREEMENT)
        .singleElement().satisfies(e -> assertThat(e.actor1()).isNotNull());
  }

  @Test
  void documentsSignedAreAnAgreementsCount() {
    String text = "ووقع الوزيران في بغداد ثلاث مذكرات تفاهم في مجالات النقل والطاقة.";
    List<EventMention> agreements = extract(text).events().stream().filter(e -> e.type() == EventType.AGREEMENT).toList();
    assertThat(agreements).singleElement().satisfies(e -> {
      assertThat(e.figures()).singleElement().satisfies(f -> {
        assertThat(f.kind()).isEqualTo(FigureKind.SIGNED);
        assertThat(f.value()).isEqualTo(3);
      });
      assertThat(e.place().in(text)).isEqualTo("بغداد");
    });
  }

  @Test
  void theEndsOfALinkAreNoPlace() {
    String text = "ووقع الجانبان اتفاقية لإعادة تشغيل خط الكهرباء بين بيروت ودمشق.";
    assertThat(extract(text).events()).filteredOn(e -> e.type() == EventType.AGREEMENT)
        .allSatisfy(e -> assertThat(e.place()).isNull());
  }

  @Test
  void theVisitIsInDamascusAndTheMemorandaAreDisputed() throws URISyntaxException {
    Path dir = Path.of(AgreementsTest.class.getResource("/org/isnad/acceptance/visit").toURI());
    Story story = Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir)).stories().get(0);
    List<Fact> signed = story.facts().stream().filter(f -> f.slot().equals("signed")).toList();
    assertThat(signed).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FactStatus.DISPUTED);
      assertThat(f.values()).extracting(FactValue::value).containsExactlyInAnyOrder("4", "5");
    });
    String damascus = story.entities().stream().filter(e -> e.aliases().contains("دمشق")).findFirst().orElseThrow().id();
    assertThat(story.events()).filteredOn(e -> e.type() == EventType.DIPLOMATIC_CONTACT)
        .isNotEmpty().allSatisfy(e -> assertThat(e.place()).isEqualTo(damascus));
  }
}
