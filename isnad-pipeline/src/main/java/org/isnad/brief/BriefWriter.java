package org.isnad.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.BriefSentence;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.FactValue;
import org.isnad.model.Quote;
import org.isnad.model.SourceRef;

/**
 * Story level: a consolidated extractive brief. Sentences are quoted from the sources, chosen to
 * cover what happened (the story's main event), its figures, each disputed figure (stated in a
 * sentence of the brief's own that cites every disputing span), the other events, and the reactions
 * (quotations of named speakers); then filled by score. A sentence is scored by how many independent
 * sources say the same (shared word keys), by the events it mentions and their weight in the story,
 * by its figures, and by its place in its article. A sentence that repeats a chosen one is skipped;
 * each quoted sentence cites itself and every near-identical sentence of the other articles.
 *
 * <p>Stateless and thread-safe.
 */
public final class BriefWriter {

  /** Sentences sharing this share of words say the same. */
  static final double SAME = 0.6;
  /** The default length of a brief, before the sentences stating disputes. */
  public static final int DEFAULT_LENGTH = 7;
  /** A sentence sharing this share with a chosen one is redundant. */
  static final double REDUNDANT = 0.5;
  static final int MIN_WORDS = 6;
  static final int MAX_WORDS = 70;

  private final Language language;
  private final Lead lead;

  public BriefWriter(Language language) {
    this.language = java.util.Objects.requireNonNull(language, "language must not be null");
    this.lead = new Lead(language);
  }

  /**
   * The brief of a story.
   *
   * @param length how many sentences (5 to 10 suit most stories)
   * @param sourceOf the independent-source group of each article id
   */
  public List<BriefSentence> write(List<AnalysedArticle> members, List<Event> events, List<Fact> facts,
      List<Quote> quotes, Function<String, Integer> sourceOf, int length) {
    List<Candidate> all = candidates(members);
    if (all.isEmpty() || length <= 0) {
      return List.of();
    }
    Map<Candidate, List<Candidate>> same = sameSentences(all, sourceOf);
    Map<Candidate, Event> eventOf = eventOf(all, events);
    score(all, same, eventOf, events, sourceOf);
    List<Candidate> order = new ArrayList<>(all);
    order.sort(Comparator.comparingDouble((Candidate c) -> -c.score));
    Event main = events.stream().max(Comparator.comparingInt(e -> e.mentions().size())).orElse(null);
    List<Candidate> chosen = new ArrayList<>();
    // the lede: what happened with its figures ("أسفر عن مقتل..."), before a sentence that only refers to it
    // and in the news' own time: "وكانت الوزارة قد أعلنت..." tells an earlier report, a lede only when nothing else can be
    pick(chosen, order, c -> main != null && eventOf.get(c) == main && hasFigures(c) && !lead.tellsThePast(c.article, c.sentence));
    if (chosen.isEmpty()) {
      pick(chosen, order, c -> main != null && eventOf.get(c) == main && hasFigures(c));
    }
    pick(chosen, order, c -> main != null && eventOf.get(c) == main && !lead.tellsThePast(c.article, c.sentence));
    for (Event e : othersByWeight(events, main)) {
      if (chosen.size() < length - 2) {
        pick(chosen, order, c -> eventOf.get(c) == e);
      }
    }
    Set<String> speakers = new LinkedHashSet<>();
    for (Quote q : quotes) {
      if (q.speaker() != null && speakers.size() < 2 && chosen.size() < length && speakers.add(q.speaker())) {
        pick(chosen, order, c -> c.article.id().equals(q.source().article()) && c.sentence.span().contains(q.source().span()));
      }
    }
    for (Candidate c : order) {
      if (chosen.size() >= length) {
        break;
      }
      if (!Candidate.contains(chosen, c, REDUNDANT)) {
        chosen.add(c);
      }
    }
    return sentences(chosen, same, disputes(facts, main, members), length);
  }

  /**
   * The dated events other than the main one, those with figures first ("the five arrested" before a
   * phone call), then by how many mentions tell them: the brief has room for a few of them only.
   */
  private static List<Event> othersByWeight(List<Event> events, Event main) {
    return events.stream().filter(e -> e != main && e.start() != null)
        .sorted(Comparator.comparing((Event e) -> e.figures().isEmpty()).thenComparing(e -> -e.mentions().size()))
        .toList();
  }

  private static boolean hasFigures(Candidate c) {
    return c.hasFigures();
  }

  private static void pick(List<Candidate> chosen, List<Candidate> order, java.util.function.Predicate<Candidate> wanted) {
    for (Candidate c : order) {
      if (wanted.test(c) && !chosen.contains(c) && !Candidate.contains(chosen, c, REDUNDANT)) {
        chosen.add(c);
        return;
      }
    }
  }

  private List<Candidate> candidates(List<AnalysedArticle> members) {
    List<Candidate> out = new ArrayList<>();
    KeyNumbers dictionary = new KeyNumbers();
    for (AnalysedArticle a : members) {
      for (int i = 0; i < a.sentences().size(); i++) {
        var s = a.sentences().get(i);
        if (s.tokenCount() >= MIN_WORDS && s.tokenCount() <= MAX_WORDS && !lead.continuesSpeaker(a, s)) {
          out.add(new Candidate(a, s, i, dictionary));
        }
      }
    }
    return out;
  }

  /**
   * For each sentence, the sentences of other articles that say the same, found through an index of
   * word keys (only sentences sharing a key are compared).
   */
  private static Map<Candidate, List<Candidate>> sameSentences(List<Candidate> all, Function<String, Integer> sourceOf) {
    Map<Candidate, List<Candidate>> out = new HashMap<>();
    if (all.stream().allMatch(c -> c.article.id().equals(all.get(0).article.id()))) { // one article
      all.forEach(c -> out.put(c, List.of()));
      return out;
    }
    int keys = 0;
    for (Candidate c : all) {
      keys = Math.max(keys, c.keys().length == 0 ? 0 : c.keys()[c.keys().length - 1] + 1);
    }
    int[][] index = postings(all, keys);
    int[] shared = new int[all.size()];
    int[] touched = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      Candidate a = all.get(i);
      int n = 0;
      for (int k : a.keys()) {
        for (int j : index[k]) {
          if (all.get(j).article != a.article && shared[j]++ == 0) {
            touched[n++] = j;
          }
        }
      }
      java.util.Arrays.sort(touched, 0, n); // cited in the members' order
      List<Candidate> same = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        int j = touched[t];
        Candidate b = all.get(j);
        if (shared[j] >= SAME * Math.min(a.keys().length, b.keys().length)) {
          same.add(b);
        }
        shared[j] = 0;
      }
      out.put(a, same);
    }
    return out;
  }

  /** For each key number, the candidates that have it, in candidate order. */
  private static int[][] postings(List<Candidate> all, int keys) {
    int[] count = new int[keys];
    for (Candidate c : all) {
      for (int k : c.keys()) {
        count[k]++;
      }
    }
    int[][] index = new int[keys][];
    for (int k = 0; k < keys; k++) {
      index[k] = new int[count[k]];
      count[k] = 0;
    }
    for (int i = 0; i < all.size(); i++) {
      for (int k : all.get(i).keys()) {
        index[k][count[k]++] = i;
      }
    }
    return index;
  }

  /** The story event whose mention lies in each sentence, if any. */
  private static Map<Candidate, Event> eventOf(List<Candidate> all, List<Event> events) {
    Map<At, Event> byMention = new HashMap<>();
    for (Event e : events) {
      for (SourceRef m : e.mentions()) {
        byMention.put(new At(m.article(), m.span().start()), e);
      }
    }
    Map<Candidate, Event> out = new HashMap<>();
    if (byMention.isEmpty()) {
      return out;
    }
    // per article (its candidates are consecutive), its mentions that are a story event's, in order
    AnalysedArticle article = null;
    List<EventMention> mentions = new ArrayList<>();
    List<Event> of = new ArrayList<>();
    for (Candidate c : all) {
      if (c.article != article) {
        article = c.article;
        mentions.clear();
        of.clear();
        for (EventMention m : article.events()) {
          Event e = byMention.get(new At(article.id(), m.trigger().start()));
          if (e != null) {
            mentions.add(m);
            of.add(e);
          }
        }
      }
      for (int i = 0; i < mentions.size(); i++) {
        if (c.sentence.span().contains(mentions.get(i).trigger())) {
          out.put(c, of.get(i)); // the first such mention's
          break;
        }
      }
    }
    return out;
  }

  /** Where a mention starts: its article and offset. */
  private record At(String article, int start) {}

  private static void score(List<Candidate> all, Map<Candidate, List<Candidate>> same, Map<Candidate, Event> eventOf,
      List<Event> events, Function<String, Integer> sourceOf) {
    int most = events.stream().mapToInt(e -> e.mentions().size()).max().orElse(1);
    for (Candidate c : all) {
      Event e = eventOf.get(c);
      double event = e == null ? 0 : (double) e.mentions().size() / most;
      double position = c.index < 3 ? 0.5 - c.index * 0.15 : 0;
      double length = c.words() > 45 ? -0.3 : 0;
      c.score = sources(c, same.get(c), sourceOf) + 2 * event + (hasFigures(c) ? 0.5 : 0) + position + length;
    }
  }

  /** How many independent sources say what the candidate says: its own, and those of the same sentences. */
  private static int sources(Candidate c, List<Candidate> same, Function<String, Integer> sourceOf) {
    if (same.isEmpty()) {
      return 1; // its own source alone (most sentences: every one of a story of one article)
    }
    Set<Integer> sources = new java.util.HashSet<>();
    sources.add(sourceOf.apply(c.article.id()));
    same.forEach(o -> sources.add(sourceOf.apply(o.article.id())));
    return sources.size();
  }

  /** The slots that say who, disputed by names rather than counts (docs/FACTS.md). */
  private static final Set<String> WHO = Set.of("perpetrator", "victims");

  /**
   * Sentences of the brief's own stating each disputed figure of the main event, and who did it or
   * who the victims were when the sources dispute that ("تتباين المصادر في هوية الضحايا: مدنيون بحسب
   * وزارة الصحة، ومسلحون أو عسكريون بحسب الجيش الإسرائيلي": the kinds, not each group as written).
   */
  private List<BriefSentence> disputes(List<Fact> facts, Event main, List<AnalysedArticle> members) {
    List<BriefSentence> out = new ArrayList<>();
    if (main == null) {
      return out;
    }
    Map<String, String> outlets = new HashMap<>();
    members.forEach(a -> outlets.put(a.id(), a.clean().outlet().isUnknown() ? null : a.clean().outlet().name()));
    for (Fact f : facts) {
      boolean differ = f.status() == FactStatus.DISPUTED || f.status() == FactStatus.UPDATED;
      if (f.event().equals(main.id()) && differ && (f.low() != null || WHO.contains(f.slot()))) {
        BriefSentence d = dispute(f, outlets);
        if (d != null) {
          out.add(d);
        }
      }
    }
    return out;
  }

  /**
   * Names as a list of the language ("أ وب وج"): each after the first joined by the language's "and"
   * (the fact table gives a value's authorities separated by {@code brief.list}).
   */
  private String list(java.util.Collection<String> names) {
    StringBuilder out = new StringBuilder();
    for (String n : names) {
      if (!out.isEmpty()) {
        out.append(language.phrase("brief.and"));
      }
      out.append(n);
    }
    return out.toString();
  }

  /**
   * "تتباين المصادر في الجرحى: 3 بحسب سنتكوم، و2 بحسب الداخلية", or for a toll that rose, "ارتفعت
   * حصيلة القتلى تباعًا: 12 بحسب مصادر طبية، و15 بحسب وزارة الصحة", citing every value's spans. A
   * toll that rose on one source's word names it once ("ارتفعت حصيلة القتلى تباعًا بحسب الجزيرة: 12،
   * ثم 15"; a report of an unknown outlet is "الخبر نفسه", never "other media"). Values outside the
   * fact's low and high are parts of a count ("بعد وفاة ثلاثة من المصابين"), not tallies: left out;
   * null when one value is left.
   */
  private BriefSentence dispute(Fact f, Map<String, String> outlets) {
    Map<String, Set<String>> byValue = new java.util.LinkedHashMap<>();
    List<SourceRef> cites = new ArrayList<>();
    Set<String> shared = sharedAuthorities(f);
    boolean updated = f.status() == FactStatus.UPDATED;
    boolean fell = updated && fell(f);
    List<FactValue> counted = f.values().stream()
        .filter(v -> f.high() == null || parseOr(v.value()) >= f.low() && parseOr(v.value()) <= f.high()).toList();
    if (updated && !fell) {
      BriefSentence one = risenOnOneWord(f, counted, outlets);
      if (one != null) {
        return one;
      }
    }
    Map<String, Map<String, Set<String>>> via = new java.util.LinkedHashMap<>();
    for (FactValue v : counted) {
      String said = f.slot().equals("victims") && v.group() != null
          ? language.phrase("victims." + v.group().replace('+', '_')) // "مدنيون", not each group as written
          : v.floor() ? language.phrase("brief.floor", v.value()) // "أكثر من 10"
          : v.value().equals("0") ? language.phrase("brief.none") : v.value(); // "لا أحد بحسب الدفاع المدني"
      Set<String> by = byValue.computeIfAbsent(said, k -> new LinkedHashSet<>());
      if (v.authority() != null && shared.contains(v.authority())) {
        // one value of one authority in two groups ("3" and "3 فلسطينيين"): its outlets said once
        via.computeIfAbsent(said, k -> new java.util.LinkedHashMap<>())
            .computeIfAbsent(v.authority(), k -> new LinkedHashSet<>()).addAll(outletsOf(v, outlets));
        by.add(v.authority());
      } else if (v.authority() != null) {
        by.addAll(java.util.Arrays.asList(v.authority().split(language.phrase("brief.list"))));
      } else {
        by.addAll(outletsOf(v, outlets));
      }
      cites.addAll(v.spans());
    }
    via.forEach((said, authorities) -> {
      Set<String> by = new LinkedHashSet<>();
      byValue.get(said).forEach(a -> by.add(authorities.containsKey(a)
          ? language.phrase("brief.via", a, list(authorities.get(a))) : a));
      byValue.put(said, by);
    });
    List<Map.Entry<String, Set<String>>> entries = new ArrayList<>(byValue.entrySet());
    if (entries.size() < 2) {
      return null; // one value left once parts of a count are set aside: nothing differs
    }
    if (updated) {
      entries.sort(Comparator.comparingLong(e -> fell ? -parseOr(e.getKey()) : parseOr(e.getKey())));
    }
    List<String> parts = new ArrayList<>();
    entries.forEach(e -> parts.add(language.phrase("brief.value", e.getKey(), list(e.getValue()))));
    String text = language.phrase(fell ? "brief.fell" : updated ? "brief.updated" : "brief.disputed", slotName(f),
        String.join(language.phrase("brief.join"), parts));
    return new BriefSentence(text, cites);
  }

  /** Whether an updated count fell to its latest ("15 مفقودا" then "تسعة"): its best is its lowest. */
  private static boolean fell(Fact f) {
    return f.best() != null && f.low() != null && f.high() != null && f.low() < f.high() && parseOr(f.best()) == f.low();
  }

  /**
   * "ارتفعت حصيلة القتلى تباعًا بحسب الجزيرة: 12، ثم 15": every value of a risen toll on the word of
   * one authority, or of one outlet's own reports (one article of an unknown outlet: "في الخبر
   * نفسه"); null when the values have several sources.
   */
  private BriefSentence risenOnOneWord(Fact f, List<FactValue> counted, Map<String, String> outlets) {
    Set<String> authorities = new LinkedHashSet<>();
    Set<String> articles = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    List<SourceRef> cites = new ArrayList<>();
    for (FactValue v : counted) {
      authorities.add(v.authority() == null ? "" : v.authority());
      articles.addAll(v.articles());
      v.articles().forEach(a -> names.add(outlets.get(a) == null ? "?" + a : outlets.get(a)));
      cites.addAll(v.spans());
    }
    if (counted.size() < 2 || authorities.size() != 1 || names.size() != 1) {
      return null;
    }
    String authority = authorities.iterator().next();
    String name = names.iterator().next();
    String values = counted.stream().map(FactValue::value).distinct().sorted(Comparator.comparingLong(BriefWriter::parseOr))
        .collect(java.util.stream.Collectors.joining(language.phrase("brief.then")));
    String slot = slotName(f);
    String text = !authority.isEmpty() ? language.phrase("brief.updated_by", slot, authority, values)
        : name.startsWith("?") ? language.phrase("brief.updated_within", slot, values)
        : language.phrase("brief.updated_by", slot, name, values);
    return new BriefSentence(text, cites);
  }

  /** What a fact counts: "القتلى", or a side's own "القتلى في صفوف قوات سوريا الديمقراطية". */
  private String slotName(Fact f) {
    String slot = language.phrase("slot." + f.slot());
    if (f.group() == null) {
      return slot;
    }
    boolean ownWords = f.values().stream().anyMatch(v -> v.group() != null && v.group().contains(f.group()));
    // a side of an exchange named by its counts' own words ("أسيرا فلسطينيا"): no body to count "among"
    return language.phrase(ownWords ? "slot.of_people" : "slot.of_group", slot, f.group());
  }

  /** Authorities given for two different values: which outlet reported which must then be said. */
  private static Set<String> sharedAuthorities(Fact f) {
    Map<String, Set<String>> values = new java.util.HashMap<>();
    for (FactValue v : f.values()) {
      if (v.authority() != null) {
        values.computeIfAbsent(v.authority(), k -> new LinkedHashSet<>()).add(v.value());
      }
    }
    Set<String> out = new LinkedHashSet<>();
    values.forEach((authority, vs) -> {
      if (vs.size() > 1) {
        out.add(authority);
      }
    });
    return out;
  }

  private Set<String> outletsOf(FactValue v, Map<String, String> outlets) {
    Set<String> out = new LinkedHashSet<>();
    v.articles().forEach(a -> out.add(outlets.get(a) != null ? outlets.get(a) : language.phrase("brief.other_outlets")));
    return out;
  }

  private static long parseOr(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  /** The chosen sentences in reading order (the main event first), the disputes after the figures. */
  private List<BriefSentence> sentences(List<Candidate> chosen, Map<Candidate, List<Candidate>> same,
      List<BriefSentence> disputes, int length) {
    List<BriefSentence> out = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      Candidate c = chosen.get(i);
      SourceRef quoted = c.quoted(lead);
      List<SourceRef> cites = new ArrayList<>();
      cites.add(quoted);
      same.get(c).forEach(o -> cites.add(o.ref()));
      out.add(new BriefSentence(quoted.span().in(c.article.clean().original()).strip(), cites));
      if (i == Math.min(1, chosen.size() - 1)) {
        out.addAll(disputes);
      }
    }
    return out.size() > length + disputes.size() ? out.subList(0, length + disputes.size()) : out;
  }
}
