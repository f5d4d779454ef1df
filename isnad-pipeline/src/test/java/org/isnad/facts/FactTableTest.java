package org.isnad.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.Event;
import org.isnad.model.EventType;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.isnad.model.FigureReport;
import org.isnad.model.Span;
import org.junit.jupiter.api.Test;

class FactTableTest {

  private final FactTable table = new FactTable(Language.arabic());

  private static FigureReport wounded(String article, long value, String group, String authority) {
    return new FigureReport(article, new Figure(FigureKind.WOUNDED, value, false, false, group, Span.of(0, 5), authority, null));
  }

  private Fact only(FigureReport... reports) {
    List<Fact> facts = facts(reports);
    assertThat(facts).filteredOn(f -> f.slot().equals("wounded")).hasSize(1);
    return facts.stream().filter(f -> f.slot().equals("wounded")).findFirst().orElseThrow();
  }

  private List<Fact> facts(FigureReport... reports) {
    Event e = new Event("s1-E1", EventType.ATTACK, null, null, null, null, null, null, List.of(reports), List.of());
    // every article its own independent source, except b and c, which copy each other
    return table.facts(List.of(e), List.of(), List.of(), a -> a.equals("c") ? 1 : a.charAt(0) - 'a');
  }

  private Fact victims(FigureReport... reports) {
    return facts(reports).stream().filter(f -> f.slot().equals("victims")).findFirst().orElse(null);
  }

  @Test
  void differentNumbersForDifferentGroupsAreExplainedNotDisputed() {
    Fact f = only(wounded("a", 3, "جنود أميركيين", null), wounded("b", 2, "عنصرين من قوات الأمن السورية", null));
    assertThat(f.status()).isEqualTo(FactStatus.EXPLAINED);
    assertThat(f.best()).isEqualTo("5");
  }

  @Test
  void differentNumbersForTheSameOrAnUnspecifiedGroupAreDisputed() {
    Fact f = only(wounded("a", 3, "جنود أميركيين", null), wounded("d", 2, "آخرين", "وزارة الداخلية"));
    assertThat(f.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(f.low()).isEqualTo(2);
    assertThat(f.high()).isEqualTo(3);
    assertThat(f.values()).anyMatch(v -> v.value().equals("2") && "وزارة الداخلية".equals(v.authority()));
  }

  @Test
  void copiesCountOnceAndTheBestIsWhatMostIndependentSourcesSay() {
    // b and c copy each other (one source): 4 has two sources (a, d), 6 has one (b+c)
    Fact f = only(wounded("a", 4, null, null), wounded("d", 4, null, null), wounded("b", 6, null, null),
        wounded("c", 6, null, null));
    assertThat(f.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(f.best()).isEqualTo("4");
    assertThat(f.values().get(0).value()).isEqualTo("4");
    assertThat(f.values().stream().filter(v -> v.value().equals("6")).findFirst().orElseThrow().sources()).isEqualTo(1);
  }

  @Test
  void oneValueFromOneSourceIsSingleSource() {
    assertThat(only(wounded("b", 2, null, null), wounded("c", 2, null, null)).status()).isEqualTo(FactStatus.SINGLE_SOURCE);
    assertThat(only(wounded("a", 2, null, null), wounded("b", 2, null, null)).status()).isEqualTo(FactStatus.AGREED);
  }

  @Test
  void aSmallerCountInTheArticleOfALargerOneOnTheSameWordIsAPartOfIt() {
    // "اعتقلت قوات الاحتلال 25 مواطنا" then "واعتقلت 11 شابا في مخيم بلاطة", both on the outlet's word
    Fact f = only(wounded("a", 25, "مواطنا", null), wounded("a", 11, "شابا", null));
    assertThat(f.status()).isEqualTo(FactStatus.SINGLE_SOURCE);
    assertThat(f.best()).isEqualTo("25");
    // two authorities in one article still disagree
    Fact g = only(wounded("a", 18, "مطلوبا", "الجيش الإسرائيلي"), wounded("a", 25, "فلسطينيا", "نادي الأسير"));
    assertThat(g.status()).isEqualTo(FactStatus.DISPUTED);
  }

  @Test
  void aTieGoesToTheLowerNumber() {
    assertThat(only(wounded("a", 3, null, null), wounded("d", 2, null, null)).best()).isEqualTo("2");
  }

  @Test
  void civiliansOnOneAuthoritysWordAndArmedMenOnAnothersDisputeWhoTheVictimsWere() {
    // the health ministry's citizens against the army's Hezbollah members: two accounts of who was hit
    Fact f = victims(wounded("a", 2, "مواطنين اثنين", "وزارة الصحة"), wounded("a", 2, "عناصر من حزب الله", "الجيش"));
    assertThat(f.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(f.values()).extracting(v -> v.group()).containsExactlyInAnyOrder("civilian", "armed");
  }

  @Test
  void aMixedTollIsExplainedAndAGroupOfNoKindIsNoVictimsValue() {
    // "جنديين أميركيين ومترجم مدني": one count of both kinds; a soldier counted on another's word
    Fact f = victims(wounded("a", 3, "جنديين أميركيين ومترجم مدني", "القيادة المركزية"), wounded("d", 2, "عسكريين", "وزارة الداخلية"));
    assertThat(f.status()).isEqualTo(FactStatus.EXPLAINED);
    assertThat(f.values()).extracting(v -> v.group()).containsExactly("armed+civilian", "armed");
    assertThat(victims(wounded("a", 3, "أشخاص", null), wounded("d", 3, "آخرين", null))).isNull();
    assertThat(victims(wounded("a", 3, "أطفال", null), wounded("d", 3, "مدنيين", null)).status()).isEqualTo(FactStatus.AGREED);
    // shepherds and farmers are civilians; "حزب العمال" names no workers
    assertThat(victims(wounded("a", 2, "راعيين", "المرصد"), wounded("d", 2, "مسلحين", "الجيش")).status())
        .isEqualTo(FactStatus.DISPUTED);
    assertThat(victims(wounded("a", 3, "عناصر من حزب العمال الكردستاني", null)).values().get(0).group()).isEqualTo("armed");
  }
}
