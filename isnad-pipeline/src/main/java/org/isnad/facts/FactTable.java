package org.isnad.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.event.EntityIndex;
import org.isnad.lang.Language;
import org.isnad.lang.PhraseLexicon;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.FactValue;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.isnad.model.FigureReport;
import org.isnad.model.Geo;
import org.isnad.model.SourceRef;
import org.isnad.model.Span;
import org.isnad.model.TimeMention;

/**
 * Story level: for each event and slot, every value the articles report, by how many independent
 * sources, on whose authority, and whether they agree.
 *
 * <p><b>Figures</b> (killed, wounded, arrested, abducted, missing, attackers killed): values that
 * differ contradict each other when they count the same group of people, or when either report
 * leaves the group unspecified; values that count different groups (the nationality of the victims:
 * "3 US wounded" and "2 Syrian wounded") are {@link FactStatus#EXPLAINED}. The best estimate is the
 * value most independent sources give, the lower on a tie (conservative), but a count before a denial
 * of any casualties; low and high are the extremes of the precise reports (vague amounts only when there is nothing else). For an explained
 * fact the best estimate is the sum of each group's best.
 *
 * <p><b>Date</b>: day ranges that do not overlap are disputed. <b>Place</b> (from the mentions that
 * give a figure or a date): two different towns or sites are disputed; a governorate or country is
 * not; the best value is the event's own place, the most precisely geocoded.
 *
 * <p><b>Circumstances</b> (violent events told by several sources): each independent source's account,
 * the sentence of its first mention that gives a figure (else a date), compared pairwise by the claim
 * comparator ({@link org.isnad.compare.ClaimComparator}, the logic {@code isnad eval stance}
 * measures); accounts it judges to disagree with probability at least {@value #DISAGREE_CONFIDENCE}
 * are disputed.
 *
 * <p>Counting is by independent source: articles of outlets that copy each other count once.
 * Stateless and thread-safe.
 */
public final class FactTable {

  /** What separates the words of a victim group ("جنديين أميركيين، ومدني"). */
  static final Pattern GROUP_BREAK = Pattern.compile("[\\s،,]+");

  /** Below this probability a "disagree" judgement of two accounts is not trusted. */
  static final double DISAGREE_CONFIDENCE = 0.7;

  private final Language language;
  private final PhraseLexicon lexicon;
  private final org.isnad.compare.ClaimComparator comparator;
  private final PartyFacts parties;

  public FactTable(Language language) {
    this.language = java.util.Objects.requireNonNull(language, "language must not be null");
    this.lexicon = language.eventLexicon();
    this.comparator = org.isnad.compare.ClaimComparator.create(language);
    this.parties = new PartyFacts(language);
  }

  /** One report of a value. */
  record Report(String value, Long number, boolean vague, String groupKey, String group,
      String article, String authority, Span span, boolean total, boolean earlier, java.time.LocalDate day,
      boolean moreThan, long top, boolean rose) {
    Report(String value, Long number, boolean vague, String groupKey, String group, String article, String authority,
        Span span) {
      this(value, number, vague, groupKey, group, article, authority, span, false, false, null, false, 0, false);
    }
  }

  /**
   * The top of a range a vague figure's span gives ("من 10 إلى 15 شخصا"، "ما بين خمسة إلى سبعة"، "بين 5 و7"،
   * "3-5"): the larger of two counts joined by "إلى", a hyphen or "و", the figure's value the least; 0 when
   * the span holds no range.
   */
  private long rangeTop(AnalysedArticle a, Figure f) {
    if (a == null || !f.vague()) {
      return 0;
    }
    String text = a.clean().original().substring(f.span().start(), f.span().end()).replace("-", " - ");
    List<String> words = new ArrayList<>();
    for (String w : SPACES.split(text)) {
      if (!w.isEmpty()) {
        words.add(language.normalizer().normalizedText(w, 0, w.length()));
      }
    }
    for (int i = 0; i < words.size(); i++) {
      var low = language.numbers().read(words, i);
      int k = low == null ? -1 : i + low.length();
      if (low == null || low.value() != f.value() || k + 1 > words.size()) {
        continue;
      }
      String to = k < words.size() ? words.get(k) : "";
      var high = to.equals("الي") || to.equals("الى") || to.equals("-")
          ? (k + 1 < words.size() ? language.numbers().read(words, k + 1) : null)
          : to.startsWith("و") && to.length() > 1 ? language.numbers().read(List.of(to.substring(1)), 0) : null;
      if (high != null && high.value() > low.value()) {
        return high.value();
      }
    }
    return 0;
  }

  /** Runs of white space, between words (compiled once: {@code split("\\s+")} compiles at each call). */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** "أكثر من عشرة", "ما لا يقل عن 10": a count said as its floor. */
  private static final Pattern MORE_THAN = Pattern.compile("(?:[أا]كثر|[أا]زيد) من|ما لا يقل عن|ما يزيد (?:عن|على)");

  /** How far before a figure's span its floor may be said ("وأصيب أكثر من" may precede "عشرة"). */
  private static final int MORE_THAN_REACH = 20;

  /** Whether the figure's count is said as a floor ("أكثر من عشرة"), in or right before its span. */
  private static boolean moreThan(AnalysedArticle a, Span figure) {
    if (a == null) {
      return false;
    }
    String text = a.clean().original();
    return MORE_THAN.matcher(text.substring(Math.max(0, figure.start() - MORE_THAN_REACH), figure.end())).find();
  }

  /**
   * A count its sentence says was given before ("وكانت لجان المقاومة قد أعلنت في وقت سابق مقتل 45",
   * "أعلنت سابقا"): an earlier tally, which a higher count of the story updates.
   */
  private static final Pattern EARLIER = Pattern.compile(
      "في وقت سابق|في وقت مبكر|سابقا|قبل ذلك|^\\s*(?:و|ف)?كان(?:ت|وا)?\\s+(?:\\S+\\s+){0,6}?قد\\s");

  /**
   * A verb of rising or reaching and a word of a count, with or without the article, in either order
   * ("ارتفعت الحصيلة إلى 5 قتلى و17 جريحا", "أن عدد المصابين ارتفع إلى 143"), before a figure in its
   * sentence: a running total.
   */
  private static final String RISING = "(?:ارتفع|ارتفعت|ارتفاع|يرتفع|ترتفع|ليرتفع|لترتفع|بلغ|بلغت|وصل|وصلت|تجاوز|تجاوزت)";
  private static final Pattern RUNNING_TOTAL = Pattern.compile(
      RISING + "\\s+(?:\\S+\\s+){0,2}?(?:ال)?(?:حصيلة|حصيله|عدد)"
          + "|(?:ال)?(?:حصيلة|حصيله|عدد)\\s+(?:\\S+\\s+){0,2}?" + RISING + "(?=\\s)");

  /**
   * The facts of the story's events.
   *
   * @param sourceOf the independent-source group of each article id
   */
  public List<Fact> facts(List<Event> events, List<AnalysedArticle> members, List<Entity> entities,
      Function<String, Integer> sourceOf) {
    return facts(events, members, entities, new EntityIndex(entities), sourceOf);
  }

  /**
   * {@link #facts(List, List, List, Function)} with the story's index of {@code entities}, shared with
   * the assemblers of events and quotations.
   */
  public List<Fact> facts(List<Event> events, List<AnalysedArticle> members, List<Entity> entities,
      EntityIndex entityAt, Function<String, Integer> sourceOf) {
    if (events.isEmpty()) {
      return new ArrayList<>(); // facts are the slots of events: the indexes below would serve nothing
    }
    Map<String, AnalysedArticle> byId = new HashMap<>();
    members.forEach(a -> byId.put(a.id(), a));
    Map<String, Geo> geo = new HashMap<>();
    for (Entity e : entities) {
      if (e.geo() != null) {
        geo.put(e.id(), e.geo());
      }
    }
    FigureSides sides = new FigureSides(language, entities);
    List<Fact> out = new ArrayList<>();
    for (Event e : events) {
      Map<FigureReport, String> sideOf = sides.sides(e, r -> authorityEntity(r, entityAt),
          id -> byId.containsKey(id) ? byId.get(id).clean().original() : null);
      for (FigureKind k : FigureKind.values()) {
        addFigures(out, e, k, false, sourceOf, byId, entityAt, sideOf, sides);
      }
      addFigures(out, e, FigureKind.KILLED, true, sourceOf, byId, entityAt, sideOf, sides);
      addIfAny(out, textFact(e, "date", dates(e, byId), sourceOf, geo));
      addIfAny(out, withBest(textFact(e, "place", places(e, byId, entityAt), sourceOf, geo), placeName(e, entities)));
      addIfAny(out, parties.perpetrator(e, byId, entityAt, sourceOf, sides::nationalityOf));
      addIfAny(out, parties.victims(e, entityAt, sourceOf));
      addIfAny(out, circumstances(e, byId, sourceOf));
    }
    return out;
  }

  /** The event's own place (the most precisely geocoded) as the best value of its place fact. */
  private static Fact withBest(Fact f, String best) {
    return f == null || best == null ? f : new Fact(f.event(), f.slot(), f.values(), f.status(), best, f.low(), f.high(),
        f.group());
  }

  private static String placeName(Event e, List<Entity> entities) {
    return e.place() == null ? null
        : entities.stream().filter(x -> x.id().equals(e.place())).map(Entity::canonical).findFirst().orElse(null);
  }

  private static void addIfAny(List<Fact> out, Fact f) {
    if (f != null) {
      out.add(f);
    }
  }

  private void addFigures(List<Fact> out, Event e, FigureKind kind, boolean perpetrators,
      Function<String, Integer> sourceOf, Map<String, AnalysedArticle> byId, EntityIndex entityAt,
      Map<FigureReport, String> sideOf, FigureSides sides) {
    if (e.figures().isEmpty()) {
      return; // most events: no figure of any kind
    }
    List<Report> reports = new ArrayList<>();
    Map<String, List<Report>> bySide = new LinkedHashMap<>();
    for (FigureReport r : e.figures()) {
      Figure f = r.figure();
      if (f.kind() == kind && f.perpetrator() == perpetrators) {
        Report report = new Report(Long.toString(f.value()), f.value(), f.vague(), groupKey(f.group()), f.group(),
            r.article(), authority(f, r.article(), entityAt), f.span(), runningTotal(byId.get(r.article()), f.span()),
            earlier(byId.get(r.article()), f.span()), dayOf(byId.get(r.article())),
            f.vague() && moreThan(byId.get(r.article()), f.span()), rangeTop(byId.get(r.article()), f),
            toldRising(byId.get(r.article()), f.span()));
        reports.add(report);
        bySide.computeIfAbsent(sideOf.get(r), k -> new ArrayList<>()).add(report);
      }
    }
    String slot = perpetrators ? "perpetrators_killed" : kind.jsonName();
    if (reports.isEmpty()) {
      return;
    }
    if (bySide.size() == 1) { // every count of one side, or of none
      String side = bySide.keySet().iterator().next();
      Fact f = figureFact(e.id(), slot, reports, sourceOf);
      out.add(side == null ? f : f.withGroup(sides.name(side)));
      return;
    }
    if (bySide.keySet().stream().filter(java.util.Objects::nonNull).count() < 2) {
      out.add(figureFact(e.id(), slot, reports, sourceOf)); // one side's and counts of no side: maybe the same people
      return;
    }
    // both sides counted apart: one fact per side, then the counts of no side (totals) on their own
    for (String side : sideOrder(e, bySide.keySet())) {
      Fact f = figureFact(e.id(), slot, bySide.get(side), sourceOf);
      out.add(side == null ? f : f.withGroup(sides.name(side)));
    }
  }

  private static Entity authorityEntity(FigureReport r, EntityIndex entityAt) {
    Span at = r.figure().authoritySpan();
    return at == null ? null : entityAt.startingAt(r.article(), at.start());
  }

  /** The event's first side, its second, the sides of an exchange, then no side. */
  private static List<String> sideOrder(Event e, Set<String> present) {
    List<String> order = new ArrayList<>();
    for (String side : java.util.Arrays.asList(e.actor1(), e.actor2())) {
      if (side != null && present.contains(side)) {
        order.add(side);
      }
    }
    for (String side : present) { // the sides of an exchange, in the order told
      if (side != null && !order.contains(side)) {
        order.add(side);
      }
    }
    if (present.contains(null)) {
      order.add(null);
    }
    return order;
  }

  /**
   * The figure's authority as the story names it: the canonical name of the story entity its
   * authority's span names ("سنتكوم" and "القيادة المركزية للجيش الأميركي" are one body, named
   * once), else the name as written (an anonymous source with its affiliation stays as written).
   */
  static String authority(Figure f, String article, EntityIndex entityAt) {
    if (f.authority() == null || f.authoritySpan() == null) {
      return f.authority();
    }
    Entity e = entityAt.startingAt(article, f.authoritySpan().start());
    if (e == null || e.canonical() == null) {
      Entity holder = entityAt.holding(f.authority()); // "محافظ الإسكندرية": the governor the story names
      return holder == null ? f.authority() : holder.canonical();
    }
    for (Entity.Mention m : e.mentions()) {
      if (m.article().equals(article) && m.span().equals(f.authoritySpan())) {
        return e.canonical();
      }
    }
    return f.authority();
  }

  /**
   * Whether the figure's sentence says, before it or in its span, that a count rose to it ("ارتفعت حصيلة
   * القصف إلى", "أن عدد المصابين ارتفع إلى 143").
   */
  private static boolean runningTotal(AnalysedArticle a, Span figure) {
    if (a == null) {
      return false;
    }
    for (var s : a.sentences()) {
      if (s.span().start() <= figure.start() && figure.start() < s.span().end()) {
        // the sentence up to the figure's end, searched in place (a region: ^ and $ at its ends); the
        // figure's own span may hold the count's word and verb ("عدد المصابين ارتفع إلى 143")
        String original = a.clean().original();
        int from = s.span().start();
        int to = figure.end();
        if (!has(original, "حصيل", from, to) && !has(original, "عدد", from, to)) {
          return false; // the pattern's word of a count is not there
        }
        if (CONTRAST.matcher(original).region(from, to).lookingAt() && !has(original, "ارتفع", from, to)) {
          return false; // "في المقابل، قالت الجمعية إن عدد الموقوفين بلغ 35": a rival account, no update
        }
        Matcher m = RUNNING_TOTAL.matcher(original).region(from, to);
        int end = -1;
        while (m.find()) {
          end = m.end();
        }
        // "ارتفع عدد القتلى إلى 17، وأصيب 86 آخرون، فيما لا يزال 30 مفقودين": a clause of its own is no running total
        return end >= 0 && !NEW_CLAUSE.matcher(original).region(end, to).find();
      }
    }
    return false;
  }

  /**
   * A sentence that opens by setting another account against what was said before: "في المقابل،"، "على
   * العكس" (not "لكن"، "في حين", which also open a toll that rose: "لكن الوزارة عادت وأعلنت أن عدد القتلى
   * ارتفع إلى 12").
   */
  private static final Pattern CONTRAST = Pattern.compile(
      "\\s*(?:و|ف)?(?:في المقابل|بالمقابل|على العكس|على النقيض)(?=[\\s،,])");

  /** A comma and "و"/"فيما"/"بينما"/"في حين": a clause of its own starts. */
  private static final Pattern NEW_CLAUSE = Pattern.compile("[،,]\\s*(?:و|فيما|بينما|في حين)");

  private static java.time.LocalDate dayOf(AnalysedArticle a) {
    return a == null || a.clean().published() == null ? null : a.clean().published().date();
  }

  /**
   * True when {@code r} is a tally the story's highest running total ({@code total}, or null)
   * replaced: lower than it, and said to be earlier, itself a running total, or published on a day
   * before the total's article ("9 وفيات" of the morning against "ارتفعت حصيلة ... إلى 24" of the next
   * day).
   */
  private static boolean superseded(Report r, Report total) {
    return total != null && r.number() < total.number()
        && (r.earlier() || r.total() || r.day() != null && total.day() != null && r.day().isBefore(total.day()));
  }

  /**
   * A verb or noun of rising: "ارتفعت"، "لترتفع"، "ارتفاع"، "يرتفع"، "رفعت الوزارة الحصيلة"، "تصاعد"، "ليصل
   * عدد القتلى إلى".
   */
  private static final Pattern RISE = Pattern.compile("رتفع|رتفاع|رفع|تصاعد|ليصل|لتصل");

  /**
   * Whether the figure's sentence, up to the figure's end, tells that a toll rose ("ارتفعت حصيلة ضحايا
   * السيول إلى 31 قتيلا، فيما لا يزال تسعة ..."), whichever count rose.
   */
  private static boolean toldRising(AnalysedArticle a, Span figure) {
    if (a == null) {
      return false;
    }
    for (var s : a.sentences()) {
      if (s.span().start() <= figure.start() && figure.start() < s.span().end()) {
        return RISE.matcher(a.clean().original()).region(s.span().start(), Math.min(figure.end(), s.span().end())).find();
      }
    }
    return false;
  }

  /** Whether the figure's sentence, before it, says it was given earlier ({@link #EARLIER}). */
  private static boolean earlier(AnalysedArticle a, Span figure) {
    if (a == null) {
      return false;
    }
    for (var s : a.sentences()) {
      if (s.span().start() <= figure.start() && figure.start() < s.span().end()) {
        String original = a.clean().original();
        int from = s.span().start();
        int to = figure.start();
        // each of the pattern's ways has one of these words
        boolean may = has(original, "في وقت", from, to) || has(original, "سابقا", from, to)
            || has(original, "قبل ذلك", from, to) || has(original, "كان", from, to);
        return may && EARLIER.matcher(original).region(from, to).find();
      }
    }
    return false;
  }

  /** Whether {@code word} occurs in {@code text} between {@code from} and {@code to}. */
  private static boolean has(String text, String word, int from, int to) {
    return to - from >= word.length() && text.indexOf(word, from, to) >= 0; // not past to: a page of megabytes has thousands of figures
  }

  /**
   * True when one count names its victims as fighters and another, of another number, as civilians
   * ("تحييد 3 إرهابيين" against "مقتل أربعة مدنيين"): two accounts of who died, not a rising tally.
   */
  private boolean rivalAccounts(List<Report> reports) {
    Set<Long> fighters = new java.util.HashSet<>();
    Set<Long> civilians = new java.util.HashSet<>();
    for (Report r : reports) {
      String kind = victimKind(r.group());
      if ("COMBATANT".equals(kind)) {
        fighters.add(r.number());
      } else if ("CIVILIAN".equals(kind)) {
        civilians.add(r.number());
      }
    }
    return !fighters.isEmpty() && !civilians.isEmpty() && !civilians.containsAll(fighters)
        || fightersOfAnotherAuthority(reports);
  }

  /**
   * True when one authority counts its dead as fighters and another, of another number, counts dead
   * it does not call fighters: the army's "تحييد مسلحين اثنين" against the health ministry's "ثلاثة
   * شهداء" are two accounts of who died, the fighters no earlier tally of the ministry's toll.
   */
  private boolean fightersOfAnotherAuthority(List<Report> reports) {
    for (Report f : reports) {
      if (f.authority() == null || !"COMBATANT".equals(victimKind(f.group()))) {
        continue;
      }
      for (Report r : reports) {
        if (r.authority() != null && !r.authority().equals(f.authority()) && !r.number().equals(f.number())
            && !"COMBATANT".equals(victimKind(r.group()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "COMBATANT" or "CIVILIAN" for the first word of a victim group that names either, else null. */
  private String victimKind(String group) {
    if (group == null) {
      return null;
    }
    for (String w : GROUP_BREAK.split(group)) {
      String folded = language.normalizer().normalizedText(w, 0, w.length());
      if (lexicon.labelOfPrefix(folded, "combatant") != null) {
        return "COMBATANT";
      }
      if (lexicon.labelOfPrefix(folded, "civilian") != null) {
        return "CIVILIAN";
      }
    }
    return null;
  }

  /** The nationalities named in a victim group ("جنديين أميركيين" -> US), sorted; null when none. */
  String groupKey(String group) {
    if (group == null) {
      return null;
    }
    Set<String> codes = new java.util.TreeSet<>();
    for (String w : GROUP_BREAK.split(group)) {
      String folded = language.normalizer().normalizedText(w, 0, w.length());
      String code = lexicon.labelOfPrefix(folded, "nationality");
      if (code != null) {
        codes.add(code);
      }
    }
    return codes.isEmpty() ? null : String.join("+", codes);
  }

  private Fact figureFact(String event, String slot, List<Report> reports, Function<String, Integer> sourceOf) {
    List<FactValue> values = values(reports, sourceOf);
    List<Report> precise = reports.stream().filter(r -> !r.vague() && !partOfAnother(r, reports)).toList();
    List<Report> counted = precise.isEmpty() ? reports : precise;
    long low = counted.stream().mapToLong(Report::number).min().orElseThrow();
    long high = counted.stream().mapToLong(Report::number).max().orElseThrow();
    FactStatus status = status(counted, values);
    if (status == FactStatus.DISPUTED && (counted.stream().anyMatch(r -> r.total() && r.number() == high && !rival(r, counted))
        || counted.stream().allMatch(r -> r.number() == high || r.earlier()))) {
      status = FactStatus.UPDATED;
    }
    if (status == FactStatus.DISPUTED && slot.equals(FigureKind.MISSING.jsonName()) && fell(counted, low)) {
      // "وفقد 15 آخرون" then "ارتفعت الحصيلة إلى 31 قتيلا، فيما لا يزال تسعة في عداد المفقودين": found, not disputed
      return new Fact(event, slot, values, FactStatus.UPDATED, Long.toString(low), low, high);
    }
    Report total = counted.stream().filter(Report::total).max(Comparator.comparingLong(Report::number)).orElse(null);
    List<Report> current = counted.stream().filter(r -> !superseded(r, total)).toList();
    String best = status == FactStatus.EXPLAINED ? Long.toString(sumOfGroupBests(counted, sourceOf))
        : status == FactStatus.UPDATED ? Long.toString(high) : bestOf(current.isEmpty() ? counted : current, sourceOf);
    if (status == FactStatus.UPDATED && rivalAccounts(counted)) {
      // the army's "3 militants" against the hospital's "4 civilians", then 5: best stays the latest total
      status = FactStatus.DISPUTED;
    }
    if (!precise.isEmpty() && reports.stream().anyMatch(r -> above(r, precise, high))) {
      status = FactStatus.DISPUTED; // "أكثر من 40" or "العشرات" against a count of 23 or 12
      long floor = reports.stream().filter(r -> above(r, precise, high) && (r.moreThan() || r.top() > 0))
          .mapToLong(r -> Math.max(r.number(), r.top())).max().orElse(high); // a range's top: "5 إلى 7" against 3
      return new Fact(event, slot, values, status, best, low, Math.max(high, floor)); // the floor is a rival's least
    }
    // only vague amounts: the least they say is best and low, the most they can mean is high ("عشرات": 20 to 99)
    long top = precise.isEmpty()
        ? counted.stream().mapToLong(r -> r.top() > 0 ? r.top() : language.numbers().vagueCeiling(r.number()))
            .max().orElseThrow() : high; // a range's top ("من 10 إلى 15": 10 to 15)
    return new Fact(event, slot, values, status, best, low, top);
  }

  /**
   * True when the total {@code t}, the highest count, is a rival's rather than a rise: another authority
   * than a lower count's gives it on the same day, with a verb that tells no rise ("قالت الوزارة: 19
   * جريحا" and the observatory's "إن عدد الجرحى تجاوز 30" the same morning).
   */
  private static boolean rival(Report t, List<Report> counted) {
    return !t.rose() && t.authority() != null && counted.stream().anyMatch(o -> o.number() < t.number()
        && o.authority() != null && !o.authority().equals(t.authority())
        && !(o.day() != null && t.day() != null && o.day().isBefore(t.day())));
  }

  /**
   * Whether a count of the missing fell as a toll rose: every lower count is told with a rise of the toll
   * ("ارتفعت حصيلة ... إلى 31 قتيلا، فيما لا يزال تسعة أشخاص في عداد المفقودين") or on a later day than every
   * higher one. The missing found dead leave the count: the lowest is the latest.
   */
  private static boolean fell(List<Report> counted, long low) {
    List<Report> lower = counted.stream().filter(r -> r.number() == low).toList();
    List<Report> higher = counted.stream().filter(r -> r.number() > low).toList();
    return !higher.isEmpty() && higher.stream().noneMatch(Report::rose)
        && lower.stream().allMatch(r -> r.rose() || r.day() != null
            && higher.stream().allMatch(h -> h.day() != null && h.day().isBefore(r.day())));
  }

  /**
   * True when {@code r} is a part of a larger count its own article gives on the same authority, not
   * as a running total: "اعتقلت قوات الاحتلال 25 مواطنا" then "واعتقلت 11 شابا في مخيم بلاطة" (an
   * article does not contradict itself; two authorities in one article may, and do).
   */
  private static boolean partOfAnother(Report r, List<Report> reports) {
    for (Report o : reports) {
      // a running total told before it is the whole its details make up ("ارتفعت الحصيلة إلى أربعة" then
      // "توفي طفل متأثرا بجروحه ... وانتشلت الفرق جثة رجل"); an earlier toll is no part
      boolean whole = !o.total() || !r.earlier() && r.span().start() > o.span().end();
      if (o != r && !o.vague() && whole && o.article().equals(r.article())
          && java.util.Objects.equals(o.authority(), r.authority()) && o.number() > r.number()
          && (o.groupKey() == null || o.groupKey().equals(r.groupKey()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code r} is a vague amount whose least meaning exceeds every precise count of its group
   * ("أصيب أكثر من 40" against 14 and 23, "اعتقل العشرات" against 12, "أكثر من عشرة" against 9, though
   * "عدة", coded 10 too, is no floor): a rival count, not a vaguer one.
   */
  private boolean above(Report r, List<Report> precise, long high) {
    return r.vague() && r.number() > high && (r.moreThan() || language.numbers().firmFloor(r.number()))
        && precise.stream().anyMatch(p -> p.groupKey() == null || r.groupKey() == null || p.groupKey().equals(r.groupKey()));
  }

  private static FactStatus status(List<Report> counted, List<FactValue> values) {
    boolean conflict = false;
    boolean differ = false;
    for (Report a : counted) {
      for (Report b : counted) {
        if (!a.value().equals(b.value())) {
          differ = true;
          conflict |= a.groupKey() == null || b.groupKey() == null || a.groupKey().equals(b.groupKey());
        }
      }
    }
    if (conflict) {
      return FactStatus.DISPUTED;
    }
    if (differ) {
      return FactStatus.EXPLAINED;
    }
    return values.stream().mapToInt(FactValue::sources).max().orElse(0) >= 2 ? FactStatus.AGREED : FactStatus.SINGLE_SOURCE;
  }

  /** The value most independent sources give; the lower number (or first) on a tie. */
  static String bestOf(List<Report> reports, Function<String, Integer> sourceOf) {
    Map<String, Set<Integer>> support = new LinkedHashMap<>();
    for (Report r : reports) {
      support.computeIfAbsent(r.value(), k -> new LinkedHashSet<>()).add(sourceOf.apply(r.article()));
    }
    return support.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Set<Integer>>>comparingInt(x -> x.getValue().size())
            .thenComparing(x -> !x.getKey().equals("0")) // a denial of casualties never outweighs a count
            .thenComparing(x -> -parse(x.getKey())))
        .map(Map.Entry::getKey).orElse(null);
  }

  private static long parse(String v) {
    // parseLong's own test of the characters first, without the cost of its exception: the values
    // of a date or place fact ("2025-03-14") are no numbers, and ties compare them here
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.digit(c, 10) < 0 && !(i == 0 && (c == '-' || c == '+'))) {
        return 0;
      }
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static long sumOfGroupBests(List<Report> reports, Function<String, Integer> sourceOf) {
    Map<String, List<Report>> byGroup = new LinkedHashMap<>();
    reports.forEach(r -> byGroup.computeIfAbsent(r.groupKey(), k -> new ArrayList<>()).add(r));
    return byGroup.values().stream().mapToLong(g -> parse(bestOf(g, sourceOf))).sum();
  }

  /** Reports with the same value and group merged; most independent sources first. */
  static List<FactValue> values(List<Report> reports, Function<String, Integer> sourceOf) {
    Map<String, List<Report>> byValue = new LinkedHashMap<>();
    reports.forEach(r -> byValue.computeIfAbsent(r.value() + "|" + r.groupKey(), k -> new ArrayList<>()).add(r));
    List<FactValue> out = new ArrayList<>();
    for (List<Report> same : byValue.values()) {
      Set<String> articles = new LinkedHashSet<>();
      Set<Integer> sources = new LinkedHashSet<>();
      Set<String> authorities = new LinkedHashSet<>();
      List<SourceRef> spans = new ArrayList<>();
      for (Report r : same) {
        articles.add(r.article());
        sources.add(sourceOf.apply(r.article()));
        if (r.authority() != null) {
          authorities.add(r.authority());
        }
        spans.add(new SourceRef(r.article(), r.span()));
      }
      out.add(new FactValue(same.get(0).value(), same.get(0).group(), List.copyOf(articles), sources.size(),
          authorities.isEmpty() ? null : String.join("، ", authorities), spans, same.stream().allMatch(Report::moreThan)));
    }
    out.sort(Comparator.comparingInt(FactValue::sources).reversed());
    return out;
  }

  /**
   * Whether a cue of the comparator names a contradiction of the circumstances: one side negated,
   * opposite words, one word swapped for another. Two whole sentences that tell one event in their own
   * words leave many words unmatched, which the model (trained on headlines) reads as disagreement:
   * accounts are disputed only with such a cue. Different numbers are none: the accounts are the
   * sentences that give the event's figures and its date, whose own facts show their disputes ("5
   * killed" against "4 killed" was told twice, and a toll that rose was a dispute of the accounts).
   */
  private static boolean contradicting(String cue) {
    return cue.equals("neg:mismatch") || cue.startsWith("opp:") || cue.equals("swap");
  }

  /** The accounts of a violent event by different sources, and whether the comparator finds them at odds. */
  private Fact circumstances(Event e, Map<String, AnalysedArticle> byId, Function<String, Integer> sourceOf) {
    if (!e.type().violent()) {
      return null;
    }
    Map<Integer, Report> bySource = new LinkedHashMap<>();
    for (int pass = 0; pass < 3; pass++) {
      for (SourceRef m : e.mentions()) {
        AnalysedArticle a = byId.get(m.article());
        EventMention em = mentionAt(a, m.span());
        int source = sourceOf.apply(m.article());
        boolean wanted = em != null && switch (pass) {
          case 0 -> !em.figures().isEmpty() && !sharedWithOther(a, em);
          case 1 -> !em.figures().isEmpty();
          default -> em.time() != null;
        };
        if (wanted && !bySource.containsKey(source)) {
          bySource.put(source, new Report(em.sentence().in(a.clean().original()).strip(), null, false, null, null,
              m.article(), null, em.sentence()));
        }
      }
    }
    if (bySource.size() < 2) {
      return null;
    }
    // each account's words, taken once there are two accounts to compare
    Map<Integer, List<org.isnad.model.Token>> tokens = new HashMap<>();
    bySource.forEach((source, r) -> tokens.put(source, byId.get(r.article()).tokens().stream()
        .filter(t -> r.span().contains(t.span())).toList()));
    boolean disputed = false;
    List<Integer> sources = List.copyOf(bySource.keySet());
    for (int i = 0; i < sources.size() && !disputed; i++) {
      for (int j = i + 1; j < sources.size() && !disputed; j++) {
        var judgement = comparator.judge(tokens.get(sources.get(i)), tokens.get(sources.get(j)));
        disputed = judgement.stance() == org.isnad.model.Stance.DISAGREE && judgement.disagree() >= DISAGREE_CONFIDENCE
            && judgement.cues().stream().anyMatch(FactTable::contradicting);
      }
    }
    List<FactValue> values = values(List.copyOf(bySource.values()), sourceOf);
    return new Fact(e.id(), "circumstances", values, disputed ? FactStatus.DISPUTED : FactStatus.AGREED, null, null, null);
  }

  /**
   * True when the mention's sentence also tells an event of another kind ("اعتقلت قوات الأمن ثلاثة
   * أشخاص يشتبه بتورطهم في التفجير، في حين ارتفعت الحصيلة إلى تسعة"): an account of the arrests more
   * than of the event, compared only when a source has no other.
   */
  private static boolean sharedWithOther(AnalysedArticle a, EventMention em) {
    for (EventMention other : a.events()) {
      if (other != em && other.sentence().equals(em.sentence()) && other.type().violent() != em.type().violent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per article, the dates its mentions of the event give; the day a mention was told ("أعلنت ...، اليوم
   * الجمعة، استشهاد ثلاثة") only when no mention gives the event's own day, or gives the same.
   */
  private static List<Report> dates(Event e, Map<String, AnalysedArticle> byId) {
    List<Report> out = new ArrayList<>();
    Set<Report> told = new HashSet<>();
    for (SourceRef m : e.mentions()) {
      EventMention em = mentionAt(byId.get(m.article()), m.span());
      TimeMention t = em == null || em.time() == null ? null : timeAt(byId.get(m.article()), em.time());
      if (t != null && t.resolved()) {
        String v = t.start().equals(t.end()) ? t.start().toString() : t.start() + "/" + t.end();
        Report r = new Report(v, null, false, null, null, m.article(), null, t.span());
        out.add(r);
        if (em.dateAfter()) {
          told.add(r);
        }
      }
    }
    // a day of telling that is an own day agrees with it; another is no rival
    Set<String> own = new HashSet<>();
    out.stream().filter(r -> !told.contains(r)).forEach(r -> own.add(r.value()));
    if (!own.isEmpty()) {
      out.removeIf(r -> told.contains(r) && !own.contains(r.value()));
    }
    return out;
  }

  /** Per article, the places its mentions of the event give. */
  private static List<Report> places(Event e, Map<String, AnalysedArticle> byId, EntityIndex entityAt) {
    List<Report> out = new ArrayList<>();
    for (SourceRef m : e.mentions()) {
      EventMention em = mentionAt(byId.get(m.article()), m.span());
      boolean strong = em != null && (!em.figures().isEmpty() || em.time() != null);
      Entity place = !strong || em.place() == null ? null : entityAt.startingAt(m.article(), em.place().start());
      if (place != null) {
        out.add(new Report(place.canonical(), null, false, place.id(), null, m.article(), null, em.place()));
      }
    }
    return out;
  }

  static EventMention mentionAt(AnalysedArticle a, Span trigger) {
    if (a == null) {
      return null;
    }
    return a.events().stream().filter(x -> x.trigger().equals(trigger)).findFirst().orElse(null);
  }

  private static TimeMention timeAt(AnalysedArticle a, Span span) {
    return a.times().stream().filter(t -> t.span().equals(span)).findFirst().orElse(null);
  }

  /** A date or place fact: values that cannot both be true are disputed. */
  private static Fact textFact(Event e, String slot, List<Report> reports, Function<String, Integer> sourceOf,
      Map<String, Geo> geo) {
    if (reports.isEmpty()) {
      return null;
    }
    List<FactValue> values = values(reports, sourceOf);
    boolean conflict = false;
    for (Report a : reports) {
      for (Report b : reports) {
        conflict |= !a.value().equals(b.value()) && contradicts(slot, a, b, geo);
      }
    }
    int most = values.stream().mapToInt(FactValue::sources).max().orElse(0);
    FactStatus status = conflict ? FactStatus.DISPUTED : most >= 2 || values.size() > 1 ? FactStatus.AGREED
        : FactStatus.SINGLE_SOURCE;
    return new Fact(e.id(), slot, values, status, bestOf(reports, sourceOf), null, null);
  }

  private static boolean contradicts(String slot, Report a, Report b, Map<String, Geo> geo) {
    if (slot.equals("date")) {
      String[] x = a.value().split("/");
      String[] y = b.value().split("/");
      String xs = x[0];
      String xe = x[x.length - 1];
      String ys = y[0];
      String ye = y[y.length - 1];
      return xe.compareTo(ys) < 0 || ye.compareTo(xs) < 0;
    }
    return geoContradicts(a, b, geo);
  }

  /**
   * Two different towns or sites contradict; a governorate or country (or an unplaced name) does not, nor
   * a town and the city that names its governorate ("قضاء الحويجة" and "غربي كركوك": Hawija is in Kirkuk
   * governorate, which the city of Kirkuk may stand for).
   */
  private static boolean geoContradicts(Report a, Report b, Map<String, Geo> geo) {
    Geo x = geo.get(a.groupKey());
    Geo y = geo.get(b.groupKey());
    return x != null && y != null && "exact".equals(x.precision()) && "exact".equals(y.precision())
        && !namesGovernorateOf(a.value(), y) && !namesGovernorateOf(b.value(), x);
  }

  /** Whether {@code name} is the name of the governorate {@code place} lies in ("كركوك" of Hawija's). */
  private static boolean namesGovernorateOf(String name, Geo place) {
    String admin1 = place.admin1();
    return admin1 != null && name != null && (admin1.equals(name) || admin1.endsWith(" " + name));
  }
}
