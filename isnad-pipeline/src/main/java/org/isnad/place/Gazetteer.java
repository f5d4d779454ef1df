package org.isnad.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.entity.PhraseDictionary;
import org.isnad.lang.Language;

/**
 * The gazetteer: the bundled places ({@code gazetteer.tsv}, written for Isnad: the countries,
 * first-level divisions, towns and sites of the Middle East and North Africa, every other sovereign
 * country and the capitals and large cities that Arabic news names, with coordinates, Arabic and
 * English names and the admin hierarchy), optionally extended from a GeoNames dump. Names are matched as word
 * sequences after folding, so spelling variants meet. Immutable once built; thread-safe.
 */
public final class Gazetteer {

  static final String RESOURCE = "/org/isnad/place/gazetteer.tsv";

  private final Map<String, Place> byId = new HashMap<>();
  private final PhraseDictionary<List<Place>> names;
  private final Map<String, List<Place>> byName = new HashMap<>();
  /** Per folded name, its places best known first, as {@link #candidates} returns them. */
  private final Map<String, List<Place>> ranked = new HashMap<>();
  /**
   * Names asked for, to their folded form: the story level asks for the same few names again and
   * again. Cleared when full, so it stays small; safe to share between threads.
   */
  private final Map<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int KEY_MEMO = 50_000;
  /** Per place id, the folded names that are also common words: geocoded, never matched in text. */
  private final Map<String, java.util.Set<String>> taggerOnly = new HashMap<>();
  /**
   * Per list of places of one folded name (the list the name index holds), the ways its names write
   * the article ({@link PhraseDictionary#articlesOf}): "العمران" in a text is no "عمران".
   */
  private final Map<List<Place>, int[]> articles = new java.util.IdentityHashMap<>();
  private final Language language;
  private int malformed;

  /** How many lines of an extra gazetteer file were malformed and skipped. */
  public int malformed() {
    return malformed;
  }

  Gazetteer(Language language) {
    this.language = language;
    this.names = new PhraseDictionary<>(language);
  }

  /** The bundled gazetteer; empty when the build has none. */
  public static Gazetteer bundled(Language language) {
    Gazetteer g = new Gazetteer(language);
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        g.load(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
    }
    g.index();
    return g;
  }

  /**
   * The bundled gazetteer extended with the rows of {@code extra} (for example the output of {@code
   * isnad gazetteer import}); bundled places win on id conflicts.
   */
  public static Gazetteer bundledWith(Language language, java.nio.file.Path extra) throws IOException {
    Gazetteer g = new Gazetteer(language);
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        g.load(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
      }
    }
    try (BufferedReader r = java.nio.file.Files.newBufferedReader(extra, StandardCharsets.UTF_8)) {
      g.load(r, extra.toString());
    }
    g.index();
    return g;
  }

  void load(BufferedReader r, String source) throws IOException {
    int line = 0;
    for (String s = r.readLine(); s != null; s = r.readLine()) {
      line++;
      if (s.startsWith("#") || s.isBlank()) {
        continue;
      }
      String[] f = s.split("\t", -1);
      try {
        if (f.length != 9 && f.length != 10) {
          throw new IllegalArgumentException("expected 9 fields (10 with population), got " + f.length);
        }
        double lat = Double.parseDouble(f[7]);
        double lon = Double.parseDouble(f[8]);
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
          throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        }
        List<String> marked = Arrays.stream(f[6].split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        List<String> aliases = marked.stream().map(a -> a.startsWith(TAGGER_ONLY) || a.startsWith(USUAL)
            ? a.substring(1).strip() : a).filter(x -> !x.isEmpty()).toList();
        long population = f.length == 10 && !f[9].isBlank() ? Long.parseLong(f[9].strip()) : 0;
        Place p = new Place(f[0], f[1], f[2], f[3], f[4].strip(), f[5].strip(), aliases, lat, lon, population);
        if (byId.containsKey(p.id())) {
          continue; // an earlier row (the bundled one) wins
        }
        add(p);
        for (String a : marked) {
          if (a.startsWith(TAGGER_ONLY) && a.length() > 1) {
            taggerOnly.computeIfAbsent(p.id(), k -> new java.util.HashSet<>()).add(key(a.substring(1)));
          }
          if (a.startsWith(USUAL) && a.length() > 1) {
            usualIds.putIfAbsent(key(a.substring(1)), p.id());
          }
        }
      } catch (IllegalArgumentException e) {
        if (source.equals(RESOURCE)) {
          throw new IllegalStateException(source + " line " + line + ": " + e.getMessage(), e);
        }
        malformed++;
      }
    }
  }

  void add(Place p) {
    byId.putIfAbsent(p.id(), p);
  }

  /**
   * Marks an alias that is also a common word ("?مالي": Mali, and "financial"; "?سيول": Seoul, and
   * "floods"): the name places what the tagger reads as a place, but the gazetteer does not match it
   * in text by itself; the Arabic name of the same spelling is not matched either.
   */
  static final String TAGGER_ONLY = "?";

  /**
   * Marks the name a place shares with a better known place that the news means by it when the text
   * gives no cue ("!عمان" of Amman: Arabic news writes Oman "سلطنة عمان" or with Omani words around it).
   */
  static final String USUAL = "!";

  /** Per folded name, the id of the place it means without a cue ({@link #USUAL}). */
  private final Map<String, String> usualIds = new HashMap<>();
  /** The same per list of places of one name, as the name index holds it. */
  private final Map<List<Place>, Place> usualOfList = new java.util.IdentityHashMap<>();

  private String key(String name) {
    return String.join(" ", names.wordsOf(name));
  }

  /** Builds the name index after loading. */
  void index() {
    java.util.Set<String> matched = new java.util.HashSet<>();
    for (Place p : byId.values()) {
      java.util.Set<String> quiet = taggerOnly.getOrDefault(p.id(), java.util.Set.of());
      List<String> all = new ArrayList<>(p.aliases());
      all.removeIf(a -> isAdjectiveOf(a, p.nameAr()));
      all.add(p.nameAr());
      all.add(p.nameEn());
      for (String n : all) {
        if (n.isBlank()) {
          continue;
        }
        String key = key(n);
        List<Place> list = byName.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(p)) {
          list.add(p);
        }
        articles.merge(list, new int[] {names.articlesOf(n)}, Gazetteer::withShapes);
        if (!quiet.contains(key) && matched.add(key)) {
          names.add(n, list);
        }
      }
    }
    byName.forEach((key, list) -> ranked.put(key, list.stream()
        .sorted((a, b) -> Integer.compare(b.rank(), a.rank())).toList()));
    usualIds.forEach((key, id) -> {
      List<Place> list = byName.get(key);
      if (list != null && list.contains(byId.get(id))) {
        usualOfList.put(list, byId.get(id));
      }
    });
  }

  /**
   * The place a name means when the text gives no cue, where it is not the best known of its
   * places ("عمان": Amman, not Oman), or null.
   *
   * @param matched the places a name matched ({@link #names}'s value)
   */
  public Place usual(List<Place> matched) {
    return usualOfList.get(matched);
  }

  /** The place a name means when the text gives no cue ({@link #usual(List)}), by the name, or null. */
  public Place usual(String name) {
    String id = usualIds.get(keyOf(name));
    return id == null ? null : byId.get(id);
  }

  /**
   * Whether an alias is the adjective of the name ("السورية" of "سوريا", "العراقية" of "العراق"):
   * an adjective qualifies ("القوات السورية"), it does not name the place, so it is not matched.
   */
  static boolean isAdjectiveOf(String alias, String name) {
    String a = alias.strip();
    if (!a.startsWith("ال") || !(a.endsWith("ية") || a.endsWith("يه") || a.endsWith("ي"))) {
      return false;
    }
    String stem = a.substring(2, a.length() - (a.endsWith("ي") ? 1 : 2));
    String n = name.strip().startsWith("ال") ? name.strip().substring(2) : name.strip();
    return stem.length() >= 3 && n.startsWith(stem) && !n.equals(a.substring(2));
  }

  /**
   * Whether the places a name matched ({@link #names}'s value) have a name written with the article
   * on the same words as the text: {@code written} has bit k set when word k of the match has it,
   * {@code either} when the text cannot tell for word k ("للبنان": ل + لبنان, or ل + البنان). A common
   * word with the article is no place whose name has none ("تفتقر الى العمران" is no Amran), nor is a
   * word without it a place whose name has it ("باب التبانة" is no "الباب").
   */
  public boolean articlesAgree(List<Place> matched, int written, int either) {
    int[] shapes = articles.get(matched);
    if (shapes == null) {
      return true; // not a list of the index: nothing to compare
    }
    for (int shape : shapes) {
      if ((shape & ~either) == (written & ~either)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The distinct ways of writing the article in {@code known}, then those of {@code more} it lacks:
   * a few ints, read at every place a sentence names (a set of boxed ints was iterated there).
   */
  private static int[] withShapes(int[] known, int[] more) {
    int[] out = known;
    for (int shape : more) {
      if (java.util.Arrays.stream(out).noneMatch(s -> s == shape)) {
        out = java.util.Arrays.copyOf(out, out.length + 1);
        out[out.length - 1] = shape;
      }
    }
    return out;
  }

  /**
   * Whether a one-word name as written, after its certain proclitics, has the article where a place
   * name of its spelling has it ({@link #articlesAgree}): "يونان" (Yunnan) is no "اليونان" (Greece),
   * "بالموصل" is "الموصل". True for a name of several words or of no place.
   */
  public boolean writtenAsAName(String name) {
    String folded = language.normalizer().fold(name.strip());
    List<Place> list = byName.get(keyOf(name));
    if (list == null || folded.isEmpty() || folded.indexOf(' ') >= 0) {
      return true;
    }
    int strip = org.isnad.entity.Clitics.certain(folded);
    int either = strip > 0 && folded.charAt(strip - 1) == 'ل' && folded.startsWith("ل", strip) ? 1 : 0;
    return articlesAgree(list, names.articlesOf(folded.substring(strip)), either);
  }

  public PhraseDictionary<List<Place>> names() {
    return names;
  }

  public Place byId(String id) {
    return byId.get(id);
  }

  /**
   * The place, other than a country, whose name of this spelling is also a common word that the
   * gazetteer never matches in text ("سيول": Seoul, and floods), or null.
   */
  public Place cityNamedByACommonWord(String name) {
    String key = keyOf(name);
    for (Place p : candidates(name)) {
      if (!p.kind().equals("country") && taggerOnly.getOrDefault(p.id(), java.util.Set.of()).contains(key)) {
        return p;
      }
    }
    return null;
  }

  /** The places a name may be, best known first. */
  public List<Place> candidates(String name) {
    return ranked.getOrDefault(keyOf(name), List.of());
  }

  /** The folded form of a name asked for, remembered. */
  private String keyOf(String name) {
    String key = keys.get(name);
    if (key == null) {
      if (keys.size() >= KEY_MEMO) {
        keys.clear();
      }
      key = key(name);
      keys.put(name, key);
    }
    return key;
  }

  /** Every place, in no particular order. */
  public java.util.Collection<Place> places() {
    return java.util.Collections.unmodifiableCollection(byId.values());
  }

  public int size() {
    return byId.size();
  }

  Language language() {
    return language;
  }
}
