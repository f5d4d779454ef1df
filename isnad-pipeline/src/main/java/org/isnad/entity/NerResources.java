package org.isnad.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.isnad.lang.Language;

/**
 * The gazetteer word sets the tagger's features use, from Isnad's own bundled resources: place
 * names and their variants ({@code place/gazetteer.tsv}), the names of people and organisations of
 * the alias table ({@code entity/aliases.tsv}), and the language's titles. A model is trained with
 * the sets it will run with, so retrain ({@code isnad train ner}) when they change. Thread-safe.
 */
public final class NerResources {

  static final String PLACES = "/org/isnad/place/gazetteer.tsv";
  static final String ALIASES = "/org/isnad/entity/aliases.tsv";
  /** Words that open an organisation's name, whatever organisation. */
  private static final String[] ORGANISATION_HEADS = {"وزارة", "وزاره", "هيئة", "هيئه", "مجلس", "منظمة", "منظمه",
    "جيش", "قوات", "حركة", "حركه", "حزب", "تنظيم", "جبهة", "جبهه", "وكالة", "وكاله", "شركة", "شركه", "جامعة",
    "جامعه", "قيادة", "قياده", "مديرية", "مديريه", "اتحاد", "لجنة", "لجنه", "بنك", "مصرف", "محكمة", "محكمه"};

  private NerResources() {}

  /** The bundled sets, folded by the language; missing resources give empty sets. */
  public static NerFeatures.Gazetteers bundled(Language language) {
    Set<String> places = new HashSet<>();
    Set<String> persons = new HashSet<>();
    Set<String> organisations = new HashSet<>();
    readTsv(PLACES, f -> {
      if (f.length >= 7) {
        addWords(places, f[4], language);
        for (String alias : f[6].split(",")) {
          addWords(places, alias, language);
        }
      }
    });
    readTsv(ALIASES, f -> {
      if (f.length >= 5) {
        Set<String> target = f[1].equals("PER") ? persons : organisations;
        addWords(target, f[2], language);
        for (String alias : f[4].split(",")) {
          addWords(target, alias, language);
        }
      }
    });
    for (String head : ORGANISATION_HEADS) {
      organisations.add(language.normalizer().fold(head));
    }
    return new NerFeatures.Gazetteers(Set.copyOf(places), Set.copyOf(persons), Set.copyOf(organisations),
        language.titles());
  }

  private static void addWords(Set<String> set, String name, Language language) {
    for (String w : language.normalizer().fold(name.strip()).split("[\\s\\p{P}]+")) {
      String core = NerFeatures.withoutClitics(w);
      if (core.length() >= 3 && !core.chars().allMatch(c -> c < 0x80)) {
        set.add(core);
      }
    }
  }

  private interface Row {
    void accept(String[] fields);
  }

  private static void readTsv(String resource, Row row) {
    try (InputStream in = NerResources.class.getResourceAsStream(resource)) {
      if (in == null) {
        return;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          row.accept(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + resource, e);
    }
  }
}
