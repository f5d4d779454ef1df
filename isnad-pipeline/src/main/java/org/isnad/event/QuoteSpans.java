package org.isnad.event;

import java.util.List;
import java.util.Set;
import org.isnad.lang.PhraseLexicon.Match;
import org.isnad.model.ChainLink;
import org.isnad.model.Span;

/**
 * The words around a quotation, for {@link QuoteFinder} and {@link SpeakerFinder}: where the reported
 * words start (a complementiser, a colon, a quotation mark) and end, whether a verb opens its clause,
 * the statement a claim was made in, and the word tests they share.
 *
 * <p>Stateless.
 */
final class QuoteSpans {

  private QuoteSpans() {}

  /** Complementisers and the like that open the reported words. */
  static final Set<String> OPENERS = Set.of(
      "ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "بانهم", "انما");

  static final int MAX_SPEAKER_TOKENS = 14;

  /** Relative pronouns (folded): "الذي", "التي", "الذين" ... */
  static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي");

  /** Words that end a source's name: prepositions and the like. */
  static final Set<String> STOPS = Set.of(
      "الي", "في", "على", "علي", "عن", "مع", "من", "بين", "قرب", "خلال", "بعد", "قبل", "منذ", "حتي",
      "لدي", "عند", "ضد", "نحو", "الذي", "التي", "ان", "انه", "انها", "حيث", "فيما", "بينما");

  /** "له", "لها": whose statement it is ("في بيان لها"). */
  static final Set<String> OWN = Set.of("له", "لها", "لهم", "لهما");

  /** Phrases that hand the word to another party, before a comma and a claim verb: "من جانبه، أكد". */
  static final Set<String> TURN_OPENERS = Set.of("من جانبه", "من جانبها", "من جهته", "من جهتها", "بدوره",
      "بدورها", "في المقابل", "بالمقابل", "في المقابل ايضا");

  /**
   * First words of an adverbial that opens a sentence before a comma and its verb: "وفي وقت لاحق،
   * أعلنت", "ولاحقا، أعلن", "وفي واشنطن، قال".
   */
  static final Set<String> ADVERBIAL_OPENERS = Set.of("في", "وفي", "لاحقا", "ولاحقا", "بعد", "وبعد",
      "ثم", "خلال", "وخلال", "قبل", "وقبل");

  static final int MAX_ADVERBIAL = 4;

  /** A folded word without its joined "و" or "ف": "واعتقلت" -> "اعتقلت". */
  static String withoutConjunction(String w) {
    return w.startsWith("و") || w.startsWith("ف") ? w.substring(1) : w;
  }

  /**
   * Whether a word carries the article after its conjunction or preposition ("بالذكر", "والذكر"): a
   * noun, never a reporting verb.
   */
  static boolean definite(String w) {
    String rest = withoutConjunction(w);
    return rest.startsWith("ال") || rest.startsWith("بال") || rest.startsWith("لل") || rest.startsWith("كال");
  }

  /** A word without the article, the way the language lists titles ("الرئيس" -> "رئيس"). */
  static String bare(String w) {
    return w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
  }

  /** An indefinite relative adjective: "رسمي", "صحفية", "مشتركين" (folded). */
  static boolean isNisba(String w) {
    return !w.startsWith("ال") && w.length() > 3
        && (w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يين") || w.endsWith("يون"));
  }

  /**
   * A word with "ب" that opens what was reported, "أفادت مصادر محلية بمقتل ...", "بوقوع", "باعتقال":
   * no adjective of the source ("مصادر بريطانية").
   */
  static boolean opensWithBa(String w) {
    return w.startsWith("ب") && w.length() > 3 && !isNisba(w);
  }

  static boolean timeAt(SentenceTokens s, int i) {
    Span t = s.tokens.get(i).span();
    for (var m : s.times) {
      if (m.span().overlaps(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token that opens the reported words after {@code from}: a complementiser, or the first token
   * after a colon or quotation mark; -1 when none within reach.
   */
  static int opener(SentenceTokens s, int from) {
    int reach = MAX_SPEAKER_TOKENS;
    for (int i = from; i < s.size() && i - from <= reach; i++) {
      if (s.quoteBefore(i) && namesMedium(s, i)) {
        reach += quotedRun(s, i); // "في مقابلة مع قناة "إل بي سي آي" مساء أمس، أن": the name is no speaker's word
      } else if (toldRightBeforeWords(s, i)) {
        reach += quotedRun(s, i + 1) + 1; // "... الدكتور خليل أبو ندى لـ"القدس" إن": the medium told is no speaker's word
      }
      if (i > from && newReportingClause(s, i)) {
        return -1; // "أعلنت ... مقتل سبعة، فيما قال الدفاع المدني إن": the "إن" is the next speaker's
      }
      if (i > from && inference(s, i) && s.at(i, "reporting") != null) {
        return -1; // "هدد التنظيم بشن هجمات ... ما يشير إلى أن": the "أن" is what the deed indicates
      }
      if (i > from && s.breakBefore(i) && s.norms.get(i).startsWith("و") && s.at(i, "reporting") != null
          && namesSpeaker(s, i + 1)) {
        return -1; // "أعلنت استئناف هجماتها، ويقول الجيش إن": the "إن" is the next speaker's
      }
      if (i > from && s.breakBefore(i) && s.at(i, "continuing") != null) {
        return -1; // "فتحدث في تقرير عن 26 قتيلا، مشيرا إلى أن": the "أن" is the participle's
      }
      String w = s.norms.get(i);
      if (OPENERS.contains(w) && !conjunctionOfTime(s, i) || SAYING.contains(w)) {
        return i;
      }
      // "فيقول: بدأ كل شيء عندما قررت أن ...": a colon right after the verb opens the words, not a later "أن"
      if ((i > from || !byline(s, from)) && s.gapHas(i, ":") || s.quoteBefore(i) && quotedRun(s, i) >= 3 && !namedByHead(s, i)
          && !(i == from && quotedName(s, i))) {
        return i;
      }
      // "وقال الظواهري " لقد تطاول هذا الدجال بقوله إن ...": a quotation mark written apart opens the words too,
      // not the "إن" inside them (the words of the one he quotes)
      if (i > from && spacedOpening(s, i) && quotedWords(s, from, i) && !namedByHead(s, i) && !quotedName(s, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True when an opening quotation mark stands alone between token {@code i - 1} and token {@code i},
   * with spaces around it ("وأضاف " لو كنت أعلم أن ..."): «, “, or a straight mark after an even number
   * of straight marks in the sentence (so not the closing one of a quotation before).
   */
  static boolean spacedOpening(SentenceTokens s, int i) {
    int from = s.tokens.get(i - 1).span().end();
    int to = s.tokens.get(i).span().start();
    // the gap stripped, read in place (asked at every word after a verb): one char, after a space
    int first = from;
    while (first < to && Character.isWhitespace(s.original.charAt(first))) {
      first++;
    }
    int last = to;
    while (last > first && Character.isWhitespace(s.original.charAt(last - 1))) {
      last--;
    }
    char mark = last - first == 1 ? s.original.charAt(first) : 0;
    if (mark == 0 || "\"«“".indexOf(mark) < 0 || first == from) {
      return false;
    }
    int straight = 0;
    for (int k = s.sentence.span().start(); k < from; k++) {
      straight += s.original.charAt(k) == '"' ? 1 : 0;
    }
    return mark != '"' || straight % 2 == 0;
  }

  /** Verbs of saying whose words may follow as a quotation without "أن" ("وأضاف " لو كنت أعلم أن ..."). */
  private static final Set<String> SAYS = Set.of("قال", "أضاف", "تابع", "أوضح", "أعلن", "صرح");

  /**
   * True when the quotation marked apart at {@code i} holds the words of the verb of saying before
   * {@code from}: at least three words, closed at a break or the sentence end. A verb that takes a noun
   * ("دعا إلى رفع « الحصار البحري »", "أكد له " صمود عرفات "", "أعلن عن إطلاق حملة " احسبها صح "") and a
   * quoted name in the middle of a
   * clause ("المتحدث باسم " الحزب من اجل مجتمع ديمقراطي " لوكالة") quote no words of their own.
   */
  private static boolean quotedWords(SentenceTokens s, int from, int i) {
    Match verb = s.at(from - 1, "reporting");
    verb = verb != null ? verb : s.at(from - 1, "continuing");
    int run = quotedRun(s, i);
    int after = i + run;
    return verb != null && SAYS.contains(verb.label()) && run >= 3
        && !(verb.label().equals("أعلن") && indexOfWord(s, from, i, "عن") >= 0)
        && (after >= s.size() || s.gapHas(after, ",،.:;؛!?؟"));
  }

  /** True when the verb before {@code from} is a sentence-opening "كتب" before a colon: "كتب: فلان", the byline. */
  private static boolean byline(SentenceTokens s, int from) {
    return from == 1 && s.norms.get(0).equals("كتب");
  }

  /**
   * True when the quoted words at {@code i} are exactly one name the tagger found ("قالت "مؤسسة غزة
   * الإنسانية" إن"): right after the verb, the speaker's name in quotation marks, no quotation (after
   * the subject, "اتهم المجلس "وحدات حماية الشعب" بالوقوف", the name is what the speaker said).
   */
  static boolean quotedName(SentenceTokens s, int i) {
    var m = s.entityAt(i);
    return m != null && s.indexOf(m.span()) == i && s.tokenAt(m.span().end() - 1) == i + quotedRun(s, i) - 1;
  }

  /** The most words of a medium's name in quotation marks after "لـ" ("لـ"العربي الجديد""). */
  private static final int MAX_QUOTED_TOLD = 4;

  /**
   * True when token {@code i} is the "ل" of a medium told whose quoted name stands right before the
   * complementiser ("لـ"القدس" إن"): the name is no speaker's word, however long the speaker's title.
   */
  private static boolean toldRightBeforeWords(SentenceTokens s, int i) {
    if (!s.norms.get(i).equals("ل") || i + 1 >= s.size() || !s.quoteBefore(i + 1)) {
      return false;
    }
    int run = quotedRun(s, i + 1);
    return run <= MAX_QUOTED_TOLD && i + 1 + run < s.size() && OPENERS.contains(s.norms.get(i + 1 + run));
  }

  /** How far after a verb of saying its own speaker may be named: "وقال المتحدث باسمها عثمان". */
  private static final int NEW_SPEAKER_REACH = 5;

  /**
   * Whether a body or a person is named in the few words from {@code from}, before any reported words:
   * "، ويقول الجيش الإسرائيلي إن" opens a new speaker's clause; "نفى ذلك، وقال في بيان إن" goes on
   * with the same speaker, whose denial the words are.
   */
  static boolean namesSpeaker(SentenceTokens s, int from) {
    for (int k = from; k < s.size() && k < from + NEW_SPEAKER_REACH; k++) {
      if (OPENERS.contains(s.norms.get(k))) {
        return false;
      }
      if (s.entityAt(k) != null) {
        return true;
      }
    }
    return false;
  }

  /** Words that make "أن" after them a conjunction of time or manner: "قبل أن ترتفع"، "بعد أن"، "دون أن". */
  static final Set<String> TIME_BEFORE_ANNA = Set.of("قبل", "بعد", "دون", "بدون", "منذ", "لبعد", "وقبل", "وبعد");

  /**
   * True when the "أن" at {@code i} follows a word of time or manner ("أعلنت ... مقتل جنديين، قبل أن
   * ترتفع الحصيلة"): it opens no reported words, whatever verb stands before it.
   */
  static boolean conjunctionOfTime(SentenceTokens s, int i) {
    return i > 0 && s.norms.get(i).equals("ان")
        && (TIME_BEFORE_ANNA.contains(s.norms.get(i - 1)) || CONTRAST_BEFORE_ANNA.contains(s.norms.get(i - 1))
            || hopeThat(s, i));
  }

  /** "على أمل أن": hope, no reported words; "وقالت المواطنة أمل إن" is a woman named أمل speaking. */
  private static boolean hopeThat(SentenceTokens s, int i) {
    return i > 1 && s.norms.get(i - 1).equals("امل") && s.norms.get(i - 2).equals("علي"); // folded: "على" is "علي"
  }

  /**
   * Words before "أن" that open a clause of contrast or hope, no reported words: "أكد موظف تسجيل الأراضي صحة
   * الوثائق، إلا أن هيومن رايتس ووتش لم تتمكن ..." (the organisation's own finding), "غير أن"، "رغم أن"، "على أمل أن".
   */
  static final Set<String> CONTRAST_BEFORE_ANNA = Set.of("الا", "والا", "غير", "رغم", "برغم", "ورغم");

  /** Nouns of a medium before its quoted name: "قناة "إل بي سي آي"", "صحيفة «الأخبار»" (folded, without "و"/"ل"/"ب"). */
  static final Set<String> MEDIA = Set.of("قناه", "صحيفه", "جريده", "وكاله", "موقع", "برنامج", "اذاعه", "شبكه",
      "مجله", "منصه", "تلفزيون", "شاشه");
  /** Nouns of a body or a deed before its quoted name: "تنظيم "بي كا كا""، "حركة "أنصار الله""، "عملية "..."". */
  private static final Set<String> QUOTED_NAME_HEADS = Set.of("تنظيم", "حركه", "حزب", "جماعه", "جبهه", "فصيل", "عمليه",
      "شركه", "منظمه");

  /** True when the quotation mark before token {@code i} follows a noun of a medium: it quotes the medium's name. */
  static boolean namesMedium(SentenceTokens s, int i) {
    return headBefore(s, i, MEDIA);
  }

  /** True when the quoted words at {@code i} follow a noun they name (a medium, a body): a name, no quotation. */
  static boolean namedByHead(SentenceTokens s, int i) {
    return headBefore(s, i, MEDIA) || headBefore(s, i, QUOTED_NAME_HEADS);
  }

  /** True when the word before token {@code i} is one of {@code heads}, maybe after "و", "ب" or "ل". */
  private static boolean headBefore(SentenceTokens s, int i, Set<String> heads) {
    if (i == 0) {
      return false;
    }
    String w = s.norms.get(i - 1);
    return heads.contains(w) || w.length() > 4 && "وبل".indexOf(w.charAt(0)) >= 0 && heads.contains(w.substring(1));
  }

  /** How many tokens follow a quotation mark before the next one: a quoted name is short. */
  static int quotedRun(SentenceTokens s, int i) {
    int k = i + 1;
    while (k < s.size() && !s.quoteIn(k)) {
      k++;
    }
    return k - i;
  }

  /** The first token of the reported words: after the complementiser or "قوله". */
  static int contentStart(SentenceTokens s, int open) {
    String w = s.norms.get(open);
    if (SAYING.contains(w)) { // "نقلت ... عن مصدر قوله إن القرار ...": the words start after both
      return open + 1 < s.size() && opensWords(s.norms.get(open + 1)) ? open + 2 : open + 1;
    }
    return opensWords(w) ? open + 1 : open;
  }

  /** "قوله", "قولها", "قولهم": "his saying", after "نقلت ... عن X". */
  static final Set<String> SAYING = Set.of("قوله", "قولها", "قولهم", "قولهما", "قولهن");

  /** An opener that is no part of the words: "إن", "أن", "بأن", not "إنه" (its pronoun is the subject). */
  private static boolean opensWords(String w) {
    return OPENERS.contains(w) && !w.startsWith("انه") && !w.startsWith("بانه");
  }

  /**
   * Where the words end: the sentence end, or a comma before a continuing participle or before a
   * new reporting verb with "و" ("نفت الحركة مسؤوليتها، واتهمت الجيش ...").
   */
  static int contentEnd(SentenceTokens s, int from) {
    if (from > 0 && from < s.size() && s.breakBefore(from) && s.at(from, "continuing") != null) {
      return from; // "وأكدت الوزارة الحصيلة، مشيرة إلى أن": the words are the participle's, none the verb's
    }
    for (int i = from + 1; i < s.size(); i++) {
      if (!s.breakBefore(i)) {
        continue;
      }
      if (s.at(i, "continuing") != null || s.norms.get(i).startsWith("و") && s.at(i, "reporting") != null
          || newReportingClause(s, i)) {
        return i;
      }
    }
    return s.size();
  }

  /** Conjunctions that join a clause of its own after a break: "، فيما", "، بينما", "، في حين". */
  static final Set<String> CLAUSE_JOINERS = Set.of("فيما", "بينما", "وفيما", "وبينما");

  /**
   * The number of tokens of a clause-joining conjunction at {@code i} after a break ("، فيما"، "،
   * بينما"، "، في حين"), 0 when none: what follows is a clause of its own, with its own subject.
   */
  static int clauseJoiner(SentenceTokens s, int i) {
    if (i <= 0 || i >= s.size() || !s.breakBefore(i)) {
      return 0;
    }
    String w = s.norms.get(i);
    if (CLAUSE_JOINERS.contains(w)) {
      return 1;
    }
    if ((w.equals("في") || w.equals("وفي")) && i + 1 < s.size() && s.norms.get(i + 1).equals("حين")) {
      return 2;
    }
    return 0;
  }

  /**
   * True when token {@code i} opens a new reporting clause: a clause-joining conjunction after a
   * break and a reporting verb right after it ("، فيما قال الدفاع المدني إن"، "، بينما أكدت ..."، "،
   * في حين أعلن ..."). Its words and its figures are the new speaker's, not the earlier one's.
   */
  static boolean newReportingClause(SentenceTokens s, int i) {
    int n = clauseJoiner(s, i);
    if (n == 0) {
      return mainAfterFronted(s, i) && s.at(i, "reporting") != null;
    }
    return i + n < s.size() && s.at(i + n, "reporting") != null;
  }

  /** Conjunctions that front a subordinate clause before the main one: "فبينما أعلنت الوزارة ...، قال المرصد إن". */
  static final Set<String> FRONTING = Set.of("بينما", "فبينما", "وبينما", "وفيما", "ففيما");

  /**
   * True when token {@code i} follows the first break of a sentence that opens with a fronting
   * conjunction ("فبينما أعلنت وزارة الدفاع مقتل ثلاثة، قال المرصد إن ستة قتلوا"): the main clause
   * starts there, and a verb at its head opens a clause of its own.
   */
  static boolean mainAfterFronted(SentenceTokens s, int i) {
    if (i <= 1 || i >= s.size() || !s.breakBefore(i)) {
      return false;
    }
    int p = i - 1;
    while (p > 0 && !s.breakBefore(p)) {
      p--;
    }
    return p == 0 ? FRONTING.contains(s.norms.get(0)) || fronting(s, 0, IN_CASE)
        : p < i - 1 && (FRONTING_AFTER_BREAK.contains(s.norms.get(p)) || fronting(s, p, Set.of("ففي")));
  }

  /** "في حين" with or without "و"/"ف" (folded first words). */
  private static final Set<String> IN_CASE = Set.of("في", "وفي", "ففي");

  /** Fronting conjunctions that open a clause after a break with "ف": "...، ففي حين أكدت الوزارة ...، قالت المؤسسة". */
  private static final Set<String> FRONTING_AFTER_BREAK = Set.of("فبينما", "ففيما");

  /** True when tokens {@code p} and {@code p + 1} are one of {@code first} and "حين". */
  private static boolean fronting(SentenceTokens s, int p, Set<String> first) {
    return p + 1 < s.size() && first.contains(s.norms.get(p)) && s.norms.get(p + 1).equals("حين");
  }

  /**
   * The verb starts the sentence, follows "كما"/"فيما" at its start, or follows a comma with "و" ("،
   * وطالبت"); a bare verb after a comma is the predicate of a subject before it ("هجوم تدمر، وفق
   * تقييمه، أكد استمرار الخطر").
   */
  static boolean opensClause(SentenceTokens s, int verb) {
    return verb == 0 || s.breakBefore(verb) && s.norms.get(verb).startsWith("و")
        || s.breakBefore(verb) && verb <= 3 && TURN_OPENERS.contains(String.join(" ", s.norms.subList(0, verb)))
        || s.breakBefore(verb) && verb <= MAX_ADVERBIAL && ADVERBIAL_OPENERS.contains(s.norms.get(0))
        || verb == 1 && (s.norms.get(0).equals("كما") || s.norms.get(0).equals("فيما") || s.norms.get(0).equals("بينما"))
        || afterJoiner(s, verb) || mainAfterFronted(s, verb);
  }

  /** "...، في حين تحدثت إسرائيل عن ثلاثة قتلى"، "، فيما أعلن الجيش": a clause-joining conjunction opens the verb's clause. */
  private static boolean afterJoiner(SentenceTokens s, int verb) {
    for (int n = 1; n <= 2 && verb - n > 0; n++) {
      if (clauseJoiner(s, verb - n) == n) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first token after the statement the words were given in, "في بيان", "في تصريح صحفي", "في
   * بيان لها", or {@code from} when none starts there: "واتهمت الحركة في بيان لها إسرائيل بخرق
   * الهدنة" accuses Israel, not "في بيان". A medium after it ("في تصريح للجزيرة") is left to the chain.
   */
  static int afterStatement(SentenceTokens s, int from) {
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

  /** "ما يشير إلى أن": "ما" right before a present verb at {@code i}, what a deed indicates. */
  static boolean inference(SentenceTokens s, int i) {
    return i > 0 && s.norms.get(i - 1).equals("ما") && s.norms.get(i).startsWith("ي");
  }

  /**
   * "بمقتل جنديين", "بإصابة 3 أشخاص": "ب" with a casualty noun opens a report of a count, a claim
   * however short.
   */
  static boolean casualtyReport(SentenceTokens s, int from) {
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
   * True when token {@code i} starts what follows a source's name: a time ("وفق ما أعلنت شبكة أطباء
   * السودان يوم الاثنين") or a relative clause ("مسؤولون في قطاع الصحة الذي تديره حماس").
   */
  static boolean endsSource(SentenceTokens s, int i) {
    String w = s.norms.get(i);
    if (w.equals("الذي") || w.equals("التي") || w.equals("الذين")) {
      return true;
    }
    if (faInna(s, i)) {
      return true; // "وبحسب التقرير فإن بعض المحللين أرجعوا": the words start at "فإن", the source ends before it
    }
    for (var t : s.times) {
      if (s.tokenAt(t.span().start()) == i) {
        return true;
      }
    }
    return false;
  }

  /** "فإن", "فإنه": what opens the words after a fronted source ("وحسب عناصر التحقيق فإن المشتبه فيهم ..."). */
  static boolean faInna(SentenceTokens s, int i) {
    String w = s.norms.get(i);
    return w.equals("فان") || w.equals("فانه") || w.equals("فانها") || w.equals("فانهم");
  }

  /** The end of the speaker's region: a person's name may run over commas, so only a far break ends it. */
  static int firstBreakOrOpener(SentenceTokens s, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (OPENERS.contains(s.norms.get(i)) || s.gapHas(i, ":")) {
        return i;
      }
    }
    return to;
  }

  /** The end of a name before its bracketed abbreviation: "وكالة الأنباء السورية (سانا)". */
  static int beforeBracket(SentenceTokens s, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (s.gapHas(i, "(")) {
        return i;
      }
    }
    return to;
  }

  static int indexOfWord(SentenceTokens s, int from, int to, String word) {
    for (int i = from; i < to; i++) {
      if (s.norms.get(i).equals(word)) {
        return i;
      }
    }
    return -1;
  }

  static ChainLink link(SentenceTokens s, int from, int to) {
    return new ChainLink(s.text(from, to), s.span(from, to));
  }

  /** Words that qualify a medium after its name: "التابعة للحوثيين" (folded). */
  private static final Set<String> QUALIFYING = Set.of("التابعه", "التابع", "المواليه", "الموالي", "المقربه", "المقرب");

  /**
   * The medium that passed the words on, between "نقلت" and "عن": its name without a qualifier after
   * it ("قناة المسيرة التابعة للحوثيين" -> "قناة المسيرة").
   */
  static ChainLink relayLink(SentenceTokens s, int from, int to) {
    int end = from + 1;
    while (end < to && !QUALIFYING.contains(s.norms.get(end)) && !timeAt(s, end)) { // "صنداي اللندنية اليوم الأحد إلى"
      end++;
    }
    return link(s, from, end);
  }

  /**
   * The link to a medium the words were told to, without the joined "ل" and the quotation mark
   * after it ("لقناة المدى" -> "قناة المدى", "لـ"صوت الشام"" -> "صوت الشام"). "للجزيرة" keeps its
   * "ل": the article it stands for is not written.
   */
  static ChainLink toldLink(SentenceTokens s, int from, int to) {
    ChainLink l = link(s, from, to);
    String text = l.name();
    int cut = text.startsWith("لـ") ? 2 : text.startsWith("ل") && !text.startsWith("لل") && text.length() > 1 ? 1 : 0;
    while (cut > 0 && cut < text.length() && "\"«“ ".indexOf(text.charAt(cut)) >= 0) {
      cut++;
    }
    ChainLink out = cut == 0 || cut >= text.length() ? l
        : new ChainLink(text.substring(cut), new Span(l.span().start() + cut, l.span().end()));
    if (cut == 0 && text.startsWith("لل") && text.length() > 4 && text.charAt(2) != ' ') {
      // "للجزيرة نت": "ل" swallowed the article's alif, the medium is "الجزيرة نت"
      out = new ChainLink("ا" + text.substring(1), new Span(l.span().start() + 1, l.span().end()));
    }
    if (tidy(out.name())) {
      return out; // most names: the expressions below would give them back unchanged
    }
    String name = SPACES.matcher(INNER_QUOTES.matcher(out.name()).replaceAll(" ").strip()).replaceAll(" ");
    return name.equals(out.name()) || name.isEmpty() ? out : new ChainLink(name, out.span()); // صحيفة "لو فيغارو"
  }

  /**
   * True when {@code name} has no quotation mark, no space at either end and no space but single
   * blanks: tidying it would change nothing.
   */
  private static boolean tidy(String name) {
    int n = name.length();
    if (n == 0 || Character.isWhitespace(name.charAt(0)) || Character.isWhitespace(name.charAt(n - 1))) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if ("\"«»“”\t\n\u000B\f\r".indexOf(c) >= 0 || c == ' ' && name.charAt(i - 1) == ' ') {
        return false;
      }
    }
    return true;
  }

  private static final java.util.regex.Pattern INNER_QUOTES = java.util.regex.Pattern.compile("[\"«»“”]");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
}
