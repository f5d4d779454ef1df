package org.isnad.event;

import java.util.ArrayList;
import java.util.List;
import org.isnad.lang.PhraseLexicon;
import org.isnad.lang.PhraseLexicon.Match;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.QuoteMention;
import org.isnad.model.Sentence;
import org.isnad.model.Span;
import org.isnad.model.TimeMention;
import org.isnad.model.Token;

/**
 * One sentence as the event stage reads it: its tokens' normalised forms, the original text
 * between tokens (for punctuation and quotation marks), and the entity and time mentions inside it.
 */
final class SentenceTokens {

  final String original;
  final Sentence sentence;
  final List<Token> tokens;
  final List<String> norms;
  final List<EntityMention> entities;
  final List<TimeMention> times;
  private final PhraseLexicon lexicon;
  /**
   * Per token, its lexicon phrases once looked up (null before), as an array: the look-ups below run
   * at every token for every category, and the lists the lexicon gives are of several classes.
   */
  private final Match[][] matches;
  private static final Match[] NO_MATCH = new Match[0];
  /** What {@link #all} finds, by category: read for every category at the first call (null before). */
  private java.util.Map<String, List<Match>> allByCategory;
  /** The tokens' start and end offsets, read by the gap and position look-ups without a span per token. */
  private final int[] starts;
  private final int[] ends;
  /** Per token, whether {@link #breakBefore} holds: 0 not yet known, 1 no, 2 yes. */
  private final byte[] breaks;
  /** Whether the tokens' ends never decrease (as in any text), so that {@link #tokenAt} may bisect. */
  private final boolean ordered;
  private List<Span> sources = List.of();
  private List<Span> media = List.of();
  private List<Span> reported = List.of();

  /**
   * @param entities the article's entity mentions inside the sentence, in text order
   * @param times the article's time mentions inside the sentence, in text order
   */
  SentenceTokens(AnalysedArticle article, Sentence sentence, List<EntityMention> entities, List<TimeMention> times,
      PhraseLexicon lexicon) {
    this.lexicon = lexicon;
    this.original = article.clean().original();
    this.sentence = sentence;
    this.tokens = article.tokensOf(sentence);
    int size = tokens.size();
    List<String> n = new ArrayList<>(size);
    starts = new int[size];
    ends = new int[size];
    boolean o = true;
    for (int i = 0; i < size; i++) {
      Token t = tokens.get(i);
      Span span = t.span();
      starts[i] = span.start();
      ends[i] = span.end();
      o &= i == 0 || ends[i - 1] <= ends[i];
      // "آن" (a first name, "آن الأوان") folds to "ان" but is never "أن"/"إن", which open reported words
      // the rare letter first: most tokens' forms are then not read here
      boolean madda = original.charAt(span.start()) == '\u0622' && t.norm().equals("ان");
      n.add(madda ? "آن" : t.norm());
    }
    this.norms = n;
    this.entities = entities;
    this.times = times;
    this.matches = new Match[size][];
    this.breaks = new byte[size];
    this.ordered = o;
  }

  /** Every lexicon phrase starting at token {@code i}, longest first (looked up once per token). */
  private Match[] matchesAt(int i) {
    Match[] m = matches[i];
    if (m == null) {
      List<Match> all = lexicon.allAt(norms, i);
      if (!all.isEmpty() && !allPassOn(all)) {
        all = all.stream().filter(this::passesOn).toList();
      }
      if (!all.isEmpty() && anyHappeningWord(all) && placeWord(i)) {
        all = all.stream().filter(x -> x.length() > 1 || !HAPPENINGS.contains(x.category())).toList();
      }
      m = all.isEmpty() ? NO_MATCH : all.toArray(new Match[all.size()]);
      matches[i] = m;
    }
    return m;
  }

  /** The lexicon's categories of words that tell what happened: never a place's name read as a word. */
  private static final java.util.Set<String> HAPPENINGS = java.util.Set.of("event", "verdict", "killed", "wounded",
      "arrested", "abducted", "missing", "died", "accident", "fuel", "hypothetical");

  /** True when one of {@code matches} is one word telling what happened (a plain loop: this runs at every token). */
  private static boolean anyHappeningWord(List<Match> matches) {
    for (int k = 0; k < matches.size(); k++) {
      if (matches.get(k).length() == 1 && HAPPENINGS.contains(matches.get(k).category())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when token {@code i} is the whole name of a place the recogniser found in the gazetteer: "في
   * بعقوبة أمس" names the town, not "بـ" and a penalty ("عقوبة") whose day "أمس" would be.
   */
  private boolean placeWord(int i) {
    EntityMention m = entityAt(i);
    return m != null && m.type() == EntityType.LOC && m.ref() != null && m.span().start() == starts[i]
        && m.span().end() == ends[i];
  }

  /** True when every match passes {@link #passesOn} (a plain loop: this runs at every token). */
  private boolean allPassOn(List<Match> m) {
    for (int k = 0; k < m.size(); k++) {
      if (!passesOn(m.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** How far "عن" may follow a verb of passing on words: "ونقلت الوكالة الوطنية للإعلام عن مصدر". */
  private static final int PASSED_FROM_REACH = 8;

  /**
   * False for a verb of passing on words ("نقل", the lemma of the lexicon's reporting entry) with no
   * "عن" after it: "ونقلت جريحين إلى مستشفى"، "نقل أسلحة" carry people or things, not words; and for
   * "على ما قال" inside a clause, not after a break.
   */
  private boolean passesOn(Match m) {
    if (m.category().equals("according") && m.length() > 1 && norms.get(m.from()).equals("علي")
        && norms.get(m.from() + 1).equals("ما")) {
      // ", على ما أفادت مصادر أمنية": after a break; "هجوما على ما قال إنها دبابة" attacks what it names
      return (m.from() == 0 || breakBefore(m.from())) && (m.end() >= norms.size() || !norms.get(m.end()).startsWith("ان"));
    }
    if (!m.category().equals("reporting") || !m.label().equals("نقل")) {
      return true;
    }
    int reach = norms.subList(m.end(), norms.size()).stream().anyMatch(QuoteSpans.SAYING::contains)
        ? PASSED_FROM_REACH_BEFORE_SAYING : PASSED_FROM_REACH;
    for (int k = m.end(); k < Math.min(norms.size(), m.end() + reach); k++) {
      if (norms.get(k).equals("عن")) {
        return true;
      }
    }
    return false;
  }

  /**
   * How far "عن" may follow when "قوله"/"قولها" comes later: the passer-on may be a long title and a name
   * ("ونقل المتحدث باسم الأمين العام للأمم المتحدة، ريتشارد كامبل، عن منسقة ... قولها إن").
   */
  private static final int PASSED_FROM_REACH_BEFORE_SAYING = 16;

  /**
   * Categories only the event finder asks for by name ("خرج"، "مرض"، "الشارع" are common words): a phrase of
   * them is no word of the lexicon for {@link #at(int)}.
   */
  private static final java.util.Set<String> QUIET = java.util.Set.of("idiom", "planned", "disease", "aircraft",
      "march", "marching", "office");

  /** The longest phrase of any category but the {@link #QUIET} ones at token {@code i}, or null. */
  Match at(int i) {
    for (Match m : matchesAt(i)) {
      if (!QUIET.contains(m.category())) {
        return m;
      }
    }
    return null;
  }

  /** The longest phrase of {@code category} at token {@code i}, or null. */
  Match at(int i, String category) {
    for (Match m : matchesAt(i)) {
      if (m.category().equals(category)) {
        return m;
      }
    }
    return null;
  }

  /** True when a phrase of one of {@code categories} starts at token {@code i}. */
  boolean hasAnyOf(int i, java.util.Set<String> categories) {
    for (Match m : matchesAt(i)) {
      if (categories.contains(m.category())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The phrases of {@code category}, left to right, not overlapping: read once per sentence and
   * category (the event finder asks for the same categories for every mention). Unmodifiable.
   */
  List<Match> all(String category) {
    if (allByCategory == null) {
      allByCategory = scan();
    }
    List<Match> found = allByCategory.get(category);
    return found == null ? List.of() : java.util.Collections.unmodifiableList(found);
  }

  /**
   * What {@link #all} finds for every category, in one pass over the tokens: for each category, as a
   * scan of that category alone would, the longest phrase of it at a token (the first in the token's
   * list), unless a phrase of it taken before covers that token.
   */
  private java.util.Map<String, List<Match>> scan() {
    java.util.Map<String, List<Match>> out = new java.util.HashMap<>();
    java.util.Map<String, Integer> next = new java.util.HashMap<>(); // by category, the first token free again
    for (int i = 0; i < ends.length; i++) {
      Match[] here = matchesAt(i);
      for (int k = 0; k < here.length; k++) {
        Match m = here[k];
        if (!firstOfCategory(here, k) || i < next.getOrDefault(m.category(), 0)) {
          continue;
        }
        out.computeIfAbsent(m.category(), c -> new ArrayList<>()).add(m);
        next.put(m.category(), m.end());
      }
    }
    return out;
  }

  /** True when no phrase before {@code k} in {@code here} has the category of {@code here[k]}. */
  private static boolean firstOfCategory(Match[] here, int k) {
    for (int j = 0; j < k; j++) {
      if (here[j].category().equals(here[k].category())) {
        return false;
      }
    }
    return true;
  }

  int size() {
    return ends.length; // asked in every loop over the sentence: an array length, not a call on the token view
  }

  Span span() {
    return sentence.span();
  }

  /** The original characters from the start of token {@code from} to the end of token {@code to - 1}. */
  Span span(int from, int to) {
    return new Span(starts[from], ends[to - 1]);
  }

  String text(int from, int to) {
    return span(from, to).in(original);
  }

  /** Whether the original text of token {@code k} is {@code word} ({@code text(k, k + 1).equals(word)} without a copy). */
  boolean textIs(int k, String word) {
    int length = ends[k] - starts[k];
    return length == word.length() && original.regionMatches(starts[k], word, 0, length);
  }

  /** True when any quotation mark stands between token {@code i - 1} and token {@code i}. */
  boolean quoteIn(int i) {
    return gapHas(i, "«»\"“”");
  }

  /**
   * True when one of {@code chars} stands in the original text between token {@code i - 1} and
   * token {@code i} (from the sentence start for 0).
   */
  boolean gapHas(int i, String chars) {
    int end = starts[i];
    for (int k = gapStart(i); k < end; k++) {
      if (chars.indexOf(original.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private int gapStart(int i) {
    return i == 0 ? sentence.span().start() : ends[i - 1];
  }

  /** The original text after the last token up to the sentence end. */
  String tail() {
    int start = tokens.isEmpty() ? sentence.span().start() : ends[ends.length - 1];
    return original.substring(start, sentence.span().end());
  }

  /** True when a time mention of the article starts at token {@code i} ("السبت", "مساء الأحد"). */
  boolean timeStartsAt(int i) {
    return timeEndAt(i) >= 0;
  }

  /** The token after the time mention that starts at token {@code i}; -1 when none starts there. */
  int timeEndAt(int i) {
    for (var t : times) {
      if (tokenAt(t.span().start()) == i) {
        return tokenAt(t.span().end() - 1) + 1;
      }
    }
    return -1;
  }

  /** True when punctuation that ends a phrase (comma, full stop, colon, bracket, quote) precedes token {@code i}. */
  boolean breakBefore(int i) {
    byte known = breaks[i];
    if (known == 0) { // asked often of the same token: read its gap once
      known = gapHas(i, ",،.:;؛()«»\"“”!?؟-–—") ? (byte) 2 : (byte) 1;
      breaks[i] = known;
    }
    return known == 2;
  }

  /** True when a quotation mark opens just before token {@code i} (the gap ends with it). */
  boolean quoteBefore(int i) {
    int end = starts[i];
    return end > gapStart(i) && "«\"“”".indexOf(original.charAt(end - 1)) >= 0;
  }

  /** The index of the token that starts at or after {@code offset}, or {@link #size()}. */
  int tokenAt(int offset) {
    if (!ordered) {
      for (int i = 0; i < ends.length; i++) {
        if (ends[i] > offset) {
          return i;
        }
      }
      return ends.length;
    }
    // the tokens' ends grow along the sentence: the first end past the offset, by bisection
    int lo = 0;
    int hi = ends.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] > offset) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The entity mention covering token {@code i}, or null. */
  EntityMention entityAt(int i) {
    Span t = tokens.get(i).span();
    for (EntityMention m : entities) {
      if (m.span().overlaps(t)) {
        return m;
      }
    }
    return null;
  }

  /** The first mention of one of {@code types} that starts in tokens {@code [from, to)}, or null. */
  EntityMention firstEntity(int from, int to, EntityType... types) {
    if (from >= to || from >= ends.length) {
      return null;
    }
    int start = starts[from];
    int end = ends[Math.min(to, ends.length) - 1];
    for (EntityMention m : entities) {
      if (m.span().start() >= start && m.span().start() < end && isOneOf(m.type(), types)) {
        return m;
      }
    }
    return null;
  }

  /**
   * The first mention of one of {@code types} starting in tokens {@code [from, to)} that is not a
   * source of the sentence's reported words (see {@link #sources}), or null.
   */
  EntityMention firstActor(int from, int to, EntityType... types) {
    EntityMention m = firstEntity(from, to, types);
    while (m != null && isSource(m)) {
      int next = tokenAt(m.span().end());
      m = next > indexOf(m.span()) ? firstEntity(next, to, types) : null;
    }
    return m;
  }

  /**
   * The first mention of one of {@code types} starting in tokens {@code [from, to)} that is no medium
   * the reported words passed through ("للجزيرة"), or null: speakers are allowed.
   */
  EntityMention firstSpeaker(int from, int to, EntityType... types) {
    EntityMention m = firstEntity(from, to, types);
    while (m != null && overlaps(m, media)) {
      int next = tokenAt(m.span().end());
      m = next > indexOf(m.span()) ? firstEntity(next, to, types) : null;
    }
    return m;
  }

  /** Remembers who the sentence's reported words are attributed to: speakers and the media of chains. */
  void sources(List<QuoteMention> quotes) {
    if (quotes.isEmpty()) { // most sentences: nothing is attributed, and the fields start empty
      return;
    }
    List<Span> all = new ArrayList<>();
    List<Span> chains = new ArrayList<>();
    List<Span> words = new ArrayList<>(quotes.size());
    for (var q : quotes) {
      if (q.speakerSpan() != null) {
        all.add(q.speakerSpan());
      }
      for (var link : q.chain()) {
        chains.add(link.span());
      }
      words.add(q.span());
    }
    all.addAll(chains);
    sources = all;
    media = chains;
    reported = words;
  }

  /** The reported words that hold {@code span} (a quotation's content), or null when the outlet says it. */
  Span reportedHolding(Span span) {
    for (Span r : reported) {
      if (r.start() <= span.start() && span.end() <= r.end()) {
        return r;
      }
    }
    return null;
  }

  /** The last entity named as a speaker of the sentence's reported words that ends before token {@code i}, or null. */
  EntityMention speakerBefore(int i) {
    EntityMention best = null;
    for (EntityMention m : entities) {
      if (indexOf(m.span()) < i && m.span().end() <= starts[Math.min(i, starts.length - 1)]
          && isSpeaker(m)) {
        best = m;
      }
    }
    return best;
  }

  private boolean isSpeaker(EntityMention m) {
    return overlaps(m, sources) && !overlaps(m, media);
  }

  boolean isSource(EntityMention m) {
    return overlaps(m, sources);
  }

  private static boolean overlaps(EntityMention m, List<Span> spans) {
    for (Span s : spans) {
      if (m.span().start() < s.end() && s.start() < m.span().end()) {
        return true;
      }
    }
    return false;
  }

  /** The last mention of one of {@code types} that starts in tokens {@code [from, to)}, or null. */
  EntityMention lastEntity(int from, int to, EntityType... types) {
    if (from >= to || from >= ends.length) {
      return null;
    }
    int start = starts[from];
    int end = ends[Math.min(to, ends.length) - 1];
    EntityMention last = null;
    for (EntityMention m : entities) {
      if (m.span().start() >= start && m.span().start() < end && isOneOf(m.type(), types)) {
        last = m;
      }
    }
    return last;
  }

  private static boolean isOneOf(EntityType t, EntityType[] types) {
    for (EntityType x : types) {
      if (x == t) {
        return true;
      }
    }
    return false;
  }

  /** The index of the token whose span contains or follows {@code span}'s start. */
  int indexOf(Span span) {
    return tokenAt(span.start());
  }
}
