package org.isnad.place;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.isnad.model.Geo;

/**
 * Places a name on the map, choosing among the gazetteer places of that name by context: a place
 * in a country the story mentions, or the dateline's country, wins; otherwise the better known kind
 * (a country before a governorate before a city before a town). Precision follows ACLED's levels:
 * {@code exact} for a town, city or site, {@code admin1} for a governorate, {@code region} for an area
 * that is no single division ("قطاع غزة", "دارفور") or a world region without a country ("الشرق
 * الأوسط", "أوروبا"), {@code country} for a country. A one-word name that only the tagger found is placed only in a country the story
 * mentions. An unknown name gives no geo and never removes anything else. Thread-safe.
 */
public final class Geocoder {

  private static final Pattern ADMIN_WORD = Pattern.compile("^(محافظة|منطقة|إمارة|ولاية|لواء|قضاء|شعبية|بلدية|أمانة)\\s+");

  private final Gazetteer gazetteer;
  /**
   * The geo of each place located so far, by id: a place's geo depends on the place alone, and
   * building it again took a pattern over its division's name. Bounded by the gazetteer's size.
   */
  private final java.util.Map<String, Geo> geos = new java.util.concurrent.ConcurrentHashMap<>();

  public Geocoder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * @param names the ways the story writes the place
   * @param preferredRef a place id a mention already matched, or null
   * @param contextCountries countries the story mentions (ISO codes)
   * @return the geo, or null when no place of those names is known
   */
  public Geo locate(List<String> names, String preferredRef, Set<String> contextCountries) {
    Place best = null;
    int bestScore = Integer.MIN_VALUE;
    for (String name : names) {
      List<Place> candidates = gazetteer.candidates(name);
      if (candidates.size() == 1 && candidates.get(0).id().equals(preferredRef)) {
        best = candidates.get(0); // a form only the matched place has ("العاصمة الأردنية")
        break;
      }
      if (preferredRef == null && !gazetteer.writtenAsAName(name)) {
        continue; // "بمقاطعة يونان": the tagger's Yunnan is no "اليونان"
      }
      Place usual = usualUnless(name, candidates, preferredRef);
      for (Place p : candidates) {
        if (preferredRef == null && !contextCountries.contains(p.country()) && !p.kind().equals("country")
            && !(p.kind().equals("region") && p.country().isEmpty()) && p != usual
            && name.strip().indexOf(' ') < 0) {
          continue; // a one-word name the tagger alone found, far from the story's countries: too weak
        }
        int score = rank(p, usual, candidates) + (contextCountries.contains(p.country()) ? 20 : 0)
            + (p.id().equals(preferredRef) ? 2 : 0);
        if (score > bestScore) {
          best = p;
          bestScore = score;
        }
      }
    }
    if (best == null && preferredRef != null) {
      best = gazetteer.byId(preferredRef);
    }
    if (best == null) {
      return null;
    }
    Place located = best;
    return geos.computeIfAbsent(located.id(), id -> geo(located));
  }

  /**
   * The place a name shared by places of several countries means in this story ("عمان": Amman or
   * Oman), or {@code ref} when nothing tells otherwise. A written form that only one place has
   * ("سلطنة عمان") keeps the match; a form written with the diacritics of one place's name ("عمّان",
   * "عُمان") chooses it; else a place in a country the rest of the story mentions wins over one in a
   * country it does not.
   *
   * @param written the ways the story writes the place, as written
   * @param ref the place the mentions matched
   * @param otherCountries the countries the story's other places name (this place's own left out)
   */
  public String reconsider(List<String> written, String ref, Set<String> otherCountries) {
    Place current = ref == null ? null : gazetteer.byId(ref);
    if (current == null) {
      return ref;
    }
    Place best = null;
    int bestScore = Integer.MIN_VALUE;
    double bestDistance = Double.MAX_VALUE;
    List<Place> situating = null; // made when a candidate is first scored: most names return before
    for (String name : written) {
      List<Place> candidates = gazetteer.candidates(name);
      if (candidates.size() == 1) {
        return ref; // a form only one place has
      }
      Place usual = usualUnless(name, candidates, ref);
      for (Place p : candidates) {
        if (situating == null) {
          situating = otherCountries.stream().map(c -> gazetteer.byId(c.toLowerCase(java.util.Locale.ROOT)))
              .filter(c -> c != null && c.kind().equals("country")).toList();
        }
        // the match itself counts only when the story's other countries cannot tell: "مدينة صور" after an
        // Israeli strike is Tyre, near Israel, not Sur in Oman, though the sentence named neither country
        int score = rank(p, usual, candidates) + (otherCountries.contains(p.country()) ? 20 : 0)
            + (writtenAs(p, name) ? 40 : 0);
        double distance = nearest(p, situating);
        boolean better = score > bestScore || score == bestScore && (distance < bestDistance - 1e-9
            || Math.abs(distance - bestDistance) <= 1e-9 && p.id().equals(ref));
        if (better) {
          best = p;
          bestScore = score;
          bestDistance = distance;
        }
      }
    }
    return best == null ? ref : best.id();
  }

  /**
   * The place a name means without a cue ({@link Gazetteer#usual}: "عمان", Amman), unless the
   * mentions matched another of its places (the recogniser saw a cue: "عمان" beside "العماني"); null
   * when the name has none.
   */
  private Place usualUnless(String name, List<Place> candidates, String ref) {
    Place usual = gazetteer.usual(name);
    boolean another = ref != null && candidates.stream().anyMatch(c -> c.id().equals(ref)) && !usual(usual, ref);
    return usual == null || another ? null : usual;
  }

  private static boolean usual(Place usual, String ref) {
    return usual != null && usual.id().equals(ref);
  }

  /**
   * Twice a place's {@link Place#rank}, so that the place a name means without a cue ({@code usual})
   * may stand just above the best known of the name's places.
   */
  private static int rank(Place p, Place usual, List<Place> candidates) {
    if (p != usual) {
      return 2 * p.rank();
    }
    int best = 0;
    for (Place c : candidates) {
      best = Math.max(best, c.rank());
    }
    return 2 * best + 1;
  }

  /**
   * How far (in degrees, roughly) a place lies from the nearest of the story's other countries; the
   * same for all candidates (0) when the story names none, so the matched place is kept.
   */
  private static double nearest(Place p, List<Place> countries) {
    double out = countries.isEmpty() ? 0 : Double.MAX_VALUE;
    for (Place c : countries) {
      double dLat = p.lat() - c.lat();
      double dLon = (p.lon() - c.lon()) * Math.cos(Math.toRadians((p.lat() + c.lat()) / 2));
      out = Math.min(out, Math.sqrt(dLat * dLat + dLon * dLon));
    }
    return out;
  }

  /** Whether the place's name or an alias is written exactly so, diacritics included, and has some. */
  private static boolean writtenAs(Place p, String name) {
    String n = name.strip();
    if (n.chars().noneMatch(c -> c >= 0x064B && c <= 0x0652)) {
      return false;
    }
    return p.nameAr().equals(n) || p.aliases().contains(n);
  }

  private Geo geo(Place p) {
    Place admin1 = p.admin1Id().isEmpty() ? null : gazetteer.byId(p.admin1Id());
    String precision = switch (p.kind()) {
      case "country" -> "country";
      case "admin1" -> "admin1";
      case "region" -> "region";
      default -> "exact";
    };
    // a region spans divisions (and a world region countries): its point is only representative
    String admin1Name = p.kind().equals("admin1") ? bare(p.nameAr())
        : admin1 == null || p.kind().equals("region") ? null : bare(admin1.nameAr());
    return new Geo(p.lat(), p.lon(), admin1Name, p.country().isEmpty() ? null : p.country(), precision, p.id());
  }

  /** A division's name without its administrative word ("محافظة حمص" → "حمص"). */
  static String bare(String name) {
    return ADMIN_WORD.matcher(name).replaceFirst("");
  }

  /** The Arabic name of a place id, or null. */
  public String nameOf(String placeId) {
    Place p = placeId == null ? null : gazetteer.byId(placeId);
    return p == null ? null : p.nameAr();
  }

  /** The country code of a place id, or null. */
  public String countryOf(String placeId) {
    Place p = placeId == null ? null : gazetteer.byId(placeId);
    return p == null ? null : p.country();
  }

  /**
   * Whether a place id is a first-level division or region of a country ("جنوب لبنان", "محافظة حمص",
   * "قطاع غزة"); not a world region, which has no country.
   */
  public boolean isRegion(String placeId) {
    Place p = placeId == null ? null : gazetteer.byId(placeId);
    return p != null && (p.kind().equals("admin1") || p.kind().equals("region") && !p.country().isEmpty());
  }

  /**
   * The country of a place id that is a country or a division or region of one ({@link #isCountry},
   * {@link #isRegion}), looked up once; null for any other id.
   */
  public String countrySituated(String placeId) {
    Place p = placeId == null ? null : gazetteer.byId(placeId);
    boolean situates = p != null && (p.kind().equals("country") || p.kind().equals("admin1")
        || p.kind().equals("region") && !p.country().isEmpty());
    return situates ? p.country() : null;
  }

  /** Whether a place id is a country. */
  public boolean isCountry(String placeId) {
    Place p = placeId == null ? null : gazetteer.byId(placeId);
    return p != null && p.kind().equals("country");
  }

  /**
   * Whether a word is the adjective or the name of a country other than {@code countryId}
   * ("التركية" for Saudi Arabia): a body qualified by it ("وزارة الخارجية التركية") is another
   * country's. False for a word that names no country, or names this one ("السعودية", "الأميركية"
   * for the United States through its alias "أميركا").
   */
  public boolean namesAnotherCountry(String word, String countryId) {
    boolean other = false;
    for (Place p : gazetteer.places()) {
      if (p.kind().equals("country") && namedBy(word, p)) {
        if (p.id().equals(countryId)) {
          return false;
        }
        other = true;
      }
    }
    return other;
  }

  /**
   * The country a word names by its one-word name or adjective ("اللبنانية" -> Lebanon), or null
   * when it names none or several.
   */
  public String countryNamedBy(String word) {
    String found = null;
    for (Place p : gazetteer.places()) {
      if (p.kind().equals("country") && namedBy(word, p)) {
        if (found != null) {
          return null;
        }
        found = p.id();
      }
    }
    return found;
  }

  /**
   * Whether a word is a country's one-word name or its adjective; names of several words ("دولة قطر")
   * are left out, as their first word would make an adjective of common words ("الدولي").
   */
  private static boolean namedBy(String word, Place p) {
    String bare = word.startsWith("ال") ? word.substring(2) : word;
    for (String n : p.aliases()) {
      if (!n.contains(" ") && (Gazetteer.isAdjectiveOf(word, n) || word.equals(n) || bare.equals(n))) {
        return true;
      }
    }
    String n = p.nameAr();
    return !n.contains(" ") && (Gazetteer.isAdjectiveOf(word, n) || word.equals(n) || bare.equals(n));
  }
}
