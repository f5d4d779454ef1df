package org.isnad.event;

import java.util.ArrayList;
import java.util.List;
import org.isnad.lang.Language;
import org.isnad.lang.PhraseLexicon.Match;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventMention;
import org.isnad.model.Figure;
import org.isnad.model.QuoteMention;
import org.isnad.model.Sentence;

/**
 * The event stage, per article: event mentions with their figures, and quotations with their
 * speakers, sentence by sentence. Runs after the entity and time stages, whose mentions give events
 * their actors, places and dates and quotations their speakers. A figure inside reported words, or
 * before "بحسب X", is on the authority of that speaker.
 *
 * <p>Pure and thread-safe: the result depends only on the article.
 */
public final class EventExtractor {

  private final Language language;
  private final FigureFinder figures;
  private final EventFinder events;

  private EventExtractor(Language language) {
    this.language = language;
    this.figures = new FigureFinder(language.eventLexicon(), language.numbers(), language.time(), language.months(),
        language.titles().stream().map(language.normalizer()::fold).collect(java.util.stream.Collectors.toSet()));
    this.events = new EventFinder(language.eventLexicon(), countries(language));
  }

  /** The gazetteer ids of the bundled gazetteer's countries. */
  private static java.util.Set<String> countries(Language language) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (var p : org.isnad.place.Gazetteer.bundled(language).places()) {
      if (p.kind().equals("country")) {
        out.add(p.id());
      }
    }
    return java.util.Set.copyOf(out);
  }

  public static EventExtractor create(Language language) {
    return new EventExtractor(java.util.Objects.requireNonNull(language, "language must not be null"));
  }

  /** The name of the article's outlet, or null when the cleaner found none. */
  private static String ownOutlet(AnalysedArticle article) {
    org.isnad.model.Outlet o = article.clean().outlet();
    return o == null || o.equals(org.isnad.model.Outlet.UNKNOWN) ? null : o.name();
  }

  /** The article with its event mentions and quotations. */
  public AnalysedArticle extract(AnalysedArticle article) {
    List<org.isnad.model.EntityMention> mentions = new ArrayList<>(article.entities());
    mentions.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
    QuoteFinder quoteFinder = new QuoteFinder(language.eventLexicon(), language.titles(), language.referringNouns(),
        language.normalizer()::fold, mentions, ownOutlet(article));
    List<EventMention> eventMentions = new ArrayList<>();
    List<QuoteMention> quoteMentions = new ArrayList<>();
    List<org.isnad.model.EntityMention> countryMentions = new ArrayList<>();
    List<Sentence> sentences = article.sentences();
    List<List<org.isnad.model.EntityMention>> entities = bySentence(sentences, article.entities(),
        org.isnad.model.EntityMention::span);
    List<List<org.isnad.model.TimeMention>> times = bySentence(sentences, article.times(),
        org.isnad.model.TimeMention::span);
    boolean accidentLast = false; // whether the last event word of the sentences so far names an accident
    List<EventMention> ofAccident = new ArrayList<>();
    int harmed = -1; // the index of the last mention of harm so far (violence, an accident, a protest)
    int harmedIn = -1; // and the sentence that tells it
    java.util.Map<Integer, List<Figure>> zeros = new java.util.TreeMap<>(); // denied casualties, by mention index
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      if (sentence.tokenCount() == 0) {
        continue;
      }
      SentenceTokens s = new SentenceTokens(article, sentence, entities.get(i), times.get(i), language.eventLexicon());
      List<QuoteMention> quotes = quoteFinder.find(s);
      s.sources(quotes);
      List<Figure> found = attribute(figures.find(s), quotes);
      accidentLast &= !otherMatter(s);
      List<Figure> denied = attribute(NoCasualties.find(s, found), quotes);
      int deniedAt = denied.isEmpty() ? -1 : denied.get(0).span().start();
      for (EventMention m : events.find(s, found, countryMentions)) {
        if (harms(m) && (deniedAt < 0 || m.trigger().start() < deniedAt)) {
          harmed = eventMentions.size(); // a harm told after the denial ("واصفة الهجوم بأنه") is not what it denies
          harmedIn = i;
        }
        eventMentions.add(m);
        if (casualtiesOnly(m) && accidentBefore(s, s.tokenAt(m.trigger().start()), accidentLast)
            && !ViolentCause.in(String.join(" ", s.norms))) { // "قتلوا بطلقات نارية": violence, no accident's
          ofAccident.add(m);
        }
      }
      quoteMentions.addAll(quotes);
      accidentLast = accidentBefore(s, s.size(), accidentLast);
      if (!denied.isEmpty() && harmed >= 0 && i - harmedIn <= DENIAL_REACH) {
        zeros.computeIfAbsent(harmed, k -> new ArrayList<>()).addAll(denied);
      }
    }
    if (!ofAccident.isEmpty() && eventMentions.stream().noneMatch(EventExtractor::violenceTold)) {
      eventMentions.replaceAll(m -> ofAccident.contains(m) ? asAccident(m) : m);
    }
    zeros.forEach((k, z) -> eventMentions.set(k, withDenied(eventMentions.get(k), z)));
    if (!countryMentions.isEmpty()) {
      // "غارة إسرائيلية": the country an adjective names as a side becomes a place mention of the article
      mentions.addAll(countryMentions);
      mentions.sort(java.util.Comparator.comparing(org.isnad.model.EntityMention::span));
      article = article.withEntities(mentions);
    }
    return article.withEvents(eventMentions, quoteMentions);
  }

  /**
   * Whether the last event word before token {@code end} of the sentence, or else of the sentences
   * before it ({@code before}), names an accident: "ضرب زلزال بقوة 5.6 درجات ولاية ملاطية" then "وقال
   * الوزير إن 23 شخصا أصيبوا", the wounded are the earthquake's. An article that names violence anywhere
   * keeps its casualties without an event word as the violence's ({@link #violenceTold}).
   */
  private static boolean accidentBefore(SentenceTokens s, int end, boolean before) {
    int lastEvent = -1;
    for (Match m : s.all("event")) {
      lastEvent = m.from() < end ? Math.max(lastEvent, m.from()) : lastEvent;
    }
    int lastAccident = -1;
    // a fuel word counts too: "انفجرت أسطوانة غاز داخل مطعم", the explosion word before it is the accident's
    for (String category : ACCIDENT_CATEGORIES) {
      for (Match m : s.all(category)) {
        lastAccident = m.from() < end ? Math.max(lastAccident, m.from()) : lastAccident;
      }
    }
    return lastEvent < 0 && lastAccident < 0 ? before : lastAccident > lastEvent;
  }

  /**
   * Whether the sentence turns to another matter ("وفي درعا، قال ناشطون"، "وفي سياق آخر"، "من جهة
   * أخرى"): an accident told before it is not what its casualties died in. Not a voice on the same
   * matter ("ومن جهتها"، "بدوره"، "وفي حصيلة أولية").
   */
  private static boolean otherMatter(SentenceTokens s) {
    if (s.size() < 3) {
      return false;
    }
    String first = s.norms.get(0);
    String second = s.norms.get(1);
    var place = s.entityAt(1);
    return first.equals("وفي") && (second.equals("سياق") || place != null && place.type() == org.isnad.model.EntityType.LOC)
        || (first.equals("ومن") || first.equals("من")) && second.equals("جهه") && s.norms.get(2).startsWith("اخر");
  }


  /**
   * How many sentences after the last mention of harm a denial of casualties may stand and still be
   * that harm's: "سقطت قذيفة على حي سكني في حلب." then "ولم تسجل أي إصابات."
   */
  private static final int DENIAL_REACH = 1;

  /** Violence, an accident or a protest: what a denial of casualties may be about. */
  private static boolean harms(EventMention m) {
    EventFinder.Family f = EventFinder.Family.of(m.type());
    return f == EventFinder.Family.VIOLENCE || f == EventFinder.Family.ACCIDENT || f == EventFinder.Family.PROTEST;
  }

  /** The mention with the zero figures of the casualties denied of it, but none of a kind it counts. */
  private static EventMention withDenied(EventMention m, List<Figure> denied) {
    List<Figure> figures = new ArrayList<>(m.figures());
    for (Figure z : denied) {
      if (figures.stream().noneMatch(f -> f.kind() == z.kind() && !f.perpetrator())) {
        figures.add(z);
      }
    }
    return new EventMention(m.type(), m.trigger(), m.sentence(), figures, m.time(), m.dateAfter(), m.place(),
        m.actor1(), m.actor2());
  }

  /** The lexicon's categories of words that tell an accident. */
  private static final List<String> ACCIDENT_CATEGORIES = List.of("accident", "fuel");

  /** Casualties counted with no event word, told on the figure's word, with no side named as their doer. */
  private static boolean casualtiesOnly(EventMention m) {
    return m.type() == org.isnad.model.EventType.ATTACK && m.figures().stream().noneMatch(Figure::perpetrator)
        && m.figures().stream().anyMatch(f -> f.span().start() == m.trigger().start());
  }

  /** Whether the mention tells violence with a word of its own ("هجوم"، "قصف"), not only casualties. */
  private static boolean violenceTold(EventMention m) {
    return EventFinder.Family.of(m.type()) == EventFinder.Family.VIOLENCE && !casualtiesOnly(m);
  }

  /** The casualties of an accident: no sides. */
  private static EventMention asAccident(EventMention m) {
    return new EventMention(org.isnad.model.EventType.ACCIDENT, m.trigger(), m.sentence(), m.figures(), m.time(),
        m.dateAfter(), m.place(), null, null);
  }

  /**
   * The mentions inside each sentence (a mention across a sentence boundary is in none), in one
   * pass over both lists in text order.
   */
  static <T> List<List<T>> bySentence(List<Sentence> sentences, List<T> mentions,
      java.util.function.Function<T, org.isnad.model.Span> span) {
    List<T> sorted = new ArrayList<>(mentions);
    sorted.sort(java.util.Comparator.comparingInt(m -> span.apply(m).start()));
    List<List<T>> out = new ArrayList<>(sentences.size());
    int next = 0;
    for (Sentence s : sentences) {
      while (next < sorted.size() && span.apply(sorted.get(next)).start() < s.span().start()) {
        next++;
      }
      List<T> inside = new ArrayList<>();
      for (int k = next; k < sorted.size() && span.apply(sorted.get(k)).start() < s.span().end(); k++) {
        if (s.span().contains(span.apply(sorted.get(k)))) {
          inside.add(sorted.get(k));
        }
      }
      out.add(inside);
    }
    return out;
  }

  /**
   * Each figure on the authority of the quotation whose words contain it, if any: the innermost one,
   * when a clause of one speaker stands inside the words of another.
   */
  static List<Figure> attribute(List<Figure> found, List<QuoteMention> quotes) {
    List<Figure> out = new ArrayList<>(found.size());
    for (Figure f : found) {
      QuoteMention by = null;
      for (QuoteMention q : quotes) {
        if (q.span().contains(f.span()) && q.speaker() != null
            && (by == null || q.span().length() <= by.span().length())) {
          by = q;
        }
      }
      out.add(by == null ? f : f.withAuthority(by.speaker(), by.speakerSpan()));
    }
    return out;
  }
}
