package org.isnad.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In a clash each side counts its own dead and the other's: counts of different people, compared side by side. */
class FigureSidesTest {

  private static final String ARMY = """
      الجيش السوداني يعلن مقتل خمسة من جنوده في اشتباكات مع الدعم السريع بالفاشر

      الفاشر - أعلن الجيش السوداني، الأحد، مقتل خمسة من جنوده وإصابة تسعة آخرين في اشتباكات عنيفة مع قوات الدعم السريع شرقي مدينة الفاشر، مؤكدا أنه قتل 30 من عناصر الدعم السريع ودمر عددا من آلياتها.

      وقال المتحدث باسم الجيش إن قواته صدت هجوما واسعا على مواقعها في المدينة.
      """;
  private static final String RSF = """
      الدعم السريع: قتلنا 40 جنديا في معارك الفاشر

      الفاشر - قالت قوات الدعم السريع في بيان، الأحد، إنها قتلت 40 جنديا من الجيش السوداني في اشتباكات شرقي مدينة الفاشر، مؤكدة أنها صدت هجوما على مواقعها.

      واتهم البيان الجيش بشن هجوم على مواقعها في المدينة.
      """;

  @TempDir Path dir;

  private Story story(String... texts) throws IOException {
    return OneStory.of(dir, texts);
  }

  private static Fact fact(Story s, String slot, String group) {
    return s.facts().stream().filter(f -> f.slot().equals(slot) && java.util.Objects.equals(f.group(), group))
        .findFirst().orElseThrow(() -> new AssertionError(slot + " of " + group + " in " + s.facts()));
  }

  @Test
  void eachSidesDeadAreComparedApart() throws IOException {
    Story s = story(ARMY, RSF);
    // the army's own five ("من جنوده") against the RSF's forty soldiers: a dispute over the army's dead
    Fact army = fact(s, "killed", "القوات المسلحة السودانية");
    assertThat(army.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(army.values()).extracting(v -> v.value()).containsExactlyInAnyOrder("5", "40");
    // the RSF's dead on the army's word ("من عناصر الدعم السريع"), not a rival count of the army's
    Fact rsf = fact(s, "killed", "قوات الدعم السريع");
    assertThat(rsf.status()).isEqualTo(FactStatus.SINGLE_SOURCE);
    assertThat(rsf.best()).isEqualTo("30");
    // "وإصابة تسعة آخرين" right after the army's dead: the army's wounded
    assertThat(fact(s, "wounded", "القوات المسلحة السودانية").best()).isEqualTo("9");
    assertThat(s.brief()).anyMatch(b -> b.text().contains("القتلى في صفوف القوات المسلحة السودانية")
        && b.text().contains("5") && b.text().contains("40"));
  }

  @Test
  void countsOfNoSideStayOneFact() throws IOException {
    Story s = story("""
        قتلى في قصف على مدرسة تؤوي نازحين في خان يونس

        غزة - قتل أربعة فلسطينيين وأصيب تسعة آخرون في قصف إسرائيلي استهدف مدرسة تديرها وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (أونروا) في خان يونس، وفق ما أفادت به مصادر طبية.
        """);
    assertThat(s.facts()).filteredOn(f -> f.slot().equals("killed")).singleElement()
        .satisfies(f -> assertThat(f.group()).isNull()); // the agency's name is no side of the Palestinians killed
  }

  @Test
  void theTwoSidesOfAnExchangeAreNoRivalCounts() throws IOException {
    Story s = story("""
        الإفراج عن 90 أسيرا فلسطينيا مقابل ثلاث رهائن

        رام الله - أفرجت السلطات الإسرائيلية، مساء الأحد، عن 90 أسيرا فلسطينيا من سجن عوفر مقابل إطلاق حركة حماس سراح ثلاث رهائن في غزة، في إطار المرحلة الأولى من اتفاق وقف إطلاق النار.
        """, """
        حماس تطلق سراح ثلاث رهائن وإسرائيل تفرج عن 95 أسيرا

        غزة - أطلقت حركة حماس، مساء الأحد، سراح ثلاث رهائن إسرائيليات، مقابل الإفراج عن 95 أسيرا فلسطينيا من سجن عوفر، وفق ما أعلنت هيئة شؤون الأسرى الفلسطينية.
        """);
    // told in either order, each side is compared with its own: 90 against 95 prisoners, three hostages agreed
    assertThat(s.facts()).filteredOn(f -> f.slot().equals("released")).hasSize(2)
        .anySatisfy(f -> {
          assertThat(f.status()).isEqualTo(FactStatus.DISPUTED);
          assertThat(f.values()).extracting(v -> v.value()).containsExactlyInAnyOrder("90", "95");
        })
        .anySatisfy(f -> {
          assertThat(f.status()).isEqualTo(FactStatus.AGREED);
          assertThat(f.best()).isEqualTo("3");
        });
    assertThat(s.brief()).anyMatch(b -> b.text().contains("المفرج عنهم (أسيرا فلسطينيا)"))
        .noneMatch(b -> b.text().contains("3 بحسب"));
  }

  @Test
  void releasesWithNothingInReturnStayOneFact() throws IOException {
    Story s = story("""
        الإفراج عن 90 أسيرا فلسطينيا

        رام الله - أفرجت السلطات الإسرائيلية، مساء الأحد، عن 90 أسيرا فلسطينيا من سجن عوفر، وتجمع ذووهم مقابل بوابة السجن في انتظارهم.
        """, """
        إسرائيل تفرج عن 95 أسيرا

        رام الله - أفرجت السلطات الإسرائيلية، مساء الأحد، عن 95 أسيرا فلسطينيا من سجن عوفر، وفق ما أعلنت هيئة شؤون الأسرى الفلسطينية.
        """);
    assertThat(s.facts()).filteredOn(f -> f.slot().equals("released")).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FactStatus.DISPUTED);
      assertThat(f.group()).isNull();
    });
  }
}
