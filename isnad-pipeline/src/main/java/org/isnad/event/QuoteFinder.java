package org.isnad.event;

import static org.isnad.event.QuoteSpans.*;

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
 * them to X. Who speaks is {@link SpeakerFinder}'s part, where the words are {@link QuoteSpans}'.
 *
 * <p>One instance per article: it remembers the last speaker, for pronouns.
 */
final class QuoteFinder {

  private static final int MAX_SOURCE_TOKENS = 6;
  private static final int MAX_LEADING_SOURCE_TOKENS = 12;

  /** Verbs that follow the words they report ("«...»، قال الوزير"). */
  private static final Set<String> AFTER_WORDS = Set.of("قال", "أضاف", "تابع", "أكد", "أوضح", "أشار", "ذكر");

  /**
   * Reporting verbs whose claim may follow as a noun phrase, without "أن" or a colon: "نفى الجيش
   * وقوع إصابات", "اتهمت الوزارة الفصائل بخرق الهدنة", "طالبت الأمم المتحدة بفتح تحقيق".
   */
  private static final Set<String> NOMINAL = Set.of(
      "نفى", "اتهم", "حذر", "طالب", "دعا", "أعلن", "أكد", "أفاد", "تعهد", "أعرب", "هدد", "كشف", "ذكر", "شدد", "تحدث", "زعم", "أشار");

  /** The fewest tokens a claim without "أن" has: shorter complements are no claim ("أكد ذلك"). */
  private static final int MIN_NOMINAL_CLAIM = 3;

  private final PhraseLexicon lexicon;
  private final SpeakerFinder speakers;

  private Speaker last;
  /** Whether the last speaker was last named by a source noun that refers back ("المصدر ذاته"). */
  private boolean sourceNoun;
  /** The last unnamed source ("مصادر مطلعة"): what "المصادر ذاتها" refers to when one was named. */
  private Speaker lastSource;
  /** The medium that passed on the last speaker's words ("نقلت وكالة رويترز عن مصدر أمني"), or null. */
  private ChainLink lastMedium;

  /**
   * @param lexicon the language's event lexicon (reporting verbs, sources)
   * @param titles the language's titles and roles ("رئيس", "وزير"): a speaker named by role alone
   */
  QuoteFinder(PhraseLexicon lexicon, Set<String> titles) {
    this(lexicon, titles, Set.of(), w -> w, List.of());
  }

  /**
   * @param lexicon the language's event lexicon (reporting verbs, sources)
   * @param titles the language's titles and roles ("رئيس", "وزير"): a speaker named by role alone
   * @param referring head nouns that, definite and alone, refer back to a named body or person
   *     ("الوزارة", "الجيش", "المتحدث"), folded and without the article
   * @param fold the language's folding, for the roles of earlier mentions
   * @param mentions the article's entity mentions, in text order: what a definite head noun refers to
   */
  QuoteFinder(PhraseLexicon lexicon, Set<String> titles, Set<String> referring,
      java.util.function.UnaryOperator<String> fold, List<EntityMention> mentions) {
    this(lexicon, titles, referring, fold, mentions, null);
  }

  /** As above, with the name of the article's own outlet (null when unknown): a medium told after "ل". */
  QuoteFinder(PhraseLexicon lexicon, Set<String> titles, Set<String> referring,
      java.util.function.UnaryOperator<String> fold, List<EntityMention> mentions, String outlet) {
    this.lexicon = lexicon;
    this.speakers = new SpeakerFinder(titles, referring, fold, mentions, outlet);
  }

  /** The quotations of one sentence, left to right. */
  List<QuoteMention> find(SentenceTokens s) {
    List<QuoteMention> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      Match m = reportingAt(s, i);
      if (m == null) {
        continue;
      }
      Speaker prior = lastSource != null ? lastSource : last; // before the finders below move "last" here
      List<QuoteMention> found = switch (m.category()) {
        case "according" -> relayed(s, m, according(s, m), out);
        case "continuing" -> one(continuing(s, m, out));
        default -> jointly(s, m, reported(s, m));
      };
      for (QuoteMention raw : found) {
        if (insideQuotedWords(s, i, raw, out)) {
          continue;
        }
        QuoteMention q = sameSourceAsBefore(s, raw, prior);
        out.add(q);
        if (q.speaker() != null) {
          sourceNoun = q != raw; // "وأوضح المصدر ذاته": a pronoun after it agrees with "المصدر", not the body
          last = new Speaker(q.speaker(), q.speakerSpan(), q.sourceType());
          lastSource = q.sourceType() == SourceType.ANONYMOUS_SOURCE ? last : lastSource;
          lastMedium = q.chain().isEmpty() ? null : q.chain().get(0);
        }
        i = Math.max(i, s.tokenAt(q.span().start()) - 1);
      }
    }
    return out;
  }

  /**
   * True when the reporting word at {@code i} stands inside the words of an earlier quotation of the
   * sentence that a quotation mark opens, and its speaker is not named inside those words ("وقال الظواهري
   * " لقد تطاول هذا الدجال بقوله إن ..."): someone the quoted speaker speaks of, never the last speaker.
   */
  private static boolean insideQuotedWords(SentenceTokens s, int i, QuoteMention q, List<QuoteMention> out) {
    for (QuoteMention p : out) {
      int from = s.tokenAt(p.span().start());
      if (from < i && from > 0 && (s.quoteBefore(from) || spacedOpening(s, from)) && s.tokenAt(p.span().end() - 1) >= i
          && (q.speakerSpan() == null || q.speakerSpan().start() < p.span().start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A medium named after a quotation of the same sentence passed it on ("ودعا رئيس الحكومة البلدين إلى
   * "تغليب لغة العقل"، بحسب ما أوردت وكالة الصحافة الفرنسية"): it joins the quotation's chain, first,
   * and the words end before the marker; the medium makes no claim of its own of the whole clause.
   * Otherwise {@code q} alone.
   */
  private static List<QuoteMention> relayed(SentenceTokens s, Match marker, QuoteMention q, List<QuoteMention> out) {
    if (q != null && q.speaker() != null && !out.isEmpty() && quoting(s, marker, out.get(out.size() - 1), q)) {
      // "وأفادت قناة الجزيرة نقلا عن مصادر في الدفاع المدني بانتشال 15 جثة": the sources speak, through the channel
      QuoteMention p = out.remove(out.size() - 1);
      List<ChainLink> chain = new ArrayList<>(q.chain());
      chain.add(new ChainLink(p.speaker(), p.speakerSpan()));
      chain.addAll(p.chain());
      Span words = s.span(s.tokenAt(q.speakerSpan().end()), s.tokenAt(p.span().end() - 1) + 1);
      return List.of(new QuoteMention(words, q.sentence(), q.speaker(), q.speakerSpan(), p.verb(), p.verbSpan(),
          q.direct(), q.sourceType(), chain)); // the verb that reports the words
    }
    if (q == null || q.sourceType() != SourceType.MEDIA || q.speakerSpan() == null || out.isEmpty()) {
      return one(q);
    }
    QuoteMention p = out.get(out.size() - 1);
    int at = s.tokens.get(marker.from()).span().start();
    int from = s.tokenAt(p.span().start());
    if (p.span().start() >= at || p.span().end() < at || marker.from() - from < 2) {
      return one(q);
    }
    List<ChainLink> chain = new ArrayList<>();
    chain.add(new ChainLink(q.speaker(), q.speakerSpan()));
    chain.addAll(p.chain());
    out.set(out.size() - 1, new QuoteMention(s.span(from, marker.from()), p.sentence(), p.speaker(), p.speakerSpan(),
        p.verb(), p.verbSpan(), p.direct(), p.sourceType(), chain));
    return List.of();
  }

  /**
   * True when the words of {@code p} open with "نقلا عن" and the source {@code q} names after it:
   * the speaker of {@code p} only passes on what the source says, the rest of its words.
   */
  private static boolean quoting(SentenceTokens s, Match marker, QuoteMention p, QuoteMention q) {
    return p.speaker() != null && q.speakerSpan() != null && s.tokenAt(p.span().start()) == marker.from()
        && s.text(marker.from(), marker.end()).startsWith("نقلا") && q.speakerSpan().end() < p.span().end()
        && s.tokenAt(p.span().end() - 1) >= s.tokenAt(q.speakerSpan().end());
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
      Speaker second = speakers.conjoined(s, c, to);
      Speaker first = second == null ? null : speakers.named(s, from, c);
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

  private Match reportingAt(SentenceTokens s, int i) {
    Match m = s.at(i);
    Match said = m == null || !m.category().equals("event") || !m.label().equals("THREAT") ? null : s.at(i, "reporting");
    if (said != null) {
      m = said; // "وتوعد الوزير الحوثيين بـ..."، "وهدد التنظيم بشن": a threat word that is also a verb of saying
    }
    if (m == null) {
      return null;
    }
    if (m.category().equals("reporting") && definite(s.norms.get(i))) {
      return null; // "والجدير بالذكر أن": a verbal noun with the article, the author's own remark
    }
    if (m.category().equals("reporting") && i > 0 && withoutConjunction(s.norms.get(i - 1)).endsWith("جدير")) {
      return null; // "الجدير ذكره ان", "ومن الجدير ذكره أن": "worth mentioning", the author's own remark
    }
    if (m.category().equals("reporting") && relativeWithObject(s, i)) {
      return null; // "الأرقام التي أعلنها الحوثيون «مضخمة»": what was said is the noun before, no words reported
    }
    return switch (m.category()) {
      case "reporting", "continuing", "according" -> m;
      default -> null;
    };
  }

  /**
   * True when the verb at {@code i} stands right after a relative pronoun and carries the object
   * pronoun that refers back to the noun before it ("التي أعلنها", "الذي ذكره"): the clause names what
   * was said, it reports no words.
   */
  private static boolean relativeWithObject(SentenceTokens s, int i) {
    String w = s.norms.get(i);
    return i > 0 && RELATIVES.contains(s.norms.get(i - 1)) && w.length() > 4
        && (w.endsWith("ها") || w.endsWith("هم") || w.endsWith("ه"));
  }

  /** The nouns of a source with the article (folded): "المصدر ذاته" refers back, "المتحدث ذاته" is a role. */
  private static final Set<String> SOURCE_NOUNS = Set.of("المصدر", "المصادر");

  /** Reflexive words after a source noun that make it the source named before: "المصدر ذاته", "المصادر نفسها". */
  private static final Set<String> SAME = Set.of("ذاته", "ذاتها", "ذاتهم", "ذاتهما", "نفسه", "نفسها", "نفسهم", "نفسهما");

  /** Words before a source noun that do the same: "ذات المصدر", "نفس المصادر". */
  private static final Set<String> SAME_BEFORE = Set.of("ذات", "نفس");

  /**
   * The quotation with the speaker before when its speaker is "the same source" ("وأوضح المصدر ذاته أن"
   * after "حسب ما أفادت به السلطات المحلية", "وحسب المصادر ذاتها، فإن" after "وأفادت مصادر محلية"): the
   * last unnamed source of the article speaks again, else the last speaker ("وفق ما أعلنه الجيش" between
   * "المصادر" and "بحسب المصادر ذاتها" is not them). Kept as written when no speaker was named before.
   */
  private static QuoteMention sameSourceAsBefore(SentenceTokens s, QuoteMention q, Speaker before) {
    Span sp = q.speakerSpan();
    if (before == null || before.nobody() || q.speaker() == null || sp == null || sp.start() < s.span().start()
        || sp.end() > s.span().end()) {
      return q;
    }
    int from = s.tokenAt(sp.start());
    int to = s.tokenAt(sp.end() - 1) + 1;
    if (to - from != 2 || to > s.size()) {
      return q;
    }
    String a = s.norms.get(from);
    String b = s.norms.get(from + 1);
    // a source noun only: "وأضاف الوزير نفسه" is the minister, whoever spoke last
    boolean same = SAME.contains(b) && SOURCE_NOUNS.contains(QuoteSpans.withoutConjunction(a))
        || SAME_BEFORE.contains(a) && SOURCE_NOUNS.contains(b);
    return same ? new QuoteMention(q.span(), q.sentence(), before.name(), before.span(), q.verb(), q.verbSpan(), q.direct(),
        before.type(), q.chain()) : q;
  }

  /**
   * Whether "نسب" ascribes words: "إلى" and a saying noun ("قوله") come before the opener in one clause ("نسبت
   * وكالة الصحافة الفرنسية إلى وزير اسرائيلي قوله إن"); "ونسبت الشرطة الحادث إلى خلل فني، وقال المتحدث إن" ascribes
   * a deed, and the opener is another verb's.
   */
  private static boolean ascribedWords(SentenceTokens s, int from, int open) {
    int to = indexOfWord(s, from, open, "الي");
    if (to < 0) {
      return false;
    }
    boolean saying = false;
    for (int t = from; t <= open && t < s.size(); t++) {
      if (t > from && t < open && s.breakBefore(t)) {
        return false; // another clause before the opener
      }
      saying |= t > to && s.norms.get(t).startsWith("قول");
    }
    return saying;
  }

  /**
   * Whether a bare "إن" at {@code open} after a threat is "if": the threatened act with "ب" comes before
   * it ("هدد الرئيس بالانسحاب من الاتفاق إن"), where "بأن" would have opened the threat's words.
   */
  private static boolean conditional(SentenceTokens s, int from, int open) {
    if (!s.norms.get(open).equals("ان")) {
      return false;
    }
    for (int k = from; k < open; k++) {
      String w = s.norms.get(k);
      if (w.startsWith("ب") && w.length() > 3 && !OPENERS.contains(w) && s.entityAt(k) == null) {
        return true;
      }
    }
    return false;
  }

  /** "وقال X إن ...", "ونقلت X عن Y قوله: ...", "وكان X قال لـ Z إن ...". */
  private QuoteMention reported(SentenceTokens s, Match verb) {
    int open = opener(s, verb.end());
    if (open < 0 && (verb.label().equals("نقل") || verb.label().equals("نسب"))) {
      open = sayingFar(s, verb.end()); // "عن مسؤول في السلطة المحلية، طلب عدم الكشف عن هويته، قوله"
    }
    if (verb.label().equals("نسب") && (open < 0 || !ascribedWords(s, verb.end(), open))) {
      return null; // "في كمين نسب لجماعة مسلحة": a deed ascribed, no words; "نسبت X إلى Y قوله إن" passes on Y's
    }
    if (open >= 0 && verb.label().equals("هدد") && conditional(s, verb.end(), open)) {
      return null; // "هددت إيران بمراجعة تعاونها مع الوكالة إن فرض مجلس الأمن عليها عقوبات": "if", no words
    }
    if (open < 0) {
      QuoteMention fronted = subjectClaim(s, verb);
      if (fronted != null) {
        last = new Speaker(fronted.speaker(), fronted.speakerSpan(), fronted.sourceType());
        return fronted;
      }
      List<ChainLink> chain = new ArrayList<>();
      Speaker previous = last;
      Speaker named = speakers.speaker(s, verb.end(), Math.min(s.size(), verb.end() + MAX_SPEAKER_TOKENS), chain);
      named = bodyBeforeAPerson(s, verb, named, chain);
      if (named == null || named.nobody()) {
        return null;
      }
      last = named;
      QuoteMention q = before(s, verb, named, chain);
      return q != null ? q : nominal(s, verb, named, chain, previous);
    }
    List<ChainLink> chain = new ArrayList<>();
    int speakerFrom = verb.end();
    int regionEnd = receivedBy(s, speakerFrom, open);
    boolean relaying = false;
    if (verb.label().equals("نقل") || verb.label().equals("نسب")) {
      // "نسبت وكالة الصحافة الفرنسية إلى وزير اسرائيلي قوله إن": like "نقلت X عن Y قوله", X passes on Y's words
      int from = indexOfWord(s, verb.end(), regionEnd, verb.label().equals("نقل") ? "عن" : "الي");
      if (from >= verb.end()) {
        if (from > verb.end()) {
          chain.add(relayLink(s, verb.end(), from));
        } else { // "ونقلت عن مسؤولين قولهم إن": the medium is the verb's pronoun, or its subject before it
          Speaker passer = speakers.subjectBefore(s, verb.from());
          if (passer != null && !passer.nobody()) {
            chain.add(new ChainLink(passer.name(), passer.span()));
          }
          relaying = true;
        }
        speakerFrom = from + 1;
        Speaker stated = bodyOfStatement(s, speakerFrom, regionEnd);
        if (stated != null) { // "ونقلت وكالة الأنباء العراقية عن بيان لمجلس القضاء الأعلى أن": the council speaks
          return quote(s, verb, partialFrom(s, verb, stated, open, chain), stated, chain);
        }
      }
    } else if (relayedBetweenVerbAndWords(s, verb.end(), regionEnd)) {
      // "بعدما أعلن، بحسب ما نقلت قناة «إل بي سي آي»، أن": the medium passes on the words of the verb's subject
      chain.add(link(s, relayingVerb(s, verb.end()) + 1, regionEnd));
      speakerFrom = regionEnd;
    } else {
      int via = indexOfWord(s, verb.end(), regionEnd, "نقلا");
      if (via > verb.end() && via + 1 < regionEnd && s.norms.get(via + 1).equals("عن")) {
        // "وذكرت وكالة الأنباء (سانا) نقلا عن مصدر عسكري أن": the agency passes on the source's words
        chain.add(new ChainLink(s.text(verb.end(), beforeBracket(s, verb.end(), via)), s.span(verb.end(), via)));
        speakerFrom = via + 2;
      }
    }
    Speaker after = speakers.speaker(s, speakerFrom, regionEnd, chain);
    Speaker subject = relaying ? null : subjectBefore(s, verb, after);
    Speaker accuser = accuser(s, verb, after, open);
    Speaker speaker = subject != null ? subject : accuser != null ? accuser : after;
    if (speaker == null) {
      speaker = speakers.familyNameOf(s, speakerFrom, regionEnd, last);
    }
    if (speaker == null) {
      if (!unnamedSubject(s, speakerFrom, regionEnd) && !afterMa(s, verb)) {
        Speaker earlier = speakers.sentenceSubject(s, verb); // "وتشن إسرائيل غارات ...، وتقول إنها"
        // "وأضاف" after "روسيا" spoke: a pronoun agrees with its subject, a body of the other gender is someone else
        speaker = earlier != null ? earlier : sourceNoun || speakers.pronounAgrees(s, verb, last) ? last
            : speakers.mediumAgreeing(s, verb, lastMedium); // "نقلت وكالة رويترز عن مصدر" then "وأضافت"
      }
    } else if (speaker.nobody()) {
      speaker = null; // "وقالت الوزارة إن" with no ministry named before: no pronoun, nobody to name
    }
    return quote(s, verb, partialFrom(s, verb, after, open, chain), speaker, chain);
  }

  /** Verbs of saying that take no object: a name right after them is their subject. */
  private static final Set<String> NO_OBJECT = Set.of(
      "قال", "أعلن", "أكد", "أوضح", "أضاف", "ذكر", "صرح", "أشار", "نفى", "زعم", "كشف", "شدد");

  /**
   * The subject named before the verb, unless it is a byline: the name ends at a colon or a dash before
   * the verb ("( أ ش أ ) هاني فتحي : أعلن الدكتور سعيد راتب ...", "الخرطوم ـ عبدالواحد لبيني ـ ... : أعلنت الأمم
   * المتحدة أنها"), or the verb, one that takes no object, names its own speaker right after it ("أيمن خيري أعلن
   * وزير الخارجية الروسية سيرغي لافروف أن"): then the speaker after the verb speaks.
   */
  private Speaker subjectBefore(SentenceTokens s, Match verb, Speaker after) {
    Speaker subject = speakers.subjectBefore(s, verb.from());
    if (subject == null || subject.span() == null) {
      return subject;
    }
    int end = s.tokenAt(subject.span().end() - 1) + 1;
    boolean apart = end == verb.from() && s.gapHas(verb.from(), ":ـ-–—");
    return apart || namedRightAfter(s, verb, after) ? null : subject;
  }

  /** True when {@code after} is named right after the verb, alone or after its role ("وزير الخارجية الروسية سيرغي لافروف"). */
  private boolean namedRightAfter(SentenceTokens s, Match verb, Speaker after) {
    if (after == null || after.nobody() || after.span() == null || !NO_OBJECT.contains(verb.label()) || verb.end() >= s.size()
        || after.span().start() < s.tokens.get(verb.end()).span().start()) {
      return false;
    }
    int at = s.tokenAt(after.span().start());
    EntityMention first = s.entityAt(verb.end()); // a name that starts there, not plain words before one ("اثر نهاية لقاء كورينثيانز")
    return at == verb.end() && first != null && s.indexOf(first.span()) == at || speakers.roleBefore(s, verb.end(), at);
  }

  /**
   * The body whose statement is passed on, a statement word at {@code i} and the body's name with "ل"
   * right after it ("عن بيان لمجلس القضاء الأعلى"): the body speaks, no medium was told. Null otherwise.
   */
  private static Speaker bodyOfStatement(SentenceTokens s, int i, int end) {
    Match statement = i < end ? s.at(i, "statement") : null;
    int at = statement == null ? -1 : statement.end();
    EntityMention body = at >= 0 && at < end && s.norms.get(at).startsWith("ل") ? s.entityAt(at) : null;
    return body != null && body.type() == EntityType.ORG && s.indexOf(body.span()) == at
        ? new Speaker(body.text(), body.span(), SourceType.OFFICIAL_STATEMENT) : null;
  }

  /**
   * The last speaker when the party after "اتهم" is followed by "ب" and the quoted words ("ونفت قوات
   * الدعم السريع ...، واتهمت الجيش السوداني بـ"فبركة الهجوم""): the party is the accused, the accuser
   * the speaker before. Null otherwise.
   */
  private Speaker accuser(SentenceTokens s, Match verb, Speaker after, int open) {
    if (!verb.label().equals("اتهم") || after == null || last == null || after.nobody()) {
      return null;
    }
    int end = SpeakerFinder.speakerEnd(s, after);
    return s.tokenAt(after.span().start()) == verb.end() && end <= open && end < s.size()
        && s.norms.get(end).startsWith("ب") ? last : null;
  }

  /**
   * True when "ما" stands right before a present verb ("... السبت الماضي ما يشير إلى أن خطر التنظيم"):
   * what was told indicates it, the outlet infers; no earlier speaker says it.
   */
  private static boolean afterMa(SentenceTokens s, Match verb) {
    return QuoteSpans.inference(s, verb.from());
  }

  /** How far "قوله" may stand after "نقلت": past a long source and an aside on its anonymity. */
  private static final int MAX_SAYING_REACH = 24;

  /**
   * The "قوله" of a "نقلت ... عن" standing farther than a speaker usually does ("ونقلت وكالة فرانس برس
   * عن مسؤول في السلطة المحلية في المحافظة، طلب عدم الكشف عن هويته، قوله إن"); -1 when another
   * reporting clause or a complementiser comes first.
   */
  private static int sayingFar(SentenceTokens s, int from) {
    for (int i = from; i < s.size() && i - from <= MAX_SAYING_REACH; i++) {
      if (i > from && QuoteSpans.newReportingClause(s, i) || OPENERS.contains(s.norms.get(i)) || s.quoteIn(i)) {
        return -1;
      }
      if (QuoteSpans.SAYING.contains(s.norms.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True when an attribution and a verb of passing on ("بحسب ما نقلت", "وفق ما أوردت") stand right
   * after the reporting verb and before the opener: what they name is a link of the chain, not the speaker.
   */
  private static boolean relayedBetweenVerbAndWords(SentenceTokens s, int from, int open) {
    int k = from < open ? relayingVerb(s, from) : -1;
    return k >= 0 && k + 1 < open && RELAYING.contains(s.norms.get(k));
  }

  /** Verbs of passing on words after "بحسب ما" (folded): "نقلت", "أوردت", "ذكرت". */
  private static final Set<String> RELAYING = Set.of("نقل", "نقلت", "نقله", "نقلته", "اورد", "اوردت", "ذكر", "ذكرت");

  /** The token after an attribution at {@code from} and its "ما" ("بحسب ما نقلت"); -1 when none stands there. */
  private static int relayingVerb(SentenceTokens s, int from) {
    Match via = s.at(from, "according");
    if (via == null || via.end() >= s.size()) {
      return -1;
    }
    return s.norms.get(via.end()).equals("ما") && via.end() + 1 < s.size() ? via.end() + 1 : via.end();
  }

  /** Verbs of a relative clause naming who received a statement: "في بيان تلقته وكالة الأنباء". */
  private static final Set<String> RECEIVED = Set.of("تلقته", "تلقتها", "تلقاه", "تلقاها", "تلقت", "اطلعت", "حصلت");

  /**
   * Where the speaker's words before the opener end: at a clause naming who received the statement
   * ("وذكرت الخلية في بيان تلقته وكالة الأنباء العراقية أن"), whose medium is no speaker; else {@code open}.
   */
  private static int receivedBy(SentenceTokens s, int from, int open) {
    for (int i = from + 1; i < open; i++) {
      if (RECEIVED.contains(s.norms.get(i))) {
        return i;
      }
    }
    return open;
  }

  /**
   * Where the words start when a quotation mark opens inside a claim made without "أن": "وأكدت وزارة
   * الخارجية في بيان رفض المملكة "القاطع لاستهداف المدنيين"" claims the rejection, quoted in part; the
   * words start at the verbal noun after the speaker, up to three words before the mark. Else where
   * the opener puts them.
   */
  private static int partialFrom(SentenceTokens s, Match verb, Speaker after, int open, List<ChainLink> chain) {
    int start = contentStart(s, open);
    if (after == null || after.nobody() || !NOMINAL.contains(verb.label()) || !s.quoteBefore(open)) {
      return start;
    }
    int from = afterStatement(s, SpeakerFinder.speakerEnd(s, after));
    if (from >= open || open - from > 3 || s.norms.get(from).startsWith("ل")) {
      return start;
    }
    for (int i = from; i < open; i++) {
      if (i > from && s.breakBefore(i) || OPENERS.contains(s.norms.get(i)) || STOPS.contains(s.norms.get(i))) {
        return start;
      }
    }
    for (ChainLink link : chain) {
      if (s.tokenAt(link.span().start()) >= from) {
        return start;
      }
    }
    return from;
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
    if (STOPS.contains(w) || OWN.contains(w) || w.startsWith("ل") || w.startsWith("ب") || w.endsWith("ا") && !w.endsWith("ها")
        || s.at(from, "statement") != null || s.at(from, "according") != null || s.at(from, "continuing") != null) {
      return false;
    }
    return !s.timeStartsAt(from) && w.length() >= 3;
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
   * The body named right after a verb with no "أن" speaks, not a person named further on in what it
   * says ("وأعلنت وزارة الصحة، في بيان مقتضب، استشهاد جرادات": the ministry announces the death of
   * جرادات); a person right after the body, or after "على لسان", still speaks for it. {@code named}
   * otherwise.
   */
  private Speaker bodyBeforeAPerson(SentenceTokens s, Match verb, Speaker named, List<ChainLink> chain) {
    if (named == null || named.type() != SourceType.NAMED_OFFICIAL || verb.end() >= s.size()) {
      return named;
    }
    EntityMention body = s.entityAt(verb.end());
    if (body == null || body.type() != EntityType.ORG || s.indexOf(body.span()) != verb.end()) {
      return named;
    }
    int bodyEnd = s.tokenAt(body.span().end() - 1) + 1;
    int person = s.tokenAt(named.span().start());
    if (person <= bodyEnd || s.norms.subList(bodyEnd, person).contains("لسان")) {
      return named;
    }
    List<ChainLink> own = new ArrayList<>();
    Speaker speaker = speakers.speaker(s, verb.end(), bodyEnd, own);
    if (speaker == null || speaker.nobody()) {
      return named;
    }
    chain.clear();
    chain.addAll(own);
    return speaker;
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
    if (first < verb.end() || first > verb.end() + 1 && !speakers.roleBefore(s, verb.end(), first)) {
      return null;
    }
    if (speaker.type() == SourceType.NAMED_OFFICIAL && s.entityAt(first) == null) {
      speaker = SpeakerFinder.role(s, first);
    }
    int from = afterRelativeClause(s, afterTimeBetweenCommas(s, afterQuotedName(s,
        afterStatementPublished(s, afterStatement(s, SpeakerFinder.speakerEnd(s, speaker))))));
    Speaker accuser = verb.label().equals("اتهم") && from < s.size() && s.norms.get(from).startsWith("ب")
        ? accuserBefore(s, verb, previous) : null;
    if (accuser != null) {
      // "واتهمت الجيش بافتعال الحادث": one party before "ب" is the accused; the accuser is named before
      speaker = accuser;
      from = verb.end();
    }
    from = complementOf(s, verb, from);
    if (from < 0) {
      return null;
    }
    List<ChainLink> told = new ArrayList<>();
    for (ChainLink link : chain) {
      int at = s.tokenAt(link.span().start());
      if (at == from || at == from + 1 && s.norms.get(from).equals("ل")) {
        // "أفاد مصدر أمني للجزيرة، باعتقال", "في تصريح لـ"الفرات اليوم" رواية": a medium, not the claim
        from = s.tokenAt(link.span().end() - 1) + 1;
        told.add(link);
      }
    }
    int to = beforeParticiple(s, from, contentEnd(s, from));
    if (to - from < MIN_NOMINAL_CLAIM && !(to - from == 2 && casualtyReport(s, from))) {
      return null;
    }
    return new QuoteMention(s.span(from, to), s.span(), speaker.name(), speaker.mention(), s.text(verb.from(), verb.end()),
        s.span(verb.from(), verb.end()), false, speaker.type(), told);
  }

  /**
   * Who accuses with a verb whose object is the party right after it: the subject of the sentence the verb
   * continues ("وكانت الحكومة اليمنية قد دانت الحادث، واتهمت جماعة الحوثي بالوقوف وراء"), else the last speaker.
   */
  private Speaker accuserBefore(SentenceTokens s, Match verb, Speaker previous) {
    Speaker subject = speakers.sentenceSubject(s, verb);
    return subject != null ? subject : previous;
  }

  /** The most words of a relative clause set off by commas after the speaker, or of where a statement was published. */
  private static final int MAX_ASIDE = 10;

  /**
   * After a relative clause set off by commas right after the speaker ("طالب حزب الإصلاح، الذي ينتمي إليه
   * المسؤول، بالكشف عن الجناة"): the claim starts after its closing comma. {@code from} otherwise.
   */
  private static int afterRelativeClause(SentenceTokens s, int from) {
    if (from >= s.size() || !s.breakBefore(from) || !QuoteSpans.RELATIVES.contains(s.norms.get(from))) {
      return from;
    }
    for (int i = from + 1; i < s.size() && i <= from + MAX_ASIDE; i++) {
      if (s.breakBefore(i)) {
        return s.gapHas(i, "،,") ? i : from;
      }
    }
    return from;
  }

  /**
   * After where a statement was published ("أعلنت جماعة بوكو حرام في بيان نشرته على منصات تابعة لها
   * مسؤوليتها عن الهجوم"): a verb with the statement's pronoun right after it, then the claimed
   * responsibility a few words on; the claim starts there. {@code from} otherwise.
   */
  private static int afterStatementPublished(SentenceTokens s, int from) {
    if (from == 0 || from >= s.size() || s.breakBefore(from) || s.at(from - 1, "statement") == null
        && !(from > 1 && s.at(from - 2, "statement") != null) || !s.norms.get(from).endsWith("ه")) {
      return from;
    }
    for (int i = from + 1; i < s.size() && i <= from + MAX_ASIDE; i++) {
      if (s.breakBefore(i)) {
        return from;
      }
      if (s.norms.get(i).startsWith("مسوولي") || s.norms.get(i).startsWith("مسؤولي")) { // folded or not
        return i;
      }
    }
    return from;
  }

  /** The most words of a name in quotation marks after the speaker: "تنظيم الدولة الإسلامية "داعش"". */
  private static final int MAX_QUOTED_NAME = 4;

  /**
   * After a name in quotation marks right after the speaker ("هدد تنظيم الدولة الإسلامية "داعش" بشن
   * مزيد من الهجمات"، "أعلنت خدمة الإسعاف الإسرائيلية "نجمة داود الحمراء" إصابة شخصين"): the claim starts
   * after it. {@code from} otherwise.
   */
  private static int afterQuotedName(SentenceTokens s, int from) {
    if (from >= s.size() || !s.quoteBefore(from)) {
      return from;
    }
    int n = quotedRun(s, from);
    int after = from + n;
    return n <= MAX_QUOTED_NAME && after < s.size() && !s.gapHas(after, "،,.:;")
        && contentEnd(s, after) - after >= MIN_NOMINAL_CLAIM ? after : from;
  }

  /**
   * After a time set off by commas right after the speaker ("أعلنت الوزارة، مساء الأحد، استدعاء
   * سفيرها"): the claim starts after it. {@code from} otherwise.
   */
  private static int afterTimeBetweenCommas(SentenceTokens s, int from) {
    int end = from < s.size() && s.breakBefore(from) ? s.timeEndAt(from) : -1;
    return end > from && end < s.size() && s.breakBefore(end) ? end : from;
  }

  /**
   * A claim made without "أن" ends at a continuing participle even with no comma before it ("وكشف
   * ... عن تفاصيل الحادث مشيرا إلى أن"): what follows is the participle's own claim.
   */
  private static int beforeParticiple(SentenceTokens s, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (s.at(i, "continuing") != null) {
        return i;
      }
    }
    return to;
  }

  /**
   * Where the claim of a verb without "أن" starts at {@code from}, after the preposition its verb needs:
   * "عن" after "تحدث" ("أما المكتب فتحدث في تقرير عن 26 قتيلا"), "إلى" after "أشار" ("وأشار المصدر إلى
   * إصابة أحد أفراد حرس الحدود"); -1 when it is missing ("وتحدث الرئيس مع نظيره", "وأشار بيده"): no claim.
   */
  private static int complementOf(SentenceTokens s, Match verb, int from) {
    String needs = switch (verb.label()) {
      case "تحدث" -> "عن";
      case "أشار" -> "الي";
      default -> null;
    };
    if (needs == null) {
      return from;
    }
    int at = needs.equals("عن") ? aboutAfterIn(s, from) : from;
    return at < s.size() && s.norms.get(at).equals(needs) ? at + 1 : -1;
  }

  /** The most words of a phrase with "في" between "تحدث" and "عن": "في حصيلتها الأولى". */
  private static final int MAX_IN_PHRASE = 3;

  /**
   * The "عن" after a short phrase with "في" ("تحدثت الوزارة في حصيلتها الأولى عن ستة"), else
   * {@code from}: where the talk was given, not what it was about.
   */
  private static int aboutAfterIn(SentenceTokens s, int from) {
    if (from >= s.size() || !s.norms.get(from).equals("في")) {
      return from;
    }
    for (int k = from + 1; k < s.size() && k - from <= MAX_IN_PHRASE && !s.breakBefore(k); k++) {
      if (s.norms.get(k).equals("عن")) {
        return k;
      }
    }
    return from;
  }

  /**
   * "وكانت وزارة الصحة قد أعلنت في وقت سابق مقتل سبعة أشخاص", "أما الوزارة في الحكومة فتحدثت عن
   * سبعة قتلى": a claim verb whose subject stands right before it (but for "قد"), the claim the rest
   * of its clause. Null when no named subject stands there.
   */
  private QuoteMention subjectClaim(SentenceTokens s, Match verb) {
    if (!NOMINAL.contains(verb.label()) || verb.from() == 0) {
      return null;
    }
    Speaker after = speakers.speaker(s, verb.end(), Math.min(s.size(), verb.end() + MAX_SPEAKER_TOKENS), new ArrayList<>());
    Speaker subject = subjectBefore(s, verb, after);
    if (subject == null || subject.nobody() || subject.name() == null) {
      return null;
    }
    int before = verb.from() - (s.norms.get(verb.from() - 1).equals("قد") ? 1 : 0);
    int subjectEnd = s.tokenAt(subject.span().end() - 1) + 1;
    if (subjectEnd != before && !SpeakerFinder.qualifies(s, subjectEnd, before) && SpeakerFinder.ammaBefore(s, verb.from()) < 0) {
      return null; // a person named a few words earlier is no subject of this verb
    }
    int from = afterStatement(s, verb.end());
    from = complementOf(s, verb, from);
    if (from < 0) {
      return null;
    }
    int to = contentEnd(s, from);
    if (to - from < MIN_NOMINAL_CLAIM && !(to - from == 2 && casualtyReport(s, from))) {
      return null;
    }
    return new QuoteMention(s.span(from, to), s.span(), subject.name(), subject.mention(), s.text(verb.from(), verb.end()),
        s.span(verb.from(), verb.end()), false, subject.type(), List.of());
  }

  /**
   * "مشيرا إلى أن ...": the speaker of the quotation before it; with none in the sentence, the subject
   * of its opening verb, else the last speaker.
   */
  private QuoteMention continuing(SentenceTokens s, Match verb, List<QuoteMention> sentenceQuotes) {
    int open = opener(s, verb.end());
    if (open < 0 || open - verb.end() > 2) {
      return null;
    }
    Speaker opening = sentenceQuotes.isEmpty() ? speakers.openingSubject(s, verb) : null; // "أدانت الحكومة ...، معتبرة أنه"
    Speaker speaker = sentenceQuotes.isEmpty() ? (opening != null ? opening : last)
        : speakerOf(sentenceQuotes.get(sentenceQuotes.size() - 1));
    return quote(s, verb, contentStart(s, open), speaker, List.of());
  }

  private static Speaker speakerOf(QuoteMention q) {
    return q.speaker() == null ? null : new Speaker(q.speaker(), q.speakerSpan(), q.sourceType());
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
    int to = sourceEnd(s, from);
    if (to == from) {
      return null;
    }
    int past = pastTimeAfterVerb(s, from, to);
    if (past > 0 && marker.from() > 0) { // "حسب ما أعلن اليوم الخميس النادي الكاتالوني": the club, not "ما أعلن"
      from = past;
      to = sourceEnd(s, from);
    }
    if (marker.from() == 0) {
      to = leadingSourceEnd(s, from, to);
    }
    if (marker.from() == 0 && to < s.size()) {
      return leadingAccording(s, marker, to);
    }
    if (marker.from() < 2) {
      return null;
    }
    int clauseStart = 0;
    for (int i = 1; i < marker.from(); i++) {
      int n = clauseJoiner(s, i);
      if (n > 0) {
        clauseStart = i + n; // "اعتقلت ...، في حين ارتفعت الحصيلة إلى تسعة بحسب المرصد": only its own clause
      }
    }
    if (marker.from() - clauseStart < 2) {
      return null;
    }
    List<ChainLink> chain = new ArrayList<>();
    Speaker speaker = speakers.ownStatement(s, from, to) ? speakers.clauseSubject(s, clauseStart, marker.from()) : null;
    if (speaker == null) {
      speaker = speakers.source(s, from, to, chain);
    }
    Span content = s.span(clauseStart, marker.from());
    return new QuoteMention(content, s.span(), speaker.name(), speaker.mention(), s.text(marker.from(), marker.end()),
        s.span(marker.from(), marker.end()), false, speaker.type(), chain);
  }

  /** Where a source after a marker ends: a break, a relative pronoun, a time, or after a few words. */
  private static int sourceEnd(SentenceTokens s, int from) {
    int to = from;
    while (to < s.size() && to - from < MAX_SOURCE_TOKENS && (to == from || !s.breakBefore(to) && !endsSource(s, to))) {
      to++;
    }
    return to;
  }

  /**
   * The first token after a time that follows the verb of "ما أعلن" ("حسب ما أعلن اليوم الخميس النادي
   * الكاتالوني"): the source is named after the time, the verb alone names nobody. -1 otherwise.
   */
  private static int pastTimeAfterVerb(SentenceTokens s, int from, int to) {
    int v = s.norms.get(from).equals("ما") ? from + 1 : from;
    Match verb = v < to ? s.at(v, "reporting") : null;
    if (verb == null || verb.end() != to || to >= s.size() || !timeAt(s, to)) {
      return -1;
    }
    int k = to;
    while (k < s.size() && timeAt(s, k)) {
      k++;
    }
    return k < s.size() && !s.breakBefore(k) ? k : -1;
  }

  /**
   * A source that opens the sentence runs to its comma ("ووفق بيان صادر عن وزارة الخارجية والمغتربين
   * السورية، جرى ..."), however long, within {@value #MAX_LEADING_SOURCE_TOKENS} words: {@code to}
   * when it ended at a break or at the end of a source already, or when no break comes soon.
   */
  private static int leadingSourceEnd(SentenceTokens s, int from, int to) {
    if (to >= s.size() || s.breakBefore(to) || endsSource(s, to)) {
      return to;
    }
    for (int i = to + 1; i < Math.min(s.size(), from + MAX_LEADING_SOURCE_TOKENS); i++) {
      if (endsSource(s, i) && !faInna(s, i)) {
        return to;
      }
      if (s.breakBefore(i) || faInna(s, i)) { // "عن مصادر وزارية، فإن": the comma, "فإن" or not
        return i;
      }
    }
    return to;
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
    Speaker speaker = speakers.source(s, from, sourceEnd, chain);
    return new QuoteMention(s.span(content, contentEnd), s.span(), speaker.name(), speaker.mention(),
        s.text(marker.from(), marker.end()), s.span(marker.from(), marker.end()), false, speaker.type(), chain);
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
}
