package org.isnad.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.isnad.lang.Language;
import org.isnad.lang.PhraseLexicon;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.Figure;
import org.isnad.model.FigureReport;

/**
 * Story level: which side of a two-sided event a count of people belongs to. In a clash each side
 * counts its own dead and the other's ("مقتل مقاتلين اثنين من قسد", "ارتقاء ثلاثة من جنودها", "قتل نحو
 * 20 عنصرا من المجموعات المهاجمة"): those are counts of different people, not rival counts of the same.
 *
 * <p>A count belongs to a side when its group
 * <ul>
 *   <li>names the side, or a body of the side's country ("من عناصر الجيش العربي السوري" in a clash of
 *       the SDF with the Syrian government), or its people by nationality ("جنديين إسرائيليين");</li>
 *   <li>is the speaker's own ("من جنودها", "من عناصرنا"): the side of the body on whose word it is
 *       given;</li>
 *   <li>is the attackers ("من المجموعات المهاجمة") on the word of one side: the other side;</li>
 *   <li>is a state's forces ("ستة جنود", "عناصر من الجيش", "القوات الحكومية") when one side is a
 *       state's body (its name carries a nationality) and the other is not;</li>
 *   <li>is "others", or not given, right after a count of a side in the same clause ("مقتل ثلاثة من
 *       جنودها وإصابة سبعة"، "وإصابة أربعة آخرين"): that side.</li>
 * </ul>
 * Otherwise it belongs to no side (a total, or people the article does not place). Stateless apart
 * from the story's entities; one instance per story.
 */
final class FigureSides {

  private record Placed(Entity entity, Entity.Mention mention) {}

  /** How far (UTF-16 units) a count may follow the one before it and still be the same people's. */
  private static final int CLAUSE_GAP = 60;
  /** Runs of white space, between words (compiled once: {@code split("\\s+")} compiles at each call). */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Punctuation or a contrast that opens another clause between two counts. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[.؛;!?؟]|\\s(?:فيما|بينما|في حين|وفي المقابل)\\s");

  private final Language language;
  private final PhraseLexicon lexicon;
  private final Map<String, Entity> byId = new HashMap<>();
  private final List<Entity> entities;
  /** The entities' mentions per article, made when a figure's group is first looked at (most never are). */
  private Map<String, List<Placed>> byArticle;
  private final Map<String, String> nationalityOf = new HashMap<>();

  FigureSides(Language language, List<Entity> entities) {
    this.language = language;
    this.lexicon = language.eventLexicon();
    this.entities = entities;
    for (Entity e : entities) {
      byId.put(e.id(), e);
    }
  }

  /** The entities' mentions in an article, entity by entity. */
  private List<Placed> placedIn(String article) {
    if (byArticle == null) {
      byArticle = new HashMap<>();
      for (Entity e : entities) {
        for (Entity.Mention m : e.mentions()) {
          byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(new Placed(e, m));
        }
      }
    }
    return byArticle.getOrDefault(article, List.of());
  }

  /**
   * The side of each figure of {@code event} whose people it counts (the side's entity id), or no
   * entry; empty unless the event has two sides.
   *
   * @param authorityOf the story entity on whose word a report gives its figure, or null
   * @param textOf the original text of an article, by id
   */
  Map<FigureReport, String> sides(Event event, Function<FigureReport, Entity> authorityOf,
      Function<String, String> textOf) {
    Map<FigureReport, String> out = new IdentityHashMap<>();
    if (event.actor1() == null || event.actor2() == null) {
      return out;
    }
    for (FigureReport r : event.figures()) {
      String side = r.figure().perpetrator() ? null : sideOf(r.figure(), r.article(), event, authorityOf.apply(r));
      if (side != null) {
        out.put(r, side);
      }
    }
    for (FigureReport r : event.figures()) {
      if (!out.containsKey(r) && !r.figure().perpetrator() && (r.figure().group() == null || others(r.figure().group()))) {
        String side = sideBefore(r, event, out, textOf.apply(r.article()));
        if (side != null) {
          out.put(r, side);
        }
      }
    }
    return out;
  }

  /**
   * The side of the count just before {@code r} in its clause ("مقتل ثلاثة من جنودها وإصابة سبعة",
   * "وإصابة أربعة آخرين"): the wounded are the same people's.
   */
  private static String sideBefore(FigureReport r, Event event, Map<FigureReport, String> known, String text) {
    FigureReport best = null;
    for (FigureReport o : event.figures()) {
      int end = o.figure().span().end();
      if (o != r && known.containsKey(o) && o.article().equals(r.article()) && end <= r.figure().span().start()
          && r.figure().span().start() - end <= CLAUSE_GAP && (best == null || end > best.figure().span().end())) {
        best = o;
      }
    }
    if (best == null || text == null || r.figure().span().start() > text.length()) {
      return null;
    }
    String between = text.substring(best.figure().span().end(), r.figure().span().start());
    return CLAUSE_BREAK.matcher(between).find() ? null : known.get(best);
  }

  private boolean others(String group) {
    for (String w : FactTable.GROUP_BREAK.split(group)) {
      if (lexicon.labelOfPrefix(fold(w), "others") != null) {
        return true;
      }
    }
    return false;
  }

  /** The side whose people {@code f} counts by its own words, or null. */
  private String sideOf(Figure f, String article, Event event, Entity authority) {
    if (f.group() == null || f.group().isBlank() || breakdown(f.group())) {
      return null;
    }
    int groupStart = f.span().end() - f.group().length(); // the group closes the figure's span
    for (Placed p : placedIn(article)) {
      int at = p.mention().span().start();
      if (groupStart <= at && at < f.span().end()) {
        String side = sideOfEntity(p.entity(), event);
        if (side != null) {
          return side;
        }
      }
    }
    String speaker = authority == null ? null : sideOfEntity(authority, event);
    String byWords = null;
    for (String w : FactTable.GROUP_BREAK.split(f.group())) {
      String folded = fold(w);
      if (speaker != null && lexicon.labelOfPrefix(folded, "own") != null) {
        return speaker;
      }
      if (speaker != null && lexicon.labelOfPrefix(folded, "attacker") != null) {
        return other(event, speaker);
      }
      String code = nationality(folded);
      if (byWords == null && code != null) {
        byWords = sideOfNationality(code, event);
      }
      if (byWords == null && lexicon.labelOfPrefix(folded, "state_forces") != null) {
        byWords = stateSide(event);
      }
    }
    return byWords;
  }

  /** A group that counts several groups ("هم ستة من عناصر القوات الحكومية وأربعة من مقاتلي قسد"): of no one side. */
  private boolean breakdown(String group) {
    List<String> norms = new ArrayList<>();
    for (String w : FactTable.GROUP_BREAK.split(group)) {
      norms.add(fold(w));
    }
    int counts = 0;
    for (int i = 0; i < norms.size(); i++) {
      var reading = language.numbers().read(norms, i);
      if (reading != null) {
        counts++;
        i += reading.length() - 1;
      }
    }
    return counts >= 2;
  }

  /** The one side that is a state's (its name carries a nationality: "الجيش السوري"), or null. */
  private String stateSide(Event event) {
    boolean first = nationalityOf(byId.get(event.actor1())) != null;
    boolean second = nationalityOf(byId.get(event.actor2())) != null;
    return first == second ? null : first ? event.actor1() : event.actor2();
  }

  private String fold(String w) {
    return language.normalizer().normalizedText(w, 0, w.length());
  }

  /** The canonical name of a side's entity. */
  String name(String side) {
    Entity e = byId.get(side);
    return e == null ? side : e.canonical();
  }

  /** The side an entity is or serves: itself when it is one, else the side of its country. */
  private String sideOfEntity(Entity e, Event event) {
    if (e.id().equals(event.actor1()) || e.id().equals(event.actor2())) {
      return e.id();
    }
    String code = nationalityOf(e);
    return code == null ? null : sideOfNationality(code, event);
  }

  /** The one side whose own name carries the nationality {@code code}, or null. */
  private String sideOfNationality(String code, Event event) {
    boolean first = code.equals(nationalityOf(byId.get(event.actor1())));
    boolean second = code.equals(nationalityOf(byId.get(event.actor2())));
    return first == second ? null : first ? event.actor1() : event.actor2();
  }

  private static String other(Event event, String side) {
    return side.equals(event.actor1()) ? event.actor2() : event.actor1();
  }

  /**
   * The nationality an entity's canonical name carries as its own adjective, in the singular ("الجيش
   * السوري" -> SY; not the UN agency "لإغاثة وتشغيل اللاجئين الفلسطينيين"), or null.
   */
  String nationalityOf(Entity e) {
    if (e == null) {
      return null;
    }
    return nationalityOf.computeIfAbsent(e.id(), id -> {
      for (String w : SPACES.split(e.canonical())) {
        String folded = fold(w);
        // the body's own adjective agrees with it in the singular: "اللاجئين الفلسطينيين" are the people it serves
        String code = folded.endsWith("ين") || folded.endsWith("ون") ? null : nationality(folded);
        if (code != null) {
          return code;
        }
      }
      return "";
    }).transform(code -> code.isEmpty() ? null : code);
  }

  /**
   * The nationality of one folded word written as an adjective, or null: a country's name ("سوريا" in
   * "قوات سوريا الديمقراطية") starts like its adjective but names no nationality of the body.
   */
  private String nationality(String folded) {
    String code = lexicon.labelOfPrefix(folded, "nationality");
    return code == null || folded.endsWith("ا") ? null : code;
  }
}
