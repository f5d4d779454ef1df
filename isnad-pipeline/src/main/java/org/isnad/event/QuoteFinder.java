package org.isnad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.lang.PhraseLexicon;
import org.isnad.lang.PhraseLexicon.Match;
import org.isnad.model.ChainLink;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.QuoteMention;
import org.isnad.model.SourceType;
import org.isnad.model.Span;

/**
 * Finds quotations and attributed claims in the sentences of one article, in order: a reporting
 * verb ("قال", "أكد", "نقلت ... عن"), its speaker (a named person or institution, an anonymous
 * source, or a pronoun resolved to the last named speaker), the medium it was said to ("لـ
 * الإخبارية") and the words said (after "إن"/"أن", a colon or a quotation mark, to the end of the
 * sentence or the next continuing participle). "بحسب X" and "وفق X" attribute the clause before
 * them to X.
 *
 * <p>One instance per article: it remembers the last speaker, for pronouns.
 */
final class QuoteFinder {

  /** Complementisers and the like that open the reported words. */
  private static final Set<String> OPENERS = Set.of(
      "ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "بانهم", "انما");
  private static final int MAX_SPEAKER_TOKENS = 14;
  /** Words that end a source's name: prepositions and the like. */
  static final Set<String> STOPS = Set.of(
      "الي", "في", "على", "علي", "عن", "مع", "من", "بين", "قرب", "خلال", "بعد", "قبل", "منذ", "حتي",
      "لدي", "عند", "ضد", "نحو", "الذي", "التي", "ان", "انه", "انها", "حيث", "فيما", "بينما");
  private static final int MAX_SOURCE_TOKENS = 6;
  /** Prepositions between an anonymous source and its body: "مسؤول في الأمم المتحدة", "مصدر لدى الجيش". */
  private static final Set<String> AFFILIATION = Set.of("في", "من", "لدي", "داخل");
  /** The most words a subject before its verb has: "وزير الخارجية الإيراني عباس عراقجي قال". */
  private static final int MAX_SUBJECT_TOKENS = 7;
  /** Auxiliaries and particles that open a clause before its subject: "وكان الجيش قد قال". */
  private static final Set<String> AUXILIARIES = Set.of("كان", "وكان", "كانت", "وكانت", "لكن", "ولكن",
      "كما", "فيما", "بينما", "اما", "واما");
  /** Pronouns that refer back to "ما" after a reporting verb: "وفق ما أفادت به". */
  private static final Set<String> RESUMPTIVE = Set.of("به", "بها", "عنه", "عنها");
  /** "له", "لها": whose statement it is ("في بيان لها"). */
  private static final Set<String> OWN = Set.of("له", "لها", "لهم", "لهما");
  /** Phrases that hand the word to another party, before a comma and a claim verb: "من جانبه، أكد". */
  private static final Set<String> TURN_OPENERS = Set.of("من جانبه", "من جانبها", "من جهته", "من جهتها", "بدوره",
      "بدورها", "في المقابل", "بالمقابل", "في المقابل ايضا");
  /** Verbs that follow the words they report ("«...»، قال الوزير"). */
  private static final Set<String> AFTER_WORDS = Set.of("قال", "أضاف", "تابع", "أكد", "أوضح", "أشار", "ذكر");
  /**
   * Reporting verbs whose claim may follow as a noun phrase, without "أن" or a colon: "نفى الجيش
   * وقوع إصابات", "اتهمت الوزارة الفصائل بخرق الهدنة", "طالبت الأمم المتحدة بفتح تحقيق".
   */
  private static final Set<String> NOMINAL = Set.of(
      "نفى", "اتهم", "حذر", "طالب", "دعا", "أعلن", "أكد", "أفاد", "تعهد", "أعرب", "هدد", "كشف", "ذكر", "شدد");
  /** The fewest tokens a claim without "أن" has: shorter complements are no claim ("أكد ذلك"). */
  private static final int MIN_NOMINAL_CLAIM = 3;

  /**
   * A speaker as the finder knows it: its name, the tokens naming it in the sentence, and, for a
   * definite noun that refers back ("وقالت الوزارة"), the span of the earlier mention it refers to.
   * A null name is a definite noun that refers to nobody named before: the words stay unattributed.
   */
  record Speaker(String name, Span span, SourceType type, Span ref) {
    Speaker(String name, Span span, SourceType type) {
      this(name, span, type, null);
    }

    /** The span the quotation names as its speaker's: the mention referred to, else the words here. */
    Span mention() {
      return ref != null ? ref : span;
    }

    boolean nobody() {
      return name == null;
    }
  }

  private final PhraseLexicon lexicon;
  private final Set<String> titles;
  private final Set<String> referring;
  private final java.util.function.UnaryOperator<String> fold;
  private final List<EntityMention> mentions;
  private Speaker last;

  /**
   * @param lexicon the language's event lexicon (reporting verbs, sources)
   * @param titles the language's titles and roles ("رئيس", "وزير"): a speaker named by role alone
   */
  QuoteFinder(PhraseLexicon lexicon, Set<String> titles) {
    this(lexicon, titles, Set.of(), w -> w, List.of());
  }

  /**
   * @param referring head nouns that, definite and alone, refer back to a named body or person
   *     ("الوزارة", "الجيش", "المتحدث"), folded and without the article
   * @param fold the language's folding, for the roles of earlier mentions
   * @param mentions the article's entity mentions, in text order: what a definite head noun refers to
   */
  QuoteFinder(PhraseLexicon lexicon, Set<String> titles, Set<String> referring,
      java.util.function.UnaryOperator<String> fold, List<EntityMention> mentions) {
    this.lexicon = lexicon;
    this.titles = titles;
    this.referring = referring;
    this.fold = fold;
    this.mentions = mentions;
  }

  /** The quotations of one sentence, left to right. */
  List<QuoteMention> find(SentenceTokens s) {
    List<QuoteMention> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      Match m = reportingAt(s, i);
      if (m == null) {
        continue;
      }
      List<QuoteMention> found = switch (m.category()) {
        case "according" -> one(according(s, m));
        case "continuing" -> one(continuing(s, m, out));
        default -> jointly(s, m, reported(s, m));
      };
      for (QuoteMention q : found) {
        out.add(q);
        if (q.speaker() != null) {
          last = new Speaker(q.speaker(), q.speakerSpan(), q.sourceType());
        }
        i = Math.max(i, s.tokenAt(q.span().start()) - 1);
      }
    }
    return out;
  }

  private static List<QuoteMention> one(QuoteMention q) {
    return q == null ? List.of() : List.of(q);
  }

  /**
   * "وقال الرئيس الفرنسي ورئيس الوزراء البريطاني في بيان مشترك إن ...": two speakers joined by "و"
   * after the verb each say the words, one quotation each, the first speaker's first. {@code q}
   * alone when the verb has one speaker.
   */
  private List<QuoteMention> jointly(SentenceTokens s, Match verb, QuoteMention q) {
    if (q == null || q.speakerSpan() == null || q.sourceType() == SourceType.ANONYMOUS_SOURCE
        || q.span().start() < verb.end() || !q.chain().isEmpty()) {
      return one(q);
    }
    int from = verb.end();
    int to = s.tokenAt(q.span().start());
    for (int c = from + 1; c < to; c++) {
      String w = s.norms.get(c);
      if (s.breakBefore(c) || STOPS.contains(w) || OPENERS.contains(w)) {
        break;
      }
      if (!w.startsWith("و") || w.length() < 3) {
        continue;
      }
      Speaker second = conjoined(s, c, to);
      Speaker first = second == null ? null : named(s, from, c);
      if (first == null || first.nobody() || first.type() == SourceType.ANONYMOUS_SOURCE
          || s.tokenAt(first.span().end() - 1) >= c || !covers(q.speakerSpan(), first, second)) {
        continue;
      }
      return List.of(withSpeaker(q, first), withSpeaker(q, second));
    }
    return one(q);
  }

  /** Whether the quotation's speaker is one of the two or the words naming both. */
  private static boolean covers(Span speaker, Speaker first, Speaker second) {
    return speaker.equals(first.mention()) || speaker.equals(second.mention())
        || speaker.start() <= first.span().start() && second.span().end() <= speaker.end();
  }

  private static QuoteMention withSpeaker(QuoteMention q, Speaker who) {
    return new QuoteMention(q.span(), q.sentence(), who.name(), who.mention(), q.verb(), q.verbSpan(), q.direct(),
        who.type(), q.chain());
  }

  /**
   * A second speaker after "و" at token {@code c}: a name that starts right after the "و" (the
   * recogniser leaves it out of the span: "وكير ستارمر", "ووزارة الخارجية المصرية"), or a title with
   * "و" ("ورئيس الوزراء البريطاني", whose span leaves the "و" out); null when none. Not a word inside
   * a longer name ("وزارة الصحة والسكان"), nor a word that starts with the letter ("وزارة", "وزير").
   */
  private Speaker conjoined(SentenceTokens s, int c, int to) {
    EntityMention inside = s.entityAt(c);
    if (inside != null && s.indexOf(inside.span()) < c) {
      return null;
    }
    int start = s.tokens.get(c).span().start();
    if (inside != null && inside.span().start() == start + 1
        && (inside.type() == EntityType.PER || inside.type() == EntityType.ORG)) {
      Speaker named = named(s, c, to);
      return named == null || named.nobody() || named.type() == SourceType.ANONYMOUS_SOURCE ? null : named;
    }
    String w = s.norms.get(c).substring(1);
    if (inside != null || !titles.contains(bare(w)) || titles.contains(bare(s.norms.get(c)))) {
      return null; // "وزير" is a title of its own, not "و" and a title
    }
    EntityMention person = s.lastEntity(c, to, EntityType.PER);
    if (person != null) {
      return new Speaker(person.text(), person.span(), SourceType.NAMED_OFFICIAL);
    }
    int e = roleEnd(s, c, endOfPhrase(s, c, to));
    Span span = new Span(s.tokens.get(c).span().start() + 1, s.tokens.get(e - 1).span().end());
    return new Speaker(s.text(c, e).substring(1), span, SourceType.NAMED_OFFICIAL);
  }

  private Match reportingAt(SentenceTokens s, int i) {
    Match m = s.at(i);
    if (m == null) {
      return null;
    }
    if (m.category().equals("reporting") && definite(s.norms.get(i))) {
      return null; // "والجدير بالذكر أن": a verbal noun with the article, the author's own remark
    }
    return switch (m.category()) {
      case "reporting", "continuing", "according" -> m;
      default -> null;
    };
  }

  /** "وقال X إن ...", "ونقلت X عن Y قوله: ...", "وكان X قال لـ Z إن ...". */
  private QuoteMention reported(SentenceTokens s, Match verb) {
    int open = opener(s, verb.end());
    if (open < 0) {
      List<ChainLink> chain = new ArrayList<>();
      Speaker previous = last;
      Speaker named = speaker(s, verb.end(), Math.min(s.size(), verb.end() + MAX_SPEAKER_TOKENS), chain);
      if (named == null || named.nobody()) {
        return null;
      }
      last = named;
      QuoteMention q = before(s, verb, named, chain);
      return q != null ? q : nominal(s, verb, named, chain, previous);
    }
    int regionEnd = open;
    List<ChainLink> chain = new ArrayList<>();
    int speakerFrom = verb.end();
    if (verb.label().equals("نقل")) {
      int from = indexOfWord(s, verb.end(), regionEnd, "عن");
      if (from > verb.end()) {
        chain.add(link(s, verb.end(), from));
        speakerFrom = from + 1;
      }
    } else {
      int via = indexOfWord(s, verb.end(), regionEnd, "نقلا");
      if (via > verb.end() && via + 1 < regionEnd && s.norms.get(via + 1).equals("عن")) {
        // "وذكرت وكالة الأنباء (سانا) نقلا عن مصدر عسكري أن": the agency passes on the source's words
        chain.add(new ChainLink(s.text(verb.end(), beforeBracket(s, verb.end(), via)), s.span(verb.end(), via)));
        speakerFrom = via + 2;
      }
    }
    Speaker after = speaker(s, speakerFrom, regionEnd, chain);
    Speaker subject = subjectBefore(s, verb.from());
    Speaker speaker = subject != null ? subject : after;
    if (speaker == null) {
      speaker = unnamedSubject(s, speakerFrom, regionEnd) ? null : last;
    } else if (speaker.nobody()) {
      speaker = null; // "وقالت الوزارة إن" with no ministry named before: no pronoun, nobody to name
    }
    return quote(s, verb, contentStart(s, open), speaker, chain);
  }

  /**
   * True when a subject the recogniser did not name stands between the verb and its complementiser
   * ("ولاحقا، أعلن مركز عمليات طوارئ الصحة أن"): the words are someone's, not the last speaker's. Not
   * when the verb's subject is a pronoun and what follows it is a preposition ("وقال في بيان إن"), a
   * clitic preposition ("وقالت لوسائل الإعلام"), an adverb ("وأكد مجددا أن"), a statement word
   * ("وأضاف البيان أن") or a time ("وقال أمس إن").
   */
  private boolean unnamedSubject(SentenceTokens s, int from, int to) {
    if (from >= to || s.breakBefore(from)) {
      return false;
    }
    String w = s.norms.get(from);
    if (STOPS.contains(w) || OWN.contains(w) || w.startsWith("ل") || w.startsWith("ب") || w.endsWith("ا")
        || s.at(from, "statement") != null || s.at(from, "according") != null || s.at(from, "continuing") != null) {
      return false;
    }
    for (var t : s.times) {
      if (s.tokenAt(t.span().start()) == from) {
        return false;
      }
    }
    return w.length() >= 3;
  }

  /**
   * "«...»، قال الوزير فلان." and "..., قالت الوزارة في بيان.": the words come before the verb, which
   * follows a comma, and the speaker closes the sentence.
   */
  private QuoteMention before(SentenceTokens s, Match verb, Speaker speaker, List<ChainLink> chain) {
    if (!AFTER_WORDS.contains(verb.label()) || verb.from() < 3 || !s.breakBefore(verb.from()) || s.tokenAt(speaker.span().end()) + 4 < s.size()) {
      return null;
    }
    boolean direct = s.quoteBefore(0) || s.gapHas(verb.from(), "»\"”");
    return new QuoteMention(s.span(0, verb.from()), s.span(), speaker.name(), speaker.mention(),
        s.text(verb.from(), verb.end()), s.span(verb.from(), verb.end()), direct, speaker.type(), chain);
  }

  /**
   * "ونفى المتحدث باسم الجيش وقوع إصابات": a claim verb opening its clause, its speaker right after
   * it, and the claim the rest of the clause. Null for verbs that need "أن" or a colon, and when the
   * speaker is not next to the verb or the claim is too short.
   */
  private QuoteMention nominal(SentenceTokens s, Match verb, Speaker speaker, List<ChainLink> chain, Speaker previous) {
    if (!NOMINAL.contains(verb.label()) || !opensClause(s, verb.from())) {
      return null;
    }
    int first = s.tokenAt(speaker.span().start());
    if (first < verb.end() || first > verb.end() + 1) {
      return null;
    }
    if (speaker.type() == SourceType.NAMED_OFFICIAL && s.entityAt(first) == null) {
      speaker = role(s, first);
    }
    int from = afterStatement(s, speakerEnd(s, speaker));
    if (verb.label().equals("اتهم") && from < s.size() && s.norms.get(from).startsWith("ب") && previous != null) {
      // "واتهمت الجيش بافتعال الحادث": one party before "ب" is the accused; the accuser is the last speaker
      speaker = previous;
      from = verb.end();
    }
    List<ChainLink> told = new ArrayList<>();
    for (ChainLink link : chain) {
      if (s.tokenAt(link.span().start()) == from) { // "أفاد مصدر أمني للجزيرة، باعتقال": a medium, not the claim
        from = s.tokenAt(link.span().end() - 1) + 1;
        told.add(link);
      }
    }
    int to = contentEnd(s, from);
    if (to - from < MIN_NOMINAL_CLAIM && !(to - from == 2 && casualtyReport(s, from))) {
      return null;
    }
    return new QuoteMention(s.span(from, to), s.span(), speaker.name(), speaker.mention(), s.text(verb.from(), verb.end()),
        s.span(verb.from(), verb.end()), false, speaker.type(), told);
  }

  /**
   * "بمقتل جنديين", "بإصابة 3 أشخاص": "ب" with a casualty noun opens a report of a count, a claim
   * however short.
   */
  private static boolean casualtyReport(SentenceTokens s, int from) {
    String w = s.norms.get(from);
    if (!w.startsWith("ب") || w.startsWith("بال")) {
      return false;
    }
    for (String kind : List.of("killed", "wounded", "arrested", "abducted", "missing")) {
      if (s.at(from, kind) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A speaker named by a role alone, without "أن" to end it: the title and the words with the article
   * after it ("وزير الخارجية الأمريكي"), or its institution after "باسم"; "أكد وزير الخارجية استمرار
   * الدعم" ends before "استمرار".
   */
  private static Speaker role(SentenceTokens s, int from) {
    int i = from + 1;
    while (i < s.size() && !s.breakBefore(i) && s.norms.get(i).startsWith("ال") && s.norms.get(i).length() > 3
        && !STOPS.contains(s.norms.get(i))) {
      i++;
    }
    if (i < s.size() && s.norms.get(i).equals("باسم")) {
      i = roleEnd(s, i, s.size());
    }
    return new Speaker(s.text(from, i), s.span(from, i), SourceType.NAMED_OFFICIAL);
  }

  /**
   * The verb starts the sentence, follows "كما"/"فيما" at its start, or follows a comma with "و" ("،
   * وطالبت"); a bare verb after a comma is the predicate of a subject before it ("هجوم تدمر، وفق
   * تقييمه، أكد استمرار الخطر").
   */
  private static boolean opensClause(SentenceTokens s, int verb) {
    return verb == 0 || s.breakBefore(verb) && s.norms.get(verb).startsWith("و")
        || s.breakBefore(verb) && verb <= 3 && TURN_OPENERS.contains(String.join(" ", s.norms.subList(0, verb)))
        || s.breakBefore(verb) && verb <= MAX_ADVERBIAL && ADVERBIAL_OPENERS.contains(s.norms.get(0))
        || verb == 1 && (s.norms.get(0).equals("كما") || s.norms.get(0).equals("فيما") || s.norms.get(0).equals("بينما"));
  }

  /**
   * First words of an adverbial that opens a sentence before a comma and its verb: "وفي وقت لاحق،
   * أعلنت", "ولاحقا، أعلن", "وفي واشنطن، قال".
   */
  private static final Set<String> ADVERBIAL_OPENERS = Set.of("في", "وفي", "لاحقا", "ولاحقا", "بعد", "وبعد",
      "ثم", "خلال", "وخلال", "قبل", "وقبل");
  private static final int MAX_ADVERBIAL = 4;

  /** The first token after a speaker: after its name, or after the institution of its role. */
  private static int speakerEnd(SentenceTokens s, Speaker speaker) {
    int end = s.tokenAt(speaker.span().end() - 1) + 1;
    if (speaker.type() == SourceType.NAMED_OFFICIAL && end < s.size() && s.norms.get(end).equals("باسم")) {
      return roleEnd(s, end, s.size()); // "الناطق باسم الجيش" when the role's head is a named person
    }
    return end;
  }

  /**
   * The first token after the statement the words were given in, "في بيان", "في تصريح صحفي", "في
   * بيان لها", or {@code from} when none starts there: "واتهمت الحركة في بيان لها إسرائيل بخرق
   * الهدنة" accuses Israel, not "في بيان". A medium after it ("في تصريح للجزيرة") is left to the chain.
   */
  private static int afterStatement(SentenceTokens s, int from) {
    if (from + 1 >= s.size() || !s.norms.get(from).equals("في") || s.breakBefore(from + 1)) {
      return from;
    }
    Match statement = s.at(from + 1, "statement");
    if (statement == null) {
      return from;
    }
    int i = statement.end();
    if (i < s.size() && !s.breakBefore(i) && isNisba(s.norms.get(i))) {
      i++; // "في بيان رسمي", "في تصريحات صحفية"
    }
    if (i < s.size() && !s.breakBefore(i) && OWN.contains(s.norms.get(i))) {
      i++; // "في بيان لها"
    }
    return i;
  }

  /** An indefinite relative adjective: "رسمي", "صحفية", "مشتركين" (folded). */
  private static boolean isNisba(String w) {
    return !w.startsWith("ال") && w.length() > 3
        && (w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يين") || w.endsWith("يون"));
  }

  /** "مشيرا إلى أن ...": the speaker of the quotation before it. */
  private QuoteMention continuing(SentenceTokens s, Match verb, List<QuoteMention> sentenceQuotes) {
    int open = opener(s, verb.end());
    if (open < 0 || open - verb.end() > 2) {
      return null;
    }
    Speaker speaker = sentenceQuotes.isEmpty() ? last : speakerOf(sentenceQuotes.get(sentenceQuotes.size() - 1));
    return quote(s, verb, contentStart(s, open), speaker, List.of());
  }

  private static Speaker speakerOf(QuoteMention q) {
    return q.speaker() == null ? null : new Speaker(q.speaker(), q.speakerSpan(), q.sourceType());
  }

  /**
   * Whether a word carries the article after its conjunction or preposition ("بالذكر", "والذكر"): a
   * noun, never a reporting verb.
   */
  private static boolean definite(String w) {
    String rest = w.startsWith("و") || w.startsWith("ف") ? w.substring(1) : w;
    return rest.startsWith("ال") || rest.startsWith("بال") || rest.startsWith("لل") || rest.startsWith("كال");
  }

  /** "..., بحسب الداخلية": the clause before the marker, on the word of the source after it. */
  private QuoteMention according(SentenceTokens s, Match marker) {
    int from = marker.end();
    if (from >= s.size() || s.breakBefore(from)) {
      return null; // "ليس هذا وحسب،": "only", no source after it
    }
    if (s.at(from, "manner") != null && s.entityAt(from) == null) {
      return null; // "حسب التوقيت المحلي", "وفق القانون": in accordance with, no source
    }
    int to = from;
    while (to < s.size() && to - from < MAX_SOURCE_TOKENS && (to == from || !s.breakBefore(to) && !endsSource(s, to))) {
      to++;
    }
    if (to == from) {
      return null;
    }
    if (marker.from() == 0 && to < s.size()) {
      return leadingAccording(s, marker, to);
    }
    if (marker.from() < 2) {
      return null;
    }
    int clauseStart = 0;
    if (marker.from() - clauseStart < 2) {
      return null;
    }
    Speaker speaker = source(s, from, to);
    Span content = s.span(clauseStart, marker.from());
    return new QuoteMention(content, s.span(), speaker.name(), speaker.mention(), s.text(marker.from(), marker.end()),
        s.span(marker.from(), marker.end()), false, speaker.type(), List.of());
  }

  /**
   * True when token {@code i} starts what follows a source's name: a time ("وفق ما أعلنت شبكة أطباء
   * السودان يوم الاثنين") or a relative clause ("مسؤولون في قطاع الصحة الذي تديره حماس").
   */
  private static boolean endsSource(SentenceTokens s, int i) {
    String w = s.norms.get(i);
    if (w.equals("الذي") || w.equals("التي") || w.equals("الذين")) {
      return true;
    }
    for (var t : s.times) {
      if (s.tokenAt(t.span().start()) == i) {
        return true;
      }
    }
    return false;
  }

  /**
   * "بحسب ما نقلت وكالة رويترز عن مصدر أمني، فإن الانفجار ...": the marker opens the sentence, its
   * source runs to the comma and the words follow it (after "فإن"). A source passed on by another
   * ("نقلت X عن Y") is Y, with X in the chain.
   */
  private QuoteMention leadingAccording(SentenceTokens s, Match marker, int sourceEnd) {
    int from = marker.end();
    List<ChainLink> chain = new ArrayList<>();
    Match via = s.at(from, "reporting");
    if (via != null && via.label().equals("نقل")) {
      int on = indexOfWord(s, via.end(), sourceEnd, "عن");
      if (on > via.end() && on + 1 < sourceEnd) {
        chain.add(link(s, via.end(), on));
        from = on + 1;
      }
    }
    int content = sourceEnd;
    if (s.norms.get(content).equals("فان") || s.norms.get(content).equals("فانه")) {
      content += s.norms.get(content).equals("فان") ? 1 : 0;
    }
    int contentEnd = contentEnd(s, content);
    if (contentEnd - content < 2) {
      return null;
    }
    Speaker speaker = source(s, from, sourceEnd);
    return new QuoteMention(s.span(content, contentEnd), s.span(), speaker.name(), speaker.mention(),
        s.text(marker.from(), marker.end()), s.span(marker.from(), marker.end()), false, speaker.type(), chain);
  }

  /**
   * The source after an attribution marker: a name with the "ل" of "وفقا ل"/"طبقا ل" on its first
   * word ("وفقا لوكالة الأنباء الفلسطينية" is the agency), a speaker, else the words themselves.
   */
  private Speaker source(SentenceTokens s, int from, int to) {
    EntityMention named = s.entityAt(from);
    if (s.norms.get(from).startsWith("ل") && named != null && s.indexOf(named.span()) == from
        && (named.type() == EntityType.ORG || named.type() == EntityType.PER)) {
      SourceType type = named.type() == EntityType.PER ? SourceType.NAMED_OFFICIAL
          : isMedia(s, named) ? SourceType.MEDIA : SourceType.OFFICIAL_STATEMENT;
      return new Speaker(named.text(), named.span(), type);
    }
    Speaker speaker = speaker(s, from, to, new ArrayList<>());
    if (speaker != null && speaker.nobody()) {
      speaker = null;
    }
    if (speaker != null && speaker.type() == SourceType.ANONYMOUS_SOURCE && s.indexOf(speaker.span()) == from
        && speaker.name().startsWith("ل")) {
      return new Speaker(speaker.name().substring(1), speaker.span(), speaker.type()); // "وفقا لمصادر طبية"
    }
    return speaker != null ? speaker : unnamedSource(s, from, to);
  }

  /**
   * The source after "بحسب" when it names no entity: what follows a reporting verb inside it
   * ("الحصيلة التي أعلنها الجيش" -> "الجيش"), else the words themselves, without a leading "ل"
   * ("للداخلية" -> "الداخلية").
   */
  private Speaker unnamedSource(SentenceTokens s, int from, int to) {
    for (int i = from; i < to - 1; i++) {
      Match m = s.at(i, "reporting");
      if (m != null && m.end() < to) {
        from = m.end();
        if (from < to - 1 && RESUMPTIVE.contains(s.norms.get(from))) {
          from++; // "وفق ما أفادت به مصادر طبية"
        }
        break;
      }
    }
    String text = s.text(from, to);
    String w = s.norms.get(from);
    boolean anonymous = s.at(from, "anonymous") != null || group(s, from)
        || w.length() >= 6 && w.endsWith("ين") && !definite(w) && s.entityAt(from) == null; // "بحسب مسعفين"
    if (text.startsWith("لل") && text.length() > 4) {
      text = "ال" + text.substring(2); // "للداخلية" -> "الداخلية"
    } else if (text.startsWith("ل") && (anonymous || s.at(from, "media") != null)) {
      text = text.substring(1); // "وفقا لمصادر طبية" -> "مصادر طبية": the source words carry "ل"
    }
    return new Speaker(text, s.span(from, to), anonymous ? SourceType.ANONYMOUS_SOURCE : SourceType.OFFICIAL_STATEMENT);
  }

  private QuoteMention quote(SentenceTokens s, Match verb, int contentStart, Speaker speaker, List<ChainLink> chain) {
    int contentEnd = contentEnd(s, contentStart);
    if (contentEnd - contentStart < 2) {
      return null;
    }
    boolean direct = s.quoteBefore(contentStart);
    SourceType type = speaker == null ? SourceType.OUTLET : speaker.type();
    return new QuoteMention(s.span(contentStart, contentEnd), s.span(),
        speaker == null ? null : speaker.name(), speaker == null ? null : speaker.mention(),
        s.text(verb.from(), verb.end()), s.span(verb.from(), verb.end()), direct, type, chain);
  }

  /**
   * The token that opens the reported words after {@code from}: a complementiser, or the first token
   * after a colon or quotation mark; -1 when none within reach.
   */
  private static int opener(SentenceTokens s, int from) {
    for (int i = from; i < s.size() && i - from <= MAX_SPEAKER_TOKENS; i++) {
      String w = s.norms.get(i);
      if (OPENERS.contains(w) || w.equals("قوله") || w.equals("قولها")) {
        return i;
      }
      if (i > from && s.gapHas(i, ":") || s.quoteBefore(i) && quotedRun(s, i) >= 3) {
        return i;
      }
    }
    return -1;
  }

  /** How many tokens follow a quotation mark before the next one: a quoted name is short. */
  private static int quotedRun(SentenceTokens s, int i) {
    int k = i + 1;
    while (k < s.size() && !s.quoteIn(k)) {
      k++;
    }
    return k - i;
  }

  /** The first token of the reported words: after the complementiser or "قوله". */
  private static int contentStart(SentenceTokens s, int open) {
    String w = s.norms.get(open);
    if (OPENERS.contains(w) && !w.startsWith("انه") && !w.startsWith("بانه")
        || w.equals("قوله") || w.equals("قولها")) {
      return open + 1;
    }
    return open;
  }

  /**
   * Where the words end: the sentence end, or a comma before a continuing participle or before a
   * new reporting verb with "و" ("نفت الحركة مسؤوليتها، واتهمت الجيش ...").
   */
  private int contentEnd(SentenceTokens s, int from) {
    for (int i = from + 1; i < s.size(); i++) {
      if (!s.breakBefore(i)) {
        continue;
      }
      if (s.at(i, "continuing") != null || s.norms.get(i).startsWith("و") && s.at(i, "reporting") != null) {
        return i;
      }
    }
    return s.size();
  }

  /** The end of a name before its bracketed abbreviation: "وكالة الأنباء السورية (سانا)". */
  private static int beforeBracket(SentenceTokens s, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (s.gapHas(i, "(")) {
        return i;
      }
    }
    return to;
  }

  private static int indexOfWord(SentenceTokens s, int from, int to, String word) {
    for (int i = from; i < to; i++) {
      if (s.norms.get(i).equals(word)) {
        return i;
      }
    }
    return -1;
  }

  private ChainLink link(SentenceTokens s, int from, int to) {
    return new ChainLink(s.text(from, to), s.span(from, to));
  }

  /**
   * The speaker named in tokens {@code [from, to)}: a person (the last named, so the name after a
   * role), else an institution, else an anonymous source. A medium the words were said to ("لـ
   * الإخبارية", "للجزيرة") is added to {@code chain}.
   */
  private Speaker speaker(SentenceTokens s, int from, int to, List<ChainLink> chain) {
    if (from >= to) {
      return null;
    }
    Speaker found = named(s, from, to);
    int after = found == null ? from : Math.max(from, s.tokenAt(found.span().end()));
    int told = toldTo(s, after, to);
    if (told >= 0) {
      int start = s.norms.get(told).equals("ل") ? told + 1 : told;
      EntityMention medium = s.entityAt(start);
      int end = medium != null && s.indexOf(medium.span()) == start
          ? Math.min(to, s.tokenAt(medium.span().end() - 1) + 1) : endOfPhrase(s, start, to);
      chain.add(link(s, start, end)); // "للجزيرة" ends the medium: the accused may follow it
    }
    return found;
  }

  /** A person (the last named, so the name after a role), else an institution, else an anonymous source. */
  private Speaker named(SentenceTokens s, int from, int to) {
    int end = firstBreakOrOpener(s, from, to);
    Speaker referred = referredTo(s, from, end);
    if (referred != null) {
      return referred;
    }
    EntityMention person = s.lastEntity(from, end, EntityType.PER);
    if (person != null && s.tokenAt(person.span().end()) == s.indexOf(person.span()) + 1
        && (s.at(s.indexOf(person.span()), "anonymous") != null || s.at(s.indexOf(person.span()), "collective") != null)) {
      person = null; // "ناشطون" tagged as a name is a group word of the lexicon
    }
    if (person != null) {
      return new Speaker(person.text(), person.span(), SourceType.NAMED_OFFICIAL);
    }
    EntityMention org = s.firstEntity(from, end, EntityType.ORG);
    Match anonymous = s.at(from, "anonymous");
    if (anonymous == null && group(s, from)) {
      anonymous = new Match("anonymous", "COLLECTIVE", from, 1); // "وقال مسعفون إن", "وذكر سكان محليون أن"
    }
    if (anonymous != null && (org == null || org.span().start() > s.tokens.get(anonymous.from()).span().start())) {
      int e = affiliation(s, endOfPhrase(s, from, end), end);
      return new Speaker(s.text(from, e), s.span(from, e), SourceType.ANONYMOUS_SOURCE);
    }
    if (org != null && !s.text(s.indexOf(org.span()), s.indexOf(org.span()) + 1).startsWith("ل")) {
      int at = s.indexOf(org.span());
      if (at > from && plainWords(s, from, at)) { // "لجنة أطباء السودان": the body is named by all its words
        int e = s.tokenAt(org.span().end() - 1) + 1;
        return new Speaker(s.text(from, e), s.span(from, e), SourceType.OFFICIAL_STATEMENT);
      }
      return new Speaker(org.text(), org.span(), isMedia(s, org) ? SourceType.MEDIA : SourceType.OFFICIAL_STATEMENT);
    }
    if (titles.contains(bare(s.norms.get(from)))) {
      int e = roleEnd(s, from, endOfPhrase(s, from, end));
      return new Speaker(s.text(from, e), s.span(from, e), SourceType.NAMED_OFFICIAL);
    }
    return null;
  }

  /**
   * True when token {@code i} is an indefinite plural noun of people that may speak as a group, the
   * subject right after a reporting verb: a masculine sound plural in the nominative ("مسعفون",
   * "ناشطون"; a feminine plural in "-ات" is mostly of things, "متفجرات"), or a broken plural of the
   * language's {@code collective} category ("سكان", "أطباء", "شهود"). Not a name, a time, nor a word
   * with the article or a preposition.
   */
  private static boolean group(SentenceTokens s, int i) {
    String w = s.norms.get(i);
    if (definite(w) || w.startsWith("ل") || w.startsWith("ب") || s.entityAt(i) != null || STOPS.contains(w)
        || OPENERS.contains(w)) {
      return false;
    }
    return s.at(i, "collective") != null || w.length() >= 5 && w.endsWith("ون") && s.at(i) == null && !timeAt(s, i);
  }

  /**
   * The end of an anonymous source with the body it belongs to: "مسؤول في الأمم المتحدة", "مصدر
   * بوزارة الداخلية", "مسؤولون لدى الجيش" end after the body's name, so the source keeps its
   * affiliation (the institution stays a mention of its own inside the speaker's span); else
   * {@code e}.
   */
  private static int affiliation(SentenceTokens s, int e, int end) {
    if (e >= end || s.breakBefore(e)) {
      return e;
    }
    int at = AFFILIATION.contains(s.norms.get(e)) ? e + 1 : e;
    if (at >= end || at > e && s.breakBefore(at)) {
      return e;
    }
    EntityMention org = s.entityAt(at);
    if (org == null || org.type() != EntityType.ORG || s.indexOf(org.span()) != at
        || at == e && !s.norms.get(e).startsWith("ب")) {
      return e;
    }
    return Math.min(end, s.tokenAt(org.span().end() - 1) + 1);
  }

  /**
   * The end of a role named by its institution: after the institution of "باسم" ("المتحدث باسم
   * وزارة الصحة" ends after "الصحة"), so the claim that follows is not taken into the speaker.
   */
  private static int roleEnd(SentenceTokens s, int from, int end) {
    int k = indexOfWord(s, from, end, "باسم");
    if (k < 0) {
      return end;
    }
    EntityMention org = s.firstEntity(k + 1, Math.min(end, k + 5), EntityType.ORG);
    return org != null && s.indexOf(org.span()) == k + 1 ? s.tokenAt(org.span().end() - 1) + 1 : Math.min(end, k + 2);
  }

  /** True when tokens {@code [from, to)} are at most three plain words: no title, preposition or break. */
  private boolean plainWords(SentenceTokens s, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String w = s.norms.get(i);
      if (i > from && s.breakBefore(i) || STOPS.contains(w) || OPENERS.contains(w) || titles.contains(bare(w))
          || s.at(i) != null && !s.at(i).category().equals("collective") || s.entityAt(i) != null || w.equals("ل")) {
        return false;
      }
    }
    return true;
  }

  /** A word without the article, the way the language lists titles ("الرئيس" -> "رئيس"). */
  private static String bare(String w) {
    return w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
  }

  /** The end of the speaker's region: a person's name may run over commas, so only a far break ends it. */
  private static int firstBreakOrOpener(SentenceTokens s, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (OPENERS.contains(s.norms.get(i)) || s.gapHas(i, ":")) {
        return i;
      }
    }
    return to;
  }

  /** The index of a "ل"-prefixed token after the speaker naming a medium, or -1. */
  private int toldTo(SentenceTokens s, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = s.norms.get(i);
      if (w.equals("ل") && i + 1 < to) {
        return i; // "قال لـ"الإخبارية"": the preposition written apart
      }
      if (!w.startsWith("ل") || w.length() < 2) {
        continue;
      }
      EntityMention m = s.entityAt(i);
      boolean media = s.at(i, "media") != null;
      if (media || m != null && m.type() == EntityType.ORG || w.equals("ل") || w.equals("لـ")) {
        return i;
      }
    }
    return -1;
  }

  private boolean isMedia(SentenceTokens s, EntityMention m) {
    int i = s.indexOf(m.span());
    return s.at(i, "media") != null
        || i > 0 && s.at(i - 1, "media") != null;
  }

  /**
   * A word with "ب" that opens what was reported, "أفادت مصادر محلية بمقتل ...", "بوقوع", "باعتقال":
   * no adjective of the source ("مصادر بريطانية").
   */
  private static boolean opensWithBa(String w) {
    return w.startsWith("ب") && w.length() > 3 && !isNisba(w);
  }

  /** The end of the noun phrase that starts at {@code from}: the next break, within {@code to}. */
  private int endOfPhrase(SentenceTokens s, int from, int to) {
    int i = from + 1;
    while (i < to && !s.breakBefore(i) && !STOPS.contains(s.norms.get(i)) && !OPENERS.contains(s.norms.get(i))
        && !(s.norms.get(i).startsWith("ل") && toldTo(s, i, i + 1) == i) && !opensWithBa(s.norms.get(i))) {
      i++;
    }
    return i;
  }

  /**
   * The subject named before its verb: "الجيش الإسرائيلي قال في بيان إن", "لجنة أطباء السودان قالت
   * إن", "وكان المتحدث باسم الجيش قد قال", and inside reported words "أكد أن الجيش قال". The subject
   * opens its clause (the sentence start, a break, or "أن" before it, after "وكان" and the like) and
   * ends next to the verb, but for "قد"; a verb with "و" opens a clause of its own and has none.
   * Else the last person named within eight words before the verb, or null.
   */
  private Speaker subjectBefore(SentenceTokens s, int verb) {
    if (verb == 0) {
      return null;
    }
    if (!s.norms.get(verb).startsWith("و") && !s.breakBefore(verb)) {
      int end = s.norms.get(verb - 1).equals("قد") ? verb - 1 : verb;
      int start = clauseStart(s, end);
      if (start < end && end - start <= MAX_SUBJECT_TOKENS) {
        Speaker named = named(s, start, end);
        if (named != null && named.nobody()) {
          return null;
        }
        if (named != null && s.tokenAt(named.span().end()) >= end
            && (s.indexOf(named.span()) == start || s.entityAt(start) == null && titles.contains(bare(s.norms.get(start))))) {
          return named;
        }
        Speaker body = namedBody(s, start, end);
        if (body != null) {
          return body;
        }
      }
    }
    EntityMention person = s.lastEntity(0, verb, EntityType.PER);
    if (person != null && verb - s.indexOf(person.span()) <= 8) {
      return new Speaker(person.text(), person.span(), SourceType.NAMED_OFFICIAL);
    }
    return null;
  }

  /**
   * The first token of the clause that ends before token {@code end}: after a break, a complementiser
   * or the sentence start, and after an auxiliary ("وكان", "كانت") or a turn of word that opens it.
   */
  private static int clauseStart(SentenceTokens s, int end) {
    int start = end - 1;
    while (start > 0 && !s.breakBefore(start) && !OPENERS.contains(s.norms.get(start - 1))
        && end - start <= MAX_SUBJECT_TOKENS) {
      start--;
    }
    while (start < end && AUXILIARIES.contains(s.norms.get(start))) {
      start++;
    }
    return start;
  }

  /**
   * A body named by common words and a name, "لجنة أطباء السودان", "نقابة صحفيي غزة": plain words
   * first, a named entity last, and the whole the speaker.
   */
  private Speaker namedBody(SentenceTokens s, int start, int end) {
    EntityMention last = s.lastEntity(start, end, EntityType.ORG, EntityType.LOC);
    if (last == null || s.tokenAt(last.span().end()) < end) {
      return null;
    }
    int at = s.indexOf(last.span());
    if (at == start || !plainWords(s, start, at) || s.norms.get(start).startsWith("و")) {
      return null;
    }
    return new Speaker(s.text(start, end), s.span(start, end), SourceType.OFFICIAL_STATEMENT);
  }

  /** Words after a head noun that leave it alone, not part of a longer name: "وقالت الوزارة أيضا". */
  private static final Set<String> AFTER_HEAD = Set.of("قد", "ايضا", "كذلك", "اليوم", "امس", "بدورها", "بدوره");

  /**
   * The speaker a definite head noun opening {@code [from, to)} refers to: "وقالت الوزارة إن" after
   * "وزارة الصحة الفلسطينية" is that ministry, "وأضاف الجيش" the last army named, "وأوضح المتحدث"
   * the last person whose role has that head. The noun stands alone (a preposition, a statement, a
   * break or the reported words follow it), and the referent is the nearest earlier mention in the
   * article whose name (a body) or role (a person) starts with that noun. A body's noun with no such
   * mention is nobody ({@link Speaker#nobody()}); a role's noun is left to the title rule. Null when
   * no head noun opens the range.
   */
  private Speaker referredTo(SentenceTokens s, int from, int to) {
    if (from >= to || referring.isEmpty()) {
      return null;
    }
    String w = s.norms.get(from);
    if (!(w.startsWith("ال") || w.startsWith("لل")) || w.length() < 5) {
      return null;
    }
    String head = w.substring(2);
    if (!referring.contains(head)) {
      return null;
    }
    EntityMention own = s.entityAt(from);
    if (own != null && s.tokenAt(own.span().end() - 1) != from) {
      return null; // the first word of a longer name: "الجيش الإسرائيلي"
    }
    int next = from + 1;
    if (next < to && !s.breakBefore(next) && !alone(s, next)) {
      return null; // "الوزارة الفلسطينية", "الحكومة الجديدة"
    }
    boolean person = titles.contains(head);
    EntityMention referent = referent(head, s.tokens.get(from).span().start(), person);
    Span here = s.span(from, from + 1);
    if (referent == null) {
      return person || own != null ? null : new Speaker(null, here, SourceType.OUTLET);
    }
    SourceType type = person ? SourceType.NAMED_OFFICIAL
        : s.at(from, "media") != null ? SourceType.MEDIA : SourceType.OFFICIAL_STATEMENT;
    return new Speaker(referent.text(), here, type, referent.span());
  }

  /** Whether token {@code i} ends the phrase before it: a preposition, the words, a statement, a time. */
  private static boolean alone(SentenceTokens s, int i) {
    String w = s.norms.get(i);
    return STOPS.contains(w) || OPENERS.contains(w) || AFTER_HEAD.contains(w) || w.equals("قوله") || w.equals("قولها")
        || s.at(i, "statement") != null || w.startsWith("ل") && s.entityAt(i) != null
        || s.at(i, "continuing") != null || s.at(i, "according") != null || timeAt(s, i);
  }

  private static boolean timeAt(SentenceTokens s, int i) {
    Span t = s.tokens.get(i).span();
    for (var m : s.times) {
      if (m.span().overlaps(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The nearest mention before {@code offset} whose name starts with {@code head} (an organisation:
   * "وزارة الصحة", "الجيش السوداني") or, for a role noun, whose role does (a person: "المتحدث باسم
   * الجيش فلان"); null when none.
   */
  private EntityMention referent(String head, int offset, boolean person) {
    EntityMention found = null;
    for (EntityMention m : mentions) {
      if (m.span().end() > offset) {
        break;
      }
      String words = person ? (m.type() == EntityType.PER && m.role() != null ? fold.apply(m.role()) : null)
          : (m.type() == EntityType.ORG ? m.norm() : null);
      if (words != null && startsWithHead(words, head)) {
        found = m;
      }
    }
    return found;
  }

  /** Whether the first word of folded {@code words} is {@code head}, with or without the article or a clitic. */
  private static boolean startsWithHead(String words, String head) {
    int space = words.indexOf(' ');
    String first = space < 0 ? words : words.substring(0, space);
    if (first.equals(head)) {
      return true;
    }
    int extra = first.length() - head.length();
    return extra > 0 && extra <= 3 && first.endsWith(head)
        && Set.of("ال", "و", "ل", "ب", "وال", "لل", "بال", "ف").contains(first.substring(0, extra));
  }
}
