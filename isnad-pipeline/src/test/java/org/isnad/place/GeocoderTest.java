package org.isnad.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.place.TestGazetteers.row;

import java.util.List;
import java.util.Set;
import org.isnad.model.Geo;
import org.junit.jupiter.api.Test;

/** Placing names on the map: context countries, precision levels, weak one-word names. */
class GeocoderTest {

  private final Geocoder geocoder = new Geocoder(TestGazetteers.small());

  private Geo locate(String name, String ref, String... countries) {
    return geocoder.locate(List.of(name), ref, Set.of(countries));
  }

  @Test
  void testContextCountryDecidesBetweenSameNamedPlaces() {
    assertThat(locate("طرابلس", null, "LY").placeId()).isEqualTo("ly-tripoli");
    assertThat(locate("طرابلس", null, "LB").placeId()).isEqualTo("lb-tripoli");
    assertThat(locate("الباب", null, "SY").placeId()).isEqualTo("sy-albab");
    assertThat(locate("الباب", null, "JO").placeId()).isEqualTo("jo-albab");
  }

  @Test
  void testContextCountryOutweighsAMatchedRef() {
    assertThat(locate("طرابلس", "lb-tripoli", "LY").placeId()).isEqualTo("ly-tripoli");
  }

  @Test
  void testMatchedRefDecidesWithoutContext() {
    assertThat(locate("طرابلس", "lb-tripoli").placeId()).isEqualTo("lb-tripoli");
    assertThat(locate("طرابلس", "ly-tripoli").placeId()).isEqualTo("ly-tripoli");
  }

  @Test
  void testBetterKnownKindWins() {
    Geo homs = locate("حمص", null, "SY");
    assertThat(homs.placeId()).isEqualTo("sy-homs");
    assertThat(homs.precision()).isEqualTo("admin1");
  }

  @Test
  void testTownIsExactWithItsGovernorate() {
    Geo g = locate("تدمر", null, "SY");
    assertThat(g).isEqualTo(new Geo(34.56, 38.28, "حمص", "SY", "exact", "sy-tadmur"));
  }

  @Test
  void testTownOfAnotherGovernorate() {
    Geo g = locate("الباب", null, "SY");
    assertThat(g.admin1()).isEqualTo("حلب");
    assertThat(g.precision()).isEqualTo("exact");
  }

  @Test
  void testTownWithoutGovernorate() {
    Geo g = locate("تل أبيض", null, "SY");
    assertThat(g.admin1()).isNull();
    assertThat(g.precision()).isEqualTo("exact");
  }

  @Test
  void testCityIsExact() {
    assertThat(locate("طرابلس", null, "LB").precision()).isEqualTo("exact");
  }

  @Test
  void testGovernorateIsAdmin1WithItsOwnName() {
    Geo g = locate("إدلب", null, "SY");
    assertThat(g).isEqualTo(new Geo(35.93, 36.63, "إدلب", "SY", "admin1", "sy-idlib"));
  }

  @Test
  void testCountryIsCountryPrecision() {
    Geo g = locate("سوريا", null);
    assertThat(g).isEqualTo(new Geo(35.0, 38.5, null, "SY", "country", "sy"));
  }

  @Test
  void testOneWordNameOfTheTaggerOutsideTheContextIsNotPlaced() {
    assertThat(locate("الباب", null, "IQ")).isNull();
    assertThat(locate("تدمر", null)).isNull();
    assertThat(locate("حمص", null, "LB")).isNull();
  }

  @Test
  void testOneWordNameWithAMatchedRefIsPlacedOutsideTheContext() {
    assertThat(locate("الباب", "sy-albab", "IQ").placeId()).isEqualTo("sy-albab");
  }

  @Test
  void testTwoWordNameIsPlacedWithoutContext() {
    assertThat(locate("طرابلس الغرب", null).placeId()).isEqualTo("ly-tripoli");
    assertThat(locate("تل ابيض", null).placeId()).isEqualTo("sy-tal-abyad");
  }

  @Test
  void testAliasAndVariantsArePlaced() {
    assertThat(locate("تدمور", null, "SY").placeId()).isEqualTo("sy-tadmur");
    assertThat(geocoder.locate(List.of("مدينة مجهولة", "تدمور"), null, Set.of("SY")).placeId())
        .isEqualTo("sy-tadmur");
  }

  @Test
  void testUnknownNameIsNull() {
    assertThat(locate("مدينة الأحلام", null, "SY")).isNull();
    assertThat(locate("مدينة الأحلام", "no-such-id", "SY")).isNull();
    assertThat(geocoder.locate(List.of(), null, Set.of())).isNull();
  }

  @Test
  void testUnknownNameWithAKnownRefFallsBackToTheRef() {
    assertThat(locate("مدينة الأحلام", "sy-tadmur").placeId()).isEqualTo("sy-tadmur");
  }

  @Test
  void testCountryOfAndIsCountry() {
    assertThat(geocoder.countryOf("sy-tadmur")).isEqualTo("SY");
    assertThat(geocoder.countryOf("no-such-id")).isNull();
    assertThat(geocoder.countryOf(null)).isNull();
    assertThat(geocoder.isCountry("lb")).isTrue();
    assertThat(geocoder.isCountry("sy-homs")).isFalse();
    assertThat(geocoder.isCountry(null)).isFalse();
  }

  @Test
  void testRowWithCoordinatesOutOfRangeIsMalformed() {
    Gazetteer g = TestGazetteers.of(String.join("\n",
        row("sy-tadmur", "town", "SY", "sy-homs", "تدمر", "Palmyra", "", "34.56", "38.28"),
        row("xx-far", "town", "SY", "", "قرية المنارة", "", "", "200", "38.0")));
    assertThat(g.malformed()).isEqualTo(1);
    assertThat(new Geocoder(g).locate(List.of("قرية المنارة"), null, Set.of("SY"))).isNull();
  }

  private final Geocoder bundled = new Geocoder(Gazetteer.bundled(org.isnad.lang.Language.arabic()));

  @Test
  void aSharedNameIsReadNearTheStorysOtherCountriesWhenNoneIsItsOwn() {
    // Tyre and Sur share a name; a story that names only Israel (the strike's side) is about Tyre
    assertThat(bundled.reconsider(List.of("صور"), "om-south-sharqiyah-sur", Set.of("IL"))).isEqualTo("lb-south-tyre");
    assertThat(bundled.reconsider(List.of("صور"), "lb-south-tyre", Set.of("OM"))).isEqualTo("om-south-sharqiyah-sur");
    assertThat(bundled.reconsider(List.of("صور"), "om-south-sharqiyah-sur", Set.of())).isEqualTo("om-south-sharqiyah-sur");
  }
}
