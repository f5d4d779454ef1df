package org.isnad.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.lang.Language;
import org.isnad.lang.PhraseLexicon;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.isnad.model.FigureReport;
import org.isnad.model.Span;

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
   * The side of each figure of {@code event} whose people it counts (the side's entity id when the
   * event has two sides; {@link #GIVEN} or {@link #RETURNED} for a kind of count no side claims, the
   * two sides of an exchange), or no entry.
   *
   * @param authorityOf the story entity on whose word a report gives its figure, or null
   * @param textOf the original text of an article, by id
   */
  Map<FigureReport, String> sides(Event event, Function<FigureReport, Entity> authorityOf,
      Function<String, String> textOf) {
    Map<FigureReport, String> out = new IdentityHashMap<>();
    if (event.actor1() != null && event.actor2() != null) {
      actorSides(event, authorityOf, textOf, out);
    }
    for (FigureKind kind : FigureKind.values()) {
      if (out.keySet().stream().noneMatch(r -> r.figure().kind() == kind)) {
        exchangeSides(event, kind, textOf, out);
      }
    }
    return out;
  }

  /** The sides of the figures of an event with two actors, as {@link #sides} tells. */
  private void actorSides(Event event, Function<FigureReport, Entity> authorityOf, Function<String, String> textOf,
      Map<FigureReport, String> out) {
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
  }

  /** The key of the first side of an exchange ("X مقابل Y": X), as {@link #sides} gives it. */
  static final String GIVEN = "exchange:given";
  /** The key of the side given in return ("X مقابل Y": Y). */
  static final String RETURNED = "exchange:returned";

  /** "مقابل" between two counts of one sentence: what one side gets in return for the other's. */
  private static final Pattern IN_RETURN = Pattern.compile("(?:^|[\\s،,])(?:و|ب|في\\s+)?مقابل\\s");
  /** How far (UTF-16 units) the count given in return may follow the other. */
  private static final int EXCHANGE_GAP = 80;

  /** The names of the exchange's sides, from their first counts' groups. */
  private final Map<String, String> exchangeNames = new HashMap<>();

  /**
   * The two sides of an exchange ("أطلقت حماس سراح أربع رهائن مقابل الإفراج عن 200 أسير"): the count
   * before "مقابل" and the one after it count different people, not rival counts of the same. Across
   * reports the sides are matched by their counts (the pair closer to the first one told, side by side);
   * the other releases of an exchange join the side nearest their count, or none (a total).
   */
  private void exchangeSides(Event event, FigureKind kind, Function<String, String> textOf,
      Map<FigureReport, String> out) {
    long[] first = null;
    for (FigureReport r : event.figures()) {
      FigureReport given = r.figure().kind() == kind && !r.figure().perpetrator() && !out.containsKey(r)
          ? givenBefore(r, event, out, textOf.apply(r.article())) : null;
      if (given == null) {
        continue;
      }
      long a = given.figure().value();
      long b = r.figure().value();
      if (first == null) {
        first = new long[] {a, b};
      }
      boolean swapped = Math.abs(a - first[1]) + Math.abs(b - first[0]) < Math.abs(a - first[0]) + Math.abs(b - first[1]);
      out.put(given, swapped ? RETURNED : GIVEN);
      out.put(r, swapped ? GIVEN : RETURNED);
    }
    if (kind == FigureKind.RELEASED && first != null) {
      nearestSides(event, out, first);
    } else if (kind == FigureKind.RELEASED) {
      lonelySides(event, textOf, out);
    }
    nameSides(event, out);
  }

  /**
   * Names each side of an exchange: by the first body its counts' groups name ("من عناصر الحوثيين"), else
   * by the words of its first count's group with a definite word ("عناصر الجماعة", not "أسيرا").
   */
  private void nameSides(Event event, Map<FigureReport, String> out) {
    for (String side : List.of(GIVEN, RETURNED)) {
      String words = null;
      for (FigureReport r : event.figures()) {
        if (!side.equals(out.get(r))) {
          continue;
        }
        String body = bodyNamed(r);
        if (body != null) {
          words = body;
          break;
        }
        String own = sideName(r.figure().group());
        words = words == null || !definiteWord(words) && own != null && definiteWord(own) ? own : words;
      }
      if (words != null) {
        exchangeNames.put(side, words);
      }
    }
  }

  /**
   * With no pair of counts told, a release counted alone on one side of "مقابل" (the other side not
   * counted, or not read: "مقابل الإفراج عن 118 من أسرى الطرف الآخر"): of the side of its place.
   */
  private void lonelySides(Event event, Function<String, String> textOf, Map<FigureReport, String> out) {
    for (FigureReport r : event.figures()) {
      String text = textOf.apply(r.article());
      if (r.figure().kind() != FigureKind.RELEASED || r.figure().perpetrator() || out.containsKey(r) || text == null
          || r.figure().span().end() > text.length()) {
        continue;
      }
      Span at = r.figure().span();
      String before = text.substring(Math.max(0, at.start() - EXCHANGE_GAP), at.start());
      String after = text.substring(at.end(), Math.min(text.length(), at.end() + EXCHANGE_GAP));
      boolean returned = inReturn(before.substring(lastSentenceEnd(before)));
      boolean given = !returned && inReturn(before(after));
      if (!returned && !given) {
        continue;
      }
      String side = returned ? RETURNED : GIVEN;
      out.put(r, side);
    }
  }

  /**
   * Each release of an exchange told as a pair ({@code first}: the first pair's counts) that no "مقابل"
   * placed: of the side whose count is nearest by ratio ("152 محتجزا" against 215 and 160: the side of
   * 160), or of no side when nearest the pair's sum (a total: 371 against 215 + 160).
   */
  private static void nearestSides(Event event, Map<FigureReport, String> out, long[] first) {
    for (FigureReport r : event.figures()) {
      if (r.figure().kind() != FigureKind.RELEASED || r.figure().perpetrator() || out.containsKey(r)) {
        continue;
      }
      long v = r.figure().value();
      double toGiven = ratio(v, first[0]);
      double toReturned = ratio(v, first[1]);
      if (ratio(v, first[0] + first[1]) < Math.min(toGiven, toReturned)) {
        continue; // a total of both sides
      }
      if (toGiven != toReturned) {
        out.put(r, toGiven < toReturned ? GIVEN : RETURNED);
      }
    }
  }

  /** How far apart two counts are by ratio (0 when equal). */
  private static double ratio(long a, long b) {
    return Math.abs(Math.log(Math.max(1, a)) - Math.log(Math.max(1, b)));
  }

  /** How many words after "مقابل" may say that a release is given in return ("مقابل إطلاق الجماعة سراح"). */
  private static final int RETURN_WORDS = 3;

  /**
   * Whether {@code text} has "مقابل" and a release in return after it within a few words ("مقابل الإفراج
   * عن"، "مقابل إطلاق الجماعة سراح"), or "مقابل" right at its end (a count follows): not "مقابل بوابة السجن".
   */
  private boolean inReturn(String text) {
    Matcher m = IN_RETURN.matcher(text);
    while (m.find()) {
      String[] words = SPACES.split(text.substring(m.end()).strip());
      if (words.length == 1 && words[0].isEmpty()) {
        return true;
      }
      for (int i = 0; i < Math.min(RETURN_WORDS, words.length); i++) {
        if (lexicon.labelOfPrefix(fold(words[i]), "released") != null) {
          return true;
        }
      }
    }
    return false;
  }

  /** Where the last sentence of {@code text} starts: after its last sentence end, else 0. */
  private static int lastSentenceEnd(String text) {
    Matcher m = SENTENCE_END.matcher(text);
    int at = 0;
    while (m.find()) {
      at = m.end();
    }
    return at;
  }

  /** {@code text} up to its first sentence end. */
  private static String before(String text) {
    Matcher m = SENTENCE_END.matcher(text);
    return m.find() ? text.substring(0, m.start()) : text;
  }

  /**
   * The count of the same kind that {@code r} is given in return for: before it in its sentence,
   * "مقابل" between them. Null otherwise.
   */
  private static FigureReport givenBefore(FigureReport r, Event event, Map<FigureReport, String> known, String text) {
    FigureReport best = null;
    for (FigureReport o : event.figures()) {
      int end = o.figure().span().end();
      if (o != r && !known.containsKey(o) && o.figure().kind() == r.figure().kind() && !o.figure().perpetrator()
          && o.article().equals(r.article()) && end <= r.figure().span().start()
          && r.figure().span().start() - end <= EXCHANGE_GAP && (best == null || end > best.figure().span().end())) {
        best = o;
      }
    }
    if (best == null || text == null || r.figure().span().start() > text.length()) {
      return null;
    }
    // from the first count's start: its span may end past "مقابل" ("عن 160 أسيرا مقابل 215 من عناصرها")
    String between = text.substring(best.figure().span().start(), r.figure().span().start());
    return IN_RETURN.matcher(between).find() && !SENTENCE_END.matcher(between).find() ? best : null;
  }

  /** The end of a sentence between two counts. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.؛;!?؟]");

  /** A preposition that ends the words of an exchange side's people ("أسيرا فلسطينيا من سجن عوفر"). */
  private static final Pattern PLACE_AFTER = Pattern.compile("\\s(?:من|في|داخل|لدى)\\s.*$");

  /** Whether {@code words} has a word with the article ("الأسرى الموالين"). */
  private static boolean definiteWord(String words) {
    for (String w : SPACES.split(words)) {
      if (w.startsWith("ال") && w.length() > 3) {
        return true;
      }
    }
    return false;
  }

  /** The canonical name of a body the group of {@code r} names ("أسير من عناصر الحوثيين"), or null. */
  private String bodyNamed(FigureReport r) {
    Figure f = r.figure();
    if (f.group() == null || f.group().isBlank()) {
      return null;
    }
    int groupStart = f.span().end() - f.group().length();
    for (Placed p : placedIn(r.article())) {
      int at = p.mention().span().start();
      if (groupStart <= at && at < f.span().end() && p.entity().type() == org.isnad.model.EntityType.ORG) {
        return p.entity().canonical();
      }
    }
    return null;
  }

  /**
   * The words of an exchange side's group before a place ("أسيرا فلسطينيا من سجن عوفر": "أسيرا
   * فلسطينيا"), without the partitive "من" ("من الأسرى الموالين": "الأسرى الموالين"); null without a group.
   */
  private static String sideName(String group) {
    if (group == null || group.isBlank()) {
      return null;
    }
    String g = group.strip();
    g = g.startsWith("من ") ? g.substring(3).strip() : g;
    return PLACE_AFTER.matcher(g).replaceFirst("");
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
    if (exchangeNames.containsKey(side) || side.startsWith("exchange:")) {
      return exchangeNames.get(side);
    }
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
