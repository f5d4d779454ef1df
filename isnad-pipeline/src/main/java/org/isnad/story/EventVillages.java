package org.isnad.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.EventMention;

/**
 * The villages the active stories' events happened in: places the gazetteer does not know (by folded
 * name) named as villages, each with the kind of event placed there. Reports of one event by rival sides may share little
 * more than the village's name: "استشهاد ثلاثة أطفال بانفجار قنبلة عنقودية من مخلفات العدوان" and "مقتل
 * طفلين ... بانفجار لغم من مخلفات مليشيا الحوثي" in one village of one district on one day. A village
 * is named by few stories, unlike a town or a governorate, so an event of the same kind in it is strong
 * evidence of the same story. Not thread-safe: owned by one {@link OnlineClusterer}.
 */
final class EventVillages {

  private final Map<String, Integer> storyOfKey = new HashMap<>();
  private final Map<Integer, List<String>> keysOfStory = new HashMap<>();

  /** The story one of whose members' events is of the same kind in a village this article's is, or -1. */
  int storyOf(AnalysedArticle a) {
    for (String key : keys(a)) {
      Integer s = storyOfKey.get(key);
      if (s != null) {
        return s;
      }
    }
    return -1;
  }

  /** Records the article's events in villages as {@code story}'s. */
  void add(AnalysedArticle a, int story) {
    for (String key : keys(a)) {
      if (storyOfKey.putIfAbsent(key, story) == null) {
        keysOfStory.computeIfAbsent(story, k -> new ArrayList<>()).add(key);
      }
    }
  }

  /** Forgets a story that left the window. */
  void remove(int story) {
    List<String> mine = keysOfStory.remove(story);
    if (mine != null) {
      mine.forEach(k -> storyOfKey.remove(k, story));
    }
  }

  /** A village or a small town named as such right before its name: "في قرية الكدف"، "ببلدة". */
  private static final java.util.regex.Pattern VILLAGE = java.util.regex.Pattern.compile("(?:قرية|قريه|بلدة|بلده)\\s+$");

  /**
   * The kind and folded place of each event mention placed in a village the gazetteer does not know,
   * named as a village ("في قرية الكدف الأعلى"): not a neighbourhood ("حي الزهور"), whose name many cities have.
   */
  static List<String> keys(AnalysedArticle a) {
    List<String> out = new ArrayList<>();
    String text = a.clean().original();
    for (EventMention e : a.events()) {
      if (e.place() == null || e.place().start() < 0) {
        continue;
      }
      boolean village = VILLAGE.matcher(text.substring(Math.max(0, e.place().start() - 8), e.place().start())).find();
      for (EntityMention m : a.entities()) {
        if (village && m.span().equals(e.place()) && m.type() == EntityType.LOC && m.ref() == null && m.norm().length() >= 3) {
          out.add(e.type().name() + "|" + m.norm());
        }
      }
    }
    return out;
  }
}
