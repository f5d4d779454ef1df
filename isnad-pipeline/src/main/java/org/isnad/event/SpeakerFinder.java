package org.isnad.event;

import static org.isnad.event.QuoteSpans.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.lang.PhraseLexicon.Match;
import org.isnad.model.ChainLink;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.SourceType;
import org.isnad.model.Span;

/**
 * Finds who speaks, for {@link QuoteFinder}: the speaker named after a reporting verb (a person, the
 * last named; else an institution; else an anonymous source or a group), a subject before its verb,
 * the source after an attribution marker, a definite head noun that refers back to an earlier
 * mention, and the medium the words were said to.
 *
 * <p>One instance per article (it holds the article's mentions); stateless otherwise.
 */
final class SpeakerFinder {

  /**
   * Words that open a circumstance or a companion after the subject (folded): "وقال الصفدي خلال مؤتمر
   * صحفي مع نظيره المصري بدر عبد العاطي إن".
   */
  private static final Set<String> CIRCUMSTANCE = Set.of("خلال", "مع", "في", "امام", "لدي", "عقب", "بعد", "اثناء",
      "عند", "ردا");

  /**
   * The person named right after the verb, when a circumstance or a companion separates it from the last
   * person named before the words ({@code last}): "وقال الصفدي خلال مؤتمر صحفي مشترك مع نظيره المصري
   * بدر عبد العاطي في عمّان إن" is Safadi's. Else {@code last} ("وقال مستشار الرئيس محمود عباس، نبيل أبو
   * ردينة، إن": the name after the role).
   */
  private static EntityMention subjectBeforeCircumstance(SentenceTokens s, int from, EntityMention last) {
    EntityMention first = last == null ? null : s.firstEntity(from, from + 1, EntityType.PER);
    if (first == null || first == last || s.indexOf(first.span()) != from) {
      return last;
    }
    int firstEnd = s.tokenAt(first.span().end() - 1) + 1;
    int lastAt = s.indexOf(last.span());
    for (int k = firstEnd; k < lastAt; k++) {
      if (CIRCUMSTANCE.contains(s.norms.get(k))) {
        return first;
      }
    }
    return last;
  }

  /** Nouns of a relation to another person (folded): "كيني جوس صديق مايكل", "محامي المتهم". */
  private static final Set<String> RELATIONS = Set.of("صديق", "صديقه", "شقيق", "شقيقه", "زوج", "زوجه", "ابن", "ابنه",
      "والد", "والده", "محامي", "جار", "جاره", "رفيق");

  /**
   * The person named right after the verb when a role or a relation follows the name ({@code last}
   * named in it is another's): "وقال خالد العنسي مدير مكتب الآثار إن", "وقال كيني جوس صديق مايكل إن".
   * Else {@code last}.
   */
  private EntityMention subjectBeforeAppositive(SentenceTokens s, int from, EntityMention last) {
    EntityMention first = last == null ? null : s.firstEntity(from, from + 1, EntityType.PER);
    if (first == null || first == last || s.indexOf(first.span()) != from) {
      return last;
    }
    int next = s.tokenAt(first.span().end() - 1) + 1;
    String w = next < s.size() && !s.breakBefore(next) ? bare(s.norms.get(next)) : "";
    return titles.contains(w) || RELATIONS.contains(w) ? first : last;
  }

  /** Prepositions between an anonymous source and its body: "مسؤول في الأمم المتحدة", "مصدر لدى الجيش". */
  private static final Set<String> AFFILIATION = Set.of("في", "من", "لدي", "داخل");

  /** The most words a subject before its verb has: "وزير الخارجية الإيراني عباس عراقجي قال". */
  private static final int MAX_SUBJECT_TOKENS = 7;

  /** Auxiliaries and particles that open a clause before its subject: "وكان الجيش قد قال". */
  private static final Set<String> AUXILIARIES = Set.of("كان", "وكان", "كانت", "وكانت", "لكن", "ولكن",
      "كما", "فيما", "بينما", "اما", "واما");

  /** Pronouns that refer back to "ما" after a reporting verb: "وفق ما أفادت به". */
  private static final Set<String> RESUMPTIVE = Set.of("به", "بها", "عنه", "عنها");

  /**
   * Words after a head noun that leave it alone, not part of a longer name: "وقالت الوزارة أيضا",
   * "وقالت الوزارة عبر معرفاتها الرسمية" (the channel it spoke through).
   */
  private static final Set<String> AFTER_HEAD = Set.of("قد", "ايضا", "كذلك", "اليوم", "امس", "بدورها", "بدوره",
      "عبر");

  private final Set<String> titles;

  private final Set<String> referring;

  private final java.util.function.UnaryOperator<String> fold;

  /** The first word of the article's own outlet with "ل" before it, folded ("لهسبريس"), or null. */
  private final String toldOutlet;

  private final List<EntityMention> mentions;

  /**
   * The speaker named in tokens {@code [from, to)}: a person (the last named, so the name after a
   * role), else an institution, else an anonymous source. A medium the words were said to ("لـ
   * الإخبارية", "للجزيرة") is added to {@code chain}.
   */
  Speaker speaker(SentenceTokens s, int from, int to, List<ChainLink> chain) {
    if (from >= to) {
      return null;
    }
    Speaker found = named(s, from, to);
    int after = found == null ? from : Math.max(from, s.tokenAt(found.span().end()));
    int told = toldTo(s, after, to);
    if (told < 0 && found != null && found.type() == SourceType.NAMED_OFFICIAL) {
      told = addressee(s, s.indexOf(found.span()), to); // "صرح محمود أبوزيد وزير الري لمحمد السعدني بأن"
    }
    EntityMention informed = told < 0 && found != null ? informed(s, after, to) : null;
    if (informed != null) { // "وأفاد مصدر ... وكالة فرانس برس بأن": the medium informed, without "ل"
      chain.add(link(s, after, s.tokenAt(informed.span().end() - 1) + 1));
    }
    if (told >= 0) {
      int start = s.norms.get(told).equals("ل") ? told + 1 : told;
      EntityMention medium = s.entityAt(start);
      int end = medium != null && s.indexOf(medium.span()) == start
          ? Math.min(to, s.tokenAt(medium.span().end() - 1) + 1) : endOfPhrase(s, start, to);
      if (end == start + 1 && start + 1 < to && s.at(start, "media") != null && s.quoteBefore(start + 1)) {
        end = endOfPhrase(s, start + 1, to); // "لصحيفة "لو فيغارو"": the kind of medium, then its quoted name
      }
      if (s.quoteBefore(start) && QuoteSpans.quotedRun(s, start) <= MAX_QUOTED_MEDIUM) {
        end = Math.min(to, Math.max(end, start + QuoteSpans.quotedRun(s, start))); // "لـ"العربي الجديد"": the whole name
      }
      chain.add(toldLink(s, start, end)); // "للجزيرة" ends the medium: the accused may follow it
    }
    return found;
  }

  /**
   * The token of a person told, after the speaker named in {@code [from, to)}: a name glued to "ل"
   * after another person's ("صرح محمود أبوزيد وزير الري لمحمد السعدني نائب رئيس التحرير بأن"). -1 when
   * none; a first name that starts with the letter ("لطفي") is the speaker's own with no one before it.
   */
  private static int addressee(SentenceTokens s, int from, int to) {
    EntityMention first = s.firstEntity(from, to, EntityType.PER);
    if (first == null) {
      return -1;
    }
    for (int i = s.tokenAt(first.span().end() - 1) + 1; i < to; i++) {
      EntityMention m = s.entityAt(i);
      if (s.breakBefore(i) || OPENERS.contains(s.norms.get(i))) {
        return -1;
      }
      if (m != null && m.type() == EntityType.PER && s.indexOf(m.span()) == i && s.norms.get(i).startsWith("ل")
          && s.norms.get(i).length() > 3) {
        return i;
      }
    }
    return -1;
  }

  /** The most words of a medium's name in quotation marks after "لـ". */
  private static final int MAX_QUOTED_MEDIUM = 4;

  /**
   * Whether a medium's name (an organisation of the {@code media} words) starts at token {@code i},
   * not inside another medium's ("لموقع تلفزيون سوريا" is one medium).
   */
  private boolean mediumAt(SentenceTokens s, int i) {
    EntityMention m = s.entityAt(i);
    return m != null && m.type() == EntityType.ORG && s.indexOf(m.span()) == i && isMedia(s, m)
        && (i == 0 || s.at(i - 1, "media") == null);
  }

  /**
   * A medium named right after the speaker and right before "أن"/"بأن" ("أفاد مصدر طبي وكالة فرانس
   * برس بأن"): the one the speaker informed, an object without "ل". Null otherwise.
   */
  private EntityMention informed(SentenceTokens s, int at, int to) {
    EntityMention m = at < to && !s.breakBefore(at) ? s.entityAt(at) : null;
    if (m == null || m.type() != EntityType.ORG || s.indexOf(m.span()) != at || !isMedia(s, m)) {
      return null;
    }
    int next = s.tokenAt(m.span().end() - 1) + 1;
    return next < s.size() && OPENERS.contains(s.norms.get(next)) ? m : null;
  }

  /** Adjectives of closeness before "من" (folded): "مصادر مقربة من الرئيس", "مصدر قريب من الحركة". */
  private static final Set<String> CLOSE = Set.of("مقربه", "مقرب", "مقربين", "مقربون", "قريبه", "قريب", "قريبين",
      "قريبون", "المقربه", "المقرب", "المقربين", "القريبه", "القريب");

  /** True when a word of closeness and "من" stand between the source at {@code from} and token {@code at}. */
  private static boolean closeTo(SentenceTokens s, int from, int at) {
    for (int k = from + 2; k < at; k++) {
      if (s.norms.get(k).equals("من") && CLOSE.contains(s.norms.get(k - 1)) && !s.breakBefore(k)) {
        return true;
      }
    }
    return false;
  }

  /** A person (the last named, so the name after a role), else an institution, else an anonymous source. */
  Speaker named(SentenceTokens s, int from, int to) {
    int end = firstBreakOrOpener(s, from, to);
    Speaker referred = referredTo(s, from, end);
    if (referred != null) {
      return referred;
    }
    Speaker correspondent = correspondent(s, from, end);
    if (correspondent != null) {
      return correspondent;
    }
    Speaker alone = countryAlone(s, from, end);
    if (alone != null) { // "في حين تحدثت إسرائيل عن ثلاثة قتلى من حزب الله": not the body named after it
      return alone;
    }
    int withheld = s.at(from, "anonymous") != null ? withheldName(s, from, end) : -1;
    if (withheld > from) { // "وقال مسؤول محلي طلب عدم الكشف عن هويته إن": no name, whatever a tagger saw in it
      return new Speaker(s.text(from, withheld), s.span(from, withheld), SourceType.ANONYMOUS_SOURCE);
    }
    int told = toldTo(s, from, end);
    // the name after the medium told is the medium's ("وقال الوزير لصحيفة "لو فيغارو""), never the speaker
    EntityMention person = s.lastEntity(from, told > from ? told : end, EntityType.PER);
    int addressee = addressee(s, from, told > from ? told : end);
    if (addressee > from) { // "صرح الوزير محمود أبوزيد لمحمد السعدني بأن": the one told is no speaker
      person = s.lastEntity(from, addressee, EntityType.PER);
    }
    person = subjectBeforeCircumstance(s, from, person);
    person = subjectBeforeAppositive(s, from, person);
    if (person != null && s.tokenAt(person.span().end()) == s.indexOf(person.span()) + 1
        && (s.at(s.indexOf(person.span()), "anonymous") != null || s.at(s.indexOf(person.span()), "collective") != null)) {
      person = null; // "ناشطون" tagged as a name is a group word of the lexicon
    }
    int close = -1;
    if (person != null && s.at(from, "anonymous") != null && closeTo(s, from, s.indexOf(person.span()))) {
      close = s.tokenAt(person.span().end() - 1) + 1;
      person = null; // "وقالت مصادر مقربة من بري إنه": the sources close to him speak, not he
    }
    Speaker apposed = appositive(s, from, end);
    if (apposed != null && (person == null || apposed.span().contains(person.span()))) {
      return apposed; // "المتحدث باسم البلدية، كريم حمص،": the whole name, though the recogniser saw a town in it
    }
    if (person != null) {
      return new Speaker(person.text(), person.span(), SourceType.NAMED_OFFICIAL);
    }
    EntityMention org = s.firstEntity(from, end, EntityType.ORG);
    if (org != null && onPlatform(s, s.indexOf(org.span()))) {
      org = null; // "وكتب الرئيس على منصة تروث سوشيال أن": where he wrote, not who
    }
    if (org != null && told >= from && s.norms.get(told).equals("ل") && s.indexOf(org.span()) == told + 1) {
      org = null; // "قالت عائلات المعتقلين لـ هيومن رايتس ووتش إن": the body after "لـ" was told
    }
    if (org != null && toldMedium(s, from, told, org)) {
      org = null; // "وقال وزير الداخلية السبت لإذاعة "فرانس إنتر" إن": the radio was told, the minister speaks
    }
    Match anonymous = s.at(from, "anonymous");
    if (anonymous == null && oneOf(s, from, end)) { // "وقال أحد قادة الفصائل إن", "أحد وجهاء المنطقة"
      anonymous = new Match("anonymous", "COLLECTIVE", from, 2);
    }
    if (anonymous == null && group(s, from)) {
      anonymous = new Match("anonymous", "COLLECTIVE", from, 1); // "وقال مسعفون إن", "وذكر سكان محليون أن"
    }
    if (anonymous != null && (org == null || org.span().start() > s.tokens.get(anonymous.from()).span().start())) {
      int e = affiliation(s, endOfPhrase(s, from, end), end, !"COLLECTIVE".equals(anonymous.label()));
      e = e == anonymous.end() ? onSide(s, e, end) : e;
      e = Math.max(e, close); // "مصادر مقربة من بري": the sources with the one they are close to
      int toldAfter = toldTo(s, from + 1, Math.min(end, e + 1));
      toldAfter = oneOf(s, from, end) ? toldUnnamed(s, from + 2, e, toldAfter) : toldAfter;
      if (toldAfter > from && toldAfter < e && !insideName(s, toldAfter)) {
        e = toldAfter; // "وقالت مصادر محلية لـ"الخليج الآن" إن": the medium told is no part of the source
      }
      return new Speaker(s.text(from, e), s.span(from, e), SourceType.ANONYMOUS_SOURCE);
    }
    if (org != null && DEPUTIES.contains(bare(s.norms.get(from))) && s.indexOf(org.span()) == from + 1) {
      // "وقال وكيل وزارة الداخلية لشؤون الأمن إن": the under-secretary, an official, not the ministry
      int e = roleEnd(s, from, endOfPhrase(s, from, told > from ? told : end));
      return new Speaker(s.text(from, e), s.span(from, e), SourceType.NAMED_OFFICIAL);
    }
    if (org != null && titles.contains(bare(s.norms.get(from)))) {
      Speaker role = role(s, from);
      int roleEnd = s.tokenAt(role.span().end() - 1) + 1;
      // a title with its office ("وزير الدفاع الإسرائيلي"), not one in construct with the body ("رئيس حزب الكتائب")
      if (roleEnd > from + 1 && roleEnd <= s.indexOf(org.span())) {
        return role; // "وتوعد وزير الدفاع الإسرائيلي الحوثيين بـ": the body after the role is the one threatened
      }
    }
    if (org != null && unitOfBody(s, from, org)) {
      // "وقال المركز الإعلامي لقوات سوريا الديمقراطية إن": the body's unit speaks for it; no medium told
      int e = s.tokenAt(org.span().end() - 1) + 1;
      return new Speaker(s.text(from, e), s.span(from, e), SourceType.OFFICIAL_STATEMENT, org.span());
    }
    if (org != null && (!toldWithLam(s, org) || affiliated(s, s.indexOf(org.span())))) {
      // "وأعلن مركز عمليات طوارئ الصحة التابع لوزارة الصحة العامة": an unnamed unit speaks for its body
      int at = s.indexOf(org.span());
      if (at > from && plainWords(s, from, at) && !affiliated(s, at)) { // "لجنة أطباء السودان": the body is named by all its words
        int e = ofPurpose(s, s.tokenAt(org.span().end() - 1) + 1, end);
        return new Speaker(s.text(from, e), s.span(from, e), SourceType.OFFICIAL_STATEMENT);
      }
      return new Speaker(org.text(), org.span(), isMedia(s, org) ? SourceType.MEDIA : SourceType.OFFICIAL_STATEMENT);
    }
    Speaker polity = polity(s, from, end);
    if (polity != null) {
      return polity;
    }
    Speaker authorities = authorities(s, from, end);
    if (authorities != null) {
      return authorities;
    }
    EntityMention country = countryAt(s, from);
    if (country != null) {
      return new Speaker(country.text(), country.span(), SourceType.OFFICIAL_STATEMENT); // "وقالت إسرائيل إن"
    }
    if (OFFICES.contains(s.norms.get(from)) && from + 1 < end && titles.contains(bare(s.norms.get(from + 1)))) {
      Speaker office = role(s, from); // "قال مكتب النائب العام في بيان إنه": the office of a role speaks for it
      return new Speaker(office.name(), office.span(), SourceType.OFFICIAL_STATEMENT);
    }
    if (titles.contains(bare(s.norms.get(from)))) {
      // "وقال الوزير لوسائل إعلام محلية إن": the role ends before the medium told
      int e = roleEnd(s, from, objectAfterAdjective(s, from, endOfPhrase(s, from, told > from ? told : end)));
      return new Speaker(s.text(from, e), s.span(from, e), SourceType.NAMED_OFFICIAL);
    }
    return mediumNamed(s, from, end);
  }

  /** Offices named by the body they serve in (folded, no article): "وكيل وزارة الداخلية". */
  private static final Set<String> DEPUTIES = Set.of("وكيل", "وكيله");

  /** Offices (folded) that speak for the role after them: "مكتب النائب العام"، "ديوان الرئيس". */
  private static final Set<String> OFFICES = Set.of("مكتب", "ومكتب", "ديوان", "وديوان");

  /** The most words a medium's name may have after its kind: "راديو لندن"، "تلفزيون المنار"، "إذاعة صوت العرب". */
  private static final int MEDIUM_NAME_WORDS = 3;

  /**
   * A medium named by its kind and a name the recogniser does not know, right after the verb: "وذكر
   * راديو لندن أن"، "وقال تلفزيون المنار إن". The kind alone is none ("وقالت الوكالة إن" refers back).
   */
  private static Speaker mediumNamed(SentenceTokens s, int from, int end) {
    Match kind = s.at(from, "media");
    if (kind == null || kind.from() != from || kind.length() != 1 || !NAMED_MEDIA.contains(s.norms.get(from))
        || end <= kind.end() || end - kind.end() > MEDIUM_NAME_WORDS || breakIn(s, from + 1, end)) {
      // not "أكد لقناة بلقيس أن" (the medium told), "وقال التلفزيون مساء أمس إن" (the one named before)
      return null;
    }
    for (int k = kind.end(); k < end; k++) {
      if (timeAt(s, k) || NOT_NAMES.contains(s.norms.get(k))) {
        return null; // "وقال تلفزيون الدولة في تقرير له إن", "وقالت إذاعة الجيش أيضا إن"
      }
    }
    return new Speaker(s.text(from, end), s.span(from, end), SourceType.MEDIA);
  }

  /** Kinds of medium (folded, no article, no clitic) that open a medium's own name; not "وكالة" or "شبكة" of bodies. */
  private static final Set<String> NAMED_MEDIA = Set.of("راديو", "اذاعه", "تلفزيون", "قناه", "صحيفه", "جريده", "مجله");
  /** Words that are no part of a medium's name after its kind (folded). */
  private static final Set<String> NOT_NAMES = Set.of("في", "من", "علي", "على", "عن", "ايضا", "بدوره", "بدورها", "امس",
      "اليوم", "مساء", "صباح", "له", "لها");

  /**
   * Whether the body is named after a glued "ل" ("لوزارة الصحة": told to it, or its own), not a name
   * that starts with the letter ("لجنة أطباء السودان", "لواء القدس"): the body's words start after the
   * "ل" of its word.
   */
  private static boolean toldWithLam(SentenceTokens s, EntityMention org) {
    int at = s.indexOf(org.span());
    return s.text(at, at + 1).startsWith("ل")
        && (org.span().start() > s.span(at, at + 1).start() || org.text().startsWith("لل"));
  }

  /**
   * Where a role's phrase ends before the verb's object: a definite dual or plural noun right after
   * the role's nationality adjective ("ودعا رئيس الحكومة الفرنسية البلدين إلى"), which no name of an
   * office continues with (an adjective of a plural ends in "يين": "العسكريين"). {@code end} else.
   */
  static int objectAfterAdjective(SentenceTokens s, int from, int end) {
    for (int i = from + 2; i < end; i++) {
      String before = s.norms.get(i - 1);
      String w = s.norms.get(i);
      if (definite(before) && (before.endsWith("يه") || before.endsWith("ي")) && definite(w)
          && (w.endsWith("ين") || w.endsWith("ان")) && !w.endsWith("يين") && !w.endsWith("يان")) {
        return i;
      }
    }
    return end;
  }

  /**
   * The subject of the clause before a reporting verb joined to it after a comma with no subject of
   * its own: who spoke or acted first in the sentence goes on speaking, whoever the article named
   * before ("أدان منسق الشؤون الإنسانية للأمم المتحدة عملية الاختطاف، وقال إن"; "وتشن إسرائيل غارات
   * شبه يومية ...، وتقول إنها تستهدف"). The clause opens with its verb and the subject right after it,
   * and a body agrees with the verb: a feminine verb ("وتقول", "وأكدت") takes a country or a body whose
   * head ends in "ة", a masculine one another body. Null otherwise.
   */
  Speaker sentenceSubject(SentenceTokens s, Match verb) {
    int v = verb.from();
    if (v < 2 || !s.breakBefore(v) || !s.norms.get(v).startsWith("و")) {
      return null;
    }
    int p = v - 1;
    while (p > 0 && !s.breakBefore(p)) {
      p--;
    }
    if (p + 1 >= v || definite(s.norms.get(p)) || !opensClause(s, p)) {
      return null;
    }
    Speaker named = named(s, p + 1, beforeQad(s, p + 1, v));
    if (named == null || named.nobody() || s.tokenAt(named.span().start()) != p + 1) {
      return null;
    }
    return agrees(s, verb, named, p + 1) ? named : null;
  }

  /**
   * Where the subject of "كان ... قد" ends: at "قد" ("وكان وزير الداخلية قد أدان الاعتداء"), which no name
   * goes on past. {@code to} when no "قد" stands between.
   */
  private static int beforeQad(SentenceTokens s, int from, int to) {
    int qad = indexOfWord(s, from, to, "قد");
    return qad > from ? qad : to;
  }

  /**
   * Who a continuing participle after a break speaks for when the sentence gave no words before it:
   * the subject right after the sentence's first word, a verb of reporting or condemning ("أعلنت
   * القوات المسلحة ...، مؤكدة أن"، "أدانت الحكومة اليمنية الهجوم ...، معتبرة أنه"), or of any verb
   * for "قائلا" ("وسعى التنظيم لتضخيم العملية قائلا إن"), when a body agrees with the participle in
   * gender (a feminine one ends in "ة"). Null otherwise.
   */
  Speaker openingSubject(SentenceTokens s, Match participle) {
    int p = participle.from();
    boolean saying = participle.label().equals("قال"); // "وسعى تنظيم داعش لتضخيم العملية قائلا إن": saying goes with any verb
    boolean opens = s.at(0, "reporting") != null || s.at(0, "condemning") != null || s.at(0, "stance") != null;
    if (p < 3 || !saying && !opens) {
      return null;
    }
    Speaker named = named(s, 1, p);
    int at = named == null || named.nobody() ? -1 : s.tokenAt(named.span().start());
    if (at != 1 && !(at > 1 && named.type() == SourceType.NAMED_OFFICIAL && roleBefore(s, 1, at))) {
      return null; // "وأدان السفير سالم زعيف الهجمات قائلا": the name after its role
    }
    if (named.type() == SourceType.NAMED_OFFICIAL && (saying || s.breakBefore(p) || personAt(s, at))) {
      return named; // "ورحب محمود عباس بالاتفاق مؤكدا أنه": a person named goes on without a comma
    }
    if (!saying && !s.breakBefore(p)) {
      return null;
    }
    if (named.type() == SourceType.NAMED_OFFICIAL || named.type() == SourceType.ANONYMOUS_SOURCE) {
      return named;
    }
    boolean feminineSubject = countryAt(s, 1) != null || s.norms.get(1).endsWith("ه");
    return s.norms.get(p).endsWith("ه") == feminineSubject ? named : null;
  }

  /** Whether a person's name (not a role alone) starts at token {@code at}. */
  private static boolean personAt(SentenceTokens s, int at) {
    EntityMention m = s.entityAt(at);
    return m != null && m.type() == EntityType.PER && s.indexOf(m.span()) == at;
  }

  /** Masculine head nouns of bodies (folded, without the article): "الجيش الإسرائيلي", "حزب الله", "النادي الكاتالوني". */
  private static final Set<String> MASCULINE_HEADS = Set.of("جيش", "حزب", "نادي", "بنك", "اتحاد", "مجلس", "مرصد",
      "مكتب", "مركز", "صندوق", "برلمان", "كونغرس", "تنظيم", "تحالف", "فريق", "مستشفي", "معهد", "البيت");

  /**
   * Whether a pronoun verb may have the last speaker as its subject: a body whose name shows its gender
   * agrees with the verb ("وأضاف" is never "روسيا" or "وزارة الخارجية التركية", "وقالت" never "النادي
   * الكاتالوني"). Persons and unnamed sources always may (their gender is not known here), and so may a
   * body whose name tells none ("حماس") or a verb whose form tells none.
   */
  boolean pronounAgrees(SentenceTokens s, Match verb, Speaker last) {
    if (last == null || last.nobody() || last.type() == SourceType.NAMED_OFFICIAL) {
      return true;
    }
    if (last.type() == SourceType.ANONYMOUS_SOURCE) {
      // "وأكدت المصادر أن ..." then "وأضاف إن": sources take a feminine verb, "وأضاف" is another's
      Boolean sources = sourcesFeminine(last);
      Boolean verbFeminine = sources == null ? null : verbFeminine(s.norms.get(verb.from()), fold.apply(verb.label()));
      return verbFeminine == null || verbFeminine.equals(sources) || !afterPronounVerb(s, verb);
    }
    int next = verb.end();
    if (!afterPronounVerb(s, verb) && !s.norms.get(next).startsWith("ل") && !s.norms.get(next).startsWith("ب")) {
      return true; // "وأضاف البيان أن" after "وذكرت الخلية": a noun after the verb is its subject, with its own gender
    }
    Boolean verbFeminine = verbFeminine(s.norms.get(verb.from()), fold.apply(verb.label()));
    Boolean bodyFeminine = bodyFeminine(last);
    return verbFeminine == null || bodyFeminine == null || verbFeminine.equals(bodyFeminine);
  }

  /**
   * The medium that passed on the last speaker's words, when a pronoun verb agrees with it and not
   * with the speaker: "نقلت وكالة رويترز عن مصدر أمني أن ..." then "وأضافت أن" is Reuters. Null when
   * there is none, or its name or the verb tells no gender.
   */
  Speaker mediumAgreeing(SentenceTokens s, Match verb, org.isnad.model.ChainLink medium) {
    if (medium == null || !afterPronounVerb(s, verb)) {
      return null;
    }
    String head = head(medium.name());
    Boolean mediumFeminine = head.endsWith("ه") || head.endsWith("ات") ? Boolean.TRUE
        : MASCULINE_MEDIA.contains(bare(head)) ? Boolean.FALSE : null;
    Boolean verbFeminine = verbFeminine(s.norms.get(verb.from()), fold.apply(verb.label()));
    return mediumFeminine != null && mediumFeminine.equals(verbFeminine)
        ? new Speaker(medium.name(), medium.span(), SourceType.MEDIA) : null;
  }

  /** The first word of a name, folded, without a joined "و": the head whose form tells its gender. */
  private String head(String name) {
    String head = fold.apply(Blanks.firstWord(name.strip()));
    return head.startsWith("و") && head.length() > 4 ? head.substring(1) : head;
  }

  /** Masculine kinds of medium (folded, without the article): "موقع"، "راديو"، "تلفزيون". */
  private static final Set<String> MASCULINE_MEDIA = Set.of("موقع", "راديو", "تلفزيون", "مركز");

  /** Whether nothing but an opener follows the verb: its subject is a pronoun ("وأضاف إن", "وأضاف أن"). */
  private static boolean afterPronounVerb(SentenceTokens s, Match verb) {
    int next = verb.end();
    return next >= s.size() || s.breakBefore(next) || OPENERS.contains(s.norms.get(next))
        || STOPS.contains(s.norms.get(next)) || timeAt(s, next);
  }

  /**
   * True for unnamed sources named by a plural that takes a feminine verb ("المصادر", "أوساط"), false
   * for one source ("مصدر"); null for others, whose gender the words do not tell.
   */
  private Boolean sourcesFeminine(Speaker source) {
    String head = bare(head(source.name()));
    return FEMININE_SOURCES.contains(head) ? Boolean.TRUE : head.equals("مصدر") ? Boolean.FALSE : null;
  }

  /** Unnamed sources by a broken plural (folded, without the article): "مصادر"، "أوساط". */
  private static final Set<String> FEMININE_SOURCES = Set.of("مصادر", "اوساط");

  /** True for "وأضافت", "وتقول"; false for "وأضاف", "ويقول"; null when the form tells neither. */
  private static Boolean verbFeminine(String w, String lemma) {
    String form = (w.startsWith("و") || w.startsWith("ف")) && !lemma.startsWith(w.substring(0, 1)) ? w.substring(1) : w;
    if (form.equals(lemma + "ت") || form.startsWith("ت") && !lemma.startsWith("ت") && form.length() > 2) {
      return true;
    }
    return form.equals(lemma) || form.startsWith("ي") ? false : null;
  }

  /** True for a country or a body named by a feminine head ("وزارة", "القوات"); false for a masculine head. */
  private Boolean bodyFeminine(Speaker body) {
    for (EntityMention m : mentions) {
      if (m.span().equals(body.mention())) {
        if (m.type() == EntityType.LOC && forAState(m.ref())) {
          return true; // a country or its capital: "روسيا", "إسرائيل", "أنقرة"
        }
        break;
      }
    }
    String head = head(body.name());
    if (head.endsWith("ه") || head.endsWith("ات")) {
      return true;
    }
    return MASCULINE_HEADS.contains(bare(head)) || MASCULINE_HEADS.contains(head) ? false : null;
  }

  /** Whether a body or country speaking at token {@code at} agrees in gender with the verb; persons always do. */
  private boolean agrees(SentenceTokens s, Match verb, Speaker subject, int at) {
    if (subject.type() == SourceType.NAMED_OFFICIAL || subject.type() == SourceType.ANONYMOUS_SOURCE) {
      return true;
    }
    boolean feminineVerb = feminine(s.norms.get(verb.from()).substring(1), fold.apply(verb.label()));
    boolean feminineSubject = countryAt(s, at) != null || s.norms.get(at).endsWith("ه");
    return feminineVerb == feminineSubject;
  }

  /** Whether a verb form (folded, without "و") of the lemma is feminine: "تقول", "أكدت"; not "تحدث". */
  private static boolean feminine(String form, String lemma) {
    if (form.equals(lemma)) {
      return false;
    }
    return form.endsWith("ت") && form.length() == lemma.length() + 1 || form.startsWith("ت");
  }

  /**
   * A country named at token {@code from} ("إسرائيل", not "لإسرائيل" nor a town), or a capital news names
   * for its government ("وكانت أنقرة قد زعمت أن"، "وقالت واشنطن إن"), or null.
   */
  private static EntityMention countryAt(SentenceTokens s, int from) {
    EntityMention country = s.entityAt(from);
    return country != null && country.type() == EntityType.LOC && s.indexOf(country.span()) == from
        && forAState(country.ref()) && !s.norms.get(from).startsWith("ل") ? country : null;
  }

  /** Whether a place id is a country's (no "-" in it) or a capital's that speaks for its state. */
  private static boolean forAState(String ref) {
    return ref != null && (!ref.contains("-") || org.isnad.place.Capitals.speaksForItsState(ref));
  }

  /**
   * A country right after the verb whose name a preposition, a complementiser or punctuation ends:
   * the speaker, before any body named later in the clause. Null otherwise.
   */
  private static Speaker countryAlone(SentenceTokens s, int from, int end) {
    EntityMention country = countryAt(s, from);
    if (country == null) {
      return null;
    }
    int next = s.tokenAt(country.span().end() - 1) + 1;
    boolean alone = next >= end || s.breakBefore(next) || STOPS.contains(s.norms.get(next));
    return alone ? new Speaker(country.text(), country.span(), SourceType.OFFICIAL_STATEMENT) : null;
  }

  /** A medium's correspondent (folded, without the article): "مراسل الجزيرة", "مراسلة الوكالة". */
  private static final Set<String> CORRESPONDENTS = Set.of("مراسل", "مراسله", "مراسلو", "مراسلي", "مراسلون");

  /**
   * A medium's reporter, or a state's delegate ("مندوب روسيا لدى الأمم المتحدة"): a correspondent only
   * before a medium ("مندوب "الوطنية"", "مندوب الوكالة الوطنية للإعلام").
   */
  private static final Set<String> DELEGATES = Set.of("مندوب", "مندوبه", "مندوبو", "مندوبي");

  /** The outlet's own correspondent: "وأفاد مراسلنا". */
  private static final Set<String> OWN_CORRESPONDENTS = Set.of("مراسلنا", "مراسلتنا", "مراسلونا", "مراسلينا",
      "ومراسلنا", "ومراسلتنا", "مندوبنا", "ومندوبنا");

  /**
   * A correspondent speaks for a medium: "وأفاد مراسل "نداء الجنوب"" is that medium's report, named
   * with it (the medium in quotation marks or tagged as a name); "مراسلنا" and "المراسل" alone are
   * the outlet's own. Null
   * when {@code from} holds no such word.
   */
  private Speaker correspondent(SentenceTokens s, int from, int end) {
    String w = s.norms.get(from);
    if (OWN_CORRESPONDENTS.contains(w)) {
      return new Speaker(null, s.span(from, from + 1), SourceType.OUTLET);
    }
    boolean delegate = DELEGATES.contains(bare(w));
    if (!CORRESPONDENTS.contains(bare(w)) && !delegate) {
      return null;
    }
    int e = from + 1;
    EntityMention medium = e < end ? s.entityAt(e) : null;
    if (delegate && !(e < end && s.quoteBefore(e) || medium != null && medium.type() == EntityType.ORG
        && s.indexOf(medium.span()) == e && isMedia(s, medium))) {
      return null;
    }
    if (medium != null && medium.type() == EntityType.ORG && s.indexOf(medium.span()) == e) {
      e = Math.min(end, s.tokenAt(medium.span().end() - 1) + 1);
    } else if (e < end && s.quoteBefore(e)) { // "مراسل "نداء الجنوب"": the medium's name in quotation marks
      int close = e + 1;
      while (close < end && close - e < 5 && !s.breakBefore(close)) {
        close++;
      }
      e = close;
    } else if (w.startsWith("ال") && (e >= end || s.breakBefore(e) || OPENERS.contains(s.norms.get(e)))) {
      return new Speaker(null, s.span(from, e), SourceType.OUTLET); // "وأفاد المراسل بأن": the outlet's own
    } else {
      e = roleEnd(s, from, endOfPhrase(s, from, end));
    }
    return new Speaker(s.text(from, e), s.span(from, e), SourceType.MEDIA);
  }

  /**
   * "السلطات" with up to two adjectives ("السلطات اللبنانية", "السلطات المحلية", "السلطات الأمنية
   * العراقية"): the state speaking as an institution, named as written. Null otherwise.
   */
  private static Speaker authorities(SentenceTokens s, int from, int end) {
    if (!s.norms.get(from).equals("السلطات")) {
      return null;
    }
    int e = from + 1;
    while (e < end && e < from + 3 && !s.breakBefore(e) && s.norms.get(e).startsWith("ال")
        && (s.norms.get(e).endsWith("يه") || s.norms.get(e).endsWith("ي"))) {
      e++;
    }
    return new Speaker(s.text(from, e), s.span(from, e), SourceType.OFFICIAL_STATEMENT);
  }

  /**
   * A body named by a head noun and its place, speaking as an institution: "ولاية كلس التركية",
   * "المجلس المحلي في إعزاز", "محافظة حلب". The head noun opens the range; up to two adjectives and a
   * preposition may stand before the place, and the place's own adjectives ("التركية") end the name.
   * Null when no place follows the head noun.
   */
  private static Speaker polity(SentenceTokens s, int from, int end) {
    Match head = s.at(from, "polity");
    if (head == null || s.norms.get(from).startsWith("ل")) {
      return null;
    }
    EntityMention whole = s.entityAt(from);
    if (whole != null && whole.type() == EntityType.LOC && s.indexOf(whole.span()) == from
        && s.tokenAt(whole.span().end() - 1) >= head.end()) {
      return new Speaker(whole.text(), whole.span(), SourceType.OFFICIAL_STATEMENT); // "محافظة حمص" named whole
    }
    int i = head.end();
    for (int k = 0; k < 3 && i < end && !s.breakBefore(i) && s.entityAt(i) == null; k++) {
      String w = s.norms.get(i);
      if (w.equals("في") || w.equals("ب") || k < 2 && (w.startsWith("ال") && !STOPS.contains(w))) {
        i++;
      } else {
        break;
      }
    }
    if (i >= end || s.breakBefore(i)) {
      return null;
    }
    EntityMention place = s.entityAt(i);
    if (place == null || place.type() != EntityType.LOC || s.indexOf(place.span()) != i) {
      return null;
    }
    int e = s.tokenAt(place.span().end() - 1) + 1;
    while (e < end && !s.breakBefore(e) && s.entityAt(e) != null && s.entityAt(e).type() == EntityType.LOC
        && s.norms.get(e).startsWith("ال") && isNisbaDefinite(s.norms.get(e))) {
      e = s.tokenAt(s.entityAt(e).span().end() - 1) + 1; // "التركية"
    }
    return new Speaker(s.text(from, e), s.span(from, e), SourceType.OFFICIAL_STATEMENT);
  }

  private static boolean isNisbaDefinite(String w) {
    return w.endsWith("يه") || w.endsWith("ي");
  }

  /**
   * The first word with a glued "ل" (not "لل" of a name's article) in {@code [from, to)} that names no
   * one: the medium told after one of a group ("وقال أحد الوجهاء لموقعنا إن"). {@code told} when none.
   */
  private static int toldUnnamed(SentenceTokens s, int from, int to, int told) {
    for (int k = from; k < to; k++) {
      String w = s.norms.get(k);
      if (w.startsWith("ل") && !w.startsWith("لل") && w.length() > 3 && s.entityAt(k) == null && s.at(k) == null) {
        return told > from && told < k ? told : k;
      }
    }
    return told;
  }

  /** Whether "أحد"/"إحدى" and a group noun open the speaker at {@code from}: one of the group speaks. */
  private static boolean oneOf(SentenceTokens s, int from, int end) {
    String w = s.norms.get(from);
    return from + 1 < end && (w.equals("احد") || w.equals("احدي")) && s.at(from + 1, "collective") != null;
  }

  /**
   * True when token {@code i} is an indefinite plural noun of people that may speak as a group, the
   * subject right after a reporting verb: a masculine sound plural in the nominative ("مسعفون",
   * "ناشطون"; a feminine plural in "-ات" is mostly of things, "متفجرات"), or a broken plural of the
   * language's {@code collective} category ("سكان", "أطباء", "شهود"). Not a name, a time, nor a word
   * with the article or a preposition.
   */
  static boolean group(SentenceTokens s, int i) {
    String w = s.norms.get(i);
    if (definite(w) || w.startsWith("ل") || w.startsWith("ب") || s.entityAt(i) != null || STOPS.contains(w)
        || OPENERS.contains(w)) {
      return false;
    }
    return s.at(i, "collective") != null || w.length() >= 5 && w.endsWith("ون") && s.at(i) == null && !timeAt(s, i);
  }

  /**
   * True when token {@code i} is inside a body's name that starts before it ("مكتب الأمم المتحدة
   * لتنسيق الشؤون الإنسانية"): its "ل" goes on naming the body, it tells no medium.
   */
  static boolean insideName(SentenceTokens s, int i) {
    EntityMention m = s.entityAt(i);
    return m != null && m.type() == EntityType.ORG && s.indexOf(m.span()) < i;
  }

  /** The most definite words after the "ل" word of a unit's purpose: "لتنسيق الشؤون الإنسانية". */
  private static final int MAX_PURPOSE_WORDS = 2;

  /**
   * Where a unit's name ends when its body is followed by the unit's purpose, a word with "ل" and
   * definite words without a break ("مكتب الأمم المتحدة لحقوق الإنسان", "مكتب الأمم المتحدة لتنسيق
   * الشؤون الإنسانية"): past them; {@code e} when the "ل" word names a medium or another body, or is
   * no noun of a purpose.
   */
  static int ofPurpose(SentenceTokens s, int e, int end) {
    String w = e < end && !s.breakBefore(e) ? s.norms.get(e) : "";
    if (w.length() < 4 || !w.startsWith("ل") || w.startsWith("لل") || s.entityAt(e) != null || s.at(e, "media") != null) {
      return e;
    }
    int k = e + 1;
    while (k < end && k <= e + MAX_PURPOSE_WORDS && !s.breakBefore(k) && definiteNoun(s.norms.get(k))
        && s.entityAt(k) == null && !timeAt(s, k)) {
      k++;
    }
    return k > e + 1 ? k : e;
  }

  /** Relative pronouns that look like a definite word: "الذين", "اللذين" (folded). */
  private static final Set<String> RELATIVES = Set.of("الذين", "اللذين", "اللتين", "اللواتي", "اللاتي");

  /** A definite word of a name, not "إلى", "التي", "الذي" or a relative pronoun (folded). */
  private static boolean definiteNoun(String w) {
    return w.startsWith("ال") && w.length() >= 5 && !RELATIVES.contains(w);
  }

  /** Verbs of asking that one's name be withheld (folded): "طلب عدم الكشف عن هويته", "فضل عدم ذكر اسمه". */
  private static final Set<String> WITHHOLDING = Set.of("طلب", "طلبت", "رفض", "رفضت", "فضل", "فضلت", "مفضلا",
      "طالبا", "شريطه", "اشترط");
  /** Nouns of disclosing a name after such a verb: "الكشف", "ذكر", "نشر". */
  private static final Set<String> DISCLOSING = Set.of("الكشف", "ذكر", "نشر", "الافصاح", "كشف", "الاشاره");

  /**
   * The token where an anonymous source's request to withhold its name starts ("مسؤول محلي طلب عدم
   * الكشف عن هويته", "مصدر رفض الكشف عن اسمه", "شريطة عدم ذكر اسمه"), or -1: the source is the words
   * before it.
   */
  private static int withheldName(SentenceTokens s, int from, int end) {
    for (int k = from + 1; k < end - 1 && !s.breakBefore(k); k++) { // between commas it is no part of the source
      if (!WITHHOLDING.contains(s.norms.get(k))) {
        continue;
      }
      for (int d = k + 1; d < Math.min(end, k + 3); d++) {
        if (DISCLOSING.contains(s.norms.get(d))) {
          return k;
        }
      }
    }
    return -1;
  }

  /**
   * The end of an anonymous source with the body it belongs to: "مسؤول في الأمم المتحدة", "مصدر
   * بوزارة الداخلية", "مسؤولون لدى الجيش" end after the body's name, so the source keeps its
   * affiliation (the institution stays a mention of its own inside the speaker's span); a source of
   * the lexicon ({@code source}) keeps a body named by common words too ("مصدر في الوفد الحكومي");
   * else {@code e}.
   */
  static int affiliation(SentenceTokens s, int e, int end, boolean source) {
    if (e >= end || s.breakBefore(e)) {
      return e;
    }
    int at = AFFILIATION.contains(s.norms.get(e)) ? e + 1 : e;
    if (at >= end || at > e && s.breakBefore(at)) {
      return e;
    }
    EntityMention org = s.entityAt(at);
    if (org == null && at > e && source && BODY_HEADS.contains(s.norms.get(at)) && at + 1 < end && !s.breakBefore(at + 1)) {
      EntityMention of = s.entityAt(at + 1); // "مصدر في شرطة محافظة ديالى": a body's head and the place or body it serves
      if (of != null && of.type() != EntityType.PER && s.indexOf(of.span()) == at + 1) {
        return Math.min(end, s.tokenAt(of.span().end() - 1) + 1);
      }
    }
    if (org == null && at > e && source) {
      return definiteBody(s, at, end, e); // "مصدر في الوفد الحكومي": a body named by common words
    }
    if (org == null || org.type() != EntityType.ORG || s.indexOf(org.span()) != at
        || at == e && !s.norms.get(e).startsWith("ب")) {
      return e;
    }
    return Math.min(end, s.tokenAt(org.span().end() - 1) + 1);
  }

  /**
   * The end of the side an anonymous source is on, right after its head noun ("مصادر على الجانب
   * السوري"): "على", a definite noun and at most one definite adjective (a country's, a mention of the
   * country of its own); {@code e} when none ("مطلع على المحادثات" after an adjective is no side).
   */
  private static int onSide(SentenceTokens s, int e, int end) {
    if (e + 1 >= end || s.breakBefore(e) || !s.norms.get(e).equals("علي") || s.breakBefore(e + 1)) {
      return e;
    }
    int noun = e + 1;
    if (!s.norms.get(noun).startsWith("ال") || s.entityAt(noun) != null || s.at(noun) != null) {
      return e;
    }
    int adjective = noun + 1;
    boolean described = adjective < end && !s.breakBefore(adjective) && s.norms.get(adjective).startsWith("ال")
        && (s.at(adjective) == null || s.at(adjective, "nationality") != null) && !s.timeStartsAt(adjective);
    return described ? adjective + 1 : noun + 1;
  }

  /** Heads of a body in construct with its place or owner (folded): "شرطة محافظة ديالى", "قيادة عمليات سامراء". */
  private static final Set<String> BODY_HEADS = Set.of("شرطه", "قياده", "مديريه", "جهاز", "قوات", "خليه", "دائره",
      "مستشفي", "مكتب", "مجلس");

  /** The most words of a body named by common words with the article: "الوفد الحكومي". */
  private static final int MAX_DEFINITE_BODY = 2;

  /**
   * The end of a body named by a definite noun and at most one definite adjective right after "في"
   * at {@code at} ("مصدر في الوفد الحكومي", "مسؤول في الوزارة"), with no entity nor break in it; {@code e}
   * when none.
   */
  private static int definiteBody(SentenceTokens s, int at, int end, int e) {
    int i = at;
    while (i < end && i - at < MAX_DEFINITE_BODY && (i == at || !s.breakBefore(i)) && s.norms.get(i).startsWith("ال")
        && s.entityAt(i) == null && s.at(i) == null && !s.timeStartsAt(i)) {
      i++;
    }
    return i > at ? i : e;
  }

  /**
   * Whether a role opens at {@code from} and the name at {@code name} follows it right after
   * ("ونفى المتحدث باسم الجيش السوداني نبيل عبد الله ... سقوط المدينة": the spokesman, named).
   */
  boolean roleBefore(SentenceTokens s, int from, int name) {
    if (from >= name || !titles.contains(bare(s.norms.get(from)))) {
      return false;
    }
    int end = s.tokenAt(role(s, from).span().end() - 1) + 1;
    EntityMention between = end < name && !s.breakBefore(name) ? s.entityAt(end) : null;
    if (end == name || between == null || s.indexOf(between.span()) != end || s.tokenAt(between.span().end()) != name) {
      return end == name;
    }
    // "وأعلن محافظ تعز عبده سالم الشرعبي": the office's place between; "ودعا الأمين العام للأمم المتحدة
    // أنطونيو غوتيريش": the body of the office, after "ل"
    return between.type() == EntityType.LOC && end + 1 == name
        || between.type() == EntityType.ORG && ofOffice(s, end);
  }

  /**
   * Whether a body or a place other than a country's adjective starts at token {@code i}: after a role
   * and its office, the one a threat or a call is aimed at ("وتوعد وزير الدفاع الإسرائيلي الحوثيين بـ",
   * "وتوعد وزير الخارجية الإيراني الولايات المتحدة بـ"), no part of the role.
   */
  private static boolean objectAt(SentenceTokens s, int i) {
    EntityMention m = s.entityAt(i);
    return m != null && s.indexOf(m.span()) == i && m.type() != EntityType.PER
        && !(m.type() == EntityType.LOC && s.tokenAt(m.span().end() - 1) == i && isNisbaDefinite(s.norms.get(i)));
  }

  /**
   * A speaker named by a role alone, without "أن" to end it: the title and the words with the article
   * after it ("وزير الخارجية الأمريكي"), or its institution after "باسم"; "أكد وزير الخارجية استمرار
   * الدعم" ends before "استمرار".
   */
  static Speaker role(SentenceTokens s, int from) {
    int i = from + 1;
    while (i < s.size() && !s.breakBefore(i) && s.norms.get(i).startsWith("ال") && s.norms.get(i).length() > 3
        && !STOPS.contains(s.norms.get(i)) && !(i > from + 1 && objectAt(s, i))) {
      i++;
    }
    if (i < s.size() && s.norms.get(i).equals("باسم")) {
      i = roleEnd(s, i, s.size());
    }
    return new Speaker(s.text(from, i), s.span(from, i), SourceType.NAMED_OFFICIAL);
  }

  /**
   * The end of a role named by its institution: after the institution of "باسم" ("المتحدث باسم
   * وزارة الصحة" ends after "الصحة"), so the claim that follows is not taken into the speaker.
   */
  static int roleEnd(SentenceTokens s, int from, int end) {
    int k = indexOfWord(s, from, end, "باسم");
    if (k < 0) {
      return end;
    }
    EntityMention org = s.firstEntity(k + 1, Math.min(end, k + 5), EntityType.ORG);
    if (org != null && s.indexOf(org.span()) == k + 1) {
      return s.tokenAt(org.span().end() - 1) + 1;
    }
    int body = org == null ? -1 : s.indexOf(org.span());
    if (body > k + 1 && body < end && s.norms.get(body).startsWith("ل") && !breakIn(s, k + 1, body + 1)) {
      return s.tokenAt(org.span().end() - 1) + 1; // "المتحدث باسم الأمين العام للأمم المتحدة": the office's body
    }
    return Math.min(end, k + 2);
  }

  private static boolean breakIn(SentenceTokens s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.breakBefore(i)) {
        return true;
      }
    }
    return false;
  }

  /** The first token after a speaker: after its name, or after the institution of its role. */
  static int speakerEnd(SentenceTokens s, Speaker speaker) {
    int end = s.tokenAt(speaker.span().end() - 1) + 1;
    if (speaker.type() == SourceType.NAMED_OFFICIAL && end < s.size() && s.norms.get(end).equals("باسم")) {
      return roleEnd(s, end, s.size()); // "الناطق باسم الجيش" when the role's head is a named person
    }
    return end;
  }

  /**
   * True when a definite noun and its adjective name a unit right before "ل" and a body that is no
   * medium ("المركز الإعلامي لقوات سوريا الديمقراطية", "المكتب الإعلامي للحركة"): the unit is the
   * body's, and speaks for it.
   */
  private boolean unitOfBody(SentenceTokens s, int from, EntityMention org) {
    int at = s.indexOf(org.span());
    return at > from && at - from <= 2 && s.norms.get(at).startsWith("ل") && !s.norms.get(at).equals("ل")
        && definite(s.norms.get(from)) && plainWords(s, from, at) && !isMedia(s, org) && s.at(at, "media") == null;
  }

  /**
   * The last speaker again, named by the family name alone right after the verb ("وأشار حسكة إلى
   * أن" after "دلشير حسكة"), whatever else the recogniser took that word for (here a town). Null when
   * the word is not the last word of the last named person's name, or more of a name follows it.
   */
  Speaker familyNameOf(SentenceTokens s, int i, int to, Speaker last) {
    if (last == null || last.nobody() || last.type() != SourceType.NAMED_OFFICIAL || i >= to
        || i + 1 < to && !s.breakBefore(i + 1) && !alone(s, i + 1)) {
      return null;
    }
    String name = last.name().strip();
    int space = lastSpace(name);
    if (space < 0 || !fold.apply(name.substring(space + 1)).equals(s.norms.get(i))) { // one word, or not its last
      return null;
    }
    return new Speaker(last.name(), s.span(i, i + 1), SourceType.NAMED_OFFICIAL, last.mention());
  }

  /** The most words of a role before the name set off by commas: "مديرتها القطرية في اليمن". */
  private static final int MAX_ROLE_TOKENS = 8;

  /**
   * A role and, between commas, the name of the one who holds it: "وقالت مديرتها القطرية في اليمن،
   * كلير دوبوا، في بيان إن"، "قال المتحدث باسم الحركة، فلان الفلاني، لوكالتنا إن". The two or three
   * words speak as a person even when the recogniser did not tag them; null when the words between
   * the commas hold a preposition, a title, a time, a lexicon word or a name of another kind.
   */
  private Speaker appositive(SentenceTokens s, int from, int end) {
    if (from >= end || !roleWord(s.norms.get(from))) {
      return null;
    }
    int open = from + 1;
    while (open < end && open - from <= MAX_ROLE_TOKENS && !s.breakBefore(open)) {
      open++;
    }
    int close = open + 1;
    while (close < end && !s.breakBefore(close)) {
      close++;
    }
    if (close > end || close >= s.size() || open - from > MAX_ROLE_TOKENS || close - open < 2 || close - open > 3
        || !s.gapHas(open, "،,") || !s.gapHas(close, "،,")) {
      return null;
    }
    EntityMention lastName = s.entityAt(close - 1);
    boolean endsInAName = lastName != null && lastName.type() == EntityType.PER;
    for (int i = open; i < close; i++) {
      EntityMention m = s.entityAt(i);
      String w = s.norms.get(i);
      // a first name may fold like a particle when a recognised name closes the words: "آن كلير لوجاندر"
      boolean word = !endsInAName && (STOPS.contains(w) || s.at(i) != null);
      if (word || titles.contains(bare(w)) || timeAt(s, i)
          || m != null && m.type() != EntityType.PER && !(m.type() == EntityType.LOC && i > open)) {
        // a family name may be a place's ("دلشير حسكة"), a first name hardly
        return null;
      }
    }
    return new Speaker(s.text(open, close), s.span(open, close), SourceType.NAMED_OFFICIAL);
  }

  /** A title or role, also with a possessive pronoun: "المتحدث", "مديرتها", "رئيسه". */
  private boolean roleWord(String w) {
    if (titles.contains(bare(w))) {
      return true;
    }
    for (String suffix : new String[] {"تها", "ته", "تهم", "ها", "هم", "ه"}) {
      if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
        String stem = w.substring(0, w.length() - suffix.length());
        if (titles.contains(stem) || suffix.startsWith("ت") && titles.contains(stem + "ه")) {
          return true;
        }
      }
    }
    return false;
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

  /** Accusative singulars of the anonymous heads, after "أن"/"إن" ("غير أن مصدرا في الشرطة أكد"), and their nominative. */
  private static final java.util.Map<String, String> ACCUSATIVE = java.util.Map.of(
      "مصدرا", "مصدر", "مسؤولا", "مسؤول", "مسئولا", "مسئول", "دبلوماسيا", "دبلوماسي");

  /**
   * The source's name in the nominative: its accusative head and the adjectives after it ("مصدرا طبيا في
   * مستشفى المدينة" is "مصدر طبي في مستشفى المدينة"); the words from a preposition on stay as written.
   */
  static String nominative(String name) {
    String[] words = name.split(" ", -1);
    String base = ACCUSATIVE.get(words[0]);
    if (base == null) {
      return name;
    }
    words[0] = base;
    for (int i = 1; i < words.length && accusativeAdjective(words[i]); i++) {
      words[i] = words[i].substring(0, words[i].length() - 1); // "طبيا" -> "طبي", "مطلعا" -> "مطلع"
    }
    return String.join(" ", words);
  }

  /** An indefinite adjective in the accusative: no article, no preposition, ending in "ا" ("طبيا", "أمنيا"). */
  private static boolean accusativeAdjective(String w) {
    return w.length() > 3 && w.endsWith("ا") && !w.startsWith("ال") && !w.endsWith("اا");
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
      if (w.equals("لوسايل") && i + 1 < to) { // folded
        return i; // "وقال مسؤول لوسائل الإعلام إن": the media told, unnamed
      }
      boolean media = s.at(i, "media") != null;
      if (affiliated(s, i) || (ofRoleBody(s, i) || ofOffice(s, i)) && !media) {
        continue; // "مركز عمليات الطوارئ التابع لوزارة الصحة": the body it belongs to, no medium told
      }
      if (m != null && m.span().start() == s.tokens.get(i).span().start() && !media) {
        continue; // "عضو لجنة الأمن والدفاع": the "ل" is the name's own letter, no preposition
      }
      if (!media && insideName(s, i)) {
        continue; // "ممثلة منظمة الأمم المتحدة للطفولة في اليمن فلانة": a word of the body's own name
      }
      if (media || m != null && m.type() == EntityType.ORG || w.equals("ل") || w.equals("لـ")) {
        return i;
      }
      if (m == null && w.equals(toldOutlet)) {
        return i; // "وأفادت مصادر محلية لهسبريس بأن": the article's own outlet was told
      }
      if (m == null && w.startsWith("لل") && nameGoesOn(s, i + 1, to)) {
        return i; // "وقال المصدر للسومرية نيوز، إن": the medium's name begins with the word after "ل"
      }
    }
    return -1;
  }

  /** Adjectives that close the name of an office of a body: "الأمين العام"، "المبعوث الخاص"، "المفوض السامي". */
  private static final Set<String> OFFICE_ADJECTIVES = Set.of("العام", "الخاص", "السامي", "الدائم", "التنفيذي", "المنتدب");

  /**
   * True when the "ل" word at {@code i} names the body of an office just before it ("الأمين العام للأمم
   * المتحدة"، "المفوض السامي لحقوق الإنسان"): the office holder speaks, no medium was told.
   */
  private static boolean ofOffice(SentenceTokens s, int i) {
    return i > 0 && !s.breakBefore(i) && OFFICE_ADJECTIVES.contains(s.norms.get(i - 1));
  }

  /** True when an organisation's name starts at token {@code j}, before {@code to}: the rest of a medium's name. */
  private static boolean nameGoesOn(SentenceTokens s, int j, int to) {
    EntityMention m = j < to && !s.breakBefore(j) ? s.entityAt(j) : null;
    return m != null && m.type() == EntityType.ORG && m.span().start() == s.tokens.get(j).span().start();
  }

  /** Words of where something is posted, after "على"/"عبر"/"في": "على منصة إكس", "عبر حسابه على تلغرام". */
  private static final Set<String> PLATFORM_WORDS = Set.of("منصه", "منصته", "منصتها", "حسابه", "حسابها", "حساب",
      "صفحته", "صفحتها", "صفحه", "قناته", "قناتها", "تطبيق", "موقع");

  private static final Set<String> ON = Set.of("علي", "عبر", "في");

  /** How many words may stand between a platform and its "على" ("على منصة تروث سوشيال", "على صفحته الرسمية في فيسبوك"). */
  private static final int PLATFORM_REACH = 3;

  /**
   * Whether the organisation at token {@code at} is where words were posted ("على منصة إكس", "عبر
   * تلغرام", "على قناته في تلغرام"): after "عبر", or after a platform word governed by "على"/"عبر"/"في",
   * a word of its name between ("على منصة تروث سوشيال"). Not any body after "على": "هجوم على الجيش"
   * names the target.
   */
  static boolean onPlatform(SentenceTokens s, int at) {
    for (int k = at - 1; k >= 0 && k >= at - PLATFORM_REACH && !s.breakBefore(k + 1); k--) {
      String w = s.norms.get(k);
      if (w.equals("عبر") || PLATFORM_WORDS.contains(w) && k >= 1 && ON.contains(s.norms.get(k - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when an organisation is the medium told, past the speaker: it starts at or after the told
   * word ({@code told}, from {@link #toldTo}), which names a medium ("لإذاعة "فرانس إنتر"", "لوكالة
   * رويترز"), and is no unit of a body ("المكتب الإعلامي لحركة حماس" speaks for the movement).
   */
  private boolean toldMedium(SentenceTokens s, int from, int told, EntityMention org) {
    int at = s.indexOf(org.span());
    return told >= from && at >= told && at <= told + 1 && (s.at(told, "media") != null || isMedia(s, org))
        && !unitOfBody(s, from, org);
  }

  /**
   * True when token {@code i} ("للأمم") names the body of an office after "باسم" ("المتحدث باسم
   * الأمين العام للأمم المتحدة"): the rest of the role's name, no medium told.
   */
  private static boolean ofRoleBody(SentenceTokens s, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (s.breakBefore(k + 1)) {
        return false;
      }
      if (s.norms.get(k).equals("باسم")) {
        return k < i - 1;
      }
    }
    return false;
  }

  /** Participles of affiliation before "ل" and a body: "التابع لوزارة"، "التابعة للجيش". */
  private static final Set<String> BELONGING = Set.of("التابع", "التابعه", "التابعين", "التابعتين", "تابع", "تابعه");

  /** True when token {@code i} ("لوزارة") follows a participle of affiliation. */
  private static boolean affiliated(SentenceTokens s, int i) {
    return i > 0 && s.norms.get(i).startsWith("ل") && !s.breakBefore(i) && BELONGING.contains(s.norms.get(i - 1));
  }

  private boolean isMedia(SentenceTokens s, EntityMention m) {
    int i = s.indexOf(m.span());
    return s.at(i, "media") != null
        || i > 0 && s.at(i - 1, "media") != null;
  }

  /** The end of the noun phrase that starts at {@code from}: the next break, within {@code to}. */
  int endOfPhrase(SentenceTokens s, int from, int to) {
    int i = from + 1;
    while (i < to && !s.breakBefore(i) && !STOPS.contains(s.norms.get(i)) && !OPENERS.contains(s.norms.get(i))
        && !(s.norms.get(i).startsWith("ل") && toldTo(s, i, i + 1) == i)
        && !s.norms.get(i).equals("ل") // "وقال الوزير لـ«الشرق الأوسط»": the preposition written apart
        && (!opensWithBa(s.norms.get(i)) || s.norms.get(i).equals("باسم")) // "المتحدث باسم ...": the role goes on
        && s.at(i, "reporting") == null // "مصدر دبلوماسي تحدث لقناة المدى": the verb ends the name
        && !s.timeStartsAt(i) // "وقال وزير الداخلية السبت لإذاعة": the day ends the role
        && !mediumAt(s, i)) { // "أبلغ مسؤول أمني وكالة رويترز أن": the medium informed
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
  Speaker subjectBefore(SentenceTokens s, int verb) {
    if (verb == 0) {
      return null;
    }
    int amma = ammaBefore(s, verb);
    if (amma >= 0) { // "أما نور بنت حسن الغساني رئيسة جمعية المرأة العمانية بصلالة فتقول": all up to "ف" is the subject
      Speaker topic = named(s, amma + 1, verb);
      if (topic != null && !topic.nobody()) {
        return topic;
      }
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
        if (named != null && s.indexOf(named.span()) == start
            && (named.type() != SourceType.ANONYMOUS_SOURCE || start > 0 && OPENERS.contains(s.norms.get(start - 1)))
            && qualifies(s, s.tokenAt(named.span().end() - 1) + 1, end)) {
          // "أما وزارة الصحة في الحكومة السورية فتحدثت": the body, with where it belongs; "غير أن مصدرا
          // طبيا في مستشفى المدينة أكد": an unnamed source after "أن", with where he works
          return named;
        }
        Speaker body = namedBody(s, start, end);
        if (body != null) {
          return body;
        }
      }
    }
    EntityMention person = s.norms.get(verb).startsWith("و") && !s.breakBefore(verb)
        ? firstPersonOfClause(s, verb) : s.lastEntity(0, verb, EntityType.PER);
    if (person != null && verb - s.indexOf(person.span()) <= 8 && !governed(s, s.indexOf(person.span()))
        && !spokeBefore(s, s.indexOf(person.span()), s.tokenAt(person.span().end() - 1) + 1, verb)) {
      return new Speaker(person.text(), person.span(), SourceType.NAMED_OFFICIAL);
    }
    return null;
  }

  /** The most words between a reporting verb and the person it names: "قال وزير الخارجية الأردني X". */
  private static final int MAX_VERB_TO_NAME = 5;

  /**
   * Whether the person at tokens {@code [at, end)} spoke already before {@code to}: a reporting verb
   * just before the name and an opener of words after it ("قال الوزير سامي الحسن إن المفاوضات مستمرة،
   * فيما أعلن وزير الإعلام أن": the second verb has its own subject). Not "ولم يكن فرويد مهتما بأن يصبح
   * طبيبا ولكنه رأى أن", where no verb reported his words.
   */
  private static boolean spokeBefore(SentenceTokens s, int at, int end, int to) {
    boolean reported = false;
    for (int k = at - 1; k >= 0 && k >= at - MAX_VERB_TO_NAME && !reported; k--) {
      reported = s.at(k, "reporting") != null;
      if (s.breakBefore(k + 1)) {
        break;
      }
    }
    for (int k = end; k < to && reported; k++) {
      if (OPENERS.contains(s.norms.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first person named in the clause a verb with "و" joins ("وأيد مثال الآلوسي رئيس حزب الامة العراقية
   * طالباني وقال ان": the clause's subject goes on speaking, not the one it supported). Null when none.
   */
  private static EntityMention firstPersonOfClause(SentenceTokens s, int verb) {
    int start = verb - 1;
    while (start > 0 && !s.breakBefore(start)) {
      start--;
    }
    return s.firstEntity(start, verb, EntityType.PER);
  }

  /**
   * True when a preposition governs the name at token {@code at}, before it or before the titles that
   * open its phrase ("قدم مشروعا الى السفير الأميركي جون نجروبونتي، لكن سفيرا مطلعا قال"): no subject.
   */
  private boolean governed(SentenceTokens s, int at) {
    String written = s.text(at, at + 1);
    EntityMention m = s.entityAt(at);
    if (m != null && m.span().start() > s.tokens.get(at).span().start() && "لب".indexOf(written.charAt(0)) >= 0) {
      return true; // "لفلان": the preposition is joined to the name
    }
    int k = at;
    while (k > 0 && !s.breakBefore(k) && (titles.contains(bare(s.norms.get(k - 1))) || adjective(s.norms.get(k - 1)))) {
      k--;
    }
    String before = k > 0 && !s.breakBefore(k) ? s.norms.get(k - 1) : "";
    return GOVERNING.contains(before);
  }

  /**
   * Prepositions whose name is no subject of a verb after it; not "مع" or "عن": "في لقاء مع فلان قال" and
   * "نقلت عن فلان قوله" are his words.
   */
  private static final Set<String> GOVERNING = Set.of("الي", "على", "علي", "ضد", "نحو", "بين", "من", "في", "لدي", "عند");

  /** A relative adjective, with the article or without: "الأميركي", "رسمية". */
  private static boolean adjective(String w) {
    return w.length() > 3 && (w.endsWith("ي") || w.endsWith("يه"));
  }


  /** How far before its "ف" verb "أما" may open the topic. */
  private static final int MAX_TOPIC_TOKENS = 14;

  /**
   * The token of "أما" whose topic the verb with "ف" at {@code verb} closes, or -1: the whole topic is
   * the subject ("أما مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) فتحدث").
   */
  static int ammaBefore(SentenceTokens s, int verb) {
    if (!s.norms.get(verb).startsWith("ف")) {
      return -1;
    }
    for (int i = verb - 2; i >= Math.max(0, verb - MAX_TOPIC_TOKENS); i--) {
      String w = s.norms.get(i);
      if (w.equals("اما") || w.equals("واما")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True when {@code [from, to)} is a short prepositional qualifier of a name before its verb, "في
   * الحكومة السورية", "بمحافظة حلب": a preposition first, no break, at most four words.
   */
  static boolean qualifies(SentenceTokens s, int from, int to) {
    if (from >= to || to - from > 4) {
      return false;
    }
    String w = s.norms.get(from);
    if (!(w.equals("في") || w.equals("لدى") || w.equals("لدي") || w.startsWith("بال") || w.startsWith("لل"))) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (i > from && s.breakBefore(i) || s.at(i, "reporting") != null) {
        return false;
      }
    }
    return true;
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
      return withAdjective(s, from, to, head); // "الوزارة الفلسطينية", "الحكومة الجديدة": none, unless named so before
    }
    boolean person = titles.contains(head);
    EntityMention referent = referent(head, s.tokens.get(from).span().start(), person);
    Span here = s.span(from, from + 1);
    if (referent == null && !person && own == null && FORCES.contains(head)) {
      // "وقال الجيش في بيان": a state's force named by its common noun speaks, as written
      return new Speaker(s.text(from, from + 1), here, SourceType.OFFICIAL_STATEMENT);
    }
    if (referent == null) {
      return person || own != null ? null : new Speaker(null, here, SourceType.OUTLET);
    }
    SourceType type = person ? SourceType.NAMED_OFFICIAL
        : s.at(from, "media") != null ? SourceType.MEDIA : SourceType.OFFICIAL_STATEMENT;
    return new Speaker(referent.text(), here, type, referent.span());
  }

  /**
   * A head noun and its adjective alone ("وأشار المركز الإعلامي إلى أن") that refer back to the nearest
   * earlier body whose name starts with both words ("المركز الإعلامي لمجلس القضاء الأعلى"); null when no
   * such body was named ("الوزارة الفلسطينية", "الحكومة الجديدة" stay nobody's).
   */
  private Speaker withAdjective(SentenceTokens s, int from, int to, String head) {
    int adjective = from + 1;
    String w = s.norms.get(adjective);
    boolean alone = adjective + 1 >= to || s.breakBefore(adjective + 1) || alone(s, adjective + 1);
    if (!w.startsWith("ال") || s.entityAt(adjective) != null || !alone || titles.contains(head)) {
      return null;
    }
    EntityMention referent = referent(head, s.tokens.get(from).span().start(), false);
    String[] words = referent == null ? new String[0] : referent.norm().split(" ");
    if (words.length < 3 || !words[1].equals(w)) {
      return null;
    }
    return new Speaker(referent.text(), s.span(from, adjective + 1), SourceType.OFFICIAL_STATEMENT, referent.span());
  }

  /**
   * Heads (folded, without the article) of a country's own forces, which need no body named before to
   * be one: "الجيش", "الشرطة". A ministry or a government alone ("الوزارة") may be any, and is nobody.
   */
  private static final Set<String> FORCES = Set.of("جيش", "شرطه");

  /** Whether token {@code i} ends the phrase before it: a preposition, the words, a statement, a time. */
  private static boolean alone(SentenceTokens s, int i) {
    String w = s.norms.get(i);
    return STOPS.contains(w) || OPENERS.contains(w) || AFTER_HEAD.contains(w) || SAYING.contains(w)
        || s.at(i, "statement") != null || w.startsWith("ل") && s.entityAt(i) != null
        || s.at(i, "continuing") != null || s.at(i, "according") != null || timeAt(s, i);
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

  /**
   * The source after an attribution marker: a name with the "ل" of "وفقا ل"/"طبقا ل" on its first
   * word ("وفقا لوكالة الأنباء الفلسطينية" is the agency), a speaker, else the words themselves.
   */
  Speaker source(SentenceTokens s, int from, int to) {
    return source(s, from, to, new ArrayList<>());
  }

  /**
   * Whether the source after an attribution marker is the subject's own statement: "وفق بيان
   * لمكتبه الإعلامي", "بحسب بيان له" (a word with "ل" and a pronoun, after the statement word).
   */
  boolean ownStatement(SentenceTokens s, int from, int to) {
    Match tally = s.at(from, "tally");
    int k = tally != null ? tally.end() : from;
    if (k >= to || k >= s.size() || !s.norms.get(k).startsWith("ل")) {
      return false;
    }
    String written = s.text(k, k + 1);
    return written.length() >= 2 && (written.endsWith("ه") || written.endsWith("ها") || written.endsWith("هم"));
  }

  /**
   * The subject of a clause: the first person, body or title in tokens {@code (from, to)} that no
   * preposition governs ("وفي بغداد، وجه رئيس مجلس الوزراء بفتح تحقيق"); null when none.
   */
  Speaker clauseSubject(SentenceTokens s, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (STOPS.contains(s.norms.get(i - 1))) {
        continue;
      }
      int phraseEnd = endOfPhrase(s, i, to);
      if (titles.contains(bare(s.norms.get(i))) && s.lastEntity(i, phraseEnd, EntityType.PER) == null) {
        int e = roleEnd(s, i, phraseEnd); // "رئيس مجلس الوزراء": the office holder, not the council
        return new Speaker(s.text(i, e), s.span(i, e), SourceType.NAMED_OFFICIAL);
      }
      EntityMention e = s.entityAt(i);
      boolean named = e != null && s.indexOf(e.span()) == i && (e.type() == EntityType.PER || e.type() == EntityType.ORG);
      if (named || titles.contains(bare(s.norms.get(i)))) {
        Speaker found = named(s, i, to);
        if (found != null && !found.nobody()) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * {@link #source(SentenceTokens, int, int)}, adding to {@code chain} a medium the source spoke to
   * ("بحسب مصدر دبلوماسي تحدث لقناة المدى").
   */
  Speaker source(SentenceTokens s, int from, int to, List<ChainLink> chain) {
    Match tally = s.at(from, "tally");
    if (tally != null && tally.end() < to && s.entityAt(from) == null && !s.breakBefore(tally.end())
        && !adjective(s, tally.end())) {
      from = tally.end(); // "بحسب حصيلة الدفاع المدني", "وفق بيان لوزارة الصحة": the body gave them
    }
    EntityMention named = s.entityAt(from);
    if (s.norms.get(from).startsWith("ل") && named != null && s.indexOf(named.span()) == from
        && (named.type() == EntityType.ORG || named.type() == EntityType.PER)) {
      SourceType type = named.type() == EntityType.PER ? SourceType.NAMED_OFFICIAL
          : isMedia(s, named) ? SourceType.MEDIA : SourceType.OFFICIAL_STATEMENT;
      return new Speaker(named.text(), named.span(), type);
    }
    List<ChainLink> told = new ArrayList<>();
    Speaker speaker = speaker(s, from, to, told);
    told.stream().filter(l -> afterReportingVerb(s, l)).forEach(chain::add);
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
   * Whether a medium follows a verb of speaking ("مصدر تحدث لقناة المدى"): after a name alone, a
   * word with "ل" is more often the rest of the name ("القيادة العامة للقوات المسلحة").
   */
  private static boolean afterReportingVerb(SentenceTokens s, ChainLink link) {
    int i = s.tokenAt(link.span().start());
    if (i > 0 && (s.norms.get(i - 1).equals("ل") || s.norms.get(i - 1).equals("لـ"))) {
      i--;
    }
    return i > 0 && s.at(i - 1, "reporting") != null;
  }

  /**
   * An adjective that names no body, with the article or without ("الحصيلة الرسمية اللبنانية", "بحسب
   * حصيلة رسمية", "حصيلة جديدة"): the tally before it is the source as written, not left out.
   */
  private static boolean adjective(SentenceTokens s, int i) {
    String w = s.norms.get(i);
    return s.entityAt(i) == null && (w.startsWith("ال") && (w.endsWith("يه") || w.endsWith("ي"))
        || !w.startsWith("ل") && (w.endsWith("يه") || TALLY_ADJECTIVES.contains(w)));
  }

  /** Adjectives of a tally that end in no nisba (folded): "حصيلة جديدة", "آخر حصيلة محدثة". */
  private static final Set<String> TALLY_ADJECTIVES = Set.of("جديده", "اخيره", "سابقه", "محدثه", "نهائيه", "مؤقته");

  /**
   * Words that end a source no entity names: prepositions and particles that are no affiliation ("في",
   * "من", "لدى" and "عن" after "صادر" may be) and a word of emphasis ("وخصوصا").
   */
  private static final Set<String> UNNAMED_SOURCE_ENDS = Set.of("الي", "علي", "على", "مع", "بين", "خلال", "بعد",
      "قبل", "منذ", "حتي", "عند", "ضد", "نحو", "حيث", "فيما", "بينما", "وخصوصا", "خصوصا", "ولا", "لكن", "ولكن");

  /** True for a known outlet's name ("السومرية نيوز"): the alias table's outlets. */
  static boolean knownOutlet(EntityMention m) {
    return m.ref() != null && m.ref().startsWith("outlet-");
  }

  /**
   * True when the "ل" word at {@code i} names a medium ("للسومرية نيوز", "لقناة المدى"), not the rest of
   * a body's name ("القيادة العامة للقوات المسلحة").
   */
  private boolean mediumTold(SentenceTokens s, int i) {
    int at = s.norms.get(i).equals("ل") || s.norms.get(i).equals("لـ") ? i + 1 : i;
    EntityMention m = at < s.size() ? s.entityAt(at) : null;
    return s.at(at, "media") != null || m != null && m.type() == EntityType.ORG
        && (isMedia(s, m) || knownOutlet(m));
  }

  /**
   * The source after "بحسب" when it names no entity: what follows a reporting verb inside it
   * ("الحصيلة التي أعلنها الجيش" -> "الجيش"), else the words themselves, without a leading "ل"
   * ("للداخلية" -> "الداخلية"), up to a preposition that is no affiliation.
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
    Speaker correspondent = correspondent(s, from, to);
    if (correspondent != null) {
      return correspondent; // "وفق ما أفاد مراسل الميادين": the medium's report
    }
    int told = from + 1 < to ? toldTo(s, from + 1, to) : -1;
    if (told > from && !insideName(s, told) && mediumTold(s, told)) {
      to = told; // "وفق ما أفاد مصدر قضائي للسومرية نيوز": the medium told is no part of the source
    }
    for (int i = from + 1; i < to; i++) {
      if (UNNAMED_SOURCE_ENDS.contains(s.norms.get(i))) {
        to = i; // "تعود حسب الباحثين إلى بدايات القرن": the source is "الباحثين"
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

  /**
   * A second speaker after "و" at token {@code c}: a name that starts right after the "و" (the
   * recogniser leaves it out of the span: "وكير ستارمر", "ووزارة الخارجية المصرية"), or a title with
   * "و" ("ورئيس الوزراء البريطاني", whose span leaves the "و" out); null when none. Not a word inside
   * a longer name ("وزارة الصحة والسكان"), nor a word that starts with the letter ("وزارة", "وزير").
   */
  Speaker conjoined(SentenceTokens s, int c, int to) {
    EntityMention inside = s.entityAt(c);
    if (inside != null && s.indexOf(inside.span()) < c) {
      return null;
    }
    int start = s.tokens.get(c).span().start();
    if (inside != null && inside.span().start() == start + 1
        && (inside.type() == EntityType.PER || inside.type() == EntityType.ORG)) {
      Speaker named = named(s, c, to);
      if (inside.type() == EntityType.ORG && named != null && named.span().start() != inside.span().start()) {
        return null; // "عضو لجنة الأمن والدفاع النيابية مهدي تقي": a body's name goes on, and the person is the first's
      }
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

  /**
   * @param titles the language's titles and roles ("رئيس", "وزير"): a speaker named by role alone
   * @param referring head nouns that, definite and alone, refer back to a named body or person
   *     ("الوزارة", "الجيش", "المتحدث"), folded and without the article
   * @param fold the language's folding, for the roles of earlier mentions
   * @param mentions the article's entity mentions, in text order: what a definite head noun refers to
   */
  SpeakerFinder(Set<String> titles, Set<String> referring, java.util.function.UnaryOperator<String> fold,
      List<EntityMention> mentions) {
    this(titles, referring, fold, mentions, null);
  }

  /**
   * @param outlet the name of the article's own outlet ("هسبريس"), or null: after "ل" it is the medium
   *     told ("وأفادت مصادر محلية لهسبريس بأن"), even when no tagger named it
   */
  SpeakerFinder(Set<String> titles, Set<String> referring, java.util.function.UnaryOperator<String> fold,
      List<EntityMention> mentions, String outlet) {
    this.titles = titles;
    this.referring = referring;
    this.fold = fold;
    this.mentions = mentions;
    this.toldOutlet = outlet == null || outlet.isBlank() ? null : fold.apply("ل" + Blanks.firstWord(outlet.strip()));
  }

  /**
   * Where the last word of a stripped {@code s} starts, less one (the space before it), or -1 when
   * {@code s} is one word: what {@code s.split("\\s+")} ends with, without a regular expression.
   */
  private static int lastSpace(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (Blanks.isBlank(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
