package org.isnad.place;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A place of the gazetteer.
 *
 * @param id stable id
 * @param kind {@code country}, {@code admin1}, {@code region}, {@code city}, {@code town} or {@code site}
 * @param country ISO 3166-1 alpha-2; empty for a world region or continent that spans countries
 * @param admin1Id the id of its first-level division, or empty
 * @param nameAr Arabic name
 * @param nameEn English name
 * @param aliases other spellings
 * @param lat latitude
 * @param lon longitude
 * @param population population when known (GeoNames), else 0
 */
public record Place(String id, String kind, String country, String admin1Id, String nameAr, String nameEn,
    List<String> aliases, double lat, double lon, long population) {

  public Place {
    requireNonNull(id, "id must not be null");
    requireNonNull(kind, "kind must not be null");
    requireNonNull(country, "country must not be null");
    aliases = List.copyOf(aliases);
  }

  /** How much a reader would expect this place when its name is ambiguous: countries first. */
  public int rank() {
    return switch (kind) {
      case "country" -> 5;
      case "admin1", "region" -> 4;
      case "city" -> 3;
      case "site" -> 2;
      default -> 1;
    };
  }
}
