package org.isnad.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.lang.Language;
import org.isnad.model.Outlet;

/**
 * The bundled table of Arabic news outlets ({@code outlets.tsv}, written for Isnad): ids, display
 * names, domains and the aliases outlets go by in text, so that "الجزيرة", "الجزيرة نت", "قناة
 * الجزيرة" and aljazeera.net are one outlet. Names are compared folded, without descriptive
 * prefixes ("قناة", "صحيفة") or a trailing "نت". Unknown outlets get an id derived from their name or
 * domain, so they still group.
 *
 * <p>Immutable and thread-safe once loaded.
 */
public final class OutletTable {

  static final String RESOURCE = "outlets.tsv";

  private record Entry(String id, String name) {}


  private final Map<String, Entry> byName = new HashMap<>();
  private final Map<String, Entry> byExact = new HashMap<>();
  private final java.util.Set<String> ambiguous = new java.util.HashSet<>();
  private final Map<String, Entry> byDomain = new HashMap<>();
  private final Language language;

  /** The descriptive prefixes with their space ("قناة "), in the order the lexicon gives them. */
  private final List<String> prefixes;

  /** Trailing words of a name that say nothing of whose it is. */
  private static final List<String> SUFFIXES = List.of(" نت", " net", " com", " online", " اونلاين");

  private OutletTable(Language language) {
    this.language = language;
    List<String> p = new java.util.ArrayList<>();
    for (String prefix : language.clutter().outletPrefixes()) {
      p.add(prefix + " ");
    }
    this.prefixes = List.copyOf(p);
  }

  /** The bundled table. */
  public static OutletTable bundled(Language language) {
    OutletTable t = new OutletTable(language);
    try (InputStream in = OutletTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + RESOURCE + " is missing from the build");
      }
      t.load(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
    }
    return t;
  }

  private void load(BufferedReader r) throws IOException {
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 7) {
        throw new IllegalStateException(RESOURCE + " line " + n + ": expected 7 tab-separated fields, got " + f.length);
      }
      Entry e = new Entry(f[0].strip(), f[1].strip());
      name(e.name(), e);
      name(f[2], e);
      for (String d : f[5].split(",")) {
        if (!d.isBlank()) {
          byDomain.putIfAbsent(d.strip().toLowerCase(Locale.ROOT), e);
        }
      }
      for (String a : f[6].split(",")) {
        if (!a.isBlank()) {
          name(a, e);
        }
      }
    }
    ambiguous.forEach(byName::remove);
  }

  /**
   * Files a name under its exact folded form and its key. A key two outlets share once their
   * prefixes and suffixes are stripped ("الشروق أونلاين" of Algeria and "بوابة الشروق" of Egypt are
   * both "الشروق") names neither: only the exact forms find them.
   */
  private void name(String name, Entry e) {
    byExact.putIfAbsent(exact(name), e);
    Entry before = byName.putIfAbsent(key(name), e);
    if (before != null && !before.id().equals(e.id())) {
      ambiguous.add(key(name));
    }
  }

  /** The folded name with punctuation read as spaces, single-spaced. */
  private String exact(String name) {
    return NameText.singleSpaced(NameText.marksAsSpaces(language.normalizer().fold(name.strip())).strip());
  }

  /** The folded form of an outlet name without descriptive prefixes or a trailing "نت" / ".net". */
  String key(String name) {
    return keyOfExact(exact(name));
  }

  /** {@link #key} of a name already in its {@link #exact} form. */
  private String keyOfExact(String exact) {
    String k = exact;
    for (String p : prefixes) {
      if (k.startsWith(p)) {
        k = k.substring(p.length());
      }
    }
    for (String suffix : SUFFIXES) {
      if (k.endsWith(suffix) && k.length() > suffix.length() + 2) {
        k = k.substring(0, k.length() - suffix.length());
      }
    }
    return k;
  }

  /** The outlet with this name, if the table knows it. */
  public Optional<Outlet> byName(String name, String evidence) {
    Entry e = find(exact(name));
    return e == null ? Optional.empty() : Optional.of(new Outlet(e.id(), e.name(), true, evidence));
  }

  /** The entry of a name in its {@link #exact} form, by that form or else by its key; or null. */
  private Entry find(String exact) {
    Entry e = byExact.get(exact);
    return e != null ? e : byName.get(keyOfExact(exact));
  }

  /** The outlet of this URL's host, if the table knows it. */
  public Optional<Outlet> byUrl(String url, String evidence) {
    String host = host(url);
    for (String h = host; h != null && h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
      Entry e = byDomain.get(h);
      if (e != null) {
        return Optional.of(new Outlet(e.id(), e.name(), true, evidence));
      }
    }
    return Optional.empty();
  }

  /** An outlet for a name the table does not know: its id is derived from the folded name. */
  public Outlet resolveName(String name, String evidence) {
    String exact = exact(name);
    Entry e = find(exact);
    return e != null ? new Outlet(e.id(), e.name(), true, evidence)
        : new Outlet("name:" + keyOfExact(exact).replace(' ', '-'), name.strip(), false, evidence);
  }

  /** An outlet for a URL: the table's, else one named by the host without "www.". */
  public Optional<Outlet> resolveUrl(String url, String evidence) {
    Optional<Outlet> known = byUrl(url, evidence);
    if (known.isPresent()) {
      return known;
    }
    String host = host(url);
    return host == null ? Optional.empty() : Optional.of(new Outlet("domain:" + host, host, false, evidence));
  }

  static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String u = url.strip().contains("://") ? url.strip() : "http://" + url.strip();
      String h = URI.create(u).getHost();
      if (h == null) {
        return null;
      }
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** How many names, aliases and domains the table maps. */
  public int size() {
    return Set.copyOf(byName.values()).size();
  }
}
