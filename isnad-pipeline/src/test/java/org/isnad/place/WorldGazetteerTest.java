package org.isnad.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.isnad.lang.Language;
import org.isnad.model.Geo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The bundled gazetteer beyond the region: every sovereign country, world capitals and cities, and
 * the guarantee that none of them takes a name away from a place of the Middle East and North Africa.
 */
class WorldGazetteerTest {

  private static final Language AR = Language.arabic();
  private static final Gazetteer GAZETTEER = Gazetteer.bundled(AR);
  private static final Geocoder GEOCODER = new Geocoder(GAZETTEER);

  /** The countries the gazetteer lists towns and divisions of. */
  private static final Set<String> REGION = Set.of("SY", "IQ", "LB", "JO", "PS", "IL", "YE", "LY", "EG", "SA", "AE",
      "QA", "KW", "BH", "OM", "TR", "IR", "SD", "TN", "DZ", "MA", "MR", "SO", "DJ", "KM");

  @Test
  void testEverySovereignCountryHasARow() {
    List<Place> countries = GAZETTEER.places().stream().filter(p -> p.kind().equals("country")).toList();
    assertThat(countries).hasSizeGreaterThanOrEqualTo(190);
    assertThat(countries).extracting(Place::country).doesNotHaveDuplicates();
    assertThat(countries).allSatisfy(p -> {
      assertThat(p.id()).isEqualTo(p.country().toLowerCase(java.util.Locale.ROOT));
      assertThat(p.admin1Id()).isEmpty();
    });
  }

  @Test
  void testEveryPlaceBelongsToAListedCountry() {
    Set<String> countries = new java.util.HashSet<>();
    GAZETTEER.places().stream().filter(p -> p.kind().equals("country")).forEach(p -> countries.add(p.country()));
    // a world region spans countries: it alone has none ("region-middle-east")
    assertThat(GAZETTEER.places()).filteredOn(p -> !p.country().isEmpty()).allSatisfy(p -> {
      assertThat(countries).contains(p.country());
      assertThat(p.id()).startsWith(p.country().toLowerCase(java.util.Locale.ROOT));
    });
    assertThat(GAZETTEER.places()).filteredOn(p -> p.country().isEmpty())
        .allSatisfy(p -> assertThat(p.kind()).isEqualTo("region")).isNotEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "أوروبا|", "الشرق الأوسط|", "الخليج|", "شمال أفريقيا|", "البلقان|",
      "الضفة الغربية|PS", "قطاع غزة|PS", "دارفور|SD", "البادية السورية|SY",
  })
  void testRegionsArePlacedAsRegions(String name, String country) {
    Place p = GAZETTEER.candidates(name).get(0);
    Geo geo = GEOCODER.locate(List.of(name), p.id(), Set.of());
    assertThat(geo.precision()).as(name).isEqualTo("region");
    assertThat(geo.country()).as(name).isEqualTo(country);
    assertThat(geo.admin1()).as(name).isNull();
  }

  /** A name, the place it must be first, and a box (south, north, west, east) the point must be in. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "أوكرانيا|ua|44|53|22|41", "اوكرانيا|ua|44|53|22|41", "أفغانستان|af|29|39|60|75", "افغانستان|af|29|39|60|75",
      "المكسيك|mx|14|33|-118|-86", "الهند|in|8|35|68|97", "باكستان|pk|24|37|61|77", "إيطاليا|it|36|47|6|19",
      "ايطاليا|it|36|47|6|19", "إسبانيا|es|36|44|-10|4", "اسبانيا|es|36|44|-10|4", "اليونان|gr|34|42|19|30",
      "قبرص|cy|34.5|35.7|32|34.6", "إثيوبيا|et|3|15|33|48", "أثيوبيا|et|3|15|33|48", "اثيوبيا|et|3|15|33|48",
      "إريتريا|er|12|18|36|44", "تشاد|td|7|24|13|24", "جنوب السودان|ss|3|13|24|36", "النيجر|ne|11|24|0|16",
      "نيجيريا|ng|4|14|2|15", "أذربيجان|az|38|42|44|51", "أرمينيا|am|38.8|41.3|43.4|46.7", "جورجيا|ge|41|43.6|40|47",
      "اليابان|jp|30|46|128|146", "كوريا الجنوبية|kr|33|39|124|130", "كوريا الشمالية|kp|37.5|43|124|131",
      "كندا|ca|42|70|-141|-52", "البرازيل|br|-34|5|-74|-34", "فنزويلا|ve|0|13|-74|-59", "بلجيكا|be|49.5|51.5|2.5|6.4",
      "هولندا|nl|50.7|53.6|3.3|7.3", "السويد|se|55|69|11|24", "النرويج|no|57|71|4|31", "بولندا|pl|49|55|14|24",
      "النمسا|at|46|49|9.5|17.2", "سويسرا|ch|45.8|47.8|5.9|10.5", "جزر المالديف|mv|-1|8|72|74",
      "الكونغو الديمقراطية|cd|-14|6|12|32", "ساحل العاج|ci|4|11|-9|-2", "كوت ديفوار|ci|4|11|-9|-2",
      "جنوب أفريقيا|za|-35|-22|16|33", "جنوب افريقيا|za|-35|-22|16|33", "روسيا البيضاء|by|51|56.2|23|33",
      "كييف|ua-kyiv|50|51|30|31", "موسكو|ru-moscow|55|56|37|38", "لندن|gb-london|51|52|-1|0.5",
      "نيويورك|us-new-york|40|41.5|-75|-73", "جنيف|ch-geneva|46|46.5|6|6.5", "فيينا|at-vienna|48|48.5|16|17",
      "إسلام آباد|pk-islamabad|33.5|34|72.8|73.3", "اسلام اباد|pk-islamabad|33.5|34|72.8|73.3",
      "كابل|af-kabul|34.3|34.8|69|69.5", "كراتشي|pk-karachi|24.7|25.1|66.8|67.3", "نيودلهي|in-new-delhi|28.4|28.9|77|77.4",
      "أديس أبابا|et-addis-ababa|8.8|9.2|38.6|38.9", "اديس ابابا|et-addis-ababa|8.8|9.2|38.6|38.9",
      "أسمرة|er-asmara|15.2|15.5|38.8|39.1", "نجامينا|td-ndjamena|12|12.3|14.9|15.2", "جوبا|ss-juba|4.7|5|31.4|31.7",
      "باماكو|ml-bamako|12.5|12.8|-8.2|-7.8", "نيامي|ne-niamey|13.4|13.7|2|2.3", "أبوجا|ng-abuja|8.9|9.3|7.2|7.6",
      "باكو|az-baku|40.3|40.6|49.7|50.1", "يريفان|am-yerevan|40|40.3|44.3|44.7", "تبليسي|ge-tbilisi|41.6|41.8|44.7|45",
      "ستوكهولم|se-stockholm|59.2|59.5|17.8|18.3", "أوسلو|no-oslo|59.8|60.1|10.5|11", "وارسو|pl-warsaw|52|52.4|20.8|21.3",
      "أمستردام|nl-amsterdam|52.2|52.5|4.7|5.1", "امستردام|nl-amsterdam|52.2|52.5|4.7|5.1",
      "لاهاي|nl-the-hague|51.9|52.2|4.1|4.5", "نيقوسيا|cy-nicosia|35|35.3|33.2|33.5", "أثينا|gr-athens|37.8|38.2|23.5|24",
      "اثينا|gr-athens|37.8|38.2|23.5|24", "أوتاوا|ca-ottawa|45.2|45.6|-76|-75.4", "مونتريال|ca-montreal|45.3|45.8|-74|-73.3",
      "مكسيكو سيتي|mx-mexico-city|19.2|19.7|-99.4|-98.9", "برازيليا|br-brasilia|-16|-15.5|-48.1|-47.6",
      "ساو باولو|br-sao-paulo|-24|-23.3|-47|-46.3", "كاراكاس|ve-caracas|10.3|10.7|-67.2|-66.7",
      "روما|it-rome|41.7|42.1|12.3|12.7", "مدريد|es-madrid|40.3|40.6|-3.9|-3.5", "بروكسل|be-brussels|50.7|51|4.2|4.5",
      "أنقرة|tr-ankara|39.8|40.1|32.6|33.1", "إسطنبول|tr-istanbul|40.8|41.3|28.5|29.5",
  })
  void testNewNamesResolveInTheirCountry(String name, String id, double south, double north, double west,
      double east) {
    List<Place> candidates = GAZETTEER.candidates(name);
    assertThat(candidates).as(name).isNotEmpty();
    Place p = candidates.get(0);
    assertThat(p.id()).as(name).isEqualTo(id);
    Geo geo = GEOCODER.locate(List.of(name), p.id(), Set.of());
    assertThat(geo.placeId()).isEqualTo(id);
    assertThat(geo.country()).isEqualTo(p.country());
    assertThat(geo.precision()).isEqualTo(p.kind().equals("country") ? "country" : "exact");
    assertThat(geo.lat()).as(name + " lat").isBetween(south, north);
    assertThat(geo.lon()).as(name + " lon").isBetween(west, east);
  }

  @Test
  void testACountryNameAloneIsPlacedWithoutContext() {
    Geo g = GEOCODER.locate(List.of("أوكرانيا"), null, Set.of());
    assertThat(g.placeId()).isEqualTo("ua");
    assertThat(g.precision()).isEqualTo("country");
  }

  @Test
  void testACityInTheStorysCountryIsPlaced() {
    assertThat(GEOCODER.locate(List.of("كييف"), null, Set.of("UA")).placeId()).isEqualTo("ua-kyiv");
  }

  @Test
  void testNamesThatAreCommonWordsAreNotMatchedInTextButStillGeocode() {
    assertThat(idsFound("وقدمت الحكومة دعم مالي كبير للمدارس بنين وبنات بعد سيول جارفة")).isEmpty();
    assertThat(idsFound("انسحبت القوات الفرنسية من جمهورية مالي")).containsExactly("ml");
    assertThat(GAZETTEER.candidates("مالي")).extracting(Place::id).containsExactly("ml");
    assertThat(GEOCODER.locate(List.of("مالي"), null, Set.of()).placeId()).isEqualTo("ml");
    assertThat(GEOCODER.locate(List.of("سيول"), null, Set.of("KR")).placeId()).isEqualTo("kr-seoul");
    assertThat(GAZETTEER.byId("ml").aliases()).contains("مالي").noneMatch(a -> a.startsWith("?"));
  }

  @Test
  void testRegionPlacesKeepTheirNames() {
    assertThat(GAZETTEER.candidates("تدمر").get(0).id()).isEqualTo("sy-homs-palmyra");
    assertThat(GAZETTEER.candidates("فيلادلفيا").get(0).id()).isEqualTo("ps-rafah-philadelphi");
    assertThat(GAZETTEER.candidates("زنجبار").get(0).id()).isEqualTo("ye-abyan-zinjibar");
    assertThat(GEOCODER.locate(List.of("تدمر"), null, Set.of("SY")).placeId()).isEqualTo("sy-homs-palmyra");
  }

  /** No place outside the region shares a name with a place of the region and outranks it. */
  @Test
  void testNoPlaceOutsideTheRegionOutranksARegionPlaceOfTheSameName() {
    Map<String, List<Place>> byKey = new HashMap<>();
    for (Place p : GAZETTEER.places()) {
      Stream.concat(Stream.of(p.nameAr(), p.nameEn()), p.aliases().stream()).filter(n -> !n.isBlank())
          .map(n -> String.join(" ", GAZETTEER.names().wordsOf(n))).distinct()
          .forEach(k -> byKey.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(p));
    }
    byKey.forEach((key, places) -> {
      int bestRegion = places.stream().filter(p -> REGION.contains(p.country())).mapToInt(Place::rank).max().orElse(-1);
      if (bestRegion >= 0) {
        assertThat(places).as(key).filteredOn(p -> !REGION.contains(p.country()))
            .allSatisfy(p -> assertThat(p.rank()).as(key + " " + p.id()).isLessThan(bestRegion));
      }
    });
  }

  private static List<String> idsFound(String text) {
    String[] norms = Arrays.stream(text.split(" ")).map(w -> AR.normalizer().fold(w)).toArray(String[]::new);
    return GAZETTEER.names().find(norms).stream().flatMap(m -> m.value().stream()).map(Place::id).toList();
  }
}
