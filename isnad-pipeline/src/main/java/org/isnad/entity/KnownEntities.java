package org.isnad.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.lang.Language;
import org.isnad.model.EntityType;

/**
 * The curated alias table ({@code aliases.tsv}, written for Isnad): organisations, armed groups,
 * institutions and officials that dominate Middle East news, with the names outlets give them. It
 * is one input of resolution, not the rule: names it does not know are resolved by their forms.
 * Immutable and thread-safe.
 */
public final class KnownEntities {

  /** One known entity. */
  public record Known(String id, EntityType type, String canonical, List<String> roles) {}

  private final PhraseDictionary<Known> names;
  private final Map<String, Known> byId = new HashMap<>();

  private final Language language;

  private KnownEntities(Language language) {
    this.names = new PhraseDictionary<>(language);
    this.language = language;
  }

  /** The language the table's names are folded with. */
  public Language language() {
    return language;
  }

  /** The bundled table; empty when the build has none. */
  public static KnownEntities bundled(Language language) {
    KnownEntities k = new KnownEntities(language);
    try (InputStream in = KnownEntities.class.getResourceAsStream(NerResources.ALIASES)) {
      if (in != null) {
        k.load(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + NerResources.ALIASES, e);
    }
    k.loadOutlets();
    return k;
  }

  /** The outlets of the bundled outlet table are organisations too ("قناة الجزيرة", "وكالة سانا"). */
  private void loadOutlets() {
    try (InputStream in = KnownEntities.class.getResourceAsStream("/org/isnad/clean/outlets.tsv")) {
      if (in == null) {
        return;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        String[] f = s.split("\t", -1);
        if (s.startsWith("#") || f.length != 7 || byId.containsKey(f[0])) {
          continue;
        }
        Known known = new Known("outlet-" + f[0], EntityType.ORG, f[1].strip(), List.of("وسيلة إعلام"));
        byId.put(known.id(), known);
        java.util.stream.Stream.concat(java.util.stream.Stream.of(f[1]), split(f[6]).stream())
            .filter(KnownEntities::namesAMedium).forEach(a -> names.add(a, known));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled outlets.tsv", e);
    }
  }

  private void load(BufferedReader r) throws IOException {
    int line = 0;
    for (String s = r.readLine(); s != null; s = r.readLine()) {
      line++;
      if (s.startsWith("#") || s.isBlank()) {
        continue;
      }
      String[] f = s.split("\t", -1);
      if (f.length != 6) {
        throw new IllegalStateException(NerResources.ALIASES + " line " + line + ": expected 6 fields, got " + f.length);
      }
      EntityType type = f[1].equals("PER") ? EntityType.PER : f[1].equals("GPE") ? EntityType.LOC : EntityType.ORG;
      Known known = new Known(f[0], type, f[2].strip(), split(f[5]));
      byId.put(known.id(), known);
      names.add(f[2], known);
      names.add(f[3], known);
      for (String alias : split(f[4])) {
        names.add(alias, known);
      }
    }
  }

  private static List<String> split(String field) {
    return java.util.Arrays.stream(field.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  /**
   * Whether an outlet name says it is a medium ("قناة الجزيرة", "وكالة الأنباء السورية", "السومرية نيوز"): many bare
   * outlet names are ordinary words or places ("البيان", "الشرق الأوسط"), which only the
   * tagger, reading the context, may take as an organisation.
   */
  private static boolean namesAMedium(String name) {
    return name.matches(".*(قناة|قناه|وكالة|وكاله|صحيفة|صحيفه|جريدة|جريده|شبكة|شبكه|تلفزيون|موقع|إذاعة|اذاعة|راديو|نيوز).*")
        && name.strip().contains(" ");
  }

  public PhraseDictionary<Known> names() {
    return names;
  }

  public Known byId(String id) {
    return byId.get(id);
  }

  public int size() {
    return byId.size();
  }
}
