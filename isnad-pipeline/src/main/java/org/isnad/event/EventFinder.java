package org.isnad.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.lang.PhraseLexicon;
import org.isnad.lang.PhraseLexicon.Match;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.isnad.model.Span;
import org.isnad.model.TimeMention;

/**
 * Finds the event mentions of a sentence: the event words of the lexicon, merged per family (the
 * words of one violent event, "هجوم" and "كمين" and "إطلاق النار", make one mention; a security
 * operation that "resulted in the arrest of" makes one arrest), with the sentence's figures, date,
 * place and actors. Words made hypothetical by their neighbours ("هجمات محتملة", "لمنع هجمات") are
 * not events. A sentence with casualty figures but no event word ("قتل على إثرها جنديين") yields
 * a mention of an attack (or an arrest) on the casualty word, unless an accident or disaster word
 * ("حادث سير", "حريق", "غرق", "انهيار") gives the deaths another cause.
 *
 * <p>Stateless and thread-safe.
 */
final class EventFinder {

  private static final int HYPOTHETICAL_REACH = 2;
  /** Finite arrest verbs (folded), whose subject follows them. */
  private static final java.util.Set<String> ARREST_VERBS = java.util.Set.of("اعتقل", "اعتقلت", "اوقف", "اوقفت",
      "احتجز", "احتجزت", "القت", "داهمت", "داهم", "اعتقلوا", "اوقفوا");

  private final PhraseLexicon lexicon;
  /** The gazetteer ids of countries ("il", "ru"): what a country adjective's code names. */
  private final Set<String> countries;

  EventFinder(PhraseLexicon lexicon) {
    this(lexicon, Set.of());
  }

  /**
   * @param countries the gazetteer ids of countries, the lower-case ISO codes the {@code nationality}
   *     category of the lexicon labels: a country adjective after a word of violence names a side
   */
  EventFinder(PhraseLexicon lexicon, Set<String> countries) {
    this.lexicon = lexicon;
    this.countries = countries;
  }

  /** Events whose word a country adjective may follow as the side that acts: "غارة إسرائيلية", "قصف روسي". */
  private static final Set<EventType> BY_A_COUNTRY = java.util.EnumSet.of(EventType.ATTACK, EventType.AIRSTRIKE,
      EventType.SHELLING, EventType.RAID);
  /** The most adjectives between the event word and the country's: "قصف صاروخي روسي". */
  private static final int MAX_ADJECTIVES = 1;

  /** The country mentions found on adjectives, for the article's entities: source {@code rule}. */
  static final String SOURCE = "rule";

  /** The families whose words make one mention per sentence. */
  enum Family {
    VIOLENCE, ARREST, THREAT, CLAIM, CONTACT, AGREEMENT, PROTEST, ABDUCTION, ACCIDENT, RELEASE;

    /** True for events between two named sides (a call, an agreement): naming both makes a report. */
    boolean twoSided() {
      return this == CONTACT || this == AGREEMENT;
    }

    static Family of(EventType t) {
      return switch (t) {
        case ATTACK, ARMED_CLASH, BOMBING, SUICIDE_BOMBING, AIRSTRIKE, SHELLING, KILLING -> VIOLENCE;
        case RAID, ARREST -> ARREST;
        case THREAT -> THREAT;
        case CLAIM -> CLAIM;
        case DIPLOMATIC_CONTACT -> CONTACT;
        case AGREEMENT -> AGREEMENT;
        case PROTEST -> PROTEST;
        case ABDUCTION -> ABDUCTION;
        case ACCIDENT -> ACCIDENT;
        case RELEASE -> RELEASE;
      };
    }
  }

  /** The event mentions of a sentence, given the figures found in it. */
  List<EventMention> find(SentenceTokens s, List<Figure> figures) {
    return find(s, figures, new ArrayList<>());
  }

  /**
   * The event mentions of a sentence; a country named by an adjective as a side ("غارة إسرائيلية")
   * is added to {@code countryMentions} as a place mention on the adjective, unless the article has it.
   */
  List<EventMention> find(SentenceTokens s, List<Figure> figures, List<EntityMention> countryMentions) {
    if (!s.all("verdict").isEmpty()) { // "حكمت بالسجن المؤبد على ثلاثة، وأفرجت عن متهم عاشر لعدم كفاية الأدلة"
      figures = figures.stream().filter(f -> f.kind() != FigureKind.RELEASED).toList(); // an acquittal, no captive freed
    }
    int unreal = conditional(s);
    if (unreal < s.size() || !figures.isEmpty()) {
      figures = figures.stream().filter(f -> real(s, f, unreal) && !threatened(s, f)).map(f -> captive(s, f)).toList();
    }
    Map<Family, List<Match>> triggers = new EnumMap<>(Family.class);
    for (Match m : s.all("event")) {
      if (m.from() < unreal && !hypothetical(s, m) && !charged(s, m) && !seized(s, m) && !verbalAttack(s, m, figures)
          && !ofAGame(s, m, figures) && !idiom(s, m) && !planned(s, m) && !titled(s, m) && !namedAccord(s, m)) {
        Match t = fuelBlast(s, m) ? new Match(m.category(), EventType.ACCIDENT.name(), m.from(), m.length())
            : fromTheAir(s, m) ? new Match(m.category(), EventType.AIRSTRIKE.name(), m.from(), m.length()) : m;
        triggers.computeIfAbsent(Family.of(EventType.valueOf(t.label())), k -> new ArrayList<>()).add(t);
      }
    }
    operationsOfViolence(s, triggers);
    inProtest(s, triggers);
    triggers.values().forEach(words -> anotherFirst(s, words));
    List<Figure> ofOperation = operationCasualties(s, figures, triggers);
    addImplicit(s, figures, triggers, ofOperation);
    dropThreatened(triggers, figures);
    List<Match> all = new ArrayList<>();
    triggers.values().forEach(all::addAll);
    List<EventMention> out = new ArrayList<>();
    for (Map.Entry<Family, List<Match>> e : triggers.entrySet()) {
      out.add(mention(s, e.getKey(), e.getValue(), figures, ofOperation, all, countryMentions));
    }
    out.sort((a, b) -> a.trigger().compareTo(b.trigger()));
    return out;
  }

  /**
   * The token of "لو" that opens a condition ("تصوروا لو أن تنظيم القاعدة نجح في قصف البيت الأبيض ... وقتل
   * 50000"، "حتى لو"، "ولو"): what the sentence tells after it did not happen. Not a word of a name ("لو
   * فيغارو") nor after a medium's word ("صحيفة لو موند"). The sentence's size when none.
   */
  static int conditional(SentenceTokens s) {
    for (int i = 0; i < s.size(); i++) {
      String w = s.norms.get(i);
      if ((w.equals("لو") || w.equals("ولو") || w.equals("فلو")) && s.entityAt(i) == null
          && (i == 0 || s.at(i - 1, "media") == null) && (i + 1 >= s.size() || s.entityAt(i + 1) == null)) {
        return i;
      }
    }
    return s.size();
  }

  /**
   * Whether the figure counts victims of an event: not after a condition ({@link #conditional}), not the
   * victims of a case tried ("محاكمته في قضية مقتل 148 شيعيا"), and not detainees held, a definite noun of
   * detainees and its definite count ("إبلاغ المعتقلين الـ450 في غوانتانامو"), no arrest.
   */
  private static boolean real(SentenceTokens s, Figure f, int unreal) {
    int at = s.tokenAt(f.span().start());
    if (at >= unreal || tried(s, at)) {
      return false;
    }
    return f.kind() != FigureKind.ARRESTED || !HELD.contains(s.norms.get(at))
        || !definiteCount(s.original.substring(s.tokens.get(at).span().end(), Math.max(s.tokens.get(at).span().end(),
            f.span().end())).strip());
  }

  /** The most words between a word of threat and the casualty word it governs: "هددت الجماعة المسلحة أمس بقتل". */
  private static final int THREAT_REACH = 5;

  /**
   * Whether the figure counts people a threat is about: its casualty word, with "ب", follows a word of
   * threat in its clause ("هددت الجماعة بقتل الرهائن الخمسة"، "توعد بإعدام 3 أسرى"): nobody died yet.
   */
  private static boolean threatened(SentenceTokens s, Figure f) {
    int at = s.tokenAt(f.span().start());
    if (at < 0 || !s.norms.get(at).startsWith("ب")) {
      return false;
    }
    for (int k = at - 1; k >= Math.max(0, at - THREAT_REACH) && !s.breakBefore(k + 1); k--) {
      Match m = s.at(k, "event");
      if (m != null && EventType.THREAT.name().equals(m.label())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the casualty word at {@code at} names a case a trial or a charge is about: "في قضية مقتل"، "بقضية
   * اغتيال"، "في ملف مقتل" (not "تفاعلت قضية مقتل أربعة مراقبين", the affair of a killing told).
   */
  private static boolean tried(SentenceTokens s, int at) {
    if (at < 1) {
      return false;
    }
    String c = s.norms.get(at - 1);
    return c.equals("بقضيه") || c.equals("بملف") || (c.equals("قضيه") || c.equals("ملف")) && at >= 2
        && s.norms.get(at - 2).equals("في") && !s.breakBefore(at - 1);
  }
  /** Definite nouns of detainees (folded): "المعتقلين الـ450" are people held, not an arrest told. */
  private static final Set<String> HELD = Set.of("المعتقلين", "المعتقلون", "الموقوفين", "الموقوفون", "المحتجزين",
      "المحتجزون", "الاسري", "والمعتقلين", "للمعتقلين", "بالمعتقلين");

  /** The written count after a noun, in digits with the article: "الـ450"، "ال 450". */
  private static boolean definiteCount(String w) {
    if (!w.startsWith("ال") || w.length() < 3) {
      return false;
    }
    String rest = w.substring(2).replace("ـ", "").strip();
    return !rest.isEmpty() && Character.isDigit(rest.charAt(0));
  }

  /**
   * "ويأتي الاستهداف بعد أيام على غارة مماثلة ...": a word of another event of the kind leads the
   * mention, so the story keeps it apart ({@link EventAssembler}).
   */
  private static void anotherFirst(SentenceTokens s, List<Match> words) {
    for (int k = 1; k < words.size(); k++) {
      if (words.get(k).end() < s.size() && s.at(words.get(k).end(), "likeness") != null) {
        words.add(0, words.remove(k));
        return;
      }
    }
  }

  /**
   * "تنفيذ عملية عسكرية استهدفت السفينة": an operation whose next word is a word of violence is that
   * violence, no raid of its own.
   */
  private static void operationsOfViolence(SentenceTokens s, Map<Family, List<Match>> triggers) {
    List<Match> operations = triggers.get(Family.ARREST);
    List<Match> violence = triggers.get(Family.VIOLENCE);
    if (operations == null || violence == null) {
      return;
    }
    operations.removeIf(m -> EventType.valueOf(m.label()) == EventType.RAID
        && violence.stream().anyMatch(v -> v.from() == m.end() && !s.breakBefore(v.from())));
    if (operations.isEmpty()) {
      triggers.remove(Family.ARREST);
    }
  }

  /** Words before a casualty that make it the cause of what was told before it ("بعد مقتل جندي"). */
  static final Set<String> CAUSES = Set.of("بعد", "اثر", "عقب", "جراء", "بسبب", "اثناء", "خلال");

  /**
   * The casualty figures that are results, with arrests, of an operation (a raid, or what a verb of result
   * says brought them about) the sentence told before them, with no
   * word of violence before the first of them ("وأسفرت العملية عن القبض على 6 عناصر، ومقتل اثنين بعد
   * اشتباكهما مع القوة، واستشهاد عنصر من الأمن"، "أسفرت الحملة الأمنية عن 8 معتقلين و3 قتلى"): the dead
   * of the operation, not an attack of their own; a clash told after them is how they died. With no raid
   * and no verb of result, only counts joined to the arrests by "و" ("أعلنت القبض على 6 ومقتل اثنين"). Not a death
   * that came before, named after a word of cause ("اعتقلت الشرطة 5 أشخاص بعد مقتل جندي").
   */
  private static List<Figure> operationCasualties(SentenceTokens s, List<Figure> figures, Map<Family, List<Match>> triggers) {
    List<Match> operations = triggers.get(Family.ARREST);
    if (operations == null) {
      return List.of();
    }
    int first = operations.stream().mapToInt(Match::from).min().orElseThrow();
    boolean operation = operations.stream().anyMatch(m -> EventType.valueOf(m.label()) == EventType.RAID)
        || resultBefore(s, first);
    List<Figure> out = new ArrayList<>();
    int earliest = Integer.MAX_VALUE;
    for (Figure f : figures) {
      int at = s.tokenAt(f.span().start());
      // "أعلنت الشرطة اعتقال 12 متظاهرا، مشيرة إلى إصابة عدد من منتسبيها": two things told, not one result
      if (belongs(Family.VIOLENCE, f) && f.kind() != FigureKind.DISPLACED && at > first && !caused(s, at)
          && (operation || conjoined(s, at) && oneClause(s, first, at) && !violenceAfter(s, at, triggers))) {
        out.add(f);
        earliest = Math.min(earliest, at);
      }
    }
    int before = earliest;
    boolean violenceFirst = triggers.getOrDefault(Family.VIOLENCE, List.of()).stream().anyMatch(v -> v.from() < before);
    return violenceFirst ? List.of() : out;
  }

  private static boolean oneClause(SentenceTokens s, int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      if (s.breakBefore(k)) {
        return false;
      }
    }
    return true;
  }

  /** "اعتقلت القوات 12 مطلوبا وقتل جنديان في هجوم بعبوة": a word of violence in the figure's clause tells its own event. */
  private static boolean violenceAfter(SentenceTokens s, int at, Map<Family, List<Match>> triggers) {
    int end = at + 1;
    while (end < s.size() && !s.breakBefore(end)) {
      end++;
    }
    int clauseEnd = end;
    return triggers.getOrDefault(Family.VIOLENCE, List.of()).stream().anyMatch(v -> v.from() > at && v.from() < clauseEnd);
  }

  /** True when the token is joined to what comes before by "و" ("القبض على 6 عناصر ومقتل اثنين"). */
  private static boolean conjoined(SentenceTokens s, int at) {
    String w = s.norms.get(at);
    return w.length() > 3 && w.charAt(0) == 'و' && !w.startsWith("وفا") && !w.startsWith("وفي");
  }

  private static boolean resultBefore(SentenceTokens s, int first) {
    for (int k = 0; k < first; k++) {
      String w = QuoteSpans.withoutConjunction(s.norms.get(k));
      if (FigureFinder.RESULT_VERBS.contains(w)) { // "أسفرت العملية عن القبض على ..."
        return true;
      }
    }
    return false;
  }

  /** True when a word of cause stands right before the token ("بعد مقتل"، "بعد أن قتل"). */
  private static boolean caused(SentenceTokens s, int at) {
    int k = at - 1;
    if (k > 0 && s.norms.get(k).equals("ان")) {
      k--;
    }
    return k >= 0 && CAUSES.contains(QuoteSpans.withoutConjunction(s.norms.get(k)));
  }

  /** Nouns of protesters (folded, without a conjunction); not "محتجز", a detainee. */
  private static final Set<String> PROTESTERS = Set.of("محتجون", "محتجين", "المحتجون", "المحتجين", "متظاهرون", "متظاهرين",
      "المتظاهرون", "المتظاهرين");

  /**
   * "قطع مئات المحتجين طرقات رئيسية ... احتجاجا على رفع سعر البنزين": protesters acting "in protest" are
   * a protest, told on "احتجاجا"; the word alone is none ("استدعت الوزارة السفير احتجاجا على تصريحات").
   */
  private static void inProtest(SentenceTokens s, Map<Family, List<Match>> triggers) {
    if (triggers.containsKey(Family.PROTEST)) {
      return;
    }
    int at = -1;
    for (int i = 0; i < s.size() && at < 0; i++) { // the word first: most sentences have none, and need no other look-up
      at = isAfterConjunction(s.norms.get(i), "احتجاجا") ? i : -1;
    }
    if (at < 0) {
      marched(s, triggers);
      return;
    }
    boolean protesters = false;
    for (int i = 0; i < s.size() && at >= 0 && !protesters; i++) {
      protesters = PROTESTERS.contains(QuoteSpans.withoutConjunction(s.norms.get(i)));
    }
    if (at >= 0 && protesters) {
      triggers.put(Family.PROTEST, new ArrayList<>(List.of(new Match("event", EventType.PROTEST.name(), at, 1))));
    }
  }

  /** The most words between a verb of going out or organizing and the march: "نظم آلاف المتظاهرين أمس مسيرة". */
  private static final int MARCH_REACH = 6;

  /**
   * "نظم آلاف المتظاهرين مسيرة"، "خرج آلاف المحتجين إلى الشوارع": a march or the streets after a verb of
   * organizing or going out in its clause is a protest, told on the march word; not a drone ("طائرة مسيرة").
   */
  private static void marched(SentenceTokens s, Map<Family, List<Match>> triggers) {
    for (Match m : s.all("march")) {
      if (m.from() > 0 && s.at(m.from() - 1, "aircraft") != null) {
        continue;
      }
      for (int k = m.from() - 1; k >= Math.max(0, m.from() - MARCH_REACH) && !s.breakBefore(k + 1); k--) {
        if (s.at(k, "marching") != null) {
          triggers.put(Family.PROTEST, new ArrayList<>(List.of(new Match("event", EventType.PROTEST.name(), m.from(), m.length()))));
          return;
        }
      }
    }
  }

  /** Whether {@link QuoteSpans#withoutConjunction} of {@code w} is {@code word}, without taking the substring. */
  private static boolean isAfterConjunction(String w, String word) {
    return w.length() == word.length() ? w.equals(word)
        : w.length() == word.length() + 1 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && w.endsWith(word);
  }

  /** "هدد باستهداف ...": violence named after a threat word, with no figures, is what was threatened. */
  private static void dropThreatened(Map<Family, List<Match>> triggers, List<Figure> figures) {
    List<Match> threats = triggers.get(Family.THREAT);
    List<Match> violence = triggers.get(Family.VIOLENCE);
    if (threats == null || violence == null || figures.stream().anyMatch(f -> f.kind() != FigureKind.ARRESTED)) {
      return;
    }
    int threat = threats.get(0).from();
    violence.removeIf(m -> m.from() > threat);
    if (violence.isEmpty()) {
      triggers.remove(Family.VIOLENCE);
    }
  }

  /**
   * Casualty figures without an event word of their family: the casualty word is the trigger. With an
   * accident word and no word of violence ("لقي 15 مهاجرا حتفهم إثر غرق قارب") the deaths, missing and
   * rescued are an accident's, told on the accident word; people rescued alone are an accident's told
   * on the figure, which only joins an accident its article tells ({@link EventAssembler}).
   */
  private void addImplicit(SentenceTokens s, List<Figure> figures, Map<Family, List<Match>> triggers,
      List<Figure> ofOperation) {
    List<Match> accidents = s.all("accident");
    for (Figure f : figures) {
      Family family = f.kind() == FigureKind.ARRESTED ? Family.ARREST
          : f.kind() == FigureKind.ABDUCTED ? Family.ABDUCTION
          : f.kind() == FigureKind.SIGNED ? Family.AGREEMENT
          : f.kind() == FigureKind.RELEASED ? Family.RELEASE : Family.VIOLENCE;
      if (family == Family.VIOLENCE && triggers.containsKey(Family.PROTEST)) {
        continue; // "أصيب 14 متظاهرا خلال تفريق تظاهرة": the protest's casualties, no attack of their own
      }
      if (ofOperation.contains(f)) {
        continue; // "أسفرت العملية عن القبض على 6 ومقتل اثنين": the operation's dead, no attack of their own
      }
      if (family == Family.VIOLENCE && !triggers.containsKey(Family.VIOLENCE) && !s.all("disease").isEmpty()
          && s.norms.stream().noneMatch(FigureFinder.DIED_OF::contains)) {
        continue; // "سجلت الوزارة 5 وفيات و120 إصابة بالكوليرا": a health bulletin, no attack; not "متأثرين بجروحهم"
      }
      if (family == Family.VIOLENCE && !triggers.containsKey(Family.VIOLENCE)
          && (!accidents.isEmpty() || triggers.containsKey(Family.ACCIDENT)) && !ViolentCause.in(String.join(" ", s.norms))) {
        // not "تحطمت مروحية بعد استهدافها بصاروخ ... ما أدى إلى مقتل طاقمها": shot down
        // "لقي شخصان حتفهما في حادث سير", "بانفجار أسطوانة غاز": deaths of an accident are no attack
        triggers.computeIfAbsent(Family.ACCIDENT, k -> new ArrayList<>(List.of(
            new Match("event", EventType.ACCIDENT.name(), accidents.get(0).from(), accidents.get(0).length()))));
        continue;
      }
      if (f.kind() == FigureKind.RESCUED) {
        // "إن 38 ناجيا فقط وصلوا إلى البر": survivors of an accident the story tells, on the figure's word
        int i = s.tokenAt(f.span().start());
        triggers.computeIfAbsent(Family.ACCIDENT, k -> new ArrayList<>(List.of(new Match("event", EventType.ACCIDENT.name(), i, 1))));
        continue;
      }
      if (!triggers.containsKey(family)) {
        EventType type = switch (family) {
          case ARREST -> EventType.ARREST;
          case ABDUCTION -> EventType.ABDUCTION;
          case AGREEMENT -> EventType.AGREEMENT;
          case RELEASE -> EventType.RELEASE;
          default -> EventType.ATTACK;
        };
        int i = s.tokenAt(f.span().start());
        triggers.put(family, new ArrayList<>(List.of(new Match("event", type.name(), i, 1))));
      }
    }
  }

  /** Words of capturing (folded, without "و"): "أسرت حماس جنديا"، "وأسر اثنين آخرين". */
  private static final Set<String> CAPTURES = Set.of("اسر", "اسرت", "اسروا", "باسر");
  /** Subjects of a state's forces (folded): "أسر الجيش"، "أسرت الشرطة". */
  private static final Set<String> STATE_SUBJECTS = Set.of("الجيش", "جيش", "الشرطه", "الامن", "الجنود", "جنود", "الحرس");

  /** The figure of people captured ({@link #captured}) counts the abducted, any other as it is. */
  private static Figure captive(SentenceTokens s, Figure f) {
    return f.kind() != FigureKind.ARRESTED || !captured(s, f) ? f
        : new Figure(FigureKind.ABDUCTED, f.value(), f.vague(), f.perpetrator(), f.group(), f.span(), f.authority(),
            f.authoritySpan());
  }

  /**
   * Whether the arrested of the figure were captured ("أسرت حماس جنديا إسرائيليا"، "مقتل سبعة جنود وأسر اثنين
   * آخرين"): taken by fighters, an abduction; a state's forces arrest. A force of the state right after the
   * verb, its subject ("أسر الجيش 20 مسلحا"، "أسرت القوات الحكومية"), keeps the arrest.
   */
  private static boolean captured(SentenceTokens s, Figure f) {
    int at = s.tokenAt(f.span().start());
    if (at < 0 || !CAPTURES.contains(QuoteSpans.withoutConjunction(s.norms.get(at)))) {
      return false;
    }
    if (at + 1 >= s.size()) {
      return true;
    }
    String next = s.norms.get(at + 1);
    return !STATE_SUBJECTS.contains(next) && !next.endsWith("قوات") && !ofFamilies(s, at);
  }

  /** Definite nouns of the dead or the held (folded): "أسر المعتقلين"، "أسر الشهداء" are their families. */
  private static final Set<String> KIN_OF = Set.of("المعتقلين", "الشهداء", "الضحايا", "القتلي", "المفقودين",
      "المختطفين", "المخطوفين", "الاسري", "السجناء", "المعتقلون");

  /** Whether "أسر" at {@code at} means families, of the dead or the held named in the next words ("أسر عدد من المعتقلين"). */
  private static boolean ofFamilies(SentenceTokens s, int at) {
    for (int k = at + 1; k < Math.min(s.size(), at + 4); k++) {
      if (KIN_OF.contains(s.norms.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** The most words between a verb of seizing and a weapon it seized: "ضبطت داخل أوكار الخلية 4 أحزمة ناسفة و11 عبوة". */
  private static final int SEIZED_REACH = 16;

  /**
   * True when the event word at {@code m} names a weapon seized: a verb of seizing stands before it in
   * its clause ("ضبطت الوحدات ... 11 عبوة ناسفة و5 صواريخ", "ضبط أحزمة ناسفة وعبوات وصواريخ"): things
   * found, no bombing or shelling.
   */
  private static boolean seized(SentenceTokens s, Match m) {
    if (s.at(m.from(), "weapon") == null) {
      return false;
    }
    for (int k = m.from() - 1; k >= Math.max(0, m.from() - SEIZED_REACH); k--) {
      if (s.breakBefore(k + 1)) {
        return false;
      }
      if (s.at(k, "seizing") != null) {
        return true;
      }
    }
    return false;
  }

  /** The most words between an explosion word and the fuel that exploded: "انفجار ناجم عن تسرب غاز". */
  private static final int FUEL_REACH = 3;

  /**
   * True when the one-word explosion at {@code m} ("انفجار"، not "تفجير", a detonation), with no weapon
   * between and no claim of responsibility in its sentence, is of fuel, a gas cylinder, a tank or a generator named
   * right after it in its clause ("انفجار أسطوانة غاز داخل مطعم"، "انفجرت قنينة الغاز"، "انفجار ناجم عن تسرب
   * غاز"): an accident, no bombing.
   */
  private static boolean fuelBlast(SentenceTokens s, Match m) {
    if (m.length() != 1 || EventType.valueOf(m.label()) != EventType.BOMBING
        || !EXPLOSION.contains(bare(s.norms.get(m.from())))) {
      return false; // "تفجير أنبوب الغاز": a detonation, someone's deed
    }
    for (int k = m.end(); k < Math.min(s.size(), m.end() + FUEL_REACH); k++) {
      if (s.breakBefore(k) || WEAPONS.contains(bare(s.norms.get(k)))) {
        return false; // "انفجار عبوة قرب خزان وقود": the charge exploded
      }
      if (s.at(k, "fuel") != null) {
        return !claimed(s);
      }
    }
    return false;
  }

  /** Words of an explosion itself, not of detonating (folded, without "و"/"ب"). */
  private static final Set<String> EXPLOSION = Set.of("انفجار", "الانفجار", "انفجر", "انفجرت", "انفجارات", "انفجارين");
  /** Weapons that explode (folded, without "و"/"ب"). */
  private static final Set<String> WEAPONS = Set.of("عبوه", "عبوات", "ناسفه", "مفخخه", "صاروخ", "قذيفه", "لغم",
      "العبوه", "اللغم", "القذيفه", "الصاروخ");

  /** A folded word without a leading "و" or "ب". */
  private static String bare(String w) {
    return w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ب') ? w.substring(1) : w;
  }

  /** Whether the sentence claims responsibility ("أعلن تنظيم داعش مسؤوليته عن"): a deed, no accident. */
  private static boolean claimed(SentenceTokens s) {
    for (int k = 0; k < s.size(); k++) {
      if (s.norms.get(k).startsWith("مسووليت") || s.at(k, "event") != null && "CLAIM".equals(s.at(k, "event").label())) {
        return true;
      }
    }
    return false;
  }

  /** Words of a charge (folded): "اعتقال 12 متظاهرا بتهمة الاعتداء على القوات الأمنية". */
  private static final Set<String> CHARGES = Set.of("بتهمه", "بتهم", "تهمه", "تهم", "بتهمتي", "وتهمه", "بتهمة", "تهمة");

  /**
   * An event word that names what someone is charged with ("بتهمة الاعتداء", "بتهم القتل") or what a court
   * sentenced them to ("حكما بالإعدام"، "أحكام الإعدام": a sentence, no killing) is no event.
   */
  private static boolean charged(SentenceTokens s, Match m) {
    int before = m.from() - 1;
    return before >= 0 && (CHARGES.contains(s.norms.get(before)) || s.at(before, "verdict") != null);
  }

  /** Verbs of attacking one named (folded): with a person right after them, words, not blows. */
  private static final Set<String> ATTACKS_ONE = Set.of("هاجم", "وهاجم", "هاجمت", "وهاجمت", "يهاجم", "ويهاجم", "تهاجم");
  /** Verbs of launching ("شن هجوما"), folded. */
  private static final Set<String> LAUNCHES = Set.of("شن", "وشن", "شنت", "وشنت", "يشن", "ويشن", "تشن", "وتشن");
  private static final int LAUNCH_REACH = 8;

  /**
   * An attack in words: a named person attacks ("وهاجم نصر الله رئيس الوزراء"، "وشن المندوب الإسرائيلي دان غيلرمان
   * هجوما عنيفا على الأمين العام"، "فوجئت برضا يشن هجوماً على الفيلم"), in a sentence with no count of victims and no
   * weapon: criticism, no event. A verb whose subject right after it is a person, or "هجوما" after a verb of
   * launching with a person between them or right before the verb.
   */
  private static boolean verbalAttack(SentenceTokens s, Match m, List<Figure> figures) {
    if (!EventType.ATTACK.name().equals(m.label()) || !figures.isEmpty() || !s.all("weapon").isEmpty()
        || !s.all("killed").isEmpty() || !s.all("wounded").isEmpty()) {
      return false; // "وهاجم محمد الأحمد زوجته بسكين وأصابها بجروح": blows
    }
    if (militaryTarget(s, m.end())) {
      return false; // "وشن خليفة حفتر هجوما واسعا على مدينة غريان"، "وهاجم العقيد سهيل الحسن بلدة خان شيخون"
    }
    String w = s.norms.get(m.from());
    if (ATTACKS_ONE.contains(w)) {
      return m.end() < s.size() && person(s, m.end());
    }
    if (!w.equals("هجوما")) {
      return false;
    }
    for (int v = m.from() - 1; v >= Math.max(0, m.from() - LAUNCH_REACH); v--) {
      if (LAUNCHES.contains(s.norms.get(v))) {
        for (int p = Math.max(0, v - 1); p < m.from(); p++) {
          if (p != v && person(s, p)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** Words that make an attack a military one ("هجوما عسكريا"، "هجوما بريا"), folded. */
  private static final Set<String> MILITARY = Set.of("عسكريا", "عسكري", "بريا", "جويا", "مسلحا", "المسلح", "العسكري");

  /** Whether a place is named after token {@code from} or the attack is called military: blows, not words. */
  private static boolean militaryTarget(SentenceTokens s, int from) {
    for (int i = from; i < s.size(); i++) {
      EntityMention e = s.entityAt(i);
      if (MILITARY.contains(s.norms.get(i)) || e != null && e.type() == EntityType.LOC) {
        return true;
      }
    }
    return false;
  }

  /** A person's name, or the role before it ("الرئيس السوري بشار الأسد"), at token {@code i}. */
  private static boolean person(SentenceTokens s, int i) {
    EntityMention e = s.entityAt(i);
    if (e != null && e.type() == EntityType.PER) {
      return true;
    }
    org.isnad.model.Span t = s.tokens.get(i).span();
    return s.entities.stream().anyMatch(p -> p.type() == EntityType.PER && p.roleSpan() != null && p.roleSpan().overlaps(t));
  }

  /**
   * A word of attack, shelling or fighting in a sentence that reports a match ({@code sport} category: "الهجمات
   * المرتدة"، "ليسدد قذيفة صاروخية ... تسكن المرمى") and counts no victims: the game's attack or shot, no event.
   * A bombing, a verb of attacking or a sentence naming attackers stays violence ("هاجم مسلحون ملعبا
   * لكرة القدم خلال مباراة"، "انفجرت سيارة مفخخة قرب ملعب الشعب خلال مباراة").
   */
  private static boolean ofAGame(SentenceTokens s, Match m, List<Figure> figures) {
    EventType type = EventType.valueOf(m.label());
    return figures.isEmpty() && GAME_WORDS.contains(type) && !s.all("sport").isEmpty()
        && !ATTACKS_ONE.contains(s.norms.get(m.from())) && !LAUNCHES.contains(s.norms.get(m.from()))
        && s.all("attacker").isEmpty() && s.all("armed").isEmpty();
  }

  /** The kinds of violence whose words a match report also uses ("هجمة"، "قذيفة"، "معركة"). */
  private static final Set<EventType> GAME_WORDS = java.util.EnumSet.of(EventType.ATTACK, EventType.SHELLING,
      EventType.ARMED_CLASH);

  /** An event word inside an idiom ("فجرت اللاعبة مفاجأة"، "معركة الانتخابات"، "ساحة المعركة"): no violence. */
  private static boolean idiom(SentenceTokens s, Match m) {
    for (Match i : s.all("idiom")) {
      if (i.from() < m.end() && m.from() < i.end()) {
        return true;
      }
    }
    return false;
  }

  /** The most words of an office's title before its event word: "منصب نائب رئيس الوفد الفلسطيني لمباحثات السلام". */
  private static final int OFFICE_REACH = 6;

  /** Whether the event word is in the title of an office ("شغل منصب رئيس الوفد لمباحثات السلام"): no event. */
  private static boolean titled(SentenceTokens s, Match m) {
    for (int k = m.from() - 1; k >= Math.max(0, m.from() - OFFICE_REACH) && !s.breakBefore(k + 1); k--) {
      if (s.at(k, "office") != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the agreement word names a past accord after a place ("بعد اتفاقية أوسلو"، "بموجب اتفاق الطائف"), with
   * no verb of making it before ({@link #made}): a reference, no agreement told.
   */
  private static boolean namedAccord(SentenceTokens s, Match m) {
    if (EventType.valueOf(m.label()) != EventType.AGREEMENT || m.end() >= s.size() || s.breakBefore(m.end())) {
      return false;
    }
    EntityMention e = s.entityAt(m.end());
    return e != null && e.type() == EntityType.LOC && s.indexOf(e.span()) == m.end() && !made(s, m);
  }

  /** The most words between a verb of planning and the event word it governs: "من المقرر أن يوقع الطرفان اتفاق". */
  private static final int PLANNED_REACH = 6;

  /**
   * Whether the event word is what someone plans or will do: a verb of intending or a future verb before it
   * in its clause ("يعتزم الجيش شن هجوم واسع"، "من المقرر أن يوقع الطرفان اتفاق الهدنة") or a future
   * verb one or two words after it ("أن الاتفاق سيوقع الأسبوع المقبل"): not done, no event.
   */
  private static boolean planned(SentenceTokens s, Match m) {
    for (int k = m.end(); k < Math.min(s.size(), m.end() + 2) && !s.breakBefore(k); k++) {
      if (s.at(k, "planned") != null) {
        return true; // "أن الاتفاق سيوقع"، "أن اتفاق الهدنة سيوقع"
      }
    }
    for (Match p : s.all("planned")) {
      if (p.end() <= m.from() && m.from() - p.end() < PLANNED_REACH && oneClause(s, p.from(), m.from())) {
        return true;
      }
    }
    return false;
  }

  /** The most words between a verb of shelling and an aircraft, its subject: "قصفت، أمس، طائرات حربية". */
  private static final int AIRCRAFT_REACH = 3;

  /**
   * Whether the shelling at {@code m} is done by aircraft named right after it ("قصفت طائرات حربية مواقع"،
   * "قصف الطيران الحربي") or right before it ("الطائرات الحربية قصفت"): an airstrike.
   */
  private static boolean fromTheAir(SentenceTokens s, Match m) {
    if (EventType.valueOf(m.label()) != EventType.SHELLING || m.length() != 1
        || !QuoteSpans.withoutConjunction(s.norms.get(m.from())).startsWith("قصف")) {
      return false; // "صواريخ وطائرات مسيرة": weapons named together
    }
    for (int k = m.end(); k < Math.min(s.size(), m.end() + AIRCRAFT_REACH); k++) {
      if (s.at(k, "aircraft") != null) {
        return true;
      }
    }
    for (int k = m.from() - 1; k >= Math.max(0, m.from() - 2) && !s.breakBefore(k + 1); k--) {
      if (s.at(k, "aircraft") != null) {
        return true;
      }
    }
    return false;
  }

  private boolean hypothetical(SentenceTokens s, Match m) {
    int from = Math.max(0, m.from() - HYPOTHETICAL_REACH);
    int to = Math.min(s.size(), m.end() + HYPOTHETICAL_REACH);
    for (int i = from; i < to; i++) {
      if ((i < m.from() || i >= m.end()) && s.at(i, "hypothetical") != null) {
        return true;
      }
    }
    return false;
  }

  private EventMention mention(SentenceTokens s, Family family, List<Match> words, List<Figure> figures, List<Figure> ofOperation,
      List<Match> all, List<EntityMention> countryMentions) {
    EventType type = mostSpecific(words);
    Match first = words.get(0);
    Span trigger = s.span(first.from(), first.end());
    boolean protestCounts = family == Family.PROTEST
        && all.stream().noneMatch(m -> Family.of(EventType.valueOf(m.label())) == Family.VIOLENCE);
    List<Figure> own = new ArrayList<>(); // copied by the mention
    for (Figure f : figures) {
      if (ofOperation.contains(f) ? family == Family.ARREST
          : belongs(family, f) || protestCounts && belongs(Family.VIOLENCE, f)) {
        own.add(f);
      }
    }
    EntityMention country = countryAfter(s, words);
    Span a1 = country != null ? country.span() : actor1(s, family, first, own);
    if (country != null && s.entityAt(s.indexOf(country.span())) == null) {
      countryMentions.add(country);
    }
    List<Match> rivals = family.twoSided() ? all.stream().filter(m -> !twoSided(m)).toList() : all;
    Span place = place(s, first, a1);
    if (place == null && family.twoSided()) {
      place = placeBefore(s, first, a1);
    }
    if (place == null && (family == Family.VIOLENCE || family == Family.ARREST || family == Family.ACCIDENT)) {
      place = placeOpening(s, first, a1);
    }
    TimeMention date = time(s, words, rivals, family == Family.THREAT || family == Family.CLAIM);
    return new EventMention(type, trigger, s.span(), own, date == null ? null : date.span(),
        date != null && (dayOfSaying(s, date, rivals) || diedOfWounds(s, own, date)), place, a1, actor2(s, family, first, a1, own));
  }

  /**
   * The type of the mention: the most specific of its words (a suicide bombing over an attack). A
   * clash named first is what the sentence tells, and the attack after it how it began ("اندلعت
   * اشتباكات ... بعد هجوم شنه المسلحون"); a clash after the attack ("استهدف ... ثم تلا ذلك اشتباك
   * مع المهاجم") is how the attack ended, and the mention stays an attack.
   */
  private static EventType mostSpecific(List<Match> words) {
    EventType best = null;
    for (Match m : words) {
      EventType t = EventType.valueOf(m.label());
      if (best == null || rank(t) > rank(best)) {
        best = t;
      }
    }
    Match first = words.get(0);
    for (Match m : words) { // the first of the leftmost (a loop: this runs for every mention)
      if (m.from() < first.from()) {
        first = m;
      }
    }
    return best == EventType.ATTACK && EventType.valueOf(first.label()) == EventType.ARMED_CLASH ? EventType.ARMED_CLASH : best;
  }

  private static int rank(EventType t) {
    return switch (t) {
      case SUICIDE_BOMBING -> 9;
      case BOMBING, AIRSTRIKE -> 8;
      case SHELLING -> 7;
      case KILLING -> 6;
      case ATTACK -> 5;
      case ARMED_CLASH -> 4;
      case ARREST -> 3;
      default -> 1;
    };
  }

  private static boolean belongs(Family family, Figure f) {
    return switch (family) {
      case VIOLENCE, ACCIDENT -> f.kind() == FigureKind.KILLED || f.kind() == FigureKind.WOUNDED
          || f.kind() == FigureKind.MISSING || f.kind() == FigureKind.RESCUED || f.kind() == FigureKind.DISPLACED;
      case ARREST -> f.kind() == FigureKind.ARRESTED;
      case ABDUCTION -> f.kind() == FigureKind.ABDUCTED;
      case AGREEMENT -> f.kind() == FigureKind.SIGNED;
      case RELEASE -> f.kind() == FigureKind.RELEASED;
      default -> false;
    };
  }

  /**
   * The calendar date of the sentence that is nearer to one of this mention's words than to any
   * other event word (so "اعتقال ... بعملية إطلاق النار أمس" dates the shooting, not the arrests),
   * and not the date of a statement ("بيان صادر ... اليوم الأحد"); null when none. A threat or a claim
   * ({@code aboutOthers}) speaks of another event: a date nearer a definite event word of the sentence,
   * kept or not, is that event's ("تبنى التنظيم الهجوم الذي وقع السبت"; not "هدد أمس بشن هجمات").
   */
  private TimeMention time(SentenceTokens s, List<Match> own, List<Match> events, boolean aboutOthers) {
    TimeMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean bestSaid = true;
    List<Match> all = new ArrayList<>(events);
    all.addAll(s.all("release")); // "اعتقال 12، أُفرج عن سبعة منهم صباح اليوم": the morning is the release's
    all.addAll(s.all("verdict")); // "أصدرت المحكمة، اليوم الأحد، أحكاما ... بتنفيذ التفجير": the ruling's day
    if (aboutOthers) { // "هدد التنظيم ... في تعليقه على الهجوم الذي استهدف ... السبت الماضي": the attack's day
      s.all("event").stream().filter(m -> QuoteSpans.definite(s.norms.get(m.from()))).forEach(all::add);
    }
    for (TimeMention t : s.times) {
      if (t.type() != org.isnad.model.TimexType.DATE && t.type() != org.isnad.model.TimexType.TIME
          || t.value().endsWith("_REF") || statementDate(s, t) || recurring(s, t) || beforeOrAfterIt(s, t, own)) {
        continue;
      }
      int d = nearest(s, t.span(), own);
      boolean said = dayOfSaying(s, t, events);
      if (d <= nearest(s, t.span(), all) && (bestSaid && !said || said == bestSaid && d < bestDistance)) {
        best = t;
        bestDistance = d;
        bestSaid = said;
      }
    }
    return best;
  }

  /**
   * True when the time follows a verb of saying with no event word between them: the day it was said
   * ("نفت قوات الدعم السريع، الثلاثاء، مسؤوليتها عن قصف السوق ... أمس الاثنين"), or condemned it ("أدانت
   * الأمم المتحدة، اليوم الاثنين، الهجوم ... الذي أسفر فجر أمس الأحد عن مقتل 24"). Such a time dates the
   * event only when the sentence gives it no other ("أعلنت الوزارة، الاثنين، مقتل 23 شخصا").
   */
  private static boolean dayOfSaying(SentenceTokens s, TimeMention t, List<Match> events) {
    int i = s.tokenAt(t.span().start());
    for (int k = i - 1; k >= 0 && k >= i - SAYING_REACH; k--) {
      if (startsIn(events, k, i)) {
        return false;
      }
      if (s.at(k, "reporting") != null || s.at(k, "condemning") != null) { // "أدانت الأمم المتحدة، اليوم الاثنين،"
        return true;
      }
    }
    return false;
  }

  /** True when one of {@code words} starts in tokens {@code [from, to)} (a loop: asked per token and time). */
  private static boolean startsIn(List<Match> words, int from, int to) {
    for (Match m : words) {
      if (m.from() >= from && m.from() < to) {
        return true;
      }
    }
    return false;
  }

  /** Words that set a time before or after an event word (folded): "قبل وقوع الهجوم"، "بعد الهجوم". */
  private static final Set<String> RELATIVE_TO = Set.of("قبل", "وقبل", "بعد", "وبعد");
  /** Nouns of happening between such a word and the event word: "قبل وقوع الهجوم". */
  private static final Set<String> HAPPENING = Set.of("وقوع", "حدوث", "تنفيذ");

  /**
   * True when every word of the mention follows the time and stands after "قبل"/"بعد" ("تقييم أمني صدر في
   * العاشر من الشهر الحالي ... قبل وقوع الهجوم"): the time is of what came before or after the event.
   */
  private static boolean beforeOrAfterIt(SentenceTokens s, TimeMention t, List<Match> own) {
    for (Match m : own) {
      int k = m.from() - 1;
      k -= k >= 0 && HAPPENING.contains(s.norms.get(k)) ? 1 : 0;
      if (k < 0 || !RELATIVE_TO.contains(s.norms.get(k)) || s.tokens.get(k).span().start() < t.span().end()
          || !FigureFinder.spansBreak(s, s.tokenAt(t.span().end()) - 1, k)) {
        return false; // "قتل ستة أشخاص مساء أمس بعد وقوع اشتباكات": the clause's own time
      }
    }
    return !own.isEmpty();
  }

  /**
   * True when the mention counts the dead of wounds from an earlier day, dated by the day of dying
   * ("استشهد الشاب ... صباح اليوم متأثرا بإصابته ... أمس"): the participle of dying of wounds stands right
   * after a killed figure's words, and the date before it (after it, "متأثرا بجروح أصيب بها أمس", the
   * date is the wounding's, the event's own).
   */
  private static boolean diedOfWounds(SentenceTokens s, List<Figure> own, TimeMention date) {
    for (Figure f : own) {
      if (f.kind() == FigureKind.KILLED) {
        int end = s.tokenAt(f.span().end() - 1) + 1;
        for (int i = end; i < Math.min(s.size(), end + DIED_OF_REACH); i++) {
          if (FigureFinder.DIED_OF.contains(s.norms.get(i))) {
            return date.span().end() <= s.tokens.get(i).span().start();
          }
        }
      }
    }
    return false;
  }

  /** How many words after the dead the participle may stand: "استشهد الشاب X (24 عاما)، صباح اليوم الأربعاء، متأثرا". */
  private static final int DIED_OF_REACH = 10;

  /** How many words a speaker's name may run between a verb of saying and the day it was said. */
  private static final int SAYING_REACH = 6;

  /** "كل صيف"، "كل عام": a time that recurs dates no event. */
  private static boolean recurring(SentenceTokens s, TimeMention t) {
    int i = s.tokenAt(t.span().start());
    return i > 0 && s.tokens.get(i).span().start() == t.span().start() && s.at(i - 1, "recurring") != null;
  }

  /**
   * Whether an event word is of a contact or an agreement: a talk and the signing it ends in share
   * their date ("وقع الوزيران، أمس الثلاثاء، خمس مذكرات تفاهم في ختام زيارة رسمية").
   */
  private static boolean twoSided(Match m) {
    try {
      return Family.of(EventType.valueOf(m.label())).twoSided();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static int nearest(SentenceTokens s, Span time, List<Match> words) {
    int best = Integer.MAX_VALUE;
    for (Match m : words) {
      best = Math.min(best, distance(time, s.span(m.from(), m.end())));
    }
    return best;
  }

  /** True when a statement word ("بيان", "تصريح") stands just before the date: the statement's date. */
  private boolean statementDate(SentenceTokens s, TimeMention t) {
    int i = s.tokenAt(t.span().start());
    for (int k = Math.max(0, i - 6); k < i; k++) {
      if (s.at(k, "statement") != null) {
        return true;
      }
    }
    return false;
  }

  private static int distance(Span a, Span b) {
    return a.end() <= b.start() ? b.start() - a.end() : Math.max(0, a.start() - b.end());
  }

  /**
   * The first place after the trigger, or null. A place before it is more often where a statement
   * was made ("وفي واشنطن، أعلنت ... أن الهجوم") than where the event happened. The country of a
   * side ({@code actor}, or an adjective's country mention) is no place.
   */
  private static Span place(SentenceTokens s, Match trigger, Span actor) {
    int to = transferAfter(s, trigger.end());
    for (int from = trigger.end(); from < to; ) {
      EntityMention after = s.firstEntity(from, to, EntityType.LOC);
      if (after != null && subjectOfThat(s, s.indexOf(after.span()))) {
        return null;
      }
      if (after != null && subjectOfReporting(s, s.indexOf(after.span()))) {
        return null; // "بقصف مماثل، قالت أنقرة حينها إنهم": the capital speaks for its government
      }
      if (after != null && ofAnotherEvent(s, s.indexOf(after.span()), trigger)) {
        return null; // "اتصالا هاتفيا على خلفية هجوم تدمر": the place of the attack, not of the call
      }
      if (after == null || !sideCountry(after) && !after.span().equals(actor) && !s.isSource(after)
          && !betweenOrThrough(s, s.indexOf(after.span()))) {
        return after == null ? null : after.span();
      }
      // "غارة إسرائيلية على ...": the side's country is no place; "وأكدت ولاية كلس أن": nor the speaker's
      from = s.tokenAt(after.span().end());
    }
    return null;
  }

  /**
   * Whether the place at token {@code i} is the subject of a clause after "إن"/"أن" ("قال ترامب إن
   * الولايات المتحدة سترد"): a country or a city that acts or is spoken of, not where the event
   * happened; what follows is that clause's.
   */
  private static boolean subjectOfThat(SentenceTokens s, int i) {
    if (i < 1 || s.breakBefore(i)) {
      return false;
    }
    String before = s.norms.get(i - 1);
    return before.equals("ان") || before.equals("بان") || before.equals("وان") || before.equals("لان");
  }

  /**
   * Whether the place at token {@code i} is in construct with the word of an event after the trigger
   * ("على خلفية هجوم تدمر"): that event's place.
   */
  private static boolean ofAnotherEvent(SentenceTokens s, int i, Match trigger) {
    return i >= 1 && i - 1 >= trigger.end() && !s.breakBefore(i) && !s.norms.get(i - 1).startsWith("ال")
        && s.at(i - 1, "event") != null;
  }

  /** Whether the place at token {@code i} is the subject of a reporting verb just before it ("قالت أنقرة"). */
  private static boolean subjectOfReporting(SentenceTokens s, int i) {
    return i >= 1 && !s.breakBefore(i) && s.at(i - 1, "reporting") != null;
  }

  /**
   * True for a country this stage found on an adjective ("غارة إسرائيلية"): a side, never a place. A
   * village the recogniser found by its settlement word ("بلدة طيردبا", source rule, no gazetteer id)
   * is a place.
   */
  private static boolean sideCountry(EntityMention m) {
    return SOURCE.equals(m.source()) && m.ref() != null;
  }

  /**
   * For a contact or an agreement with no place after its word, the last place before it after "في"
   * or "إلى" ("وقّع الوزيران، أمس الثلاثاء في دمشق، خمس مذكرات تفاهم"، "بحث الوزير مع نظيره في
   * دمشق ... المباحثات"): talks are held where their parties meet, which the sentence names first.
   * Not a speaker's place nor a side's country; null when none.
   */
  private static Span placeBefore(SentenceTokens s, Match trigger, Span actor) {
    Span best = null;
    for (EntityMention m : s.entities) {
      int i = s.indexOf(m.span());
      if (m.type() != EntityType.LOC || i < 1 || i >= trigger.from() || sideCountry(m)
          || m.span().equals(actor) || s.isSource(m)) {
        continue;
      }
      String before = s.norms.get(i - 1);
      String own = s.norms.get(i);
      if (before.equals("في") || before.equals("الي") || before.equals("الى")
          || own.startsWith("ب") && !own.startsWith("بال") && m.span().start() > s.tokens.get(i).span().start()) {
        best = m.span();
      }
    }
    return best;
  }

  /** Words before a place that say where something happened: "وفي البصرة"، "قرب الفلوجة". */
  private static final Set<String> AT_PLACE = Set.of("في", "وفي", "قرب", "وقرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب");

  /**
   * With no place after the event's word, the first place before it that a word of place opens, with
   * no verb of saying between them ("وفي البصرة جنوب العراق اعتقل الجيش 6 مسلحين"، "عثرت الشرطة قرب
   * الفلوجة غربي بغداد على جثتين"): where the event happened. Not "وفي واشنطن، أعلن البنتاغون أن الهجوم
   * ...", "وقالت وزارة الصحة في صنعاء إن": the place of the saying or of the speaker (no verb of saying may
   * stand before the event's word). Not a side's country nor a speaker; null when none.
   */
  private static Span placeOpening(SentenceTokens s, Match trigger, Span actor) {
    for (int k = 0; k < trigger.from(); k++) {
      if (s.at(k, "reporting") != null || s.at(k, "according") != null) {
        return null; // "وقالت وزارة الصحة في صنعاء إن الغارات": the speaker's seat
      }
    }
    for (EntityMention m : s.entities) {
      int i = s.indexOf(m.span());
      if (m.type() != EntityType.LOC || i < 1 || i >= trigger.from() || sideCountry(m)
          || m.span().equals(actor) || s.isSource(m) || !AT_PLACE.contains(s.norms.get(i - 1))) {
        continue;
      }
      return m.span();
    }
    return null;
  }

  /**
   * True when the place at token {@code i} follows "بين" (or is the second of "بين X وY") or "عبر":
   * the two ends of a link or a route ("خط السكة بين عمّان ودمشق", "الشاحنات عبر معبر نصيب"), or a
   * word of mediation ("بوساطة سلطنة عمان", "الذي رعته قطر") or of backing after "من" ("المدعومة من
   * إيران"): not where the event happened.
   */
  private static boolean betweenOrThrough(SentenceTokens s, int i) {
    if (i < 1 || s.breakBefore(i)) {
      return false;
    }
    String before = s.norms.get(i - 1);
    if (before.equals("بين") || before.equals("عبر")) {
      return true;
    }
    if (s.at(i - 1, "mediation") != null) {
      return true; // "صفقة تبادل بوساطة سلطنة عمان": the mediator, not where it happened
    }
    Match backer = i >= 2 ? s.at(i - 2, "mediation") : null;
    if (backer != null && backer.end() == i) {
      return true; // "مليشيا الحوثي المدعومة من إيران": the backer, not where it happened
    }
    return s.norms.get(i).startsWith("و") && i >= 2 && s.norms.get(i - 2).equals("بين");
  }

  /**
   * The first token after {@code from} that moves people or things somewhere ("نُقلوا إلى مستشفيات
   * كلس", "أُسعفوا إلى", "بنقل السيارة من البادية"): places from there on are where the wounded were
   * taken or where something came from, not the event's. A transfer word counts with "ب" before it
   * or "إلى"/"من"/"عبر" within two words after it (not "نقلت قناة X عن": a chain). The sentence's end
   * when none.
   */
  private static int transferAfter(SentenceTokens s, int from) {
    for (int i = from; i < s.size(); i++) {

      Match m = s.at(i, "transfer");
      if (m == null) {
        continue;
      }
      if (s.norms.get(i).startsWith("ب") && s.norms.get(i).length() > 3) {
        return i;
      }
      for (int k = m.end(); k < Math.min(s.size(), m.end() + 3); k++) {
        if (s.breakBefore(k)) {
          break;
        }
        String w = s.norms.get(k);
        if (w.equals("الي") || w.equals("الى") || w.equals("من") || w.equals("عبر")) {
          return i;
        }
      }
    }
    return s.size();
  }

  /** Whether {@code w} is a country's adjective only with a preposition before it: "لأميركي", "بإسرائيلية". */
  private boolean preposed(String w, String code) {
    for (String p : List.of("ل", "ب", "ك", "و", "ف")) {
      if (w.startsWith(p) && code.equals(lexicon.labelOfPrefix(w.substring(1), "nationality"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "غارة إسرائيلية", "قصف روسي", "هجوم أمريكي بطائرة مسيرة", "قصف صاروخي تركي": a country adjective
   * (singular, the {@code nationality} category) right after an attack, airstrike, shelling or raid
   * word, or after one other adjective, names the country that acts (not after a preposition: "كمينا
   * لدورية أميركية" names the target): a place mention on the adjective with the country's gazetteer id (the article's own when it has one there). Null when
   * none, or when the word is a plural (a group: "إسرائيليين"), or when the words after disagree with the
   * event word in definiteness (the object of a verb or of an indefinite word: "استهدف المستشفى السعودي").
   */
  private EntityMention countryAfter(SentenceTokens s, List<Match> words) {
    if (countries.isEmpty()) {
      return null;
    }
    for (Match m : words) {
      if (!BY_A_COUNTRY.contains(EventType.valueOf(m.label())) || s.at(m.from(), "event") == null) {
        continue; // a count that stands for the event ("25 فلسطينيا استشهدوا"): its adjective is the victims'
      }
      boolean definite = QuoteSpans.definite(s.norms.get(m.from()));
      for (int i = m.end(); i < s.size() && i - m.end() <= MAX_ADJECTIVES && !s.breakBefore(i); i++) {
        String w = s.norms.get(i);
        if (!(w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يا")) || w.length() < 4) {
          break;
        }
        if (w.startsWith("ال") != definite) {
          break; // "أصابت طائرة مسيرة المستشفى السعودي": an adjective agrees with its noun; this is the object's
        }
        String code = lexicon.labelOfPrefix(w, "nationality");
        String bare = w.startsWith("ال") ? w.substring(2) : w;
        if (code != null && preposed(bare, code)) {
          break; // "كمينا لدورية أميركية": a preposition opens the target, no adjective of the attack
        }
        if (code == null) {
          if (w.startsWith("ل") || w.startsWith("ب")) {
            break;
          }
          continue; // "مدفعي", "صاروخي": another adjective of the word
        }
        String id = code.toLowerCase(java.util.Locale.ROOT);
        if (!countries.contains(id)) {
          return null;
        }
        EntityMention own = s.entityAt(i);
        if (own != null) {
          return own.type() == EntityType.LOC && id.equals(own.ref()) ? own : null;
        }
        Span span = s.span(i, i + 1);
        return new EntityMention(span, EntityType.LOC, span.in(s.original), w, id, null, null, SOURCE);
      }
    }
    return null;
  }

  /**
   * The side that acts: for violence, the first organisation of the sentence that is not among the
   * victims counted ("قتل 3 عناصر من قوات النظام في هجوم لتنظيم داعش": the organisation); for a
   * contact, the first person (else organisation); for an arrest, the force right after an arrest
   * verb ("واعتقلت القوات الإسرائيلية 18 فلسطينيا", verb-subject-object), else the organisation named
   * before the arrest word (who announces an arrest is mostly who made it), the organisation after it
   * being the side arrested.
   */
  private static Span actor1(SentenceTokens s, Family family, Match trigger, List<Figure> figures) {
    if (family == Family.ACCIDENT) {
      return null; // a wreck or a fire has no sides
    }
    if (family == Family.RELEASE) {
      // "أفرجت الجماعة عن 152 محتجزا": who released is the body right after the verb; the body of the
      // released ("الإفراج عن ثلاثة من موظفي منظمة ...") or of who announced it is none
      EntityMention m = trigger.end() < s.size() && !s.breakBefore(trigger.end()) ? s.entityAt(trigger.end()) : null;
      return m != null && m.type() == EntityType.ORG && s.indexOf(m.span()) == trigger.end() ? m.span() : null;
    }
    if (family == Family.AGREEMENT && !made(s, trigger)) {
      return null; // "رغم اتفاق وقف إطلاق النار", "في خرق جديد للاتفاق": an agreement referred to has no sides here
    }
    if (isArrest(trigger)) {
      EntityMention subject = subjectAfterVerb(s, trigger);
      if (subject != null) {
        return subject.span();
      }
      EntityMention by = s.firstSpeaker(reportedClauseStart(s, trigger.from()), trigger.from(), EntityType.ORG);
      return by == null ? null : by.span();
    }
    EntityMention m = family == Family.CONTACT ? actor(s, family, 0, EntityType.PER) : null;
    if (m == null && (family == Family.VIOLENCE || family == Family.ABDUCTION)) { // "مسلحين اختطفوا اثنين من كوادر فتح"
      if (ofItsDoer(s, trigger)) { // "حددت هوية منفذ الهجوم": the sentence speaks of the attacker, named or not
        EntityMention marked = perpetrator(s, trigger, clauseEnd(s, trigger.end()), figures);
        return marked == null ? null : marked.span();
      }
      EntityMention self = selfReported(s, trigger);
      if (self != null) {
        return self.span();
      }
      int end = clauseEnd(s, trigger.end());
      EntityMention claimant = claimant(s, end);
      if (claimant != null) { // "وأعلنت حركة الشباب المرتبطة بتنظيم القاعدة مسؤوليتها عن الهجوم"
        return claimant.span();
      }
      Span words = s.reportedHolding(s.span(trigger.from(), trigger.end()));
      EntityMention marked = perpetrator(s, trigger, end, figures);
      if (marked != null && (words == null || marked.span().start() >= words.start())) {
        return marked.span(); // not "وقالت وزارة الصحة، التابعة للحوثيين، إن الغارات": the speaker's qualifier
      }
      m = s.firstActor(0, end, EntityType.ORG);
      while (m != null && (victim(s, m, figures) || condemning(s, m, trigger) || otherRole(s, m) || targeted(s, m)
          || judging(s, m, trigger) || medium(s, m) || spokesmansBody(s, m) || bareHead(s, m) || aiding(s, m)
          || headlineSpeaker(s, m) || officeOfAPerson(s, m, trigger)
          || aside(s, m, trigger) || ownsASite(s, m) || describesNamed(s, s.indexOf(m.span()))
          || SpeakerFinder.onPlatform(s, s.indexOf(m.span()))
          || accusing(s, s.indexOf(m.span())) // the accuser, or the accused of another deed ("متهمة الجيش بفبركة الحادثة")
          || words != null && m.span().start() < words.start())) { // the reporting clause names no side
        int next = s.tokenAt(m.span().end());
        m = next > s.indexOf(m.span()) ? s.firstActor(next, end, EntityType.ORG) : null;
      }
      return m == null ? null : m.span();
    }
    if (m == null) {
      m = actor(s, family, 0, EntityType.ORG);
    }
    return m == null ? null : m.span();
  }

  /**
   * Where the reported clause that holds token {@code i} starts: after the last "، وأن" before it
   * ("وأضاف المصدر أن عناصر من التنظيم نفذوا الهجوم، وأن الأجهزة الأمنية اعتقلت اثنين": the group of
   * the first clause did not arrest), else the sentence start.
   */
  private static int reportedClauseStart(SentenceTokens s, int i) {
    for (int k = i - 1; k > 0; k--) {
      if (s.breakBefore(k) && s.norms.get(k).startsWith("وان") && s.norms.get(k).length() <= 5) {
        return k;
      }
    }
    return 0;
  }

  /**
   * The organisation the sentence names as the doer, whatever else it names first: after a verb of
   * carrying out or claiming ("نفذته مجموعة تابعة لتنظيم داعش", "تبناه"), after "تابع(ة) لـ"
   * ("عنصر تابع لتنظيم الدولة"), after an attacker's noun and "من" ("مسلح من تنظيم داعش", "شخصا من
   * خلايا تنظيم الدولة"), or right after the event word ("هجوم تنظيم الدولة", "هجوم لداعش"). A
   * speaker, a target or a body that took part otherwise comes first in many sentences; this one is
   * named as the attacker. Null when none is.
   */
  private static EntityMention perpetrator(SentenceTokens s, Match trigger, int end, List<Figure> figures) {
    for (EntityMention m : s.entities) {
      int i = s.indexOf(m.span());
      if (m.type() != EntityType.ORG || i < 0 || i >= end || victim(s, m, figures) || targeted(s, m)
          || aiding(s, m)) {
        continue;
      }
      if (i == trigger.end() || i > 0 && !s.breakBefore(i) && markedAt(s, i) || accused(s, m, i)) {
        return m;
      }
    }
    return null;
  }

  /**
   * The body that claims the deed in the clause before {@code end}: the subject of a verb of claiming
   * ("وتبنت حركة الشباب الهجوم") or of announcing with its responsibility after the name ("وأعلنت حركة الشباب
   * مسؤوليتها عن الهجوم"), past a description of the body's allegiance ("المرتبطة بتنظيم القاعدة"). Null when none.
   */
  private static EntityMention claimant(SentenceTokens s, int end) {
    for (EntityMention m : s.entities) {
      int i = s.indexOf(m.span());
      if (m.type() != EntityType.ORG || i < 1 || i >= end || s.breakBefore(i)) {
        continue;
      }
      String verb = QuoteSpans.withoutConjunction(s.norms.get(i - 1));
      if (ADOPTING.contains(verb)) {
        return m; // "وتبنت حركة الشباب الهجوم"
      }
      if (ANNOUNCING.contains(verb) && responsibilityAfter(s, m)) {
        return m;
      }
    }
    return null;
  }

  /** Whether the body's responsibility follows its name, or the description of its allegiance after it. */
  private static boolean responsibilityAfter(SentenceTokens s, EntityMention m) {
    int k = s.tokenAt(m.span().end());
    if (k + 1 < s.size() && !s.breakBefore(k) && AFFILIATED.contains(s.norms.get(k)) && describesNamed(s, k + 1)) {
      EntityMention parent = s.entityAt(k + 1);
      k = parent == null ? k + 2 : s.tokenAt(parent.span().end()); // "المرتبطة بتنظيم القاعدة"
    }
    return k < s.size() && !s.breakBefore(k) && s.norms.get(k).startsWith("مسووليت");
  }

  /** Verbs of claiming a deed, before the claimant (folded, without "و"). */
  private static final Set<String> ADOPTING = Set.of("تبني", "تبنت");
  /** Verbs of announcing, before a claimant whose responsibility follows (folded, without "و"). */
  private static final Set<String> ANNOUNCING = Set.of("اعلن", "اعلنت");

  /**
   * Whether the body at token {@code i} is named in the description of a body named right before the word
   * of allegiance at {@code i - 1} ("حركة الشباب المرتبطة بتنظيم القاعدة"، "جماعة نصرة الإسلام التابعة
   * للقاعدة"): it says whom the named body serves; the named body is who acts.
   */
  private static boolean describesNamed(SentenceTokens s, int i) {
    if (i < 2 || s.breakBefore(i) || !AFFILIATED.contains(s.norms.get(i - 1)) || s.breakBefore(i - 1)) {
      return false;
    }
    String w = s.norms.get(i);
    if (!w.startsWith("ل") && !w.startsWith("ب")) {
      return false;
    }
    int before = s.tokens.get(i - 2).span().end();
    return s.entities.stream().anyMatch(o -> o.type() == EntityType.ORG && o.span().end() == before);
  }

  /**
   * Whether a body is the one a verb of accusing holds to blame for the deed: "اتهمت حكومة الولاية قوات
   * الدعم السريع بتنفيذ الهجوم", "وحمّل الجيش قوات الدعم السريع مسؤولية الهجوم". The accusation
   * makes it the alleged doer (the accuser before it is none).
   */
  private static boolean accused(SentenceTokens s, EntityMention m, int i) {
    int after = s.tokenAt(m.span().end());
    if (after <= i) {
      return false;
    }
    // right after the name, or after one adjective: "اتهم المجلس "وحدات حماية الشعب" الكردية بالوقوف وراء"
    for (int k = after; k < s.size() && k <= after + 1 && !s.gapHas(k, ",،.;؛()!?؟"); k++) {
      if (ACCUSED_OF.contains(s.norms.get(k))) {
        return accusing(s, i);
      }
    }
    return false;
  }

  /** Whether a verb of accusing stands a few words before token {@code i}, in its clause. */
  private static boolean accusing(SentenceTokens s, int i) {
    return verbBefore(s, i, ACCUSER_REACH, k -> ACCUSING.contains(s.norms.get(k)));
  }

  /** Verbs of accusing and holding responsible (folded), before the accuser and the accused. */
  private static final Set<String> ACCUSING = Set.of("اتهم", "اتهمت", "واتهم", "واتهمت", "يتهم", "تتهم", "متهما",
      "متهمه", "حمل", "حملت", "وحمل", "وحملت", "يحمل", "تحمل", "محملا", "محمله");
  /** What the accused is held to have done, right after its name (folded). */
  private static final Set<String> ACCUSED_OF = Set.of("بتنفيذ", "بشن", "بارتكاب", "بالوقوف", "مسووليه",
      "المسووليه", "بالمسووليه", "باستهداف", "بقصف");
  /** How many words the accuser's name may run between the verb and the accused. */
  private static final int ACCUSER_REACH = 8;

  /** Whether the words before token {@code i} name what follows as a doer. */
  private static boolean markedAt(SentenceTokens s, int i) {
    String before = s.norms.get(i - 1);
    if (DOER_VERBS.contains(before)
        || s.norms.get(i).startsWith("ل") && AFFILIATED.contains(before) && !ofAPlace(s, i - 1) && !ofABody(s, i - 1)
        && !describesNamed(s, i)) {
      return true;
    }
    int k = i - 1;
    if (CELLS.contains(before) && k > 0) {
      k--; // "من خلايا تنظيم الدولة"
    }
    return k > 0 && s.norms.get(k).equals("من") && ATTACKERS.contains(s.norms.get(k - 1)) && !targetedMen(s, k - 1)
        || CELLS.contains(before);
  }

  /**
   * Whether what "تابع" at {@code k} follows is a site or store, which belongs to the body, not a doer
   * of its deed ("انفجار مخزن ذخيرة تابع للجيش", "استهداف موقع تابع لقوات الدعم السريع").
   */
  private static boolean ofAPlace(SentenceTokens s, int k) {
    // the site and its name: "مخزن ذخيرة التابع"، "مدرسة أبو حسين التابعة لوكالة الغوث"
    for (int j = k - 1; j >= 0 && j >= k - SITE_REACH && !s.breakBefore(j + 1); j--) {
      String w = withoutArticle(s.norms.get(j));
      if (MEANS.contains(w)) {
        return false; // "بالمدفعية التابعة لقوات الدعم السريع": what "التابعة" qualifies fires
      }
      if (SITES.contains(w)) {
        // "أطلقت من مواقع تابعة لـ"، "مصدره مواقع المدفعية": the site fired from is the side's
        return j == 0 || !FROM.contains(s.norms.get(j - 1));
      }
    }
    return false;
  }

  /** Arms and forces (folded, without the article) that "التابعة لـ" may qualify: what acts, no site. */
  private static final Set<String> MEANS = Set.of("مدفعيه", "مدافع", "راجمات", "دبابات", "طائرات", "طائره",
      "مسيرات", "مسيره", "قوات", "عناصر", "ميليشيات", "مليشيات", "مجموعات", "مجموعه", "كتيبه", "وحدات");

  /** Words before a site that make it where fire came from (folded): "من مواقع"، "مصدره مواقع". */
  private static final Set<String> FROM = Set.of("من", "مصدره", "مصدرها", "انطلاقا", "انطلقت", "انطلق");

  /** Whether the body is named as the owner of a site ("المستشفى الميداني التابع لمنظمة أطباء بلا حدود"): no side. */
  private static boolean ownsASite(SentenceTokens s, EntityMention m) {
    int i = s.indexOf(m.span());
    return i > 0 && !s.breakBefore(i) && AFFILIATED.contains(s.norms.get(i - 1)) && ofAPlace(s, i - 1);
  }

  /** How many words before "تابع" the site it qualifies may stand, its name between them. */
  private static final int SITE_REACH = 4;

  /** A folded word without "ال", "وال", "بال" or "فال" before it ("بمدرسة" keeps its "ب"). */
  private static String withoutArticle(String w) {
    for (String p : ARTICLES) {
      if (w.startsWith(p) && w.length() > p.length() + 2) {
        return w.substring(p.length());
      }
    }
    return w;
  }

  private static final List<String> ARTICLES = List.of("وال", "بال", "فال", "ال");

  /**
   * Whether what "تابع" at {@code k} follows is a body of its own that a verb of reporting or accusing
   * governs, whose allegiance it names ("أعلنت
   * السلطات الصحية التابعة لجماعة أنصار الله", "اتهمت الفرقة السادسة مشاة التابعة للجيش السوداني"):
   * a speaker's qualifier, not the doer of the deed.
   */
  private static boolean ofABody(SentenceTokens s, int k) {
    for (int j = k - 1; j >= 0 && j >= k - 3 && !s.breakBefore(j + 1); j--) {
      if (BODIES.contains(s.norms.get(j))) {
        int head = j;
        // a body that speaks: a verb of reporting or accusing governs it ("قصفت الفرقة السادسة التابعة للجيش" acts)
        return verbBefore(s, head, 4, v -> s.at(v, "reporting") != null || ACCUSING.contains(s.norms.get(v)));
      }
    }
    return false;
  }

  /** Heads of bodies that speak or report (folded), which "التابعة لـ" qualifies. */
  private static final Set<String> BODIES = Set.of("السلطات", "سلطات", "وزاره", "الوزاره", "الفرقه", "فرقه",
      "اللواء", "قناه", "القناه", "وكاله", "الوكاله", "صحيفه", "الصحيفه", "الحكومه", "حكومه", "المكتب", "مكتب",
      "الهيئه", "هيئه", "اللجنه", "لجنه", "المحكمه", "محكمه", "مديريه", "المديريه");

  /** Sites and stores (folded: "مستشفى" is "مستشفي") that a body owns. */
  private static final Set<String> SITES = Set.of("مخزن", "مخازن", "مستودع", "مستودعات", "موقع", "مواقع", "مقر",
      "مقرات", "قاعده", "نقطه", "نقاط", "منشاه", "منشات", "ثكنه", "مبني", "مباني", "مستشفي", "مستشفيات", "مدرسه",
      "مدارس", "منزل", "مركز", "مسجد", "مخيم", "مخيمات", "جامعه", "عياده");

  /** Whether the event word follows "منفذ" ("منفذ الهجوم", "منفذي التفجير"): its doer, not an event told. */
  private static boolean ofItsDoer(SentenceTokens s, Match trigger) {
    int i = trigger.from();
    return i > 0 && !s.breakBefore(i) && DOER_NOUNS.contains(s.norms.get(i - 1));
  }

  /**
   * Whether a body is the target or among the victims: after a verb of targeting within three words
   * ("استهدف مهاجم رتلا للقوات الأميركية"), after "على" and a noun ("غارات على مواقع لجماعة الحوثي")
   * or in the ranks of ("في صفوف الجيش", "أفراد القوات").
   */
  private static boolean targeted(SentenceTokens s, EntityMention m) {
    int i = s.indexOf(m.span());
    if (i >= 2 && s.norms.get(i - 1).equals("من") && !s.breakBefore(i) && !s.breakBefore(i - 1)
        && (ATTACKERS.contains(s.norms.get(i - 2)) || RANKS.contains(s.norms.get(i - 2))) && targetedMen(s, i - 2)) {
      return true; // "واستهدفت الغارة عنصرا من حزب الله": the body's man struck
    }
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (s.breakBefore(k + 1) && !s.quoteBefore(k + 1)) { // "استهدفت «عنصرين من حزب الله»": a quotation mark is no break
        return false;
      }
      String w = s.norms.get(k);
      if (TARGETING.contains(w) || k == i - 1 && RANKS.contains(w)
          || ON.contains(w) && k + 1 < i && !HAND.contains(s.norms.get(k + 1))) {
        return true; // "غارات على مواقع لجماعة الحوثي"; not "على يد عناصر التنظيم", the doer
      }
    }
    return false;
  }

  /**
   * Whether the men at token {@code a} are what a word of targeting names, right before them or one
   * word back, a quotation mark allowed between: "استهدفت «عنصرين من حزب الله»" names the target, not
   * the attacker ("مسلح من تنظيم الدولة").
   */
  private static boolean targetedMen(SentenceTokens s, int a) {
    for (int k = a - 1; k >= Math.max(0, a - 2); k--) {
      if (s.breakBefore(k + 1) && !s.quoteBefore(k + 1)) {
        return false;
      }
      if (TARGETING.contains(s.norms.get(k))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> DOER_NOUNS = Set.of("منفذ", "منفذي", "منفذو", "لمنفذ", "بمنفذ", "لمنفذي",
      "بمنفذي", "ومنفذ", "ومنفذي", "المنفذ");
  private static final Set<String> TARGETING = Set.of("استهدف", "استهدفت", "يستهدف", "تستهدف", "استهدفوا",
      "واستهدف", "واستهدفت", "استهداف", "باستهداف", "لاستهداف", "ضد", "وضد");
  private static final Set<String> RANKS = Set.of("صفوف", "افراد", "عناصر", "جنود");
  /** "على" before a body's place or men: what was struck ("غارات على مواقع لجماعة الحوثي"). */
  private static final Set<String> ON = Set.of("على", "علي");
  /** "على يد": by the hand of, the doer. */
  private static final Set<String> HAND = Set.of("يد", "ايدي");

  /**
   * Verbs of carrying out, claiming or firing an attack, with the object pronoun ("بقذائف مدفعية أطلقها الجيش"),
   * and the fire of a force ("بنيران الجيش"، "برصاص قوات الاحتلال") (folded): what follows is the doer.
   */
  private static final Set<String> DOER_VERBS = Set.of("نفذه", "نفذته", "نفذها", "نفذهما", "ونفذه", "ونفذته",
      "تبناه", "تبنته", "تبناها", "وتبناه", "وتبنته", "شنه", "شنته", "شنها", "اطلقه", "اطلقها", "اطلقته", "اطلقتها",
      "بنيران", "وبنيران", "برصاص", "وبرصاص");
  /** "تابع لـ" and its forms (folded): what follows, with "ل", is the body one belongs to. */
  private static final Set<String> AFFILIATED = Set.of("تابع", "تابعه", "التابع", "التابعه", "تابعين", "تابعون",
      "ينتمي", "تنتمي", "ينتمون", "المنتمي", "منتمي", "يتبع", "تتبع", "يتبعون", "بانتمائه", "بانتمائهم",
      "انتمائه", "بارتباطه", "بارتباطهم", "مرتبط", "مرتبطه", "مرتبطين", "المرتبطه", "المرتبط", "الموالي", "المواليه",
      "موالي", "مواليه");
  /** Nouns of attackers before "من" (folded). */
  private static final Set<String> ATTACKERS = Set.of("مسلح", "مسلحا", "مسلحون", "مسلحين", "عنصر", "عنصرا",
      "عناصر", "مهاجم", "مهاجما", "مهاجمين", "مهاجمون", "شخص", "شخصا", "انتحاري", "انتحاريا", "مقاتل",
      "مقاتلين", "مقاتلون", "خليه", "خلايا");
  /** Cells of a body: what follows is the body ("خلايا تنظيم الدولة"). */
  private static final Set<String> CELLS = Set.of("خليه", "خلايا", "لخلايا", "بخلايا");

  /**
   * The side acted upon: for an arrest, the first organisation after the arrest word and its
   * subject; for violence, an organisation among the victims counted, else the next after actor1;
   * for a contact, the next person (else organisation) after actor1; or null.
   */
  private static Span actor2(SentenceTokens s, Family family, Match trigger, Span a1, List<Figure> figures) {
    if (family == Family.RELEASE) {
      return null; // whose people were released is told by the counts' groups, not by the next body named
    }
    if (isArrest(trigger)) {
      int from = trigger.end();
      if (a1 != null && s.indexOf(a1) == trigger.end()) {
        from = s.tokenAt(a1.end());
      }
      // "، وأعلنت خلية الإعلام الأمني"، "، مشيرا إلى أن السجن كان يضم ... عناصر من جماعة": another clause's body
      int end = Math.max(from, clauseEnd(s, trigger.end()));
      EntityMention held = s.firstActor(from, end, EntityType.ORG);
      while (held != null && (namedMedium(s, held) || officeOfAPerson(s, held, trigger))) { // "، كما ذكرت وكالة أنباء الأناضول"
        int next = s.tokenAt(held.span().end());
        held = next > s.indexOf(held.span()) ? s.firstActor(next, end, EntityType.ORG) : null;
      }
      return held == null ? null : held.span();
    }
    if (family == Family.VIOLENCE || family == Family.ABDUCTION) {
      for (EntityMention m : s.entities) {
        if (m.type() == EntityType.ORG && victim(s, m, figures) && (a1 == null || !m.span().equals(a1))) {
          return m.span();
        }
      }
    }
    if (a1 == null) {
      return null;
    }
    int from = s.tokenAt(a1.end());
    EntityMention m = family == Family.CONTACT ? actor(s, family, from, EntityType.PER) : null;
    if (m == null) {
      m = actor(s, family, from, EntityType.ORG);
      while (m != null && family == Family.VIOLENCE && (condemning(s, m) || otherRole(s, m) || spokesmansBody(s, m)
          || officeOfAPerson(s, m, trigger))) {
        int next = s.tokenAt(m.span().end());
        m = next > s.indexOf(m.span()) ? actor(s, family, next, EntityType.ORG) : null;
      }
      if (m != null && family == Family.VIOLENCE && s.indexOf(m.span()) >= clauseEnd(s, trigger.end())) {
        m = null; // a body of another clause is no side of this one
      }
    }
    return m == null ? null : m.span();
  }

  /**
   * The speaker when the reported words make it the subject of the event: "وقال الجيش الإسرائيلي
   * إنه استهدف مسلحا من حماس", "أعلن الجيش أن قواته قصفت": a pronoun of the speaker ("إنه", "أنها",
   * "قواته") stands between the speaker and the event word. Null otherwise.
   */
  private static EntityMention selfReported(SentenceTokens s, Match trigger) {
    for (int k = trigger.from() - 1; k >= 0 && k >= trigger.from() - SELF_REACH; k--) {
      if (k + 1 < s.size() && IMPERSONAL.contains(s.norms.get(k)) && PASSIVE.contains(s.norms.get(k + 1))) {
        return null; // "أعلن الجيش أنه تم اعتراض الصاروخ": the pronoun of the matter, no subject
      }
      if (SELF.contains(s.norms.get(k))) {
        EntityMention speaker = s.speakerBefore(k);
        return speaker != null && speaker.type() == EntityType.ORG
            && s.tokenAt(speaker.span().end()) >= k - SELF_REACH ? speaker : null;
      }
    }
    return null;
  }

  /** Words of the speaker's own side in its reported words: "إنه", "أنها", "قواته". */
  private static final Set<String> SELF = Set.of("انه", "انها", "وانه", "وانها", "قواته", "قواتها", "عناصره",
      "طائراته", "طائراتها");
  private static final int SELF_REACH = 4;

  /** "أنه"/"إنه" before a passive auxiliary ("أنه تم"، "أنه جرى") is the pronoun of the matter: it names no one. */
  private static final Set<String> IMPERSONAL = Set.of("انه", "وانه");
  private static final Set<String> PASSIVE = Set.of("تم", "جري"); // folded: "جرى"

  /** How many words a condemner's subject may run between the verb and the event word it condemns. */
  private static final int CONDEMNER_REACH = 8;

  /**
   * True when {@code m} is, a few words after a verb of condemnation, who condemns the event: "وأدان
   * رئيس الحكومة اللبنانية الغارة", "ونددت الأمم المتحدة بالهجوم" (no side of it).
   */
  private static boolean condemning(SentenceTokens s, EntityMention m) {
    return condemning(s, m, null);
  }

  /**
   * As {@link #condemning(SentenceTokens, EntityMention)}; with the event's {@code trigger}, a body
   * anywhere in a long subject between the verb and the event word condemns too ("ودان المتحدث باسم
   * الأمين العام للأمم المتحدة، ستيفان دوجاريك، الهجوم").
   */
  private static boolean condemning(SentenceTokens s, EntityMention m, Match trigger) {
    int i = s.indexOf(m.span());
    int reach = trigger != null && i < trigger.from() ? CONDEMNER_REACH : 3;
    return verbBefore(s, i, reach, k -> s.at(k, "condemning") != null);
  }

  /**
   * True when {@code m} is or serves a rescue service ("الدفاع المدني", "نجمة داود الحمراء") or recovers,
   * carries or counts the victims: a rescue verb right after it or up to two words before it ("وأحصى
   * الدفاع المدني سبعة قتلى", "سيارات الإسعاف التابعة للهيئة الصحية نقلت الجثمانين"): who helps or
   * counts is no side.
   */
  private static boolean aiding(SentenceTokens s, EntityMention m) {
    int i = s.indexOf(m.span());
    int after = s.tokenAt(m.span().end());
    return s.at(i, "rescuers") != null || verbBefore(s, i, 3, k -> s.at(k, "aid") != null || s.at(k, "rescuers") != null)
        || after < s.size() && !s.breakBefore(after) && s.at(after, "aid") != null;
  }

  /**
   * True when the words right before {@code m} make it no doer of the event: a place in front of or
   * near it ("للصحفيين أمام البيت الأبيض"), the allegiance of a speaking body ("أعلنت وزارة الصحة في
   * حكومة صنعاء التابعة لجماعة أنصار الله"), a denial or report it makes ("وهو ما نفته وحدات مقاومة
   * سنجار") or a report ("تحدثت وزارة الصحة عن ستة"), a body in a denied clause ("نافية أن يكون أي من
   * عناصرها أو من القوات الإسرائيلية قد أطلق النار"), or the parties of another conflict ("الحرب بين إسرائيل و«حزب الله»"; a clash's own "بين"
   * names its sides).
   */
  private static boolean aside(SentenceTokens s, EntityMention m, Match trigger) {
    int i = s.indexOf(m.span());
    if (i > 0 && (servedBody(s, i) || gloss(s, i) // a quotation mark may open the name: "التابعة لجماعة "أنصار الله""
        || !s.breakBefore(i) && (NEAR.contains(s.norms.get(i - 1)) || s.at(i - 1, "reporting") != null))) { // "تحدثت وزارة الصحة عن ستة": the speaker
      return true;
    }
    if (verbBefore(s, i, DENIAL_REACH, k -> DENIAL.contains(s.norms.get(k)))) {
      return true; // "نافية أن يكون أي من عناصرها أو من القوات الإسرائيلية قد أطلق النار": a doer denied
    }
    return !trigger.label().equals("ARMED_CLASH") && verbBefore(s, i, 3, k -> s.norms.get(k).equals("بين"));
  }

  /**
   * Whether the body at token {@code i} is the one a speaking body serves: after "التابعة" ("التابعة
   * للحوثيين") or after it and a noun with "ل" ("التابعة لجماعة "أنصار الله"") when a body's head
   * comes before.
   */
  private static boolean servedBody(SentenceTokens s, int i) {
    int k = i > 1 && s.norms.get(i - 1).startsWith("ل") && !s.breakBefore(i - 1) ? i - 2 : i - 1;
    return AFFILIATED.contains(s.norms.get(k)) && ofABody(s, k) || k != i - 1 && AFFILIATED.contains(s.norms.get(i - 1))
        && ofABody(s, i - 1);
  }

  /**
   * Whether the body at token {@code i} glosses the name before it in brackets ("جماعة "أنصار الله"
   * (الحوثيين)"): the same body, already judged as a side or not.
   */
  private static boolean gloss(SentenceTokens s, int i) {
    int before = s.tokens.get(i - 1).span().end();
    return s.gapHas(i, "(") && s.entities.stream().anyMatch(m -> m.span().end() >= before - 1 && m.span().end() <= before);
  }

  /**
   * Words of denying, folded ("نفى" is "نفي"): a deed before its clause ("نافية أن يكون", "ونفى أن تكون"), or with its
   * object pronoun before the denier ("وهو ما نفته وحدات مقاومة سنجار").
   */
  private static final Set<String> DENIAL = Set.of("نافيا", "نافيه", "نفي", "نفت", "ونفي", "ونفت", "ينفي", "تنفي",
      "نفاه", "نفته", "نفتها", "نفاها", "نفوا", "نافين");
  /** How many words a denied clause may run from the denial to the body. */
  private static final int DENIAL_REACH = 10;

  /** Prepositions of place before a body's name: where, not who (folded). */
  private static final Set<String> NEAR = Set.of("امام", "قرب", "داخل", "خارج", "مقابل", "قباله");

  /**
   * True when a colon follows {@code m} ("الجيش السوداني: 15 قتيلا في استهداف الدعم السريع"، "عاجل |
   * وزارة الصحة في غزة: وصول عدد من الشهداء"): a headline's or a quotation's speaker, not the doer,
   * unless it tells its own deed in the first person plural ("حماس: قواتنا قتلت 5 جنود").
   */
  private static boolean headlineSpeaker(SentenceTokens s, EntityMention m) {
    int after = s.tokenAt(m.span().end());
    if (after >= s.size() || !s.breakBefore(after)
        || !s.original.substring(m.span().end(), s.tokens.get(after).span().start()).strip().startsWith(":")) {
      return false;
    }
    for (int k = after; k < Math.min(s.size(), after + 3); k++) {
      String w = s.norms.get(k);
      if (w.length() > 4 && w.endsWith("نا")) {
        return false; // "الجيش الإسرائيلي: اغتلنا قياديا", "حماس: قواتنا قتلت": the body tells its own deed
      }
    }
    return true;
  }

  /**
   * True when {@code m} names a medium ("وفق ما أفاد مصدر قضائي للسومرية نيوز"، "لقناة المدى"): who reports
   * the violence, or was told of it, never does it.
   */
  private static boolean medium(SentenceTokens s, EntityMention m) {
    int i = s.indexOf(m.span());
    return SpeakerFinder.knownOutlet(m) || s.at(i, "media") != null || i > 0 && !s.breakBefore(i) && toldOrNamed(s, i);
  }

  /**
   * True when {@code m} is a known outlet, a body the words before it make a medium ({@link #toldOrNamed}; a
   * quotation mark may open its name: "مع تلفزيون " سمانيولو ""), a name alone in brackets that glosses no name
   * before it, a medium's credit ("( رويترز )"), or a body named by a media word that a reporting verb governs
   * ("كما ذكرت وكالة أنباء الأناضول"). A body whose name merely starts with a media word ("وكالة الأمم المتحدة
   * لإغاثة ...") may be a side.
   */
  private static boolean namedMedium(SentenceTokens s, EntityMention m) {
    int i = s.indexOf(m.span());
    return SpeakerFinder.knownOutlet(m) || i > 0 && !s.gapHas(i, ",،.:;؛()!?؟-–—") && toldOrNamed(s, i)
        || bracketed(s, m) || i > 0 && !s.breakBefore(i) && s.at(i, "media") != null && s.at(i - 1, "reporting") != null;
  }

  /**
   * Whether the name {@code m} stands alone in brackets ("( رويترز )", "الدوحة (رويترز) -") and glosses no
   * body's name right before it ("معهد الدراسات (ICSS)": the same body).
   */
  private static boolean bracketed(SentenceTokens s, EntityMention m) {
    int i = s.indexOf(m.span());
    if (!s.gapHas(i, "(") || !s.original.substring(m.span().end()).stripLeading().startsWith(")")) {
      return false;
    }
    int before = i > 0 ? s.tokens.get(i - 1).span().end() : -1;
    return s.entities.stream().noneMatch(o -> o.type() == EntityType.ORG && o.span().end() == before);
  }

  /**
   * Whether the words before the body at token {@code i} make it a medium: a channel, a paper or an agency
   * named by its kind ("مقابلة مع تلفزيون سمانيولو"; not a site, a platform or a network, "موقع"، "شبكة", which
   * name other things too), or the one an interview was given to ("في مقابلة مع سمانيولو"، "في حديث لـ...").
   */
  private static boolean toldOrNamed(SentenceTokens s, int i) {
    String before = s.norms.get(i - 1);
    if (s.at(i - 1, "media") != null && !before.endsWith("موقع") && !before.endsWith("منصه") && !before.endsWith("شبكه")) {
      return true;
    }
    if (s.norms.get(i).startsWith("ل") && INTERVIEWS.contains(QuoteSpans.withoutConjunction(before))) {
      return true; // "في حديث لسمانيولو"
    }
    return i > 1 && before.equals("مع") && !s.breakBefore(i - 1)
        && INTERVIEWS.contains(QuoteSpans.withoutConjunction(s.norms.get(i - 2)));
  }

  /** Words of an interview given to a medium (folded, without "و"): "في مقابلة مع"، "في حديث لـ". */
  private static final Set<String> INTERVIEWS = Set.of("مقابله", "مقابلته", "مقابلتها", "المقابله", "حديث", "حديثه",
      "حديثها", "تصريح", "تصريحات", "تصريحه", "تصريحاته", "تصريحها", "حوار", "حواره", "حوارها");

  /**
   * True when {@code m} is the body whose spokesman speaks ("وقال المتحدث باسم وزارة الداخلية زماراي بشاري
   * قتل اثنا عشر شخصا"، "الناطق الرسمي باسم الجيش"): a source of the report, no side, unless the sentence
   * names it the doer otherwise (its words "قواتنا"، a claim of responsibility).
   */
  private static boolean spokesmansBody(SentenceTokens s, EntityMention m) {
    int i = s.indexOf(m.span());
    if (i < 2 || s.breakBefore(i) || !s.norms.get(i - 1).equals("باسم")) {
      return false;
    }
    int k = OFFICIAL.contains(s.norms.get(i - 2)) && i > 2 ? i - 3 : i - 2; // "المتحدث الرسمي باسم"
    return SPOKESMEN.contains(QuoteSpans.withoutConjunction(s.norms.get(k)));
  }

  /**
   * True when {@code m} is a body's head noun alone and indefinite ("واجهة لشبكات تهريب منظمة": organised, or
   * an organisation, "حركة"، "جماعة"): it names no one, no side.
   */
  private static boolean bareHead(SentenceTokens s, EntityMention m) {
    int i = s.indexOf(m.span());
    return s.tokenAt(m.span().end()) == i + 1 && HEADS.contains(s.norms.get(i));
  }

  /** Heads of bodies' names (folded), which name no one alone and without the article. */
  private static final Set<String> HEADS = Set.of("منظمه", "حركه", "جماعه", "جبهه", "مجموعه", "هيئه", "حزب", "تنظيم");

  /** Nouns of a spokesman (folded, without "و"), before "باسم" and the body. */
  private static final Set<String> SPOKESMEN = Set.of("المتحدث", "متحدث", "الناطق", "ناطق", "المتحدثه", "متحدثه",
      "الناطقه", "ناطقه", "متحدثا", "ناطقا");
  /** "الرسمي" between a spokesman and "باسم" (folded). */
  private static final Set<String> OFFICIAL = Set.of("الرسمي", "الرسميه", "العسكري", "الاعلامي");

  /**
   * True when a word of a court's ruling stands between the body {@code m} and the event word: the court
   * that sentenced whoever did it ("أصدرت محكمة الجنايات ... حكما بالإعدام بحق خمسة مدانين بالتفجير"),
   * no side of the deed it judged.
   */
  private static boolean judging(SentenceTokens s, EntityMention m, Match trigger) {
    for (int k = s.tokenAt(m.span().end() - 1) + 1; k < trigger.from(); k++) {
      if (s.at(k, "verdict") != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word {@code verb} accepts stands at most {@code reach} words before token {@code i},
   * in its clause (no break between them).
   */
  private static boolean verbBefore(SentenceTokens s, int i, int reach, java.util.function.IntPredicate verb) {
    for (int k = i - 1; k >= 0 && k >= i - reach; k--) {
      if (verb.test(k)) {
        return true;
      }
      if (s.breakBefore(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when {@code m} is in the title of a person named right after it, after the event's word
   * ("اغتيل مدير مديرية المظفر عبد الله الشرعبي"): the office of who the event befell, no side of it
   * (not "زعيم تنظيم القاعدة أسامة بن لادن المسؤول عن اعتداءات": a leader before the event's word).
   */
  private static boolean officeOfAPerson(SentenceTokens s, EntityMention m, Match trigger) {
    for (EntityMention p : s.entities) {
      if (p.type() == EntityType.PER && p.roleSpan() != null && p.roleSpan().contains(m.span())
          && s.tokenAt(p.roleSpan().start()) >= trigger.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code m} has another part in the sentence than a side of its violence: the force
   * right after an arrest verb ("اعتقلت قوات الأمن ثلاثة أشخاص يشتبه بتورطهم في التفجير": who
   * arrested, not who bombed), or a body a speaker's name places it in ("أما وزارة الصحة في الحكومة
   * السورية فتحدثت عن سبعة قتلى": a source's qualifier).
   */
  private static boolean otherRole(SentenceTokens s, EntityMention m) {
    int i = s.indexOf(m.span());
    if (i > 0 && !s.breakBefore(i) && arrestVerb(s.norms.get(i - 1))) {
      return true;
    }
    if (i > 1 && !s.breakBefore(i) && (s.norms.get(i - 1).equals("في") || s.norms.get(i - 1).equals("لدي"))) {
      EntityMention before = s.entityAt(i - 2);
      return before != null && s.isSource(before);
    }
    return false;
  }

  /**
   * The end of the clause the event word at {@code from} stands in, for its sides: a break before a
   * continuing participle ("، مؤكدا دعم ... لجهود الحكومة"), a clause-joining conjunction ("، فيما"،
   * "، بينما"، "، في حين") or a new verb with "و" of reporting or condemning ("، وأكدت"); else the
   * sentence's end.
   */
  private static int clauseEnd(SentenceTokens s, int from) {
    for (int i = Math.max(1, from); i < s.size(); i++) {
      if (!s.breakBefore(i)) {
        continue;
      }
      if (s.at(i, "continuing") != null || QuoteSpans.clauseJoiner(s, i) > 0
          || s.norms.get(i).startsWith("و") && (s.at(i, "reporting") != null || s.at(i, "condemning") != null)) {
        return i;
      }
    }
    return s.size();
  }

  /**
   * True when {@code m} is named in the group of a victims' figure ("3 عناصر من قوات النظام"), or in
   * the breakdown of its count ({@link #amongCounted}).
   */
  private static boolean victim(SentenceTokens s, EntityMention m, List<Figure> figures) {
    for (Figure f : figures) {
      if (f.perpetrator() || f.kind() == FigureKind.ARRESTED) {
        continue;
      }
      if (f.span().overlaps(m.span())
          && (f.group() == null || f.group().contains(m.text()) || inVictimsTitle(s, m, f)) || amongCounted(s, m, f)) {
        return true; // not the subject between the verb and the count: "قتلت قوات الدعم السريع 40 مدنيا"
      }
    }
    return false;
  }

  /**
   * True when the figure's count is broken down, or its victims described, and {@code m} is named
   * there: inside the figure ("إن 12 شخصا بينهم 5 عناصر من قوات الحكومة قتلوا") or right after it,
   * a comma allowed ("مقتل ثلاثة أشخاص بينهم قيادي في كتائب حزب الله"، "أصيب خمسة فلسطينيين بينهم
   * ثلاثة ناشطين من حركة حماس"، "واستشهد الفلسطينيون الثلاثة وهم ناشطون في سرايا القدس"): the body's
   * men are among the victims, no doer.
   */
  private static boolean amongCounted(SentenceTokens s, EntityMention m, Figure f) {
    int at = s.indexOf(m.span());
    int after = s.tokenAt(f.span().end() - 1) + 1; // the first token after the figure
    for (int k = s.tokenAt(f.span().start()); k < at && k <= after; k++) {
      String w = s.norms.get(k);
      if (PARTITIVES.contains(w) || k == after && DESCRIBED.contains(w)) {
        return f.span().overlaps(m.span()) || at - k <= BREAKDOWN_REACH && oneClause(s, k, at);
      }
    }
    return false;
  }

  /** Partitive pronouns that open the breakdown of a count (folded): "بينهم"، "منهم". */
  private static final Set<String> PARTITIVES = Set.of("بينهم", "بينها", "بينهن", "وبينهم", "منهم", "منها", "منهن",
      "ومنهم", "ومنها");
  /** Pronouns right after a count that describe its victims (folded): "وهم ناشطون في ..."، "وجميعهم من ...". */
  private static final Set<String> DESCRIBED = Set.of("وهم", "وهما", "وهن", "وجميعهم", "وكلهم");
  /** How many words after the breakdown's pronoun the victims' body may be named: "بينهم ثلاثة ناشطين من حركة". */
  private static final int BREAKDOWN_REACH = 5;

  /**
   * True when a person named inside the figure after {@code m} makes {@code m} part of the victim's
   * title: "قُتل مدير أمن مديرية المخا العقيد ناصر الحميري وثلاثة من مرافقيه" (the directorate is his
   * office, no side).
   */
  private static boolean inVictimsTitle(SentenceTokens s, EntityMention m, Figure f) {
    return s.entities.stream().anyMatch(p -> p.type() == EntityType.PER && p.span().start() >= m.span().end()
        && f.span().contains(p.span()));
  }

  /**
   * The force named right after an arrest verb, verb first as Arabic news writes it: "واعتقلت القوات
   * الإسرائيلية", "وأوقفت الشرطة"; not after a verbal noun ("اعتقال قيادي في حماس" names who was
   * arrested). Null when the word is a noun or no organisation follows it.
   */
  private static EntityMention subjectAfterVerb(SentenceTokens s, Match trigger) {
    if (trigger.end() >= s.size() || s.breakBefore(trigger.end()) || !arrestVerb(s.norms.get(trigger.from()))) {
      return null;
    }
    EntityMention m = s.entityAt(trigger.end());
    return m != null && m.type() == EntityType.ORG && s.indexOf(m.span()) == trigger.end() ? m : null;
  }

  /** Verbs of making an agreement (folded, without "و"): "وقع الوزيران أربع مذكرات تفاهم", "توصل الطرفان إلى اتفاق". */
  private static final Set<String> MAKING = Set.of("وقع", "وقعت", "وقعا", "وقعتا", "وقعوا", "يوقع", "يوقعان", "ابرم",
      "ابرمت", "ابرما", "توصل", "توصلت", "توصلا", "توصلوا", "يتوصل", "اتفق", "اتفقت", "اتفقا", "اتفقوا", "عقد",
      "عقدت", "اعلن", "اعلنت", "اعلنا", "وافق", "وافقت", "وافقا", "توقيع", "ابرام", "التوصل");

  /** How many words before an agreement word a verb of making it may stand. */
  private static final int MAKING_REACH = 6;

  /**
   * Whether the sentence tells an agreement being made (a verb of signing, reaching or announcing it
   * shortly before the word, "بين" right after it), not one referred to in passing.
   */
  private static boolean made(SentenceTokens s, Match trigger) {
    for (int i = Math.max(0, trigger.from() - MAKING_REACH); i < trigger.from(); i++) {
      String w = s.norms.get(i);
      if (MAKING.contains(w) || MAKING.contains(QuoteSpans.withoutConjunction(w))) {
        return true;
      }
    }
    for (int i = trigger.end(); i < Math.min(s.size(), trigger.end() + 3); i++) {
      if (s.norms.get(i).equals("بين")) {
        return true;
      }
    }
    return false;
  }

  /** A finite arrest verb, with its conjunction: "اعتقلت", "واعتقل", "أوقفت", "احتجزت", "ألقت". */
  private static boolean arrestVerb(String w) {
    return ARREST_VERBS.contains(QuoteSpans.withoutConjunction(w));
  }

  private static boolean isArrest(Match trigger) {
    return trigger.label().equals(EventType.ARREST.name());
  }

  /**
   * The first entity of a type from token {@code from}. Who reports an event is not one of its
   * sides ("أفاد المرصد بمقتل 4 عناصر"), except where the report is the event: a threat or a claim
   * of responsibility is made by its speaker, and the persons of a contact or an agreement speak of
   * it ("وكان الرئيس أعلن خلال زيارته إلى واشنطن انضمام ...": the visitor is a side; a body's
   * statement, "وفق بيان صادر عن الوزارة", is still a source).
   */
  private static EntityMention actor(SentenceTokens s, Family family, int from, EntityType type) {
    EntityMention m = family == Family.THREAT || family == Family.CLAIM || family.twoSided() && type == EntityType.PER
        ? s.firstEntity(from, s.size(), type)
        : s.firstActor(from, s.size(), type);
    if (m != null && (SpeakerFinder.onPlatform(s, s.indexOf(m.span())) // "على منصة تروث سوشيال": where, not who
        || type == EntityType.ORG && namedMedium(s, m) // "في مقابلة مع تلفزيون سمانيولو": told, no side
        || describesNamed(s, s.indexOf(m.span())))) { // "حركة الشباب المرتبطة بتنظيم القاعدة": whom it serves
      int next = s.tokenAt(m.span().end());
      return next > s.indexOf(m.span()) ? actor(s, family, next, type) : null;
    }
    return m;
  }
}
