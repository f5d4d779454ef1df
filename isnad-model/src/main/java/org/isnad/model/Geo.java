package org.isnad.model;

import static java.util.Objects.requireNonNull;

/**
 * Where a place is.
 *
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param admin1 the first-level division (governorate, province) by name, or null
 * @param country ISO 3166-1 alpha-2 code; null only for a world region that spans countries
 * @param precision how precise, in the manner of ACLED's geo-precision: {@code exact} (the town or
 *     site itself), {@code admin1} (only the governorate is known), {@code region} (an area that is no
 *     single division, "قطاع غزة", or a world region, "الشرق الأوسط"; schema 1.8.0), {@code country}
 * @param placeId the gazetteer id
 */
public record Geo(double lat, double lon, String admin1, String country, String precision, String placeId) {

  public Geo {
    requireNonNull(precision, "precision must not be null");
    if (country == null && !precision.equals("region")) {
      throw new IllegalArgumentException("only a region may have no country");
    }
    requireNonNull(placeId, "placeId must not be null");
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
    }
  }
}
