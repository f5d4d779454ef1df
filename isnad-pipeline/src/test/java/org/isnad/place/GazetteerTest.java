package org.isnad.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.isnad.place.TestGazetteers.row;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.isnad.entity.PhraseDictionary.Match;
import org.isnad.lang.Language;
import org.junit.jupiter.api.Test;

/** Loading gazetteer rows and finding places by name, alias and spelling variant. */
class GazetteerTest {

  private final Gazetteer gazetteer = TestGazetteers.small();

  private List<String> ids(String name) {
    return gazetteer.candidates(name).stream().map(Place::id).toList();
  }

  @Test
  void testEveryRowIsLoaded() {
    assertThat(gazetteer.size()).isEqualTo(14);
    assertThat(gazetteer.malformed()).isZero();
  }

  @Test
  void testRowFields() {
    Place p = gazetteer.byId("sy-tadmur");
    assertThat(p).isEqualTo(new Place("sy-tadmur", "town", "SY", "sy-homs", "تدمر", "Palmyra", List.of("تدمور"),
        34.56, 38.28, 0));
    assertThat(gazetteer.byId("sy").aliases()).containsExactly("سورية", "الجمهورية العربية السورية");
    assertThat(gazetteer.byId("nowhere")).isNull();
  }

  @Test
  void testCandidatesByArabicName() {
    assertThat(ids("تدمر")).containsExactly("sy-tadmur");
  }

  @Test
  void testCandidatesByAlias() {
    assertThat(ids("تدمور")).containsExactly("sy-tadmur");
    assertThat(ids("الجمهورية العربية السورية")).containsExactly("sy");
  }

  @Test
  void testCandidatesByEnglishName() {
    assertThat(ids("Palmyra")).containsExactly("sy-tadmur");
  }

  @Test
  void testHamzaVariantMeets() {
    assertThat(ids("ادلب")).containsExactly("sy-idlib");
    assertThat(ids("تل ابيض")).containsExactly("sy-tal-abyad");
  }

  @Test
  void testTaaMarbutaVariantMeets() {
    assertThat(ids("حماه")).containsExactly("sy-hama");
    assertThat(ids("سوريه")).containsExactly("sy");
  }

  @Test
  void testDiacritisedNameMeets() {
    assertThat(ids("تَدْمُر")).containsExactly("sy-tadmur");
  }

  @Test
  void testArticleOfANameIsOptional() {
    assertThat(ids("باب")).containsExactlyInAnyOrder("sy-albab", "jo-albab");
  }

  @Test
  void testSameNameInTwoCountries() {
    assertThat(ids("الباب")).containsExactlyInAnyOrder("sy-albab", "jo-albab");
    assertThat(ids("طرابلس")).containsExactlyInAnyOrder("lb-tripoli", "ly-tripoli");
  }

  @Test
  void testCandidatesBetterKnownKindFirst() {
    assertThat(ids("حمص")).containsExactly("sy-homs", "sy-homs-city");
  }

  @Test
  void testUnknownNameHasNoCandidates() {
    assertThat(gazetteer.candidates("مدينة الأحلام")).isEmpty();
    assertThat(gazetteer.candidates("")).isEmpty();
  }

  @Test
  void testNamesAreFoundInText() {
    String[] norms = Arrays.stream("وصل الوفد الى تدمر ثم طرابلس الغرب".split(" "))
        .map(w -> Language.arabic().normalizer().fold(w)).toArray(String[]::new);
    List<Match<List<Place>>> found = gazetteer.names().find(norms);
    assertThat(found).extracting(Match::start, Match::end).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, 4), org.assertj.core.groups.Tuple.tuple(5, 7));
    assertThat(found.get(0).value()).extracting(Place::id).containsExactly("sy-tadmur");
    assertThat(found.get(1).value()).extracting(Place::id).containsExactly("ly-tripoli");
  }

  @Test
  void testMalformedLinesAreCountedAndTheRestLoads() {
    Gazetteer g = TestGazetteers.of(String.join("\n",
        row("sy-tadmur", "town", "SY", "sy-homs", "تدمر", "Palmyra", "تدمور", "34.56", "38.28"),
        row("bad-columns", "town", "SY", "", "قرية", "", "34.0"),
        row("bad-lat", "town", "SY", "", "القريتين", "", "", "شمال", "37.2"),
        "",
        "# a comment is not malformed",
        row("sy-homs", "admin1", "SY", "", "حمص", "Homs", "", "34.73", "36.71")));
    assertThat(g.malformed()).isEqualTo(2);
    assertThat(g.size()).isEqualTo(2);
    assertThat(g.byId("bad-lat")).isNull();
    assertThat(g.candidates("تدمور")).extracting(Place::id).containsExactly("sy-tadmur");
    assertThat(g.candidates("حمص")).extracting(Place::id).containsExactly("sy-homs");
  }

  @Test
  void testMalformedBundledLineFailsNamingTheLine() {
    Gazetteer g = new Gazetteer(Language.arabic());
    String rows = row("sy", "country", "SY", "", "سوريا", "Syria", "", "35.0", "38.5") + "\n"
        + row("broken", "town", "SY") + "\n";
    assertThatThrownBy(() -> g.load(new BufferedReader(new StringReader(rows)), Gazetteer.RESOURCE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(Gazetteer.RESOURCE).hasMessageContaining("line 2");
  }

  @Test
  void testFirstRowOfAnIdWins() {
    Gazetteer g = TestGazetteers.of(String.join("\n",
        row("sy-tadmur", "town", "SY", "sy-homs", "تدمر", "Palmyra", "", "34.56", "38.28"),
        row("sy-tadmur", "town", "SY", "", "مكان آخر", "", "", "30.0", "30.0")));
    assertThat(g.size()).isEqualTo(1);
    assertThat(g.byId("sy-tadmur").nameAr()).isEqualTo("تدمر");
    assertThat(g.candidates("مكان آخر")).isEmpty();
  }
}
