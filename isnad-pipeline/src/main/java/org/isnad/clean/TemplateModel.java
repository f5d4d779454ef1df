package org.isnad.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lines learned as an outlet's page template: when several pages of one outlet are analysed
 * together, a line that recurs on at least half of them (and on at least two) is template, not
 * prose. Long prose lines must recur on three pages before they count, so one background paragraph
 * reused by two articles is not mistaken for template. Outlets are told apart by {@link
 * Page#outletKey()}; across outlets nothing is learned, because text shared between outlets is
 * exactly the copying Isnad reports.
 *
 * <p>Immutable and thread-safe.
 */
public final class TemplateModel {

  /** A model that knows no template. */
  public static final TemplateModel EMPTY = new TemplateModel(Map.of());

  private static final int MAX_WORDS = 60;

  private final Map<String, Set<String>> templateByOutlet;

  private TemplateModel(Map<String, Set<String>> templateByOutlet) {
    this.templateByOutlet = Map.copyOf(templateByOutlet);
  }

  /** Learns template lines from a batch of prepared pages. */
  public static TemplateModel learn(List<Page> pages) {
    Map<String, List<Page>> byOutlet = new HashMap<>();
    for (Page p : pages) {
      if (!p.outletKey().equals("unknown")) {
        byOutlet.computeIfAbsent(p.outletKey(), k -> new java.util.ArrayList<>()).add(p);
      }
    }
    Map<String, Set<String>> model = new HashMap<>();
    byOutlet.forEach((outlet, group) -> {
      Set<String> template = learnOne(group);
      if (!template.isEmpty()) {
        model.put(outlet, template);
      }
    });
    return new TemplateModel(model);
  }

  private static Set<String> learnOne(List<Page> group) {
    if (group.size() < 2) {
      return Set.of();
    }
    Map<String, Integer> pagesWith = new HashMap<>();
    Map<String, Boolean> prose = new HashMap<>();
    for (Page p : group) {
      Set<String> seen = new HashSet<>();
      for (Line l : p.lines()) {
        if (l.words() <= MAX_WORDS && seen.add(l.norm())) {
          pagesWith.merge(l.norm(), 1, Integer::sum);
          prose.put(l.norm(), l.prose());
        }
      }
    }
    int half = (group.size() + 1) / 2;
    Set<String> template = new HashSet<>();
    pagesWith.forEach((line, n) -> {
      if (n >= Math.max(2, half) && (!prose.get(line) || n >= 3)) {
        template.add(line);
      }
    });
    return template;
  }

  /** Whether {@code line} is template of the outlet keyed {@code outletKey}. */
  public boolean isTemplate(String outletKey, Line line) {
    Set<String> t = templateByOutlet.get(outletKey);
    return t != null && t.contains(line.norm());
  }

  /** How many template lines were learned, over all outlets. */
  public int size() {
    return templateByOutlet.values().stream().mapToInt(Set::size).sum();
  }
}
