package org.isnad.facts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.isnad.facts.FactTable.Report;
import org.isnad.event.EntityIndex;
import org.isnad.lang.Language;
import org.isnad.lang.PhraseLexicon;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.FactValue;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.isnad.model.FigureReport;
import org.isnad.model.QuoteMention;

/**
 * The two slots of an event that say who (schema 1.13.0): the {@code perpetrator} each source names
 * and the {@code victims} each source counts, with the authority it gives them.
 *
 * <p><b>Perpetrator</b>: per mention with a figure of a one-sided violent event (an attack, a
 * bombing, a strike, a killing, an abduction; not a clash, whose two sides are both doers), the story
 * entity of the doer it names, on the word of its figures' authority or of the speaker of the
 * quotation it is in, else the outlet's. A country and the bodies whose names carry its nationality
 * are one side ("إسرائيل", "الجيش الإسرائيلي"). One independent source that names only one side
 * against another that names only another disputes who did it (a source is its authority when it has one: the health ministry and the army quoted in one article are two); a mention that names no doer ("تدافع")
 * is no rival.
 *
 * <p><b>Victims</b>: the victim groups of the event's counts of people killed, wounded, abducted or
 * missing that say whether the victims were civilians or armed (the language's {@code civilian},
 * {@code combatant} and {@code state_forces} categories: "مدنيين", "أطفال"; "مسلحين", "عناصر",
 * "جنود"), the kinds as the value's group. An authority (else a source) that counts, of one kind of figure,
 * only civilians against another that counts only armed men disputes who died ("مواطنين اثنين" on the health
 * ministry's word against "عناصر من حزب الله" on the army's); kinds that differ otherwise are a mixed
 * toll, {@code explained}.
 */
final class PartyFacts {

  private final Language language;

  PartyFacts(Language language) {
    this.language = language;
  }

  /** The event types one side does to another: the doer is the perpetrator. */
  static boolean oneSided(EventType type) {
    return type == EventType.ABDUCTION || type.violent() && type != EventType.ARMED_CLASH;
  }

  /**
   * The perpetrator slot, or null when no mention names a doer the story resolved.
   *
   * @param nationality the nationality a body's name carries ("الجيش الإسرائيلي" -> IL), or null
   */
  Fact perpetrator(Event e, Map<String, AnalysedArticle> byId, EntityIndex entityAt,
      Function<String, Integer> sourceOf, Function<Entity, String> nationality) {
    if (!oneSided(e.type())) {
      return null;
    }
    List<Report> reports = new ArrayList<>();
    for (var m : e.mentions()) {
      AnalysedArticle a = byId.get(m.article());
      EventMention em = FactTable.mentionAt(a, m.span());
      boolean strong = em != null && !em.figures().isEmpty();
      Entity doer = !strong || em.actor1() == null ? null : entityAt.startingAt(m.article(), em.actor1().start());
      if (doer != null && doer.canonical() != null) {
        reports.add(new Report(doer.canonical(), null, false, side(doer, nationality), null, m.article(),
            authority(a, em, entityAt), em.actor1()));
      }
    }
    return reports.isEmpty() ? null : fact(e, "perpetrator", reports, sourceOf,
        rivals(reports, sourceOf) ? FactStatus.DISPUTED : null);
  }

  /**
   * One key per side: a country and the bodies whose names carry its nationality ("إسرائيل", "الجيش
   * الإسرائيلي") are one side; any other body is its own; a name of generic words ("قوات الجيش") none.
   */
  private String side(Entity doer, Function<Entity, String> nationality) {
    if (generic(doer.canonical())) {
      return null; // "قوات الجيش" in its spokesman's words: whose army it is, the name does not say
    }
    if (doer.geo() != null && "country".equals(doer.geo().precision()) && doer.geo().country() != null) {
      return "country:" + doer.geo().country();
    }
    String code = nationality.apply(doer);
    return code != null ? "country:" + code : doer.id();
  }

  /**
   * The victims slot, or null when no count of the event says whether its people were civilians or
   * armed. A source that counts, of one kind of figure (the killed), only civilians against another
   * that counts only armed men disputes who they were.
   */
  Fact victims(Event e, EntityIndex entityAt, Function<String, Integer> sourceOf) {
    List<Report> reports = new ArrayList<>();
    Map<FigureKind, Map<String, Set<String>>> kinds = new EnumMap<>(FigureKind.class);
    for (FigureReport r : e.figures()) {
      Figure f = r.figure();
      Set<String> named = victim(f) ? kindsOf(f.group()) : Set.of();
      if (!named.isEmpty()) {
        String kind = String.join("+", named);
        Report report = new Report(f.group(), null, false, kind, kind, r.article(),
            FactTable.authority(f, r.article(), entityAt), f.span());
        reports.add(report);
        kinds.computeIfAbsent(f.kind(), k -> new HashMap<>())
            .computeIfAbsent(teller(report, sourceOf), k -> new TreeSet<>()).addAll(named);
      }
    }
    if (reports.isEmpty()) {
      return null;
    }
    boolean rival = kinds.values().stream().anyMatch(bySource -> bySource.values().contains(Set.of(CIVILIAN))
        && bySource.values().contains(Set.of(ARMED)));
    boolean mixed = reports.stream().map(Report::groupKey).distinct().count() > 1 || reports.get(0).groupKey().contains("+");
    return fact(e, "victims", reports, sourceOf, rival ? FactStatus.DISPUTED : mixed ? FactStatus.EXPLAINED : null);
  }

  static final String CIVILIAN = "civilian";
  static final String ARMED = "armed";

  /**
   * The kinds of people a victim group names, sorted: {@code civilian} ("مدنيين", "أطفال", "مترجم")
   * and {@code armed}, fighters or a state's forces ("مسلحين", "عناصر", "جنديين").
   */
  Set<String> kindsOf(String group) {
    Set<String> out = new TreeSet<>();
    PhraseLexicon lexicon = language.eventLexicon();
    for (String w : FactTable.GROUP_BREAK.split(group)) {
      String folded = fold(w);
      if (lexicon.labelOfPrefix(folded, "civilian") != null) {
        out.add(CIVILIAN);
      } else if (lexicon.labelOfPrefix(folded, "combatant") != null || lexicon.labelOfPrefix(folded, "state_forces") != null) {
        out.add(ARMED);
      }
    }
    return out;
  }

  private static boolean victim(Figure f) {
    return !f.perpetrator() && f.group() != null && switch (f.kind()) {
      case KILLED, WOUNDED, ABDUCTED, MISSING -> true;
      default -> false;
    };
  }

  /** A fact of the reports; {@code status} null for agreed or single-source by the number of sources. */
  private static Fact fact(Event e, String slot, List<Report> reports, Function<String, Integer> sourceOf,
      FactStatus status) {
    List<FactValue> values = FactTable.values(reports, sourceOf);
    Set<Integer> sources = new HashSet<>();
    reports.forEach(r -> sources.add(sourceOf.apply(r.article())));
    FactStatus s = status != null ? status : sources.size() >= 2 ? FactStatus.AGREED : FactStatus.SINGLE_SOURCE;
    return new Fact(e.id(), slot, values, s, FactTable.bestOf(reports, sourceOf), null, null);
  }

  /** Runs of white space, between the words of a name (compiled once: {@code split("\\s+")} compiles at each call). */
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** Whether a name is only generic words of forces ("قوات الجيش", "القوات"): no side of its own. */
  private boolean generic(String name) {
    for (String w : SPACES.split(name)) {
      if (!GENERIC.contains(fold(w))) {
        return false;
      }
    }
    return true;
  }

  private String fold(String w) {
    return language.normalizer().normalizedText(w, 0, w.length());
  }

  /** Generic words of forces (folded). */
  private static final Set<String> GENERIC = Set.of("قوات", "القوات", "الجيش", "جيش", "الامن", "امن", "الشرطه",
      "شرطه", "عناصر", "العناصر", "وحدات", "الوحدات");

  /** Who tells a report: its authority, else its independent source (the outlets that copy one another). */
  private static String teller(Report r, Function<String, Integer> sourceOf) {
    return r.authority() != null ? "authority:" + r.authority() : "source:" + sourceOf.apply(r.article());
  }

  /**
   * True when one teller (an authority, else an independent source) gives only one key (a doer) and
   * another only another: two accounts of who. A teller that gives both keys tells of both.
   */
  private static boolean rivals(List<Report> reports, Function<String, Integer> sourceOf) {
    Map<String, Set<String>> keys = new HashMap<>();
    reports.stream().filter(r -> r.groupKey() != null)
        .forEach(r -> keys.computeIfAbsent(teller(r, sourceOf), k -> new HashSet<>()).add(r.groupKey()));
    List<String> sole = keys.values().stream().filter(k -> k.size() == 1).map(k -> k.iterator().next()).toList();
    return sole.stream().distinct().count() > 1;
  }

  /**
   * On whose word a mention names its doer: the authority of its first attributed figure, else the
   * speaker of the quotation it is in; null for the outlet's own word.
   */
  private static String authority(AnalysedArticle a, EventMention em, EntityIndex entityAt) {
    for (Figure f : em.figures()) {
      if (f.authority() != null) {
        return FactTable.authority(f, a.id(), entityAt);
      }
    }
    for (QuoteMention q : a.quotes()) {
      if (q.speaker() != null && q.span().contains(em.trigger())) {
        Entity speaker = q.speakerSpan() == null ? null : entityAt.startingAt(a.id(), q.speakerSpan().start());
        return speaker != null && speaker.canonical() != null ? speaker.canonical() : q.speaker();
      }
    }
    return null;
  }
}
