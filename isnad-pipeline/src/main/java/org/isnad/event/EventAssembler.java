package org.isnad.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.isnad.event.EventFinder.Family;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.isnad.model.Figure;
import org.isnad.model.FigureReport;
import org.isnad.model.SourceRef;
import org.isnad.model.Span;
import org.isnad.model.TimeMention;

/**
 * Story level: merges the event mentions of a story's articles into events, so that one real event
 * is one record however many outlets report it and however often one article names it.
 *
 * <p>A mention is <em>strong</em> when it gives a figure or a date; strong mentions found events or
 * join one of the same family (violence, arrest, threat, contact, ...) whose dates and place agree:
 * the day ranges overlap (or one is undated) and the places are not two towns in different
 * governorates more than {@value #SAME_PLACE_KM} km apart (a country, a governorate or an unknown
 * place never disagrees; differing towns of one governorate are a disputed place, not two events). A <em>weak</em> mention ("الهجوم" alone, again) only joins an event its own article
 * already reports with a strong mention; otherwise it is background and dropped.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventAssembler {

  /** A mention with what the story knows of it. */
  private record Item(AnalysedArticle article, EventMention mention, TimeMention date, String place,
      String actor1, String actor2) {
    /**
     * Figures (not only a toll since a period began nor only the displaced, which found no event even
     * when dated, nor survivors alone, which only join an event their article tells), a date finer than
     * a year (a year alone is usually background history), or, for a contact or an agreement, both its
     * sides named.
     */
    boolean strong() {
      if (!mention.figures().isEmpty() && (periodOnly() || displacedOnly())) {
        return false; // "يرتفع عدد الشهداء في الضفة منذ السابع من أكتوبر 2023 إلى 1049": its date opens the period
      }
      return !mention.figures().isEmpty() && !(casualtiesOnly() && family() == Family.ACCIDENT && onRescued())
          || family().twoSided() && actor1 != null && actor2 != null

          || date != null && date.precision() != null && date.precision().compareTo(org.isnad.model.DatePrecision.MONTH) <= 0;
    }

    Family family() {
      return Family.of(mention.type());
    }

    /** True when the mention's date is after its event: the day it was told, or a death of wounds. */
    boolean said() {
      return date != null && mention.dateAfter();
    }

    /**
     * True for a mention of another event like it ("غارة مماثلة استهدفت دراجة نارية"، "في هجوم سابق"،
     * "وفي غارة أخرى") or of the frame of the one told ("ضمن حملة أمنية"): an event of its own, never
     * merged with the story's.
     */
    boolean apart() {
      String text = article.clean().original();
      int start = mention.trigger().start();
      int end = mention.trigger().end();
      return end >= 0 && end < text.length()
          && (ANOTHER.matcher(text.substring(end, Math.min(text.length(), end + 12))).find()
          || CAMPAIGN.matcher(mention.trigger().in(text)).find()
          && WITHIN.matcher(wordsBefore(text, start)).find()
          || past(text, start) || daysBefore(text, start) || sideItem(text, start));
    }

    /**
     * True for an event told as a time before the news ("وتأتي الحملة بعد أيام من هجوم استهدف نقطة تفتيش"،
     * "بعد أسبوع على تفجير"): background, whatever its figures.
     */
    private boolean daysBefore(String text, int start) {
      return DAYS_BEFORE.matcher(text.substring(Math.max(0, start - BACKGROUND_REACH), start)).find();
    }

    /**
     * True for an event told after a word that opens another item in its sentence ("ومن جهة أخرى، أعلنت
     * خلية الإعلام الأمني مقتل ثلاثة"، "وفي سياق آخر"): a news item of its own.
     */
    private boolean sideItem(String text, int start) {
      Span sentence = mention.sentence();
      int from = sentence == null || sentence.start() < 0 || sentence.start() > start ? Math.max(0, start - BACKGROUND_REACH)
          : sentence.start();
      return SIDE_ITEM.matcher(text.substring(from, start)).find();
    }

    /**
     * True for an event the sentence dates, with its year, as a time before the one told ("بعد اعتداءات 11
     * سبتمبر 2001"، "منذ هجوم ... 2015"): background, more than a month before the article's day, or in an
     * article with no day of its own.
     */
    private boolean past(String text, int start) {
      if (date == null || date.start() == null || !YEAR.matcher(date.text()).find()
          || !BEFORE_NOW.matcher(wordsBefore(text, start)).find()) {
        return false;
      }
      var published = article.clean().published();
      return published == null || date.start().isBefore(published.date().minusDays(PAST_DAYS));
    }

    /**
     * True when the mention counts only the displaced ("أعلنت الوحدة التنفيذية نزوح 640 أسرة"): they join an
     * event their article tells, and found none ("ونزح أكثر من عشرة ملايين شخص منذ بدء الحرب").
     */
    boolean displacedOnly() {
      return mention.figures().stream().allMatch(f -> f.kind() == org.isnad.model.FigureKind.DISPLACED);
    }

    /**
     * True when the mention is told on a count of people rescued ("إن 38 ناجيا فقط وصلوا إلى البر"); not
     * the dead or wounded of an accident its article tells in another sentence.
     */
    boolean onRescued() {
      return mention.figures().stream().anyMatch(f -> f.kind() == org.isnad.model.FigureKind.RESCUED
          && f.span().start() == mention.trigger().start());
    }

    /** True when the mention's sentence names gunfire or a stabbing: "قتلوا بطلقات نارية"، "برصاص مجهولين". */
    boolean shot() {
      Span sentence = mention.sentence();
      String text = article.clean().original();
      return sentence != null && sentence.start() >= 0 && sentence.end() <= text.length()
          && ViolentCause.in(org.isnad.lang.Language.arabic().normalizer().fold(sentence.in(text)));
    }

    /** True when every figure of the mention is a toll since a period began ("منذ مطلع العام"). */
    boolean periodOnly() {
      return mention.figures().stream().allMatch(f -> periodTotal(article, mention, f));
    }

    /**
     * True for casualty figures with no event word, whose casualty word is the trigger ("وبحسب
     * إحصائية الدائرة، فإن عدد المصابين بلغ 14"): they may belong to a protest the story reports, or to an
     * accident ("انتشال 12 جثة" after a wreck).
     */
    boolean casualtiesOnly() {
      return (family() == Family.VIOLENCE || family() == Family.ACCIDENT) && mention.figures().stream()
          .anyMatch(f -> f.span().start() == mention.trigger().start());
    }
  }

  /**
   * True when one article tells both mentions with their own event words in two different towns, each
   * named as a town, the second with figures of its own ("استهدفت مسيرة سيارة في بلدة عيترون ..." then
   * "وفي وقت لاحق، استهدفت مسيرة منزلا في بلدة كفركلا، ما أدى إلى استشهاد مواطن"): two events, whatever
   * the distance. A place named otherwise may hold the other ("قرب ناحية سنوني" and "على سنجار"), and
   * across articles two towns may be one event told differently (a disputed place).
   */
  private static boolean otherTown(Item a, Item b) {
    return a.article() == b.article() && a.place() != null && b.place() != null && !a.place().equals(b.place())
        && !a.casualtiesOnly() && !b.casualtiesOnly() && !b.mention().figures().isEmpty()
        && namedAsTown(a) && namedAsTown(b);
  }

  /** Words that name a place as a town or a village right before its name. */
  static final Pattern TOWN = Pattern.compile("(?:بلدة|بلده|قرية|قريه|مدينة|مدينه)\\s+$");

  private static boolean namedAsTown(Item it) {
    Span place = it.mention().place();
    if (place == null || place.start() < 0) {
      return false;
    }
    String text = it.article().clean().original();
    return TOWN.matcher(wordsBefore(text, place.start())).find();
  }

  /** How far apart two towns may be and still be the place of one event. */
  static final double SAME_PLACE_KM = 60;

  /** An event being built. */
  private final class Group {
    final Family family;
    final List<Item> items = new ArrayList<>();
    final boolean apart;

    Group(Item first) {
      family = first.family();
      items.add(first);
      apart = first.apart();
    }

    boolean accepts(Item it) {
      if (apart || it.apart()) {
        return false;
      }
      if (it.family() != family && !(family == Family.PROTEST && it.casualtiesOnly() && (hasCasualties() || toldBeside(it)))
          && !(family == Family.ACCIDENT && it.casualtiesOnly() && !it.periodOnly() && !it.shot())) {
        return false;
      }
      for (Item other : items) {
        if (!datesAgree(other, it, family == Family.ACCIDENT ? ACCIDENT_DAYS : 0)
            || !placesAgree(other.place(), it.place()) || otherTown(other, it)) {
          return false;
        }
      }
      return !family.twoSided() || sidesMeet(it);
    }

    /** A call or an agreement is the same only between the same sides: one named side in common. */
    boolean sidesMeet(Item it) {
      Set<String> mine = new HashSet<>();
      for (Item i : items) {
        addSides(mine, i);
      }
      Set<String> theirs = new HashSet<>();
      addSides(theirs, it);
      if (mine.isEmpty() || theirs.isEmpty()) {
        return true;
      }
      theirs.retainAll(mine);
      return !theirs.isEmpty();
    }

    private static void addSides(Set<String> sides, Item i) {
      if (i.actor1() != null) {
        sides.add(i.actor1());
      }
      if (i.actor2() != null) {
        sides.add(i.actor2());
      }
    }

    /**
     * True for an undated count of casualties in an article that tells this event ("قطع مئات المحتجين
     * طرقات ... احتجاجا على" then "رشق عدد من الشبان العناصر بالحجارة، ما أدى إلى إصابة ثلاثة عسكريين").
     */
    boolean toldBeside(Item it) {
      return it.date() == null && hasStrongFrom(it.article());
    }

    /** True when a mention of the group counts the dead or wounded (a protest that was dispersed by force). */
    boolean hasCasualties() {
      return items.stream().anyMatch(i -> !i.mention().figures().isEmpty() && !i.casualtiesOnly());
    }

    boolean hasStrongFrom(AnalysedArticle a) {
      return items.stream().anyMatch(i -> i.article() == a && i.strong());
    }
  }

  private Map<String, org.isnad.model.Geo> geo = Map.of();

  /** The story's events; entity ids come from {@code entities} (the story's resolved entities). */
  public List<Event> assemble(String storyId, List<AnalysedArticle> members, List<Entity> entities) {
    return assemble(storyId, members, entities, new EntityIndex(entities));
  }

  /** {@link #assemble(String, List, List)} with the story's index of {@code entities}, shared with the other assemblers. */
  public List<Event> assemble(String storyId, List<AnalysedArticle> members, List<Entity> entities, EntityIndex index) {
    return new EventAssembler(entities).run(storyId, members, entities, index);
  }

  public EventAssembler() {}

  private EventAssembler(List<Entity> entities) {
    Map<String, org.isnad.model.Geo> g = new HashMap<>();
    for (Entity e : entities) {
      if (e.geo() != null) {
        g.put(e.id(), e.geo());
      }
    }
    this.geo = g;
  }

  /** Where each entity of the story is named, by entity id. */
  private final Map<String, List<Entity.Mention>> mentionsOf = new HashMap<>();

  private List<Event> run(String storyId, List<AnalysedArticle> members, List<Entity> entities, EntityIndex entityAt) {
    for (Entity e : entities) {
      mentionsOf.put(e.id(), e.mentions());
    }
    List<Item> strong = new ArrayList<>();
    List<Item> weak = new ArrayList<>();
    for (AnalysedArticle a : members) {
      for (EventMention m : a.events()) {
        Item it = item(a, m, entityAt);
        if (it.date() == null || !sinceAMonth(a, it.date())) {
          (it.strong() ? strong : weak).add(it);
        }
      }
    }
    List<Group> groups = new ArrayList<>();
    // casualty figures without an event word join the events named by one, so they come last
    strong.sort(Comparator.comparing(Item::casualtiesOnly));
    for (Item it : strong) {
      // "وقالت الوزارة إن الغارات أسفرت عن مقتل ثلاثة": an undated mention of a dated article tells an
      // event its article names (the dates of an undated article are the story's, no guide)
      Group g = it.date() == null && it.article().clean().published() != null ? told(groups, it) : null;
      g = g == null ? best(groups, it, null) : g;
      if (g == null) {
        groups.add(new Group(it));
      } else {
        g.items.add(it);
      }
    }
    for (Item it : weak) {
      Group g = best(groups, it, it.article());
      if (g != null) {
        g.items.add(it);
      }
    }
    joinBlastsToAccidents(groups);
    return events(storyId, groups);
  }

  /** An explosion word alone, with no weapon named: "انفجار"، "الانفجار"، "انفجرت"، "تفجر" (folded, a proclitic allowed). */
  static final Pattern BARE_BLAST = Pattern.compile("^[وفبل]?(?:ال)?(?:انفجار[اه]?|انفجر[تا]?|تفجر[تا]?)$");

  /** Words of a weapon or an attack in the sentence of an explosion: a bombing, whatever else exploded. */
  static final Pattern WEAPON = Pattern.compile("مفخخ|ناسف|عبو[ةه]|لغم|الغام|قذيف|صاروخ|انتحاري|غار[ةه]|طائر[ةه] مسير|هجوم|استهدف");

  /**
   * "دوي انفجار ... أسفر عن سقوط ضحايا", "انفجارا غامضا وقع داخل مطعم": an event of explosion words alone,
   * no weapon and no attacker named, on the day and at the place of an accident of an explosion the story
   * tells ("انفجار أسطوانة غاز داخل مطعم"), is that accident as an outlet first told it, no bombing.
   */
  private void joinBlastsToAccidents(List<Group> groups) {
    List<Group> blasts = groups.stream().filter(g -> g.family == Family.ACCIDENT && g.items.stream().anyMatch(EventAssembler::bareBlast)).toList();
    if (blasts.isEmpty()) {
      return;
    }
    groups.removeIf(g -> {
      if (g.family != Family.VIOLENCE || !g.items.stream().allMatch(i -> bareBlast(i) || i.casualtiesOnly())
          || g.items.stream().anyMatch(i -> i.mention().figures().stream().anyMatch(Figure::perpetrator))) {
        return false;
      }
      for (Group accident : blasts) {
        if (g.items.stream().allMatch(i -> accident.items.stream().allMatch(
            a -> datesAgree(a, i, ACCIDENT_DAYS) && placesAgree(a.place(), i.place())))) {
          accident.items.addAll(g.items);
          return true;
        }
      }
      return false;
    });
  }

  private static boolean bareBlast(Item it) {
    String text = it.article().clean().original();
    Span t = it.mention().trigger();
    Span sentence = it.mention().sentence();
    if (t.start() < 0 || sentence == null || sentence.start() < 0) {
      return false;
    }
    String word = org.isnad.lang.Language.arabic().normalizer().fold(t.in(text));
    return BARE_BLAST.matcher(word).matches() && !WEAPON.matcher(
        org.isnad.lang.Language.arabic().normalizer().fold(sentence.in(text))).find();
  }

  /**
   * The event an undated mention of a dated article tells: for casualty figures with no event word, the
   * event of the strong mention of its article nearest before it ("أعلن الجيش اعتراض الصاروخ" then
   * "وأعلنت خدمة الإسعاف إصابة شخصين": the figures go on telling the event just told, not the largest
   * of the article); else, or when none comes before, the largest its article tells.
   */
  private Group told(List<Group> groups, Item it) {
    Group g = it.casualtiesOnly() ? nearestBefore(groups, it) : null;
    return g != null ? g : best(groups, it, it.article());
  }

  /** The accepting group whose strong mention of the item's article ends nearest before the item's trigger. */
  private static Group nearestBefore(List<Group> groups, Item it) {
    Group nearest = null;
    int at = -1;
    for (Group g : groups) {
      if (!g.accepts(it)) {
        continue;
      }
      for (Item i : g.items) {
        int start = i.mention().trigger().start();
        if (i.article() == it.article() && i.strong() && start < it.mention().trigger().start() && start > at) {
          at = start;
          nearest = g;
        }
      }
    }
    return nearest;
  }

  /** The largest group that accepts the item (among those with a strong mention of {@code article} when given). */
  private Group best(List<Group> groups, Item it, AnalysedArticle article) {
    Group best = null;
    for (Group g : groups) {
      if (g.accepts(it) && (article == null || g.hasStrongFrom(article))
          && (best == null || g.items.size() > best.items.size())) {
        best = g;
      }
    }
    return best;
  }

  private static Item item(AnalysedArticle a, EventMention m, EntityIndex entityAt) {
    TimeMention date = null;
    if (m.time() != null) {
      for (TimeMention t : a.times()) {
        if (t.span().equals(m.time()) && t.resolved()) {
          date = t;
        }
      }
    }
    return new Item(a, m, date, idAt(entityAt, a.id(), m.place()), idAt(entityAt, a.id(), m.actor1()),
        idAt(entityAt, a.id(), m.actor2()));
  }

  /** The id of the entity named exactly at {@code span}, or null. */
  private static String idAt(EntityIndex entityAt, String article, Span span) {
    Entity e = entityAt.at(article, span);
    return e == null ? null : e.id();
  }

  /**
   * True for a month or a year a period began ("وسبق أن قصفت إسرائيل الميناء مرات عدة منذ يوليو 2024"،
   * "منذ عام 2016 ... قاد حملات واعتقالات"): the mention tells what has gone on since then, background
   * that neither founds nor joins an event. A day keeps its date ("اعتقلت منذ فجر أمس 12 مواطنا").
   */
  private static boolean sinceAMonth(AnalysedArticle a, TimeMention t) {
    if (t.precision() == null || t.precision().compareTo(org.isnad.model.DatePrecision.MONTH) < 0 || t.span().start() < 0) {
      return false;
    }
    String text = a.clean().original();
    String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + WORD_REACH));
    return SINCE.matcher(wordsBefore(text, t.span().start())).find() && !WHEN.matcher(after).find();
  }

  /** How far from a span a word right next to it is looked for: "في إطار "، "قرية "، "منذ "، "، حين". */
  private static final int WORD_REACH = 10;

  /** The few characters of {@code text} right before {@code at}, where the word before a span stands. */
  static String wordsBefore(String text, int at) {
    return text.substring(Math.max(0, at - WORD_REACH), at);
  }

  /** "بعد"، "منذ"، "قبل" right before an event word: a time before another. */
  private static final Pattern BEFORE_NOW = Pattern.compile("(?:^|\\s)[وف]?(?:بعد|منذ|قبل)\\s+$");
  /** A year written in digits. */
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  /** How many days before the article's day an event told after "بعد"/"منذ" is background. */
  private static final int PAST_DAYS = 30;

  private static final Pattern SINCE = Pattern.compile("(?:^|\\s)[وف]?منذ\\s+$");
  /** "الأكبر منذ أبريل 2023، حين أفرج الطرفان عن 900 محتجز": the month of the event the clause tells. */
  private static final Pattern WHEN = Pattern.compile("^\\s*[،,]?\\s*(?:حين|عندما)\\s");

  static boolean datesAgree(TimeMention a, TimeMention b) {
    return datesAgree(a, b, 0);
  }

  /**
   * How many days apart the mentions of one accident may be dated: a wreck's dead are found and counted
   * over the days after it ("انتشل ... اليوم الجمعة 11 جثة" of a boat that sank on Thursday).
   */
  static final int ACCIDENT_DAYS = 2;

  /**
   * How many days after an event it may be told with the day of telling as the sentence's only date
   * ("أعلنت خلية الإعلام الأمني، اليوم الجمعة، استشهاد ثلاثة ... إثر هجوم" of an attack on Thursday evening),
   * or one wounded in it die ("استشهد الشاب ... صباح اليوم الأربعاء متأثرا بإصابته" in Tuesday's raid).
   */
  static final int SAID_DAYS = 1;

  /**
   * Whether two mentions' dates agree: their day ranges overlap once widened by {@code slack} days, or
   * one is the day the other's event was told, on the day or up to {@value #SAID_DAYS} after it.
   */
  private static boolean datesAgree(Item a, Item b, int slack) {
    if (a.said() != b.said()) {
      TimeMention told = a.said() ? a.date() : b.date();
      TimeMention done = a.said() ? b.date() : a.date();
      if (done != null && !told.start().isBefore(done.start()) && !told.start().isAfter(done.end().plusDays(SAID_DAYS))) {
        return true;
      }
    }
    return datesAgree(a.date(), b.date(), slack);
  }

  /** True when the day ranges overlap once each is widened by {@code slack} days. */
  static boolean datesAgree(TimeMention a, TimeMention b, int slack) {
    if (a == null || b == null) {
      return true;
    }
    return !a.start().isAfter(b.end().plusDays(slack)) && !b.start().isAfter(a.end().plusDays(slack));
  }

  /**
   * Places disagree only when both are towns or sites ("exact" geocodes) more than {@value
   * #SAME_PLACE_KM} km apart: a country or governorate named for the same event is not a contradiction.
   */
  boolean placesAgree(String a, String b) {
    if (a == null || b == null || a.equals(b)) {
      return true;
    }
    org.isnad.model.Geo x = geo.get(a);
    org.isnad.model.Geo y = geo.get(b);
    if (x == null || y == null || !"exact".equals(x.precision()) || !"exact".equals(y.precision())) {
      return true;
    }
    return x.admin1() != null && x.admin1().equals(y.admin1()) || kilometres(x, y) <= SAME_PLACE_KM;
  }

  static double kilometres(org.isnad.model.Geo x, org.isnad.model.Geo y) {
    double dLat = Math.toRadians(y.lat() - x.lat());
    double dLon = Math.toRadians(y.lon() - x.lon());
    double h = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(x.lat())) * Math.cos(Math.toRadians(y.lat())) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  }

  private List<Event> events(String storyId, List<Group> groups) {
    List<Event> built = new ArrayList<>();
    for (Group g : groups) {
      built.add(event(g));
    }
    built.sort(Comparator.comparing((Event e) -> e.start() == null ? LocalDate.MAX : e.start())
        .thenComparing(e -> e.mentions().get(0).span().start()));
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < built.size(); i++) {
      Event e = built.get(i);
      out.add(new Event(storyId + "-E" + (i + 1), e.type(), e.start(), e.end(), e.precision(), e.place(),
          e.actor1(), e.actor2(), e.figures(), e.mentions()));
    }
    return out;
  }

  /**
   * True for a figure of zero (a denial: "دون وقوع إصابات") whose article counts casualties of the kind
   * in the same event: it denies them of a part of the event ("وأسقطت طائرة مسيرة دون تسجيل إصابات" after
   * "إصابة أحد أفراد حرس الحدود"), or gives a denial the article itself answers; never a count of its own.
   * Against another article's count it stands, a dispute.
   */
  private static boolean deniedOfAPart(FigureReport zero, List<FigureReport> all) {
    Figure z = zero.figure();
    return z.value() == 0 && all.stream().anyMatch(r -> r.article().equals(zero.article())
        && r.figure().kind() == z.kind() && r.figure().value() > 0);
  }

  /** One figure of one article: a denial of casualties ("دون وقوع إصابات") is two on one span. */
  private record FigureKey(String article, Span span, org.isnad.model.FigureKind kind) {}

  private Event event(Group g) {
    TimeMention date = g.family == Family.ACCIDENT ? earliest(g.items) : mostPrecise(g.items);
    List<FigureReport> figures = new ArrayList<>();
    List<SourceRef> mentions = new ArrayList<>();
    Set<FigureKey> seen = new HashSet<>(); // a figure's article, span and kind
    for (Item it : g.items) {
      mentions.add(new SourceRef(it.article().id(), it.mention().trigger()));
      for (Figure f : it.mention().figures()) {
        if (periodTotal(it.article(), it.mention(), f)) {
          continue;
        }
        if (seen.add(new FigureKey(it.article().id(), f.span(), f.kind()))) {
          figures.add(new FigureReport(it.article().id(), f));
        }
      }
    }
    figures.removeIf(r -> deniedOfAPart(r, figures));
    String place = mostPreciseFrequent(g.items);
    boolean sideless = g.family == Family.ACCIDENT; // an accident has no sides, whatever its casualty-only mentions named
    String actor1 = sideless ? null : mostFrequent(g.items, Item::actor1, place);
    EventType type = g.family == Family.ACCIDENT ? EventType.ACCIDENT : type(g.items);
    if (g.family == Family.VIOLENCE && actor1 != null && type != EventType.ARMED_CLASH) {
      figures.replaceAll(r -> namesAttacker(r, actor1) ? new FigureReport(r.article(), asPerpetrator(r.figure())) : r);
    }
    String actor2 = sideless ? null : mostFrequent(g.items, Item::actor2, actor1);
    return new Event("", type, date == null ? null : date.start(), date == null ? null : date.end(),
        date == null ? null : date.precision(), place, actor1, actor2, figures, mentions);
  }

  /**
   * True when a victims' count of the dead names the event's attacker in its group: the other side's
   * claim ("وأعلن الجيش أنه قتل العشرات من عناصر الدعم السريع" in a story of an attack by the RSF)
   * counts the attackers' dead, never the victims'.
   */
  private boolean namesAttacker(FigureReport r, String actor1) {
    Figure f = r.figure();
    if (f.perpetrator() || f.kind() != org.isnad.model.FigureKind.KILLED || f.group() == null) {
      return false;
    }
    for (Entity.Mention m : mentionsOf.getOrDefault(actor1, List.of())) {
      // inside the group, or the noun it is counted by in construct ("عناصر الدعم السريع")
      int group = f.span().end() - f.group().length(); // the group closes the figure's span
      if (m.article().equals(r.article()) && group <= m.span().start() && m.span().start() <= f.span().end() + 1) {
        return true;
      }
    }
    return false;
  }

  private static Figure asPerpetrator(Figure f) {
    return new Figure(f.kind(), f.value(), f.vague(), true, f.group(), f.span(), f.authority(), f.authoritySpan());
  }

  /**
   * Words before a campaign that make it the frame of the event told ("وتأتي العملية ضمن حملة أمنية
   * أطلقتها القوات مطلع الشهر"، "في إطار حملة"): a larger event of its own, never merged with it.
   */
  static final Pattern WITHIN = Pattern.compile("(?:^|\\s)(?:ضمن|إطار|اطار)\\s+$");
  /** A campaign: the frame of many operations ("في إطار صفقة التبادل" is the deal itself). */
  static final Pattern CAMPAIGN = Pattern.compile("^(?:ال)?حمل");

  /** How far before an event word the words that make it background or a side item are looked for. */
  private static final int BACKGROUND_REACH = 40;
  /**
   * "بعد أيام من"، "بعد يومين على"، "بعد أسابيع من" right before an event word: an earlier event (not "قبل أيام
   * من الهجوم": what came before the event told).
   */
  static final Pattern DAYS_BEFORE = Pattern.compile("(?:^|\\s)[وف]?بعد\\s+(?:\\S+\\s+)?"
      + "(?:أيام|ايام|يومين|ساعات|ساعتين|أسبوع|اسبوع|أسبوعين|اسبوعين|أسابيع|اسابيع|شهر|شهرين|أشهر|اشهر)\\s+(?:من|على)\\s+$");
  /** Words that open another news item: "من جهة أخرى"، "في سياق آخر"، "على صعيد آخر" (not "في سياق متصل": often the same event). */
  static final Pattern SIDE_ITEM = Pattern.compile(
      "(?:من|على) (?:جهة|ناحية|صعيد) (?:أخرى|اخرى|ثانية|آخر|اخر)|في سياق (?:آخر|اخر|منفصل)|في شأن آخر");

  /** Words of likeness right after an event word: another event of the kind ("غارة مماثلة"). */
  static final Pattern ANOTHER = Pattern.compile(
      "^\\s+(?:مماثل|مشابه|سابق|أخرى|اخرى)");
  /**
   * A toll since a period began ("ارتفعت حصيلة الشهداء منذ بدء الحرب إلى 43 ألفا", "قتل 5 آلاف منذ
   * مطلع العام", "منذ أكتوبر 2023", "منذ وقف إطلاق النار") counts many events, not this one: read as a
   * figure, never the event's. The period is named inside the figure or right after it, before any
   * punctuation.
   */
  static final Pattern PERIOD = Pattern.compile(
      "منذ\\s+(?:[وف]?(?:بدء|بدأ|بداية|بدايه|اندلاع|مطلع|انطلاق|مستهل|انطلاقة|سريان|دخول|وقف\\s)|(?:\\S+\\s+){0,4}[0-9٠-٩]{4})");
  private static final int PERIOD_REACH = 40;

  static boolean periodTotal(AnalysedArticle a, EventMention m, Figure f) {
    String text = a.clean().original();
    int to = Math.min(Math.min(text.length(), m.sentence().end()), f.span().end() + PERIOD_REACH);
    if (f.span().start() < 0 || to <= f.span().start()) {
      return false;
    }
    String near = text.substring(f.span().start(), to);
    int stop = f.span().length() + firstPunctuation(near.substring(f.span().length()));
    if (PERIOD.matcher(near.substring(0, stop)).find()) {
      return true;
    }
    // "ووثق المرصد منذ مطلع العام اعتقال 900 شخص": the period opens the figure's clause
    int from = Math.max(m.sentence().start(), 0);
    String before = text.substring(from, f.span().start());
    int clause = lastPunctuation(before) + 1;
    return PERIOD.matcher(before.substring(clause)).find() || resultOfAPeriod(before, clause);
  }

  /** A verb of result opening a clause: what the thing named before brought about. */
  private static final Pattern RESULT = Pattern.compile(
      "^\\s*[وف]?(?:ما\\s+)?(?:[أا]سفر|[أا]ود[ىت]|[أا]د[ىت]\\s+[إا]لى|خلف|خلّف|تسبب|نتج|راح\\s+ضحيت)");

  /**
   * True when the figure's clause opens with a verb of result and the clause before it names a period:
   * the toll of what has lasted since then (a war, attacks on ships), cut from its period by a comma
   * ("وتشن الجماعة منذ نوفمبر 2023 هجمات على السفن، أدت إلى مقتل تسعة بحارة").
   */
  private static boolean resultOfAPeriod(String before, int clause) {
    if (clause <= 0 || !RESULT.matcher(before.substring(clause)).find()) {
      return false;
    }
    String previous = before.substring(lastPunctuation(before.substring(0, clause - 1)) + 1, clause - 1);
    return PERIOD.matcher(previous).find();
  }

  private static int lastPunctuation(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if ("،,.;؛:!?؟()\"".indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static int firstPunctuation(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("،,.;؛:!?؟()\"".indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  /** The most frequent type among the mentions; ties go to the more specific. */
  private static EventType type(List<Item> items) {
    Map<EventType, Integer> votes = new LinkedHashMap<>();
    for (Item it : items) {
      if (!it.casualtiesOnly() || items.stream().allMatch(Item::casualtiesOnly)) {
        votes.merge(it.mention().type(), it.strong() ? 2 : 1, Integer::sum);
      }
    }
    EventType voted = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    return voted == EventType.ATTACK && clashInMostArticles(items) ? EventType.ARMED_CLASH : voted;
  }

  /**
   * True when more than half of the articles telling the event call it a clash ("اشتباكات"): fighting
   * between two armed sides, which each side's statement calls the other's attack. An attack that one
   * outlet in three says turned into an exchange of fire stays an attack.
   */
  private static boolean clashInMostArticles(List<Item> items) {
    Set<String> all = new HashSet<>();
    Set<String> clash = new HashSet<>();
    for (Item it : items) {
      all.add(it.article().id());
      if (it.mention().type() == EventType.ARMED_CLASH) {
        clash.add(it.article().id());
      }
    }
    return 2 * clash.size() > all.size();
  }

  /**
   * The earliest of the most precise dates: an accident happened once, and the later dates of its
   * mentions are of the dead found after it.
   */
  private static TimeMention earliest(List<Item> items) {
    TimeMention best = mostPrecise(items);
    for (Item it : items) {
      TimeMention t = it.date();
      if (t != null && best != null && t.precision() == best.precision() && t.start().isBefore(best.start())) {
        best = t;
      }
    }
    return best;
  }

  /** The most precise resolved date (a day over a range over a month), most often given. */
  private static TimeMention mostPrecise(List<Item> all) {
    // the day an event was told dates it only when no mention gives its own day
    List<Item> items = all.stream().anyMatch(i -> i.date() != null && !i.said())
        ? all.stream().filter(i -> !i.said()).toList() : all;
    TimeMention best = null;
    int bestVotes = 0;
    for (Item it : items) {
      TimeMention t = it.date();
      if (t == null || t.precision() == null) {
        continue;
      }
      int votes = (int) items.stream().filter(o -> o.date() != null && o.date().start().equals(t.start())
          && o.date().end().equals(t.end())).count();
      if (best == null || t.precision().compareTo(best.precision()) < 0
          || t.precision() == best.precision() && votes > bestVotes) {
        best = t;
        bestVotes = votes;
      }
    }
    return best;
  }

  /** The most frequent place among the most precisely geocoded ones. */
  private String mostPreciseFrequent(List<Item> items) {
    // a place the gazetteer does not know ("بلدة طيردبا") is a village or a site: as fine as a town
    for (String level : List.of("exact", "admin1", "country")) {
      Map<String, Integer> votes = new LinkedHashMap<>();
      for (Item it : items) {
        org.isnad.model.Geo gg = it.place() == null ? null : geo.get(it.place());
        if (it.place() != null && (gg == null ? level.equals("exact") : gg.precision().equals(level))) {
          votes.merge(it.place(), 1, Integer::sum);
        }
      }
      if (!votes.isEmpty()) {
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      }
    }
    return mostFrequent(items, Item::place, null);
  }

  private static String mostFrequent(List<Item> items, java.util.function.Function<Item, String> f, String except) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (Item it : items) {
      String v = f.apply(it);
      if (v != null && !v.equals(except)) {
        votes.merge(v, 1, Integer::sum);
      }
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }
}
