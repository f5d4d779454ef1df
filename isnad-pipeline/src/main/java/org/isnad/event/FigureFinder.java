package org.isnad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.lang.NumberWords;
import org.isnad.lang.NumberWords.Form;
import org.isnad.lang.NumberWords.Reading;
import org.isnad.lang.PhraseLexicon;
import org.isnad.lang.PhraseLexicon.Match;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;

/**
 * Finds casualty and arrest figures in a sentence: a casualty word ("مقتل", "إصابة", "اعتقال") with
 * the number and group after it ("مقتل جنديين أميركيين ومترجم مدني" = 3), or before it ("3
 * مصابين", "الأميركيين الثلاثة قتلوا"). Conjoined groups are summed ("عسكريين اثنين ومدني" = 3);
 * a casualty word followed by the attacker ("مقتل المسلح", "المهاجم الذي قتل") makes a
 * perpetrator figure, never counted among the victims.
 *
 * <p>Stateless and thread-safe.
 */
final class FigureFinder {

  private static final Set<String> CONJUNCTIONS = Set.of("الي جانب", "اضافه الي", "بالاضافه الي", "فضلا عن");
  /** The words of each of {@link #CONJUNCTIONS}, split once: no two start with one word, so their order is free. */
  private static final String[][] CONJUNCTION_WORDS = CONJUNCTIONS.stream().map(c -> c.split(" "))
      .toArray(String[][]::new);
  private static final Set<String> FILLERS = Set.of(
      "نحو", "حوالي", "قرابه", "ما", "لا", "يقل", "عن", "اكثر", "ازيد", "يزيد", "من", "يقارب", "اقل", "على", "علي",
      "اثرها", "اثره", "ايضا", "جراء", "فيه", "فيها", "خلاله", "خلالها");
  /**
   * Words that open a cause, never a counted group: "سقوط العشرات جراء إطلاق النار" (folded); the
   * event stage's causes and two more ("نتيجة"، "بفعل").
   */
  private static final Set<String> CAUSES = java.util.stream.Stream.concat(EventFinder.CAUSES.stream(),
      java.util.stream.Stream.of("نتيجه", "بفعل")).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** Words of a running total: "عدد القتلى", "حصيلة الجرحى". */
  private static final Set<String> TOLL = Set.of("عدد", "حصيله", "وحصيله", "وعدد");
  /** "عدد ضحايا السيول": the victims of a running total (folded). */
  private static final Set<String> VICTIMS = Set.of("ضحايا");
  private static final Set<String> TO = Set.of("الي", "الى");
  /** Verbs between a running total and its number: "عدد القتلى ارتفع إلى 30", "حصيلة الشهداء بلغت 40". */
  private static final Set<String> TOLL_VERBS = Set.of("ارتفع", "ارتفعت", "يرتفع", "ترتفع", "بلغ", "بلغت", "يبلغ",
      "تبلغ", "وصل", "وصلت", "يصل", "تصل", "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "تخطي", "تخطت", "قفز", "قفزت");
  /** How far "إلى" may stand after a running total's casualty word: "عدد الشهداء في قطاع غزة منذ بدء الحرب إلى". */
  private static final int MAX_TOLL_REACH = 8;
  /**
   * How far "إلى" may stand when a relative clause names the cause ("ارتفع عدد قتلى الزلزال الذي ضرب
   * ريف اللاذقية غربي سوريا فجر الثلاثاء إلى 17").
   */
  private static final int MAX_TOLL_REACH_RELATIVE = 14;
  /** Words that deny the casualty word: "لم يقتل جندي", "دون إصابة مدني". */
  private static final Set<String> NEGATIONS = Set.of("لم", "ولم", "لا", "ولا", "لن", "ولن", "دون", "بدون", "عدم", "ما");
  /** "محاولة اغتيال", "محاولة قتل": an attempt, no death (folded, with the clitics news writes). */
  private static final Set<String> ATTEMPTS = Set.of("محاوله", "محاولات", "لمحاوله", "بمحاوله", "ومحاوله");
  /** Verbs of refusing before a release word: the release did not happen ("رفضت الإفراج عن ثمانية"). */
  private static final Set<String> REFUSALS = Set.of("رفض", "رفضت", "ورفض", "ورفضت", "يرفض", "ترفض", "رفضوا", "ورفضوا");
  /** "وأصيب آخران": the dual of "another" (its oblique "آخرين" is also the plural "others"). */
  private static final Set<String> OTHER_TWO = Set.of("اخران", "واخران", "اخريان", "واخريان");
  /** "وفرار آخرين": the plural "others", which no singular noun before it can describe (folded). */
  private static final Set<String> OTHERS_MANY = Set.of("اخرين", "اخرون", "اخريات");
  /** Words before a noun that make it no count: "أي قتيل", "لكل شهيد", "أول قتيل". */
  private static final Set<String> QUANTIFIERS = Set.of("اي", "واي", "كل", "وكل", "لكل", "ولكل", "بكل", "اول", "ثاني", "اخر");
  /** "وإصابة آخر": "another" after a casualty word, one more. */
  private static final Set<String> OTHER_ONE = Set.of("اخر", "اخري", "ثالث", "ثالثه", "رابع", "رابعه", "خامس", "خامسه",
      "سادس", "سادسه", "سابع", "سابعه", "ثامن", "ثامنه", "تاسع", "تاسعه", "عاشر", "عاشره");
  /** Fillers that make the number a lower bound ("أكثر من 30", "ما لا يقل عن 30", the Maghrebi "أزيد من 20"): not an exact count. */
  private static final Set<String> LOWER_BOUND = Set.of("اكثر", "يقل", "ازيد", "يزيد");
  /** "من بين القتلى", "وبين الجرحى": a breakdown of a count follows. */
  private static final Set<String> BETWEEN = Set.of("بين", "وبين");
  /** Words after a counted group and before its verb: "12 شخصا على الأقل قتلوا". */
  private static final List<String> AT_LEAST = List.of("على", "علي");
  private static final Set<String> PLURAL_ENDINGS = Set.of("ين", "ون", "ات");
  private static final int MAX_GROUP = 5;
  /** The most filler words before a number: "ما لا يقل عن 25". */
  private static final int MAX_FILLERS = 4;
  /** "توفي متأثرا بجروحه": the participle of dying of wounds (folded). */
  static final Set<String> DIED_OF = Set.of("متاثرا", "متاثره", "متاثرين", "متاثرتين", "متاثرات", "متاثر");
  /** "بينهم ثلاثة", "منهم أربعة": a part of the count before, never a count after the casualty word. */
  private static final Set<String> PARTITIVES = Set.of("بينهم", "بينها", "بينهن", "وبينهم", "منهم", "منها", "منهن",
      "ومنهم", "ومنها");

  private final PhraseLexicon lexicon;
  private final NumberWords numbers;
  /** The language's words of time: a unit of time after a count ("قضى ثلاثة أيام") counts no one. */
  private final org.isnad.lang.TimeWords time;
  private final org.isnad.lang.MonthNames months;

  /** The language's titles and roles, folded, without the article ("مدير", "عميد"): one person named by office. */
  private final Set<String> titles;

  FigureFinder(PhraseLexicon lexicon, NumberWords numbers, org.isnad.lang.TimeWords time, org.isnad.lang.MonthNames months,
      Set<String> titles) {
    this.lexicon = lexicon;
    this.numbers = numbers;
    this.time = time;
    this.months = months;
    this.titles = Set.copyOf(titles);
  }

  /** The figures of one sentence, left to right. */
  List<Figure> find(SentenceTokens s) {
    List<Figure> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      Figure dead = s.at(i, "died") != null && tellsEvent(s) ? diedCount(s, i) : null;
      if (dead != null) {
        if (!repeats(out, dead)) {
          out.add(dead);
        }
        i = Math.max(i, s.tokenAt(dead.span().end()) - 1);
        continue;
      }
      Match cue = casualty(s, i);
      if (cue == null) {
        Figure victims = victimsToll(s, i);
        if (victims != null && !repeats(out, victims)) {
          out.add(victims);
          i = Math.max(i, s.tokenAt(victims.span().end()) - 1);
        }
        continue;
      }
      if (i > 0 && mixedAt(s, i - 1) || i > 1 && mixedAt(s, i - 2)) {
        continue; // "بين قتيل وجريح" counts no one
      }
      if (namesRescuers(s, cue)) {
        continue; // "فرق الإنقاذ"، "عمليات الإنقاذ": who rescues, or the work, no one rescued
      }
      if (particleBeforeVerb(s, cue)) {
        continue; // "وحسب السلطات، فقد لقي سبعة أشخاص مصرعهم": "فقد" is "so indeed", nobody missing
      }
      if (joinedCasualty(s, cue)) {
        continue; // "قتل وإصابة تسعة": the killed and the wounded together, neither count alone
      }
      if (subset(s, cue)) {
        continue; // "ومن بين القتلى 12 امرأة": a part of a count given elsewhere
      }
      if (increment(s, out, cue)) {
        continue; // "ارتفع عدد القتلى إلى خمسة، بعد وفاة أحد المصابين": what made the count rise
      }
      if (nounOfReleased(s, out, cue)) {
        continue; // "أطلقت السلطات سراح 5 معتقلين": the released are counted, no arrest
      }
      if (diedOfWounds(s, cue)) {
        Figure died = whoDied(s, cue.from() - 1); // "توفي أحد المتظاهرين متأثرا بجروحه": one killed
        if (died != null && !repeats(out, died) && !raisesTotal(s, out, died)) {
          out.add(died);
        }
        continue; // a death, not a wounded count
      }
      FigureKind kind = FigureKind.valueOf(cue.label());
      if (kind == FigureKind.SIGNED) {
        Figure signed = before(s, cue, kind); // "وقع الوزيران أربع مذكرات تفاهم": only a number before the documents
        if (signed != null && !repeats(out, signed)) {
          out.add(signed);
          i = Math.max(i, s.tokenAt(signed.span().end()) - 1);
        }
        continue;
      }
      Figure f = perpetrator(s, cue, kind);
      if (f == null) {
        f = rangeAfter(s, cue, kind); // "وقتل من 10 إلى 15 شخصا": the least, vague, never one end as exact
      }
      if (f == null) {
        f = after(s, cue, kind);
      }
      if (f != null && !f.perpetrator() && partitiveAt(f) > 0) {
        Figure whole = before(s, cue, kind); // "تسعة جرحى حالة ثلاثة منهم حرجة": nine, three of them critical
        f = whole != null ? whole : f;
      }
      if (f == null) {
        f = before(s, cue, kind);
      }
      if (f == null) {
        f = nounOfVictims(s, cue, kind);
      }
      if (f == null) {
        f = pronounOfVictims(s, cue, kind);
      }
      if (f != null && !out.isEmpty() && out.get(out.size() - 1).kind() == f.kind() && partOfThem(f)) {
        continue; // "وأصيب عشرة أشخاص بجروح، ثلاثة منهم في حالة خطرة": a part of the count before
      }
      if (f != null && mixedAt(s, s.tokenAt(f.span().end()))) {
        continue; // "سقوط 20 ضحية بين قتيل وجريح": the dead and the wounded together
      }
      if (f != null && countsBoth(s, cue, f)) {
        i = cue.end(); // "سقوط أكثر من 50 قتيلا وجريحا": one count of the dead and the wounded, neither's
        continue;
      }
      if (f != null && share(s, f)) {
        continue; // "مقتل 12 بالمئة من سكان القرية": a share of a group, no count
      }
      if (f != null && f.value() == 1 && (kind == FigureKind.WOUNDED || kind == FigureKind.RESCUED) && match(s)) {
        continue; // "في حال إصابة أحد المهاجمين الأساسيين" after "خط الهجوم": a player's injury; "أنقذ حارس العربي مرماه": a save
      }
      if (f != null && measuresTime(s, f)) {
        continue; // "ففي عام 2006 قتل الرئيس": a year; "منذ 90 ألف سنة نزح": a length of time, no count
      }
      if (f != null && anniversary(s, f)) {
        continue; // "في الذكرى السبعين لاغتيال الشاعر": an ordinal of years, no count
      }
      if (f != null && !f.vague()) {
        f = rangeBefore(s, f); // "ما بين خمسة إلى سبعة أشخاص قتلوا": five at least, not seven
      }
      if (f != null && countsVehicles(s, cue, f)) {
        continue; // "يحققون في اختطاف طائرتين": planes hijacked, no people abducted
      }
      if (f != null && amongGroup(s, f)) {
        continue; // "أن بين المحررين 11 جريحا": a part of the group named after "بين", no count of its own
      }
      if (f != null && !f.perpetrator() && attackersCounted(s, f)) {
        // "وقتل اثنين من المهاجمين": the group counted is the attackers
        f = new Figure(f.kind(), f.value(), f.vague(), true, f.group(), f.span(), null, null);
      }
      if (f != null && !repeats(out, f)) {
        out.add(f);
        i = Math.max(i, s.tokenAt(f.span().end()) - 1);
        Figure other = f.kind() == FigureKind.RELEASED ? exchanged(s, f) : null;
        if (other != null) {
          out.add(other); // "أفرجت عن 160 أسيرا مقابل 215 من عناصرها": the other side's released
          i = Math.max(i, s.tokenAt(other.span().end()) - 1);
        }
      }
    }
    out.removeIf(f -> addsToTotal(s, out, f) || deniedReport(s, s.tokenAt(f.span().start())));
    return out;
  }

  /** Verbs that make a total rise as the result of what came before (folded): "لترتفع الحصيلة إلى". */
  private static final Set<String> RISE_AFTER = Set.of("لترتفع", "ليرتفع", "لترفع", "ليرفع", "لتصل", "ليصل", "يرفع", "ترفع");
  /** Adjectives of more of the same (folded): "ثماني جثث جديدة"، "ست جثث إضافية". */
  private static final Set<String> MORE = Set.of("جديده", "جدد", "جديدا", "جديدين", "اضافيه", "اضافيين", "اضافيا");

  /**
   * True when {@code f} adds to a total of its kind the sentence gives after a verb of rising, and is not
   * that total: the count before "لترتفع"/"ليرتفع" ("وفاة أحد أفراد الطاقم ...، لترتفع حصيلة القتلى إلى
   * خمسة"), or one called new or more ("انتشلت ثماني جثث جديدة"، "بعد انتشال ست جثث إضافية"). Only the
   * total is a toll.
   */
  private boolean addsToTotal(SentenceTokens s, List<Figure> found, Figure f) {
    int at = s.tokenAt(f.span().start());
    int end = s.tokenAt(f.span().end());
    for (Figure total : found) {
      if (total == f || total.kind() != f.kind() || total.vague()) {
        continue;
      }
      int t = s.tokenAt(total.span().start());
      int rise = riseBefore(s, t);
      if (rise < 0 || rise <= end && rise >= at || periodBetween(s, rise, s.tokenAt(total.span().end()))) {
        continue; // "ليرتفع عدد الشهداء منذ بدء العدوان إلى 1200": a period's total, the count before is the event's
      }
      if (rise > end && RISE_AFTER.contains(s.norms.get(rise)) || called(s, end, MORE)) {
        return true;
      }
    }
    return false;
  }

  /** Words of a period a total runs over (folded): "منذ بدء العدوان"، "هذا الشهر"، "خلال العام". */
  private static final Set<String> PERIOD_WORDS = Set.of("منذ", "خلال", "هذا", "هذه", "مطلع", "بدايه", "بدء", "الشهر",
      "العام", "الاسبوع", "السنه", "الجاري", "الماضي");

  /** True when a word of a period stands in tokens {@code [from, to)}. */
  private static boolean periodBetween(SentenceTokens s, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(to, s.size()); k++) {
      if (PERIOD_WORDS.contains(s.norms.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** The token of a verb of rising a few words before the total at {@code t}, or -1. */
  private static int riseBefore(SentenceTokens s, int t) {
    for (int k = t - 1; k >= 0 && t - k <= MAX_TOLL_REACH; k--) {
      String w = s.norms.get(k);
      String bare = w.startsWith("و") ? w.substring(1) : w;
      if (TOLL_VERBS.contains(bare) || RISE_AFTER.contains(w)) {
        return k;
      }
    }
    return -1;
  }

  /** True when one of {@code words} stands at {@code end} or the token before it. */
  private static boolean called(SentenceTokens s, int end, Set<String> words) {
    return end - 1 >= 0 && words.contains(s.norms.get(end - 1)) || end < s.size() && words.contains(s.norms.get(end));
  }

  /** How many words may stand between a verb of denial and the count it denies: "نافية الأنباء عن سقوط أكثر من". */
  private static final int DENIAL_REACH = 6;

  /**
   * True when a verb of denial stands a few words before the figure starting at token {@code at}, in its
   * clause and with no verb of saying between ("نافية الأنباء عن سقوط أكثر من مئة قتيل"، "ونفى الجيش مقتل
   * خمسة مدنيين"): a count the speaker denies is none of theirs.
   */
  private static boolean deniedReport(SentenceTokens s, int at) {
    for (int k = at - 1; k >= 0 && at - k <= DENIAL_REACH && !s.breakBefore(k + 1); k--) {
      if (NoCasualties.DENYING.contains(s.norms.get(k))) {
        return true;
      }
      if (s.at(k, "reporting") != null) {
        return false; // "نفت الوزارة الشائعات وأكدت مقتل ثلاثة"
      }
    }
    return false;
  }

  /** Nouns that a definite word of rescue qualifies in construct (folded): "فرق الإنقاذ"، "عمليات الإنقاذ". */
  private static final Set<String> OF_RESCUE = Set.of("فرق", "فريق", "فرقه", "طواقم", "طاقم", "عمليات", "عمليه",
      "جهود", "وفرق", "وطواقم", "وعمليات", "سيارات", "مروحيات", "زوارق", "قوارب", "فرقا", "خدمات", "مركز", "وحدات", "وحده");

  /** True for a definite word of rescue in construct after such a noun: the rescuers, no one rescued. */
  private boolean namesRescuers(SentenceTokens s, Match cue) {
    int k = cue.from() - 1;
    return "RESCUED".equals(cue.label()) && k >= 0 && !s.breakBefore(cue.from()) && s.norms.get(cue.from()).startsWith("ال")
        && OF_RESCUE.contains(s.norms.get(k)) && (cue.end() >= s.size() || !startsQuantity(s, cue.end())); // not "أنقذت فرق الإنقاذ 7 أشخاص"
  }

  /** The particle "فقد" (fa-qad), written as the verb "فُقد" (was lost): a verb follows it, no count. */
  private static final Set<String> PARTICLE_QAD = Set.of("فقد");

  /**
   * True when the casualty word at {@code cue} is the bare word "فقد" with no count right after it
   * ("وحسب السلطات المحلية، فقد لقي سبعة أشخاص مصرعهم"): the particle before a verb, not "was lost"
   * ("وفقد ثلاثون آخرون", "فقد شخصان" still count the missing).
   */
  private boolean particleBeforeVerb(SentenceTokens s, Match cue) {
    int j = cue.end();
    return cue.length() == 1 && PARTICLE_QAD.contains(s.norms.get(cue.from()))
        && (j >= s.size() || !startsQuantity(s, j) && single(s, j, false) == null);
  }

  /** "بعد وفاة أحد المصابين": what happened before a count was given. */
  private static final Set<String> AFTER = Set.of("بعد", "وبعد");

  /**
   * True when the casualty word follows "بعد" and a count of its kind stands before it in the sentence
   * ("ارتفع عدد ضحايا الغارة إلى خمسة قتلى، بعد وفاة أحد المصابين متأثرا بجروحه"): the deaths that
   * made the count rise, a part of it, never a count of their own.
   */
  private static boolean increment(SentenceTokens s, List<Figure> found, Match cue) {
    return afterCount(s, cue.from(), found, f -> f.kind().name().equals(cue.label()));
  }

  /** True when token {@code at} follows "بعد" and a figure {@code found} before it passes {@code which}. */
  private static boolean afterCount(SentenceTokens s, int at, List<Figure> found,
      java.util.function.Predicate<Figure> which) {
    return at > 0 && AFTER.contains(s.norms.get(at - 1)) && found.stream().anyMatch(which);
  }

  /**
   * True when {@code f} counts again the number of the figure before it: "وأصيب 12 شخصا بجروح" has
   * two casualty words around one number.
   */
  private static boolean repeats(List<Figure> found, Figure f) {
    if (found.isEmpty()) {
      return false;
    }
    Figure last = found.get(found.size() - 1);
    return last.kind() == f.kind() && last.span().start() < f.span().end() && f.span().start() < last.span().end();
  }

  /**
   * True when the casualty word at {@code cue} is joined by "و" to a casualty word of another kind right
   * before it ("زاعما قتل وإصابة تسعة من عناصر الجيش"): the count after it sums both kinds. Not when
   * the word before is counted itself ("سقوط شهيدين وإصابة مواطن", "6 قتلى وإصابة 11").
   */
  private boolean joinedCasualty(SentenceTokens s, Match cue) {
    int k = cue.from() - 1;
    if (k < 0 || cue.end() >= s.size() || numbers.read(s.norms, cue.end()) == null) {
      return false; // "سقوط قتيل وجريحين": a noun of victims, no number after, counts on its own
    }
    Match before = casualty(s, k);
    return before != null && joinedKinds(s, before, cue) && numbers.dualSingular(s.norms.get(k)) == null
        && !hasSubject(s.norms.get(k)) && !DUAL_VERBS.contains(s.norms.get(k)) // "جنديين قتلا وأصيب ثلاثة آخرون"
        && (k == 0 || numbers.read(s.norms, k - 1) == null); // "سقوط شهيدين وإصابة مواطن": the dead counted apart
  }

  /**
   * True when the number before the casualty noun counts it and the noun of the other kind joined
   * right after it together ("أكثر من 50 قتيلا وجريحا", "12 شهيدا وجريحا"): the dead and the wounded
   * as one number. Not a dual after "و" ("قتيل وجريحين": two wounded of their own) nor a number.
   */
  private boolean countsBoth(SentenceTokens s, Match cue, Figure f) {
    int k = cue.end();
    if (k >= s.size() || f.span().start() >= s.tokens.get(cue.from()).span().start() || numbers.read(s.norms, k) != null
        || numbers.dualSingular(strip(s.norms.get(k))) != null) {
      return false;
    }
    Match other = casualty(s, k);
    return other != null && other.length() == 1 && joinedKinds(s, cue, other)
        && VICTIM_NOUNS.contains(s.norms.get(cue.from())) && VICTIM_NOUNS.contains(strip(s.norms.get(k)));
  }

  /**
   * Two casualty words of different kinds side by side, the second joined by "و" ("قتل وإصابة",
   * "قتيلا وجريحا"): a word of one token, then the other.
   */
  private static boolean joinedKinds(SentenceTokens s, Match first, Match second) {
    return first.length() == 1 && first.end() == second.from() && !s.breakBefore(second.from())
        && s.norms.get(second.from()).startsWith("و") && !first.label().equals(second.label());
  }

  /**
   * Nouns of the dead and the wounded after a number (folded), never verbs ("جنديين قتلا وأصيب ثالث"); a
   * vague amount counts them with the article ("عشرات القتلى والجرحى"، "مئات الشهداء والجرحى").
   */
  private static final Set<String> VICTIM_NOUNS = Set.of("قتيلا", "قتلي", "شهيدا", "شهداء", "جريحا", "جرحي",
      "مصابا", "مصابين", "قتيل", "جريح", "شهيد", "مصاب", "القتلي", "الشهداء", "الجرحي", "المصابين");

  /** Endings of a verb or noun whose subject or owner is told ("استشهدوا", "حتفهم"): the word counts on its own. */
  private static final List<String> TOLD_SUBJECT = List.of("وا", "هم", "هما", "ها", "هن", "ه");

  private static boolean hasSubject(String w) {
    return TOLD_SUBJECT.stream().anyMatch(w::endsWith);
  }

  /**
   * "بين القتلى", "ومن بين الجرحى", "بينها جثتا طفلين": what follows breaks down a count, it is not one
   * of its own.
   */
  private static boolean subset(SentenceTokens s, Match cue) {
    int k = cue.from() - 1;
    return k >= 0 && !s.breakBefore(cue.from())
        && (BETWEEN.contains(s.norms.get(k)) || PARTITIVES.contains(s.norms.get(k))); // "بينها جثتا طفلين"
  }

  /**
   * True when the figure's number follows "بين" and a definite noun: "وأوضح أن بين المحررين 11 جريحا",
   * "ومن بين الضحايا 5 أطفال" count some of the group after "بين", a breakdown of it.
   */
  private static boolean amongGroup(SentenceTokens s, Figure f) {
    int j = s.tokenAt(f.span().start());
    if (j >= 1 && s.norms.get(j).startsWith("ال") && BETWEEN.contains(s.norms.get(j - 1)) && !s.breakBefore(j)) {
      return true; // the span opens on the group itself
    }
    return j >= 2 && BETWEEN.contains(s.norms.get(j - 2)) && s.norms.get(j - 1).startsWith("ال")
        && !s.breakBefore(j - 1) && !s.breakBefore(j);
  }

  /** True when {@code cue} is the counted noun right after the last figure, a count of the released. */
  private static boolean nounOfReleased(SentenceTokens s, List<Figure> found, Match cue) {
    if (found.isEmpty() || found.get(found.size() - 1).kind() != FigureKind.RELEASED) {
      return false;
    }
    return s.tokenAt(found.get(found.size() - 1).span().end() - 1) + 1 == cue.from() && !s.breakBefore(cue.from());
  }

  /** "متأثرا بجروحه", "متأثرين بإصاباتهم": the wounds someone died of. */
  private static boolean diedOfWounds(SentenceTokens s, Match cue) {
    int k = cue.from() - 1;
    return "WOUNDED".equals(cue.label()) && k >= 0 && !s.breakBefore(cue.from()) && DIED_OF.contains(s.norms.get(k));
  }

  /**
   * True when token {@code k} opens "بين قتيل وجريح" ("بين قتلى وجرحى", "ما بين قتيل ومصاب"): the count
   * before it is of the dead and the wounded together, and the two nouns count no one.
   */
  private boolean mixedAt(SentenceTokens s, int k) {
    if (k + 2 >= s.size() || !BETWEEN.contains(s.norms.get(k)) || s.breakBefore(k + 1) || s.breakBefore(k + 2)) {
      return false;
    }
    return s.norms.get(k + 2).startsWith("و") && (s.at(k + 1, "killed") != null && s.at(k + 2, "wounded") != null
        || s.at(k + 1, "wounded") != null && s.at(k + 2, "killed") != null);
  }

  /**
   * True when a death after "بعد" follows a count of the dead in the sentence: "ارتفعت حصيلة القتلى
   * إلى خمسة، بعد وفاة طفل متأثرا بجروحه" tells why the toll rose; the child is one of the five.
   */
  private static boolean raisesTotal(SentenceTokens s, List<Figure> found, Figure died) {
    return afterCount(s, s.tokenAt(died.span().start()), found, f -> f.kind() == FigureKind.KILLED && !f.perpetrator());
  }

  /** How far before "متأثرا" the verb of dying may stand: "توفي أحد المتظاهرين صباح اليوم الأحد متأثرا". */
  private static final int DIED_REACH = 8;

  /**
   * The dead of "توفي X ... متأثرا بجروحه": a verb of dying ({@code died} category) within a few words
   * before the participle at {@code participle}, and the count right after it: a number ("توفي ثلاثة
   * من الجرحى"), "أحد"/"إحدى" (one of them), or a singular noun of a person ("توفي طفل"); null when none.
   */
  private Figure whoDied(SentenceTokens s, int participle) {
    for (int d = participle - 1; d >= Math.max(0, participle - DIED_REACH); d--) {
      if (d + 1 < participle && s.breakBefore(d + 1)) {
        return null; // the verb of another clause ("، متأثرا" itself may follow a comma)
      }
      Match verb = s.at(d, "died");
      if (verb != null && verb.end() < participle) {
        int j = verb.end();
        Reading r = numbers.read(s.norms, j);
        long value = r != null && r.form() != Form.VAGUE ? r.value()
            : ONE_OF.contains(s.norms.get(j)) || singularPerson(s, j) ? 1 : 0;
        int end = j + (r != null ? r.length() : 1);
        return value == 0 ? null : new Figure(FigureKind.KILLED, value, false, false, null, s.span(d, end), null, null);
      }
    }
    return null;
  }

  /**
   * Whether the sentence reports a match: a word of sport ({@code sport} category: "الشوط"، "خط الهجوم"،
   * "مرماه") and no violent word but an attack or a clash inside a sport phrase ("الهجمات المرتدة"), nor an
   * accident ("تدافع في الملعب" stays).
   */
  private static boolean match(SentenceTokens s) {
    boolean sport = false;
    int sportEnd = 0; // the end of the last sport phrase: an attack word inside it is the game's ("خط الهجوم")
    for (int k = 0; k < s.size(); k++) {
      Match game = s.at(k, "sport");
      if (game != null) {
        sport = true;
        sportEnd = Math.max(sportEnd, game.end());
      }
      Match e = s.at(k, "event");
      boolean ofTheGame = e != null && k < sportEnd && ("ATTACK".equals(e.label()) || "ARMED_CLASH".equals(e.label()));
      if (e != null && !ofTheGame || s.at(k, "accident") != null) {
        return false; // "أصيب شرطي في هجوم على الجماهير بعد المباراة": violence around a match
      }
    }
    return sport;
  }

  /** Whether the sentence tells a violent event or an accident: a verb of dying counts the dead only then. */
  private static boolean tellsEvent(SentenceTokens s) {
    for (int k = 0; k < s.size(); k++) {
      if (s.at(k, "event") != null || s.at(k, "accident") != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * "توفي ثلاثة أشخاص وأصيب خمسة آخرون في حادث سير", "وقضى أربعة أشخاص غرقا في السيول": a verb of
   * dying at {@code i} and the count right after it, a number, a dual or a singular person; null when
   * none follows ("قضى الرئيس ثلاثة أيام" tells no event and is not asked).
   */
  private Figure diedCount(SentenceTokens s, int i) {
    Match verb = s.at(i, "died");
    int j = verb == null ? -1 : verb.end();
    if (j < 0 || j >= s.size() || s.breakBefore(j)) {
      return null;
    }
    Quantity q = quantity(s, j, false);
    if (q == null) {
      q = single(s, j, false);
    }
    if (q == null || q.groupFrom() >= s.size() || unitOfTime(s.norms.get(q.groupFrom()))) {
      return null;
    }
    int end = Math.max(q.end(), q.groupFrom());
    String group = q.end() > q.groupFrom() ? s.text(q.groupFrom(), q.end()) : null;
    return new Figure(FigureKind.KILLED, q.value(), q.vague(), false, group, s.span(i, end), null, null);
  }

  /** Whether a folded word is a unit of time a count may measure: "قضى ثلاثة أيام" counts days, no dead. */
  private boolean unitOfTime(String w) {
    return time.word(w).filter(t -> t.kind() == org.isnad.lang.TimeWord.Kind.UNIT).isPresent();
  }

  /** Partitive pronouns: "ثلاثة منهم" counts some of a group counted before. */
  private static final Set<String> OF_THEM = Set.of("منهم", "منهن", "منها", "منهما");

  /**
   * Whether a figure's group is a partitive pronoun ("ثلاثة منهم"): after a count of its kind, a part of
   * it ("أُفرج عن سبعة منهم" after twelve arrested is a release of its own).
   */
  private static boolean partOfThem(Figure f) {
    return partitiveAt(f) == 0;
  }

  /** Which word of a figure's group is a partitive pronoun ("حالة ثلاثة منهم": 2), or -1. */
  private static int partitiveAt(Figure f) {
    if (f.group() == null) {
      return -1;
    }
    // the words of f.group().strip().split("\\s+"), read without a regular expression
    String group = f.group().strip();
    int k = 0;
    for (int start = 0; start <= group.length(); k++) {
      int end = start;
      while (end < group.length() && !Blanks.isBlank(group.charAt(end))) {
        end++;
      }
      if (OF_THEM.contains(group.substring(start, end))) {
        return k;
      }
      start = end + 1;
      while (start < group.length() && Blanks.isBlank(group.charAt(start))) {
        start++;
      }
    }
    return -1;
  }

  /** The lexicon's categories of what a figure counts, one per {@link FigureKind}. */
  private static final List<String> COUNTED =
      List.of("killed", "wounded", "arrested", "abducted", "missing", "signed", "rescued", "released", "displaced");
  /** {@link #COUNTED} as a set, for the test whether a token has any phrase of them. */
  private static final Set<String> COUNTED_SET = Set.copyOf(COUNTED);

  /** "أحد"/"إحدى" before a definite plural: one of them. */
  private static final Set<String> ONE_OF = Set.of("احد", "احدي");

  private Match casualty(SentenceTokens s, int i) {
    Match m = s.at(i);
    if (m == null) {
      return null;
    }
    if (COUNTED_SET.contains(m.category())) {
      return m;
    }
    if (!s.hasAnyOf(i, COUNTED_SET)) {
      return null; // most phrases count nothing: no look-up per category
    }
    Match c = null;
    for (String k : COUNTED) {
      c = c == null ? s.at(i, k) : c;
    }
    return c;
  }

  /** "مقتل المسلح", "قُتل مطلق النار", "المهاجم الذي قُتل". */
  private Figure perpetrator(SentenceTokens s, Match cue, FigureKind kind) {
    if (kind != FigureKind.KILLED && kind != FigureKind.WOUNDED && kind != FigureKind.ARRESTED) {
      return null;
    }
    if (cue.end() < s.size() && !s.breakBefore(cue.end())) {
      Match a = s.at(cue.end(), "attacker");
      if (a != null) {
        // "قتل إرهابيين اثنين": a number after the attackers counts them
        Reading r = a.end() < s.size() && !s.breakBefore(a.end()) ? numbers.read(s.norms, a.end()) : null;
        boolean counted = r != null && r.form() != Form.VAGUE;
        int end = counted ? a.end() + r.length() : a.end();
        return new Figure(kind, counted ? r.value() : 1, false, true, s.text(a.from(), end), s.span(cue.from(), end), null, null);
      }
    }
    int k = cue.from() - 1;
    if (k >= 1 && (s.norms.get(k).equals("الذي") || s.norms.get(k).equals("الذين"))) {
      Match a = attackerEndingAt(s, k);
      if (a != null) {
        return new Figure(kind, 1, false, true, s.text(a.from(), a.end()), s.span(a.from(), cue.end()), null, null);
      }
    }
    return null;
  }

  /** True when the group of {@code f} is "من" and an attacker word: "اثنين من المهاجمين", "3 من المسلحين". */
  private static boolean attackersCounted(SentenceTokens s, Figure f) {
    if (f.group() == null) {
      return false;
    }
    int from = s.tokenAt(f.span().end() - f.group().length());
    int to = s.tokenAt(f.span().end());
    for (int i = Math.max(0, from - 1); i + 1 < to && i + 1 < s.size(); i++) {
      if ((s.norms.get(i).equals("من") || ONE_OF.contains(s.norms.get(i))) && s.at(i + 1, "attacker") != null) {
        return true;
      }
    }
    return false;
  }

  private Match attackerEndingAt(SentenceTokens s, int end) {
    for (int from = Math.max(0, end - 2); from < end; from++) {
      Match a = s.at(from, "attacker");
      if (a != null && a.end() == end) {
        return a;
      }
    }
    return null;
  }

  /**
   * "ارتفع عدد ضحايا السيول إلى 13 شخصا": the victims of a running total counted by a noun that is no
   * casualty word are the dead; with a casualty word after the number ("إلى 23 قتيلا و40 جريحا") that
   * word counts them.
   */
  private Figure victimsToll(SentenceTokens s, int i) {
    if (i == 0 || !VICTIMS.contains(s.norms.get(i)) || !TOLL.contains(s.norms.get(i - 1)) || s.breakBefore(i)) {
      return null;
    }
    int j = afterToll(s, i - 1, i + 1);
    if (j == i + 1 || !startsQuantity(s, j)) {
      return null;
    }
    Reading r = numbers.read(s.norms, j);
    int noun = r == null ? j + 1 : j + r.length();
    if (noun < s.size() && !s.breakBefore(noun) && casualty(s, noun) != null) {
      return null;
    }
    return after(s, new Match("killed", "KILLED", i, 1), FigureKind.KILLED);
  }

  /** Number and group after the casualty word, summed over conjoined groups. */
  private Figure after(SentenceTokens s, Match cue, FigureKind kind) {
    int j = cue.end();
    if (cue.from() > 0 && TOLL.contains(s.norms.get(cue.from() - 1))) {
      j = afterToll(s, cue.from() - 1, j); // "ارتفع عدد القتلى إلى 45", "فإن عدد القتلى ارتفع إلى 30"
    }
    int beforeSubject = j;
    j = afterSubject(s, j);
    boolean aside = j > beforeSubject && j < s.size() && s.breakBefore(j); // past a time set off by commas
    if (kind == FigureKind.RELEASED) {
      j = afterAn(s, j); // "أفرجت الجماعة، أمس الخميس، عن 152 محتجزا"
    }
    int skipped = 0;
    boolean lowerBound = false;
    while (j < s.size() && skipped < MAX_FILLERS && FILLERS.contains(s.norms.get(j)) && !s.breakBefore(j)
        && !startsQuantity(s, j)) {
      lowerBound |= LOWER_BOUND.contains(s.norms.get(j));
      j++;
      skipped++;
    }
    if (j < s.size() && s.norms.get(j).startsWith("و") && j == cue.end() && kin(s.norms.get(j)) == 0) {
      return null; // "14 قتيلا وعشرات الجرحى": what follows "و" counts another word
    }
    if (negated(s, cue)) {
      return null; // "دون إصابة شخص واحد", "لم يقتل أي مدني"
    }
    Quantity q = quantity(s, j, false);
    if (q == null && skipped == 0) {
      q = single(s, j, aside);
    }
    if (skipped == 0 && (q == null || q.value() == 1 && q.groupFrom() == j)) {
      Quantity his = namedWithHisPeople(s, j); // "القبض على قيادي بارز في داعش وخمسة من أعوانه": six
      q = his != null ? his : q;
    }
    if (q == null && skipped == 0) {
      q = describedAndNamed(s, j);
    }
    if (q == null && skipped == 0) {
      q = titled(s, j);
    }
    if (q == null && skipped == 0) {
      q = band(s, j);
    }
    if (q == null) {
      return null;
    }
    long total = q.value();
    boolean vague = q.vague() || lowerBound;
    int end = q.end();
    int groupFrom = q.groupFrom();
    int groupEnd = end;
    while (true) {
      Quantity with = withHisPeople(s, end);
      if (with != null) {
        total += with.value(); // "واستشهد المواطن محمد أحمد مع ثلاثة من أبنائه": four
        end = with.end();
        continue;
      }
      int next = conjunct(s, end);
      Quantity others = next < 0 ? othersAfterManner(s, end) : null;
      if (others != null) {
        total += others.value(); // "إصابة 15 فلسطينيا بالرصاص الحي و30 آخرين بالاختناق": 45 wounded
        end = others.end();
        continue;
      }
      if (next >= 0 && s.at(next, "attacker") != null) {
        break; // "قتل ثلاثة جنود ومنفذ الهجوم": the attacker is counted apart
      }
      if (next < 0 || ofGroup(s, groupFrom, end) && numbers.read(s.norms, next) == null && namesBody(s, next)) {
        break; // "215 أسيرا من أبطال الجيش واللجان": a noun after "و" goes on naming the group, no one more
      }
      Quantity more = quantity(s, next, true);
      if (more == null || more.vague() != q.vague()) {
        break;
      }
      total += more.value();
      vague |= more.vague();
      end = more.end();
      groupEnd = end;
    }
    String group = groupFrom < groupEnd ? s.text(groupFrom, groupEnd) : null;
    return new Figure(kind, total, vague, false, group, s.span(cue.from(), end), null, null);
  }

  /** "مع" and its forms, joining the people who died with the one counted before. */
  private static final Set<String> WITH = Set.of("مع", "ومعه", "ومعها");

  /**
   * The people counted after "مع" right after a count ("قتل مدني مع اثنين من أطفاله", "استشهد مع
   * ثلاثة من أبنائه"): a number with "من" and a noun, or a noun of kin ("مع زوجته"); null otherwise
   * ("قتل جندي مع اقتراب المسلحين").
   */
  private Quantity withHisPeople(SentenceTokens s, int end) {
    if (end + 1 >= s.size() || s.breakBefore(end) || s.breakBefore(end + 1) || !s.norms.get(end).equals("مع")) {
      return null;
    }
    int j = end + 1;
    int kin = kin(s.norms.get(j));
    if (kin > 0) {
      return new Quantity(kin, false, j, j + 1);
    }
    Reading r = numbers.read(s.norms, j);
    int of = r == null ? -1 : j + r.length();
    if (r == null || r.form() == Form.VAGUE || of + 1 >= s.size() || s.breakBefore(of) || !s.norms.get(of).equals("من")) {
      return null;
    }
    return new Quantity(r.value(), false, j, group(s, of));
  }

  /** The most words of a phrase of manner with "ب" between two counts: "بالرصاص الحي". */
  private static final int MAX_MANNER = 3;

  /**
   * A count of "others" joined after a phrase of manner with "ب" that ends the count before it
   * ("إصابة 15 فلسطينيا بالرصاص الحي و30 آخرين بالاختناق"): more people of the same kind; null when
   * none. The noun "آخرين"/"آخرون" right after the number makes it one count of the same kind.
   */
  private Quantity othersAfterManner(SentenceTokens s, int end) {
    if (end >= s.size() || s.breakBefore(end) || !s.norms.get(end).startsWith("ب")) {
      return null;
    }
    for (int k = end + 1; k < s.size() && k <= end + MAX_MANNER && !s.breakBefore(k); k++) {
      boolean and = s.norms.get(k).equals("و"); // "و30": the conjunction written apart from digits
      if (and || conjunct(s, k) == k) {
        int at = and ? k + 1 : k;
        Reading r = at < s.size() ? numbers.read(s.norms, at) : null;
        int noun = r == null ? -1 : at + r.length();
        return r == null || r.form() == Form.VAGUE || noun >= s.size() || s.breakBefore(noun)
            || lexicon.labelOfPrefix(s.norms.get(noun), "others") == null || panic(s, noun + 1) ? null
            : new Quantity(r.value(), false, k, noun + 1);
      }
      if (!definite(s.norms.get(k))) {
        return null;
      }
    }
    return null;
  }

  /** The words of manner that may name a state of shock after the others: "بحالات هلع". */
  private static final int PANIC_WORDS = 2;

  /**
   * True when the others at {@code from}'s left are treated for shock ("و3 آخرون بحالات هلع", "بالصدمة"):
   * no wound, so no more wounded.
   */
  private boolean panic(SentenceTokens s, int from) {
    for (int k = from; k < s.size() && k < from + PANIC_WORDS && !s.breakBefore(k); k++) {
      if (lexicon.labelOfPrefix(s.norms.get(k), "panic") != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The count of an exchange's other side, right after a release count and "مقابل" ("أفرجت عن 160
   * أسيرا مقابل 215 من عناصرها"); null when no number follows ("مقابل الإفراج عن" is a count of its own).
   */
  private Figure exchanged(SentenceTokens s, Figure f) {
    int k = s.tokenAt(f.span().end() - 1) + 1;
    if (k + 1 >= s.size() || s.breakBefore(k) || !s.norms.get(k).equals("مقابل") || s.breakBefore(k + 1)) {
      return null;
    }
    Quantity q = quantity(s, k + 1, false);
    if (q == null || numbers.read(s.norms, k + 1) == null) {
      return null;
    }
    String group = q.groupFrom() < q.end() ? s.text(q.groupFrom(), q.end()) : null;
    return new Figure(FigureKind.RELEASED, q.value(), q.vague(), false, group, s.span(k, q.end()), null, null);
  }

  /**
   * True when the noun after "و" at {@code j} names a body or a known group, no person to count: with
   * the article ("واللجان"), a pronoun ("ومرتزقته") or in construct with a definite noun ("وجماعة الحوثي").
   */
  private static boolean namesBody(SentenceTokens s, int j) {
    String w = strip(s.norms.get(j));
    boolean construct = j + 1 < s.size() && !s.breakBefore(j + 1) && s.norms.get(j + 1).startsWith("ال");
    return w.startsWith("ال") || w.endsWith("ته") || w.endsWith("هم") || w.endsWith("ها") || construct;
  }

  /**
   * True when the counted group in tokens {@code [from, to)} names where its people are from ("من
   * أسرى العدوان"، "من الحكومة اليمنية"): a noun joined after it continues that phrase.
   */
  private static boolean ofGroup(SentenceTokens s, int from, int to) {
    return from < to && s.norms.subList(from, to).contains("من");
  }

  /** True when a relative pronoun stands among the first words from {@code j}: "عدد قتلى الزلزال الذي ضرب". */
  private static boolean relativeAfter(SentenceTokens s, int j) {
    for (int k = j; k < Math.min(s.size(), j + 3); k++) {
      if (k > j && s.breakBefore(k)) {
        return false;
      }
      if (QuoteSpans.RELATIVES.contains(s.norms.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** How far after a verb of releasing its "عن" may stand: "أفرجت الجماعة، أمس الخميس، عن". */
  private static final int MAX_BEFORE_AN = 6;

  /**
   * The token after the "عن" that names whom a verb of releasing released, past its subject and a time
   * between commas ("أفرجت الحكومة عن 210"، "أفرجت الجماعة، أمس الخميس، عن 152"); else {@code j}.
   */
  private int afterAn(SentenceTokens s, int j) {
    int k = j;
    boolean aside = false;
    while (k < s.size() && k - j < MAX_BEFORE_AN) {
      if (k > j && s.breakBefore(k) && !aside) {
        int after = afterTimeAside(s, k);
        if (after == k) {
          return j;
        }
        k = after;
        aside = true; // the comma that closes the aside is no break of the clause
        continue;
      }
      aside = false;
      if (s.norms.get(k).equals("عن")) {
        return k + 1;
      }
      if (isCue(s, k) || QuoteSpans.STOPS.contains(s.norms.get(k))) {
        return j;
      }
      k++;
    }
    return j;
  }

  /**
   * After a running total's casualty word ("عدد القتلى"), the token where its number starts: after
   * "إلى", after a verb of rising ("ارتفع إلى 30", "بلغ 30"), or after "إلى" a few words on when what
   * stands between has no break ("عدد الشهداء في قطاع غزة منذ بدء الحرب إلى 68 ألفا"); farther when a
   * verb of rising before the toll word at {@code toll} announces the "إلى" ("ارتفع عدد ضحايا حادث انقلاب
   * الحافلة في نقيل سمارة شمالي محافظة إب إلى 11") or a relative clause names the cause. A dash between
   * two names ("طريق الصنمين - جاسم") is no break. Else {@code j}.
   */
  private int afterToll(SentenceTokens s, int toll, int j) {
    if (j >= s.size() || s.breakBefore(j)) {
      return j;
    }
    if (TO.contains(s.norms.get(j))) {
      return j + 1;
    }
    if (TOLL_VERBS.contains(s.norms.get(j))) {
      return j + 1 < s.size() && TO.contains(s.norms.get(j + 1)) && !s.breakBefore(j + 1) ? j + 2 : j + 1;
    }
    boolean rising = toll > 0 && !s.breakBefore(toll) && TOLL_VERBS.contains(QuoteSpans.withoutConjunction(s.norms.get(toll - 1)));
    int reach = rising || relativeAfter(s, j) ? MAX_TOLL_REACH_RELATIVE : MAX_TOLL_REACH;
    for (int k = j + 1; k < s.size() && k - j <= reach; k++) {
      if (AFTER_WORDS.contains(s.norms.get(k))) {
        break; // "ارتفع عدد قتلى الاشتباكات بعد أن امتدت المعارك ... إلى 4 أحياء": another clause's "إلى"
      }
      if (s.breakBefore(k) && !dashBetweenNames(s, k)) {
        int after = afterTimeAside(s, k); // "عدد ضحايا السيول التي اجتاحت المحافظة، أمس الأحد، إلى"
        if (after == k) {
          break;
        }
        k = after;
      }
      if (TOLL_VERBS.contains(s.norms.get(k)) && k + 1 < s.size() && !s.breakBefore(k + 1)) {
        // "إن عدد المعتقلين خلال الاقتحام بلغ 18 مواطنا": the verb after a phrase of time or place
        int at = TO.contains(s.norms.get(k + 1)) ? k + 2 : k + 1;
        return at < s.size() && startsQuantity(s, at) ? at : j;
      }
      if (TO.contains(s.norms.get(k))) {
        return k + 1 < s.size() && !s.breakBefore(k + 1) && startsQuantity(s, k + 1) ? k + 1 : j;
      }
    }
    return j;
  }

  /** Words (folded) that open a clause of time or cause after a toll's casualty word: "بعد أن"، "عقب". */
  private static final Set<String> AFTER_WORDS = Set.of("بعد", "عقب", "بينما", "حيث");

  /** Whether only a dash stands before token {@code k}, between two words: "طريق دمشق - بيروت". */
  private static boolean dashBetweenNames(SentenceTokens s, int k) {
    return s.gapHas(k, "-–") && !s.gapHas(k, ",،.:;؛()«»\"“”!?؟—");
  }

  /**
   * After a verb, the token after its subject when a named force or person stands between the verb
   * and the number: "واعتقلت القوات الإسرائيلية 20 فلسطينيا", "قتلت قوات الدعم السريع 15 مدنيا".
   */
  private int afterSubject(SentenceTokens s, int j) {
    if (j < s.size() && s.breakBefore(j)) {
      int after = afterTimeAside(s, j); // "إن مسلحين اختطفوا، مساء السبت، أربعة أجانب": the verb, a time aside
      return after > j && after < s.size() && (startsQuantity(s, after) || numbers.read(s.norms, after) != null)
          ? after : j;
    }
    if (j >= s.size()) {
      return j;
    }
    int timed = sinceOrBareTime(s, j);
    if (timed > j && timed < s.size() && (startsQuantity(s, timed) || numbers.read(s.norms, j) == null
        && (singularPerson(s, timed) || titled(s, timed) != null || FILLERS.contains(s.norms.get(timed))))) {
      return timed; // "القوات اعتقلت منذ فجر أمس 12 مواطنا"، "قتل أمس شاب"، "ألقت الشرطة القبض أمس على خمسة"
    }
    var subject = s.entityAt(j);
    int next;
    if (subject == null || subject.type() != org.isnad.model.EntityType.ORG && subject.type() != org.isnad.model.EntityType.PER
        || s.indexOf(subject.span()) != j) {
      next = afterUnnamedGroup(s, j);
      if (next == j) {
        next = afterDefiniteSubject(s, j);
      }
      if (next == j) {
        return j;
      }
    } else {
      next = s.tokenAt(subject.span().end());
    }
    boolean aside = false;
    if (next < s.size() && s.breakBefore(next)) {
      int after = afterTimeAside(s, next);
      aside = after > next;
      next = after;
    } else if (next < s.size()) {
      int after = sinceOrBareTime(s, next);
      aside = after > next;
      next = after; // "اعتقلت قوات الأمن فجر اليوم الإثنين ثلاثة أشخاص": a time without commas
    }
    if (next < s.size() && !aside && !s.breakBefore(next) && ADVERBIAL.contains(s.norms.get(next))) {
      int counted = countAfterAdverbial(s, next);
      if (counted > next) {
        return counted; // "واعتقلت قوات الاحتلال خلال حملة دهم في الضفة الغربية 15 فلسطينيا"
      }
    }
    return next < s.size() && (aside || !s.breakBefore(next) && !conjoined(s.norms.get(next)))
        && (startsQuantity(s, next) || numbers.read(s.norms, next) != null || singularPerson(s, next)
        || titled(s, next) != null)
        ? next : j; // a vague amount too: "واعتقلت القوات الإسرائيلية عشرات الفلسطينيين"
  }

  /** The most words of a subject no finder named: "الشرطة", "السلطات الأمنية", "قوات الأمن العراقية". */
  private static final int MAX_SUBJECT_WORDS = 3;

  /**
   * After a verb, the token after a subject of definite words no finder took for a body, when a
   * count or an adverbial phrase follows it ("واعتقلت الشرطة 7 أشخاص", "وأوقفت السلطات الأمنية خمسة
   * مشتبه بهم"); else {@code j}.
   */
  private int afterDefiniteSubject(SentenceTokens s, int j) {
    int k = j;
    while (k < s.size() && k - j < MAX_SUBJECT_WORDS && (k == j || !s.breakBefore(k)) && definite(s.norms.get(k))
        && !QuoteSpans.STOPS.contains(s.norms.get(k)) && numbers.read(s.norms, k) == null && !isCue(s, k)) {
      k++;
    }
    if (k == j || k >= s.size()) {
      return j;
    }
    if (s.breakBefore(k)) {
      return afterTimeAside(s, k) > k ? k : j; // "واعتقلت الشرطة، مساء أمس، شابا": the aside is skipped next
    }
    String w = s.norms.get(k);
    return numbers.read(s.norms, k) != null || startsQuantity(s, k) || ADVERBIAL.contains(w) || singularPerson(s, k)
        || titled(s, k) != null ? k : j; // "واعتقلت الشرطة شابا"، "مدير مكتب الوزير": one person
  }

  /** Prepositions that open an adverbial phrase between a verb's subject and its object: "خلال حملة دهم". */
  private static final Set<String> ADVERBIAL = Set.of("خلال", "في", "اثناء", "عقب", "اثر");
  /** The most words of such a phrase. */
  private static final int MAX_ADVERBIAL = 8;

  /**
   * The number that ends an adverbial phrase opened at {@code from} and counts people right after it
   * ("خلال حملة دهم واسعة في الضفة الغربية 15 فلسطينيا"), or {@code from} when none does: no break,
   * casualty or reporting word, within a few words.
   */
  private int countAfterAdverbial(SentenceTokens s, int from) {
    for (int k = from + 1; k < s.size() && k - from <= MAX_ADVERBIAL && !s.breakBefore(k); k++) {
      Match m = s.at(k);
      if (m != null && isCue(s, k) && !m.category().equals("event")) {
        return from;
      }
      Reading r = numbers.read(s.norms, k);
      if (r != null) {
        int noun = k + r.length();
        return r.form() != Form.VAGUE && noun < s.size() && countedNoun(s, noun) && personNoun(s, noun) ? k : from;
      }
    }
    return from;
  }

  /** A counted noun of people: a person's word or a nationality ("فلسطينيا", "مدنيين", "أشخاص"). */
  private boolean personNoun(SentenceTokens s, int i) {
    String w = s.norms.get(i);
    if (s.at(i, "person") != null || s.at(i, "civilian") != null) {
      return true;
    }
    String singular = w.endsWith("يا") ? w.substring(0, w.length() - 1)
        : w.endsWith("يين") || w.endsWith("يون") ? w.substring(0, w.length() - 2) : w;
    return lexicon.at(List.of(singular), 0, "nationality") != null || PEOPLE.contains(w);
  }

  /** Plural nouns of people that the lexicon's singular person words do not cover. */
  private static final Set<String> PEOPLE = Set.of("اشخاص", "شخصا", "مواطنين", "مدنيين", "عناصر", "مسلحين", "جنود",
      "اطفال", "نساء", "شبان", "مطلوبين", "متهمين", "مشتبها", "مشتبهين");

  /** The most words of an unnamed group that acts: "مسلحون مجهولون". */
  private static final int MAX_GROUP_WORDS = 2;

  /**
   * After an unnamed group of people as the verb's subject, a masculine sound plural in the
   * nominative and its adjectives ("اختطف مسلحون مجهولون، صباح اليوم الثلاثاء، أربعة من موظفي ..."),
   * the token after it; else {@code j}. The victims are counted after it, never the group itself.
   * The tens in the nominative ("عشرون", "ثلاثون") are numbers, not a group.
   */
  private int afterUnnamedGroup(SentenceTokens s, int j) {
    int k = j;
    while (k < s.size() && k - j < MAX_GROUP_WORDS && (k == j || !s.breakBefore(k)) && nominativePlural(s.norms.get(k))
        && numbers.read(s.norms, k) == null) { // "أصيب عشرون متظاهرا": a number of tens, no group
      k++;
    }
    return k;
  }

  /** A masculine sound plural in the nominative, without the article: "مسلحون", "مجهولون" (folded). */
  private static boolean nominativePlural(String w) {
    return w.length() > 4 && w.endsWith("ون") && !w.startsWith("ال") && !w.startsWith("و");
  }

  /**
   * After a time set off by commas between the subject and the number ("واعتقلت قوات الاحتلال، فجر
   * اليوم الأربعاء، 25 مواطنا"), the token after the closing comma; else {@code i}.
   */
  private int afterTimeAside(SentenceTokens s, int i) {
    if (!s.gapHas(i, "،,")) {
      return i;
    }
    for (var t : s.times) {
      if (s.tokenAt(t.span().start()) == i) {
        int k = s.tokenAt(t.span().end());
        return k < s.size() && k > i && s.breakBefore(k) && s.gapHas(k, "،,") ? k : i;
      }
    }
    // with no time tagged (an undated text): a short aside without a number or a name
    for (int k = i + 1; k < s.size() && k - i <= MAX_ASIDE; k++) {
      if (startsQuantity(s, k - 1) || s.entityAt(k - 1) != null) {
        return i;
      }
      if (s.breakBefore(k)) {
        return s.gapHas(k, "،,") ? k : i;
      }
    }
    return i;
  }

  /**
   * After a time that starts at {@code i} and runs to a word of the same clause ("فجر اليوم الإثنين
   * ثلاثة أشخاص"), the token after it; else {@code i}.
   */
  private static int afterBareTime(SentenceTokens s, int i) {
    for (var t : s.times) {
      if (s.tokenAt(t.span().start()) == i) {
        int k = s.tokenAt(t.span().end());
        return k < s.size() && k > i && !s.breakBefore(k) ? k : i;
      }
    }
    return i;
  }

  /**
   * After a time with no commas that starts at {@code i}, alone or after "منذ" ("منذ فجر أمس 12
   * مواطنا"; a toll since a period began is told apart later, docs/EVENTS.md), the token after it;
   * else {@code i}.
   */
  private static int sinceOrBareTime(SentenceTokens s, int i) {
    int from = i + 1 < s.size() && s.norms.get(i).equals("منذ") && !s.breakBefore(i + 1) ? i + 1 : i;
    int after = afterBareTime(s, from);
    return after > from ? after : i;
  }

  /** The most words of an aside between commas after a verb's subject: "، فجر اليوم الأربعاء،". */
  private static final int MAX_ASIDE = 4;

  private boolean startsQuantity(SentenceTokens s, int j) {
    Reading r = numbers.read(s.norms, j);
    return r != null && r.form() != Form.VAGUE || numbers.dualSingular(s.norms.get(j)) != null;
  }

  /** Verbs in the dual (folded), whose subject a dual noun before them is: "أن جنديين قتلا". */
  private static final Set<String> DUAL_VERBS = Set.of("قتلا", "استشهدا", "اصيبا", "اعتقلا", "اختطفا", "خطفا");

  /** "3 مصابين", "الأميركيين الثلاثة قتلوا": the number just before the casualty word. */
  private Figure before(SentenceTokens s, Match cue, FigureKind kind) {
    int still = stillBefore(s, cue);
    if (still >= 0) {
      return stillCounted(s, cue, still, kind);
    }
    int aside = partitiveAsideBefore(s, cue);
    if (aside >= 0) { // "إن تسعة مدنيين، بينهم أربعة أطفال، قتلوا": the count before the aside
      return before(s, new Match(cue.category(), cue.label(), aside, cue.end() - aside), kind);
    }
    Figure one = oneBefore(s, cue, kind);
    if (one != null) {
      return one;
    }
    Figure spelled = spelledBefore(s, cue, kind);
    if (spelled != null) {
      return spelled;
    }
    Figure subject = subjectOfDeath(s, cue, kind);
    if (subject != null) {
      return subject;
    }
    if (cue.length() == 1 && !s.breakBefore(cue.from()) && DUAL_VERBS.contains(strip(s.norms.get(cue.from())))) {
      for (int d = cue.from() - 1; d >= Math.max(0, cue.from() - MAX_GROUP - 1); d--) {
        if (numbers.dualSingular(s.norms.get(d)) != null && (d + 1 == cue.from() || group(s, d + 1) == cue.from())) {
          // "أن جنديين قتلا", "بأن عنصرين من قوات النظام قتلا"
          return new Figure(kind, 2, false, false, s.text(d, cue.from()), s.span(d, cue.end()), null, null);
        }
        if (s.breakBefore(d)) {
          break;
        }
      }
    }
    for (int k = cue.from() - 1; k >= Math.max(0, cue.from() - MAX_GROUP - 1); k--) {
      Reading r = continuesNumber(s, k) ? null : numbers.read(s.norms, k); // "ثلاثة عشر": from "ثلاثة"
      if (r != null && k + r.length() == cue.from() && r.value() == 1 && definite(s.norms.get(cue.from()))) {
        return null; // "أحد الموقوفين", "إحدى المصابات": one of them, a partitive, no count
      }
      if (r != null && k + r.length() + 1 == cue.from() && r.value() == 1 && ONE_OF.contains(s.norms.get(k))
          && QuoteSpans.RELATIVES.contains(s.norms.get(cue.from() - 1))) {
        return null; // "عبد الوحيد، 21 عاما، أحد الذين اعتقلوا في خلية": one of those arrested, no count
      }
      if (r != null && ofAge(s, k + r.length())) {
        return null; // "شاب في العشرين من عمره أصيب بطلق ناري": an age, no count
      }
      if (r != null && thoseWho(s, k, r, cue)) {
        return null; // "ليبلغ عدد من اعتقلوا": the number of those who were arrested, not "a number"
      }
      if (r != null && k + r.length() == cue.from() && r.form() == Form.VAGUE && definite(s.norms.get(k))
          && definite(s.norms.get(cue.from()))) {
        return null; // "وشيّع المئات الشهيدين": the hundreds are the mourners; a count is "مئات الشهداء"
      }
      if (r != null && k + r.length() == cue.from() && s.norms.get(cue.from()).startsWith("و")) {
        return null; // "قتل تسعة واعتقال مسلحين آخرين": the number counts the word before "و"
      }
      if (r != null && k + r.length() == cue.from() && r.form() != Form.DUAL && !oneAfterNoun(s, k)) {
        int groupFrom = k > 0 && !s.breakBefore(k) && plural(s.norms.get(k - 1)) ? k - 1 : k;
        String group = groupFrom < k ? s.text(groupFrom, k) : null;
        // "أوقع الانفجار أكثر من 12 قتيلا": a lower bound
        return new Figure(kind, r.value(), r.form() == Form.VAGUE || lowerBoundBefore(s, k), false, group,
            s.span(groupFrom, cue.end()), null, null);
      }
      int noun = r == null ? -1 : k + r.length();
      int groupEnd = noun < 0 || noun >= cue.from() ? -1 : group(s, noun);
      if (groupEnd == noun + 1 && groupEnd < cue.from() && !definite(s.norms.get(noun)) && !s.breakBefore(groupEnd)
          && definite(s.norms.get(groupEnd)) && !isCue(s, groupEnd)) {
        groupEnd = group(s, groupEnd); // "أحد أفراد الطاقم أصيب": a noun in construct and its definite noun
      }
      int atLeast = cue.from() - AT_LEAST.size();
      boolean hasAtLeast = groupEnd >= 0 && atLeast > noun && groupEnd >= atLeast && groupEnd <= cue.from()
          && !s.breakBefore(atLeast) && AT_LEAST.contains(s.norms.get(atLeast)) && s.norms.get(atLeast + 1).equals("الاقل");
      if (hasAtLeast) {
        groupEnd = cue.from(); // "12 شخصا على الأقل قتلوا"
      }
      if (groupEnd >= 0 && groupEnd + 1 == cue.from() && s.norms.get(groupEnd).equals("قد")) {
        groupEnd = cue.from(); // "وكان 7 أشخاص قد قتلوا"
      }
      if (r != null && r.form() != Form.VAGUE && r.form() != Form.DUAL && noun + 1 == amongStart(s, cue) && !s.breakBefore(noun)
          && !s.breakBefore(noun + 1) && OF_THEM.contains(s.norms.get(noun))) {
        // "ولا يزال ثلاثة منهم في عداد المفقودين": a part of a group told before, counted here
        return new Figure(kind, r.value(), false, false, s.text(noun, noun + 1), s.span(k, cue.end()), null, null);
      }
      int joined = 0;
      if (groupEnd >= 0 && groupEnd + 1 == cue.from() && joinedPerson(s, groupEnd)) {
        joined = 1; // "أربعة من الحراس وشرطيا قتلوا": one more
        groupEnd = cue.from();
      }
      if (r != null && noun < cue.from() && r.form() != Form.DUAL && (countedNoun(s, noun) || partitive(s, noun, cue.from()))
          && groupEnd == cue.from() && !verbalNounInConstruct(s, cue, k)
          && !ordinal(s, k) && !s.norms.get(cue.from()).startsWith("و")) { // not "استشهد ثلاثة مواطنين وأصيب آخرون"
        // "40 شخصا أصيبوا", "ثلاثة عناصر من قوات النظام قتلوا": the number, the counted group, then the verb;
        // "أكثر من 20 شخصا أصيبوا" is a lower bound
        Figure whole = wholeBeforePartitive(s, k, cue, kind);
        return whole != null ? whole : new Figure(kind, r.value() + joined, r.form() == Form.VAGUE || lowerBoundBefore(s, k), false,
            s.text(noun, Math.min(group(s, noun), hasAtLeast ? atLeast : cue.from())), s.span(k, cue.end()), null, null);
      }
      if (s.breakBefore(k)) {
        break;
      }
    }
    return null;
  }

  /** The token of "في" of "في عداد" right before the cue ("في عداد المفقودين"), else the cue's first token. */
  private static int amongStart(SentenceTokens s, Match cue) {
    int v = cue.from();
    return v >= 2 && s.norms.get(v - 1).equals("عداد") && s.norms.get(v - 2).equals("في") && !s.breakBefore(v - 1)
        && !s.breakBefore(v) ? v - 2 : v;
  }

  /** The most words of an aside of a part between commas: "، بينهم أربعة أطفال وسيدتان،". */
  private static final int MAX_PART_ASIDE = 8;

  /**
   * The first token of an aside between commas that names a part of the count right before the
   * casualty verb ("تسعة مدنيين، بينهم أربعة أطفال وسيدتان، قتلوا"), or -1.
   */
  private static int partitiveAsideBefore(SentenceTokens s, Match cue) {
    if (!s.breakBefore(cue.from()) || !s.gapHas(cue.from(), "،,")) {
      return -1;
    }
    for (int p = cue.from() - 1; p > 0 && cue.from() - p <= MAX_PART_ASIDE; p--) {
      if (s.breakBefore(p)) {
        return PARTITIVES.contains(s.norms.get(p)) && s.gapHas(p, "،,") ? p : -1;
      }
    }
    return -1;
  }

  /** A singular person joined by "و" at {@code i}: "وشرطيا"، "وطفل". */
  private boolean joinedPerson(SentenceTokens s, int i) {
    String w = s.norms.get(i);
    return w.startsWith("و") && w.length() > 3 && !s.breakBefore(i) && s.at(i, "person") != null && s.at(i, "person").length() == 1;
  }

  /** "لا يزال"، "ما زال" and their forms (folded), between the missing and "في عداد المفقودين". */
  private static final java.util.regex.Pattern STILL = java.util.regex.Pattern.compile(
      "(?:[وف]?(?:لا|ما)(?:يزال|تزال|زال|زالت)|يزال|تزال|زال|زالت)(?:ون|ان|ا|وا)?");
  /** The negations written apart before a verb of "still": "لا يزال"، "ما زالوا". */
  private static final Set<String> STILL_NEGATIONS = Set.of("لا", "ولا", "ما", "وما");

  /**
   * The first token of a verb of "still" right before a missing cue ("طفلين لا يزالان في عداد
   * المفقودين"), or -1.
   */
  private static int stillBefore(SentenceTokens s, Match cue) {
    int v = amongStart(s, cue) - 1;
    if (!"MISSING".equals(cue.label()) || v < 0 || s.breakBefore(v + 1) || !STILL.matcher(s.norms.get(v)).matches()) {
      return -1;
    }
    return v > 0 && !s.breakBefore(v) && STILL_NEGATIONS.contains(s.norms.get(v - 1)) ? v - 1 : v;
  }

  /**
   * The people still missing, counted before the verb of "still" at {@code still}: a dual noun is
   * two ("طفلين لا يزالان في عداد المفقودين"), else the count before the verb as before any cue
   * ("ثلاثة أشخاص ما زالوا في عداد المفقودين").
   */
  private Figure stillCounted(SentenceTokens s, Match cue, int still, FigureKind kind) {
    int noun = still - 1;
    if (noun >= 0 && !s.breakBefore(still) && numbers.dualSingular(s.norms.get(noun)) != null) {
      return new Figure(kind, 2, false, false, s.text(noun, still), s.span(noun, cue.end()), null, null);
    }
    Match shifted = new Match(cue.category(), cue.label(), still, cue.end() - still);
    return before(s, shifted, kind);
  }

  /**
   * The count a partitive pronoun right before the number at {@code k} refers to, when it is the
   * subject of the casualty verb: "إن 12 شخصا بينهم 5 عناصر من قوات الحكومة قتلوا" counts twelve
   * killed, five of them soldiers. Null when no count of one or two words stands before the pronoun,
   * or when a casualty word governs that count ("اعتقال 20 شخصا بينهم 5 نساء أفرج عنهم": the twenty
   * are the arrested).
   */
  private Figure wholeBeforePartitive(SentenceTokens s, int k, Match cue, FigureKind kind) {
    int p = k - 1;
    if (p < 1 || s.breakBefore(k) || s.breakBefore(p) || !PARTITIVES.contains(s.norms.get(p))) {
      return null;
    }
    for (int m = p - 1; m >= Math.max(0, p - 3); m--) {
      Reading r = continuesNumber(s, m) ? null : numbers.read(s.norms, m);
      if (r != null && r.form() != Form.DUAL && m + r.length() < p && p - (m + r.length()) <= 2
          && countedNoun(s, m + r.length()) && opensSubject(s, m)) {
        return new Figure(kind, r.value(), r.form() == Form.VAGUE || lowerBoundBefore(s, m), false,
            s.text(m + r.length(), p), s.span(m, cue.end()), null, null);
      }
      if (s.breakBefore(m)) {
        return null;
      }
    }
    return null;
  }

  /** Whether "من عمره" (or "العمر", "عمرها") follows at token {@code k}: the number before it is an age. */
  private static boolean ofAge(SentenceTokens s, int k) {
    return k + 1 < s.size() && s.norms.get(k).equals("من") && !s.breakBefore(k) && !s.breakBefore(k + 1)
        && AGE.contains(s.norms.get(k + 1));
  }

  /** A person's age after "من" (folded): "في العشرين من عمره". */
  private static final Set<String> AGE = Set.of("عمره", "عمرها", "عمرهم", "عمرهما", "العمر", "عمرهن");

  /** "إن"/"أن" and their forms with a proclitic (folded): the subject of a clause follows. */
  private static final Set<String> SUBJECT_OPENERS = Set.of("ان", "بان", "وان", "فان", "لان");

  /**
   * Whether the count at {@code m} opens its clause, as the subject of the verb after it: at the start of
   * the sentence or after a break, or after "إن"/"أن", over a lower bound ("بأن أكثر من 20 شخصا").
   * "وأنقذت الفرق 15 شخصا بينهم 4 أطفال أصيبوا": the fifteen are the object of another verb, and the
   * wounded may be the four.
   */
  private static boolean opensSubject(SentenceTokens s, int m) {
    int b = m - 1;
    while (b >= 0 && b >= m - MAX_FILLERS && FILLERS.contains(s.norms.get(b)) && !s.breakBefore(b + 1)) {
      b--;
    }
    return b < 0 || s.breakBefore(b + 1) || SUBJECT_OPENERS.contains(s.norms.get(b));
  }

  /** Words that may open a range after the casualty word: "ما بين"، "بين"، "من"، "نحو" (folded). */
  private static final Set<String> RANGE_OPENERS = Set.of("ما", "بين", "من", "نحو", "حوالي");
  private static final Set<String> RANGE_TO = Set.of("الي", "الى");

  /**
   * A range of counts right after the casualty word ("وقتل من 10 إلى 15 شخصا"، "مقتل ما بين 40 و50 شخصا"،
   * "مقتل 3-5 أشخاص"): its least, vague (the report gives no one count; the fact table reads its top from the
   * span), never one end as an exact count. Not a toll that rose ("ارتفع عدد القتلى من 5 إلى 7" is 7).
   */
  private Figure rangeAfter(SentenceTokens s, Match cue, FigureKind kind) {
    int j = cue.end();
    boolean between = false;
    for (int n = 0; n < 2 && j < s.size() && RANGE_OPENERS.contains(s.norms.get(j)) && !s.breakBefore(j); n++, j++) {
      between |= s.norms.get(j).equals("بين");
    }
    if (j == cue.end() && !startsRange(s, j, false) || tollBefore(s, cue.from())) {
      return null;
    }
    int top = rangeTop(s, j, between);
    if (top < 0) {
      return null;
    }
    int end = group(s, top);
    String group = top < end ? s.text(top, end) : null;
    return new Figure(kind, numbers.read(s.norms, j).value(), true, false, group, s.span(cue.from(), end), null, null);
  }

  /** Whether a range of two counts starts at {@code j}. */
  private boolean startsRange(SentenceTokens s, int j, boolean between) {
    return rangeTop(s, j, between) >= 0;
  }

  /**
   * The token after the range's second count, when the count at {@code j} is followed by "إلى" and a larger
   * count ("10 إلى 15"), by a hyphen and one ("3-5"), or, after "بين", by "و" and one ("بين 5 و7"); else -1.
   */
  private int rangeTop(SentenceTokens s, int j, boolean between) {
    Reading low = j < s.size() ? numbers.read(s.norms, j) : null;
    if (low == null || low.form() == Form.VAGUE || low.form() == Form.DUAL) {
      return -1;
    }
    int k = j + low.length();
    if (k + 1 < s.size() && RANGE_TO.contains(s.norms.get(k)) && !s.breakBefore(k) && !s.breakBefore(k + 1)) {
      Reading high = numbers.read(s.norms, k + 1);
      return above(low, high) ? k + 1 + high.length() : -1;
    }
    if (k < s.size() && s.gapHas(k, "-") && s.norms.get(k).matches("[0-9]+")) {
      return above(low, numbers.read(s.norms, k)) ? k + 1 : -1;
    }
    if (between && k < s.size() && s.norms.get(k).startsWith("و") && !s.breakBefore(k)) {
      Reading high = numbers.read(List.of(s.norms.get(k).substring(1)), 0);
      if (high == null && k + 1 < s.size() && s.norms.get(k).equals("و")) {
        high = numbers.read(s.norms, k + 1);
        k++;
      }
      return above(low, high) ? k + high.length() : -1;
    }
    return -1;
  }

  /**
   * Whether {@code high} is a count above {@code low} that makes a range with it; two years are no range of
   * counts ("وقتل بين 2011 و2015 أكثر من 500 مدني").
   */
  private static boolean above(Reading low, Reading high) {
    return high != null && high.form() != Form.VAGUE && high.value() > low.value()
        && !(isYear(low.value()) && isYear(high.value()));
  }

  private static boolean isYear(long value) {
    return value >= 1800 && value <= 2100;
  }

  /** A count that rose ("ارتفع عدد القتلى من 5 إلى 7"): a toll word or a verb of rising just before the casualty word. */
  private static boolean tollBefore(SentenceTokens s, int cue) {
    for (int k = cue - 1; k >= Math.max(0, cue - 3); k--) {
      if (TOLL.contains(s.norms.get(k)) || TOLL_VERBS.contains(s.norms.get(k))) {
        return true;
      }
      if (s.breakBefore(k)) {
        break;
      }
    }
    return false;
  }

  /**
   * A count read before the casualty word that is the top of a range ("ما بين خمسة إلى سبعة أشخاص قتلوا"،
   * "5 إلى 7 أشخاص"): the range's least, vague, its span from the first count; else {@code f} as it is.
   */
  private Figure rangeBefore(SentenceTokens s, Figure f) {
    int first = s.tokenAt(f.span().start());
    int last = s.tokenAt(f.span().end() - 1);
    for (int k = first; k <= last; k++) {
      Reading r = numbers.read(s.norms, k);
      if (r == null) {
        continue;
      }
      // the top, read after "إلى": the least stands before it
      for (int b = k - 2; b >= Math.max(0, k - 4) && RANGE_TO.contains(s.norms.get(k - 1)); b--) {
        Reading low = numbers.read(s.norms, b);
        if (low != null && b + low.length() == k - 1 && rangeTop(s, b, false) >= 0 && !tollBefore(s, b)) {
          return new Figure(f.kind(), low.value(), true, f.perpetrator(), f.group(),
              s.span(Math.min(b, s.tokenAt(f.span().start())), s.tokenAt(f.span().end() - 1) + 1), null, null);
        }
      }
      // the least, read before "إلى" or a hyphen: "واعتقلت الشرطة 5 إلى 7 أشخاص"
      int top = rangeTop(s, k, k > 0 && s.norms.get(k - 1).equals("بين"));
      if (top >= 0 && !tollBefore(s, k) && !tollBefore(s, first + 1)) { // not "ارتفع عدد الإصابات ... من 287 إلى 518"
        int end = Math.max(top, last + 1);
        int groupEnd = group(s, top);
        String group = f.group() != null ? f.group() : top < groupEnd ? s.text(top, groupEnd) : null;
        return new Figure(f.kind(), r.value(), true, f.perpetrator(), group,
            s.span(first, Math.max(end, groupEnd)), null, null);
      }
      break;
    }
    return f;
  }

  /**
   * True when the casualty word is a verbal noun with the article, the second noun of a construct ("بأحد
   * مراكز الاحتجاز": one of the detention centres), no verb a count before it is the subject of; a plural
   * with the article is an adjective of the noun before it ("أحد ركاب الحافلة الناجين" stays), and a noun
   * after the preposition "ل" is no second noun of a construct when "تعرض" (were subjected to) governs the
   * count ("وتعرض 3 صحفيين للاعتقال": three arrested); else the count is of those who act towards it ("دعا 5
   * نواب للإفراج عن المعتقلين", "واستعدت 3 فرق للإنقاذ": no one released or rescued).
   */
  private static boolean verbalNounInConstruct(SentenceTokens s, Match cue, int k) {
    String w = s.norms.get(cue.from());
    return definite(w) && !plural(w) && !(w.startsWith("لل") && subjectedBefore(s, k));
  }

  /** A verb "تعرض" (was subjected to), with a conjunction or not, before the count at {@code k} in its clause. */
  private static final java.util.regex.Pattern SUBJECTED = java.util.regex.Pattern.compile("[وف]?[تي]?تعرض(?:ت|وا|ن)?");

  private static boolean subjectedBefore(SentenceTokens s, int k) {
    for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
      if (SUBJECTED.matcher(s.norms.get(j)).matches()) {
        return true;
      }
      if (s.breakBefore(j)) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when the vague amount read at {@code k} ends with "من" right before a casualty word without the
   * article: "من" is "those who" and the word a verb ("ليبلغ عدد من اعتقلوا": the number of those arrested,
   * said after it), no vague count; "عدد من الجرحى" and "عدد من جرحى القصف" (a noun in construct) still are.
   */
  private static boolean thoseWho(SentenceTokens s, int k, Reading r, Match cue) {
    String word = s.norms.get(cue.from());
    return r.form() == Form.VAGUE && k + r.length() == cue.from() && s.norms.get(cue.from() - 1).equals("من")
        && !definite(word) && (word.endsWith("وا") || word.startsWith("ي") && word.endsWith("ون")); // a verb, not "جرحى القصف"
  }

  /**
   * True when the count's first counted word, right after the casualty word or the number, is a vehicle
   * ({@code vehicle} category): "اختطاف طائرتين"، "احتجاز ثلاث سفن" count planes and ships, no people.
   */
  private boolean countsVehicles(SentenceTokens s, Match cue, Figure f) {
    int end = s.tokenAt(f.span().end() - 1) + 1;
    for (int t = cue.end(); t < end && (t == cue.end() || !s.breakBefore(t)); ) {
      if (s.at(t, "vehicle") != null) {
        return true; // "طائرتين" (a dual), "ثلاث سفن" (after the number)
      }
      Reading r = numbers.read(s.norms, t);
      if (r == null && !FILLERS.contains(s.norms.get(t))) {
        return false;
      }
      t += r != null ? r.length() : 1;
    }
    return false;
  }

  /**
   * "ثلاثة من عناصر الشرطة قتلوا", "أربعة من المدنيين لقوا حتفهم": "من" and a counted noun between the
   * number at {@code noun - 1} and the verb at {@code verb}, a part of a group.
   */
  private boolean partitive(SentenceTokens s, int noun, int verb) {
    return noun + 1 < verb && s.norms.get(noun).equals("من") && !s.breakBefore(noun) && countedNoun(s, noun + 1);
  }

  /** "واحد", "واحدة" (folded). */
  private static boolean isOne(String w) {
    return w.equals("واحد") || w.equals("واحده");
  }

  /** "واحد" after a noun, in any case: "بحارا واحدا"، "جندي واحد"، "امرأة واحدة". */
  private static final Set<String> ONE_AFTER = Set.of("واحد", "واحدا", "واحده");
  /** Nouns of many people, whom "واحد" after them does not make one: "عائلة واحدة". */
  private static final Set<String> COLLECTIVES = Set.of("عائله", "اسره", "مجموعه", "دفعه", "قافله");

  /**
   * "وإن بحارا واحدا أصيب بجروح طفيفة": a noun, "واحد" after it, then a singular verb of the kind right
   * after: one. Not a verb of many ("عائلة واحدة استشهدوا") nor one joined by "و" ("قتل جندي واحد وأصيب").
   */
  private Figure oneBefore(SentenceTokens s, Match cue, FigureKind kind) {
    int k = cue.from() - 1;
    String verb = s.norms.get(cue.from());
    if (k < 1 || !ONE_AFTER.contains(s.norms.get(k)) || s.breakBefore(k) || s.breakBefore(cue.from())
        || verb.startsWith("و") || verb.endsWith("وا") || COLLECTIVES.contains(s.norms.get(k - 1)) || !countedNoun(s, k - 1)) {
      return null;
    }
    return new Figure(kind, 1, false, false, s.text(k - 1, k + 1), s.span(k - 1, cue.end()), null, null);
  }

  /** "عائلة واحدة استشهدوا": "one" after a noun is its adjective, no count of the verb after it. */
  private boolean oneAfterNoun(SentenceTokens s, int k) {
    String w = s.norms.get(k);
    return isOne(w) && k > 0 && !s.breakBefore(k) && countedNoun(s, k - 1);
  }

  /** True when the number word at {@code k} ends a number that starts before it: "عشر" in "ثلاثة عشر شخصا". */
  private boolean continuesNumber(SentenceTokens s, int k) {
    Reading r = numbers.read(s.norms, k);
    for (int b = k - 1; r != null && b >= Math.max(0, k - 3) && !s.breakBefore(b + 1); b--) {
      Reading w = numbers.read(s.norms, b);
      if (w != null && b + w.length() == k + r.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the number word at {@code k} has the article after a definite singular noun: an ordinal
   * naming a unit ("في اللواء العشرين بالجيش العراقي، قتلوا"), no count of the noun after it; not after
   * a plural nor before a relative ("العسكريين الأربعة الذين قتلوا" counts four).
   */
  private static boolean ordinal(SentenceTokens s, int k) {
    return k > 0 && k + 1 < s.size() && s.norms.get(k).startsWith("ال") && s.norms.get(k - 1).startsWith("ال")
        && !s.breakBefore(k) && !plural(s.norms.get(k - 1)) && !QuoteSpans.RELATIVES.contains(s.norms.get(k + 1));
  }

  /** "أكثر من 20", "ما لا يقل عن 20": a lower bound in the few words before the number at {@code k}. */
  private static boolean lowerBoundBefore(SentenceTokens s, int k) {
    for (int i = k - 1; i >= Math.max(0, k - MAX_FILLERS) && FILLERS.contains(s.norms.get(i)); i--) {
      if (LOWER_BOUND.contains(s.norms.get(i))) {
        return true;
      }
      if (s.breakBefore(i)) {
        break;
      }
    }
    return false;
  }

  /**
   * A number of several words or tokens that ends just before the casualty word: "ألفين وثلاثمئة
   * قتيل", "70 ألفا و100 شهيد" (read whole, not from its last word).
   */
  private Figure spelledBefore(SentenceTokens s, Match cue, FigureKind kind) {
    for (int k = Math.max(0, cue.from() - 4); k < cue.from() - 1; k++) {
      Reading r = numbers.read(s.norms, k);
      if (r != null && r.length() > 1 && k + r.length() == cue.from() && r.form() != Form.DUAL && !spansBreak(s, k, cue.from())
          && !thoseWho(s, k, r, cue)) {
        return new Figure(kind, r.value(), r.form() == Form.VAGUE, false, null, s.span(k, cue.end()), null, null);
      }
    }
    return null;
  }

  /** True when a break (a comma, a bracket, a full stop) stands before one of tokens {@code (from, to]}. */
  static boolean spansBreak(SentenceTokens s, int from, int to) {
    for (int i = from + 1; i <= to && i < s.size(); i++) {
      if (s.breakBefore(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "لقي شخصان حتفهما", "ولقي جندي مصرعه": the subject between "لقي" and the death word, two when
   * it is a dual and the pronoun agrees ("هما"), one when it is a singular noun and the pronoun is. An
   * indefinite adjective may follow the subject ("لقي طفلان يمنيان حتفهما"; a dual's is a dual too).
   */
  private Figure subjectOfDeath(SentenceTokens s, Match cue, FigureKind kind) {
    int last = cue.from() - 1;
    if (kind != FigureKind.KILLED || last < 1 || s.breakBefore(cue.from()) || s.breakBefore(last)) {
      return null;
    }
    int k = strip(s.norms.get(last - 1)).equals("لقي") ? last
        : last >= 2 && !s.breakBefore(last - 1) && strip(s.norms.get(last - 2)).equals("لقي")
            && !s.norms.get(last).startsWith("ال") ? last - 1 : -1;
    if (k < 0) {
      return null;
    }
    String word = s.norms.get(cue.from());
    String subject = s.norms.get(k);
    boolean dualAdjective = k == last || s.norms.get(last).endsWith("ان") || s.norms.get(last).endsWith("ين");
    if (word.endsWith("هما") && numbers.dualSingular(subject) != null && dualAdjective) {
      return new Figure(kind, 2, false, false, s.text(k, last + 1), s.span(k, cue.end()), null, null);
    }
    if (word.endsWith("ه") && !word.endsWith("هما") && numbers.read(s.norms, k) == null && !plural(subject)
        && (k == last || !dualAdjective && !plural(s.norms.get(last)))) {
      return new Figure(kind, 1, false, false, s.text(k, last + 1), s.span(k, cue.end()), null, null);
    }
    return null;
  }

  /** A noun counted by the number before it: no break, cue, stop word or number ("شخصا", "مدنيا"). */
  private boolean countedNoun(SentenceTokens s, int i) {
    String w = s.norms.get(i);
    return !s.breakBefore(i) && !isCue(s, i) && !QuoteSpans.STOPS.contains(w) && numbers.read(s.norms, i) == null
        && w.length() >= 3;
  }

  /** A counted group at token {@code j}. */
  private record Quantity(long value, boolean vague, int groupFrom, int end) {}

  private Quantity quantity(SentenceTokens s, int j, boolean conjoined) {
    if (j >= s.size()) {
      return null;
    }
    String dual = numbers.dualSingular(s.norms.get(j));
    if (dual != null) {
      int end = group(s, j + 1);
      if (end < s.size() && isTwo(s.norms.get(end))) {
        end = group(s, end + 1);
      }
      return new Quantity(2, false, j, end);
    }
    Reading r = numbers.read(s.norms, j);
    if (r != null) {
      int groupFrom = j + r.length();
      if (r.form() == Form.VAGUE && groupFrom < s.size() && s.norms.get(groupFrom).equals("من")) {
        groupFrom++;
      }
      return new Quantity(r.value(), r.form() == Form.VAGUE, groupFrom, group(s, groupFrom));
    }
    return nounThenNumber(s, j, conjoined);
  }

  /**
   * One person named by an indefinite singular noun right after the casualty word, a count of one:
   * "وقتل جندي إسرائيلي", "أصيب مدني بجروح", "اعتقلت القوات شابا"; the dual of "another" is two
   * ("وأصيب آخران"). Not a definite noun ("حماية المدني"), nor a word like "أي" ("قتل أي مدني"). After
   * a time set off by commas the noun follows a break ("قتلت قوات الاحتلال، صباح اليوم، شابا").
   */
  private Quantity single(SentenceTokens s, int j, boolean afterAside) {
    if (j >= s.size() || s.breakBefore(j) && !afterAside) {
      return null;
    }
    if (OTHER_TWO.contains(s.norms.get(j))) {
      return new Quantity(2, false, j, group(s, j));
    }
    if (OTHER_ONE.contains(s.norms.get(j)) && endsPhrase(s, j + 1)) {
      return new Quantity(1, false, j, j + 1); // "وإصابة آخر بجروح"; not "آخر الأنباء"
    }
    if (j + 1 < s.size() && SUSPECTED.contains(s.norms.get(j)) && !s.breakBefore(j + 1)) {
      String of = s.norms.get(j + 1); // "مشتبه بهما": two suspects; "مشتبه بهم": some, not said how many
      if (of.equals("بهما")) {
        return new Quantity(2, false, j, group(s, j));
      }
      if (of.equals("بهم") || of.equals("بهن")) {
        return null;
      }
    }
    int kin = kin(s.norms.get(j));
    if (kin > 0) {
      return new Quantity(kin, false, j, j + 1); // "وأصيبت والدتهما بجروح", "قتل مع ابنيه"
    }
    if (!singularPerson(s, j)) {
      return null;
    }
    return new Quantity(1, false, j, afterAside ? Math.max(j + 1, group(s, j + 1)) : group(s, j));
  }

  /** Nouns of kin (folded) that take a possessive pronoun: "والدته", "زوجها", "شقيقيه". */
  private static final List<String> KIN = List.of("والد", "والدت", "زوج", "زوجت", "ابن", "ابنت", "شقيق", "شقيقت",
      "اخ", "اخت", "طفل", "طفلت", "نجل", "نجلت", "ولد", "حفيد", "حفيدت");
  /** Singular possessive pronouns after a noun of kin, and the dual's "ي" before them ("ابنيه"). */
  private static final List<String> OWNERS = List.of("هما", "هم", "هن", "ها", "ه");

  /**
   * How many people a noun of kin with a possessive pronoun names: one for "والدتهما", "زوجها",
   * "أخيه", two for a dual ("ابنيه", "طفليها", "والديه", "ولداه"); 0 for any other word, a plural of kin
   * ("أبنائه") among them, whose count is not said.
   */
  static int kin(String w) {
    for (String owner : OWNERS) {
      if (!w.endsWith(owner) || w.length() <= owner.length() + 1) {
        continue;
      }
      String noun = w.substring(0, w.length() - owner.length());
      if ((noun.endsWith("ي") || noun.endsWith("ا")) && KIN.contains(noun.substring(0, noun.length() - 1))) {
        return noun.equals("اخي") ? 1 : 2; // "أخيه" is one brother; "ابنيه", "والديه", "طفلاهما" two
      }
      return KIN.contains(noun) ? 1 : 0;
    }
    return 0;
  }

  /** The most words of a named victim's title and name: "مدير أمن مديرية المخا الساحلية ... العقيد ناصر الحميري". */
  private static final int MAX_NAMED_VICTIM = 14;

  /**
   * A named person and a count of his own people joined after him, all victims: "قُتل مدير أمن
   * المديرية العقيد ناصر الحميري وثلاثة من مرافقيه" is four, "أسفر عن مقتل الحميري وثلاثة من مرافقيه"
   * four, "وقتل القيادي في الحركة محمد علي واثنان من أبنائه" three; so is an unnamed one described
   * ("القبض على قيادي بارز في داعش وخمسة من أعوانه" is six). The person's title and name stand
   * right after the casualty word (not a preposition: "قتل في الغارة على منزل القيادي ... اثنان من
   * أبنائه" does not say he died), with no break or casualty word; the count's group ends with a singular pronoun ("مرافقيه", "أسرتها") whose owner
   * the person is. A name with no such count is no figure: it does not say how many.
   */
  private Quantity namedWithHisPeople(SentenceTokens s, int j) {
    for (int k = j; k < s.size() && k - j < MAX_NAMED_VICTIM && (k == j || !s.breakBefore(k)); k++) {
      String w = s.norms.get(k);
      if (isCue(s, k) || k == j && (numbers.read(s.norms, k) != null || QuoteSpans.STOPS.contains(w))) {
        return null;
      }
      int next = k > j ? conjunct(s, k) : -1;
      if (next >= 0) {
        Quantity more = quantity(s, next, true);
        return more == null || more.vague() || !ofHisPeople(s, more) ? null
            : new Quantity(more.value() + 1, false, more.groupFrom(), more.end());
      }
    }
    return null;
  }

  /**
   * One person described by a definite singular noun of a person and named right after it:
   * "واستشهد الشاب أحمد خالد برصاص"، "مقتل الصحفي محمد علي"، "واعتقلت قوات الاحتلال الأسير المحرر سامي
   * عودة", "وقتل القيادي في حركة حماس محمد الضيف" (adjectives and the body he belongs to may stand
   * between). Not the noun alone ("أصيب الجندي بجروح" may speak of one
   * counted before), nor a name followed by a count (the name is then the subject).
   */
  private Quantity describedAndNamed(SentenceTokens s, int j) {
    // the noun, maybe an adjective and the body he belongs to, then the name
    if (j >= s.size() || s.breakBefore(j) || !definite(s.norms.get(j)) || s.at(j, "person") == null) {
      return null;
    }
    for (int k = j + 1; k <= j + MAX_DESCRIPTION && k < s.size() && !s.breakBefore(k); k++) {
      var name = s.entityAt(k);
      if (name != null && name.type() == org.isnad.model.EntityType.PER && s.indexOf(name.span()) == k) {
        int end = s.tokenAt(name.span().end());
        boolean counted = end < s.size() && !s.breakBefore(end) && numbers.read(s.norms, end) != null;
        return counted ? null : new Quantity(1, false, j, end);
      }
      String w = s.norms.get(k);
      if (isCue(s, k) || numbers.read(s.norms, k) != null || QuoteSpans.STOPS.contains(w) && !w.equals("في")
          || name == null && !definite(w) && !w.equals("في")) {
        return null; // only the body he belongs to may stand between: "القيادي في حركة حماس محمد الضيف"
      }
    }
    return null;
  }

  /** Nouns of a band of people (folded): "خلية"، "عصابة"، "شبكة". */
  private static final Set<String> BANDS = Set.of("خليه", "عصابه", "شبكه", "مجموعه");
  /** Participles of what a band is made of (folded): "مؤلفة من"، "مكونة من"، "تضم". */
  private static final Set<String> MADE_OF = Set.of("مولفه", "مكونه", "تتالف", "تتكون");

  /**
   * The members of a band counted after it: "القبض على خلية مؤلفة من خمسة أشخاص" counts five, "عصابة من
   * أربعة أشخاص" four. Null otherwise.
   */
  private Quantity band(SentenceTokens s, int j) {
    if (j + 2 >= s.size() || s.breakBefore(j) || !BANDS.contains(s.norms.get(j))) {
      return null;
    }
    int k = j + 1;
    k += MADE_OF.contains(s.norms.get(k)) && !s.breakBefore(k) ? 1 : 0;
    if (k + 1 >= s.size() || s.breakBefore(k) || !s.norms.get(k).equals("من") || s.breakBefore(k + 1)) {
      return null;
    }
    Reading r = numbers.read(s.norms, k + 1);
    if (r == null || r.form() == Form.VAGUE) {
      return null;
    }
    int noun = k + 1 + r.length();
    return new Quantity(r.value(), false, j, noun < s.size() && !s.breakBefore(noun) ? group(s, noun) : noun);
  }

  /** The most words of an office after a title: "مدير شرطة محافظة تعز". */
  private static final int MAX_OFFICE = 4;

  /**
   * One person named by a title: with his name ("العميد أحمد سالم") or by his office, a title in
   * construct with a definite noun or a body ("مدير المديرية"، "محافظ عدن"، "قائد شرطة تعز"): "اغتيل
   * مدير المديرية برصاص مسلحين" counts one killed. Not a title followed by a count, which makes it the
   * subject ("قتل قائد الشرطة ثلاثة مسلحين"), nor a definite title alone ("أصيب المدير": maybe one named
   * before).
   */
  private Quantity titled(SentenceTokens s, int j) {
    if (j >= s.size() || s.breakBefore(j) || !title(s.norms.get(j))) {
      return null;
    }
    int end = j + 1;
    var name = end < s.size() && !s.breakBefore(end) ? s.entityAt(end) : null;
    if (name != null && name.type() == org.isnad.model.EntityType.PER && s.indexOf(name.span()) == end) {
      end = s.tokenAt(name.span().end());
    } else if (!definite(s.norms.get(j)) && end < s.size() && !s.breakBefore(end) && (definite(s.norms.get(end))
        || s.entityAt(end) != null || end + 1 < s.size() && !s.breakBefore(end + 1) && definite(s.norms.get(end + 1)))) {
      end = office(s, end);
    } else {
      return null;
    }
    boolean counted = end < s.size() && !s.breakBefore(end) && (numbers.read(s.norms, end) != null || startsQuantity(s, end)
        || s.at(end, "person") != null || definitePlural(s.norms.get(end)) || ILLNESS.contains(s.norms.get(end)));
    return counted ? null : new Quantity(1, false, j, end); // "قتل مدير الشرطة شابا"، "أصيب الرئيس بوعكة صحية": none
  }

  /** Words of illness after "أصيب" (folded): "بوعكة صحية"، "بنزلة برد"، "بمرض". */
  private static final Set<String> ILLNESS = Set.of("بوعكه", "بنزله", "بمرض", "بازمه", "بجلطه", "بفيروس", "بكورونا");

  /** A definite plural noun of people, an object after a title ("اعتقل قائد الشرطة المتهمين"). */
  private static boolean definitePlural(String w) {
    return w.startsWith("ال") && w.length() > 5 && (w.endsWith("ين") || w.endsWith("ون"));
  }

  /** True for a title with or without the article: "مدير"، "العميد" (the titles are kept without it). */
  private boolean title(String w) {
    return titles.contains(w.startsWith("ال") ? w.substring(2) : w);
  }

  /** The end of an office in construct from {@code from}: definite nouns or a named body ("شرطة تعز"). */
  private int office(SentenceTokens s, int from) {
    int k = from;
    while (k < s.size() && k - from < MAX_OFFICE && (k == from || !s.breakBefore(k)) && !isCue(s, k)
        && !QuoteSpans.STOPS.contains(s.norms.get(k)) && numbers.read(s.norms, k) == null) {
      var e = s.entityAt(k);
      if (e != null && s.indexOf(e.span()) == k) {
        k = Math.max(k + 1, s.tokenAt(e.span().end()));
      } else if (k == from || definite(s.norms.get(k)) && !definitePlural(s.norms.get(k)) && s.at(k, "person") == null) {
        k++; // not "قائد الشرطة المتهمين": the title's object after his office
      } else {
        break;
      }
    }
    return k;
  }

  /** The most words between a person's noun and his name: "القيادي في حركة حماس محمد الضيف". */
  private static final int MAX_DESCRIPTION = 6;

  /** True when a counted group is "من" and a noun with a singular pronoun: "من مرافقيه", "من أفراد أسرته". */
  private static boolean ofHisPeople(SentenceTokens s, Quantity q) {
    if (q.end() - q.groupFrom() < 2 || !s.norms.get(q.groupFrom()).equals("من")) {
      return false;
    }
    String last = s.text(q.end() - 1, q.end());
    return !last.startsWith("ال") && (last.endsWith("ه") || last.endsWith("ها"));
  }

  /** "مشتبه" with its pronoun after "ب" tells how many: "مشتبه به" one, "مشتبه بهما" two. */
  private static final Set<String> SUSPECTED = Set.of("مشتبه", "مشتبها", "مشتبهه");

  /**
   * True when token {@code i} does not continue the noun before it: the sentence end, a break, a
   * preposition, "و", a word with "ب" ("بجروح", "برصاص") or a casualty or event word.
   */
  private boolean endsPhrase(SentenceTokens s, int i) {
    if (i >= s.size() || s.breakBefore(i)) {
      return true;
    }
    String w = s.norms.get(i);
    return QuoteSpans.STOPS.contains(w) || w.startsWith("و") || w.startsWith("ب") || isCue(s, i);
  }

  /**
   * Verbs of result (folded), before "عن"/"إلى" and the victim's death ("ما أسفر عن مقتله", "أدى إلى مصرعها"),
   * or before what an operation brought about ({@link EventFinder}).
   */
  static final Set<String> RESULT_VERBS = Set.of("اسفر", "اسفرت", "ادي", "ادت", "تسبب", "تسببت", "نتج", "نتجت", "خلفت");
  private static final Set<String> RESULT_PREPOSITIONS = Set.of("عن", "الى", "الي");

  /**
   * The death of someone named before, as a verbal noun with a pronoun after a verb of result ("أطلق
   * مجهولون النار على سيارة مدير الناحية، ما أسفر عن مقتله"): one for "ه"/"ها", two for "هما" (as
   * written: a final "ة" is no pronoun). None for a plural pronoun, whose count is not said.
   */
  private static Figure pronounOfVictims(SentenceTokens s, Match cue, FigureKind kind) {
    int k = cue.from() - 1;
    if (kind != FigureKind.KILLED || cue.length() != 1 || k < 1 || s.breakBefore(cue.from())
        || !RESULT_PREPOSITIONS.contains(s.norms.get(k)) || !RESULT_VERBS.contains(s.norms.get(k - 1))) {
      return null;
    }
    if (cue.end() < s.size() && !s.breakBefore(cue.end()) && s.norms.get(cue.end()).equals("مع")) {
      return null; // "ما أدى إلى مقتله مع عدد من مرافقيه": more died with him, how many is not said
    }
    String written = s.text(cue.from(), cue.end());
    int value = written.endsWith("هما") ? 2 : written.endsWith("هم") || written.endsWith("هن") ? 0
        : written.endsWith("ه") || written.endsWith("ها") ? 1 : 0;
    return value == 0 ? null
        : new Figure(kind, value, false, attackerInClause(s, k - 1), null, s.span(cue.from(), cue.end()), null, null);
  }

  /** Whether an attacker is named in the clause before token {@code i} ("جرى اشتباك مع المسلح أدى إلى مقتله"). */
  private static boolean attackerInClause(SentenceTokens s, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (s.at(k, "attacker") != null) {
        return true;
      }
      if (s.breakBefore(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * A casualty noun that is itself the count, with no number: an indefinite singular noun of one
   * victim ("سقوط قتيل", "وجريح"; the {@code one} category) is one, its dual two ("قتيلين",
   * "وجريحين", "شهيدين"). Not with the article ("القتيل"), after a number, a negation, "عدد", a
   * quantifier ("لكل شهيد", "أول قتيل"), or
   * another casualty word whose counted noun it is ("وفاة جريح" is no wounded count; "قتيل وجريحين" with
   * "و" is a count of its own).
   */
  private Figure nounOfVictims(SentenceTokens s, Match cue, FigureKind kind) {
    if (cue.length() != 1 || definite(s.norms.get(cue.from())) || negated(s, cue)) {
      return null;
    }
    int k = cue.from() - 1;
    boolean conjoined = s.norms.get(cue.from()).startsWith("و");
    if (k >= 0 && !s.breakBefore(cue.from()) && (numbers.read(s.norms, k) != null || TOLL.contains(s.norms.get(k))
        || countingCue(s, k) && !conjoined || QUANTIFIERS.contains(s.norms.get(k)))) {
      return null;
    }
    long value;
    if (numbers.dualSingular(s.norms.get(cue.from())) != null) {
      value = 2;
    } else if (s.at(cue.from(), "one") != null && s.at(cue.from(), "one").length() == 1) {
      value = 1;
    } else {
      return null;
    }
    return new Figure(kind, value, false, false, s.text(cue.from(), cue.end()), s.span(cue.from(), cue.end()), null, null);
  }

  /** Whether a word carries the article, after a conjunction or preposition: "القتيل", "والجرحى". */
  private static boolean definite(String w) {
    String rest = w.startsWith("و") || w.startsWith("ف") || w.startsWith("ب") ? w.substring(1) : w;
    return rest.startsWith("ال") || rest.startsWith("لل") || w.startsWith("لل");
  }

  /** An indefinite singular noun of a person at token {@code j}: "جندي", "شابا", "فلسطيني". */
  private boolean singularPerson(SentenceTokens s, int j) {
    String w = s.norms.get(j);
    if (w.startsWith("ال") || w.startsWith("وال") || w.startsWith("بال") || w.startsWith("لل")) {
      return false;
    }
    Match m = s.at(j, "person");
    if (m != null && m.length() == 1) {
      return true;
    }
    String nisba = w.endsWith("يا") ? w.substring(0, w.length() - 1) : w;
    return nisba.endsWith("ي") && nisba.length() > 3 && lexicon.at(List.of(nisba), 0, "nationality") != null;
  }

  /** Verbs that carry a verbal noun of a casualty word (folded): "ألقى القبض"، "تم اعتقال". */
  private static final Set<String> LIGHT_VERBS = Set.of("الق", "يلق", "تلق", "نلق", "تم", "يتم");

  /** How far before a release word a verb of refusing may stand: "رفضت في اللحظات الأخيرة الإفراج". */
  private static final int REFUSAL_REACH = 5;

  /**
   * True when a negation stands just before the casualty word ("لم يقتل", "دون إصابة"), or a verb of
   * refusing a few words before a release word with no break ("رفضت في اللحظات الأخيرة الإفراج عن ثمانية").
   */
  private static boolean negated(SentenceTokens s, Match cue) {
    if (cue.from() > 0 && (NEGATIONS.contains(s.norms.get(cue.from() - 1)) || ATTEMPTS.contains(s.norms.get(cue.from() - 1)))) {
      return true; // "لم يقتل", "محاولة اغتيال الوزير": no one died
    }
    if (cue.from() > 1 && LIGHT_VERBS.contains(s.norms.get(cue.from() - 1)) && NEGATIONS.contains(s.norms.get(cue.from() - 2))) {
      return true; // "لم ألق القبض على"، "لم يتم اعتقال"
    }
    if (!"RELEASED".equals(cue.label())) {
      return false;
    }
    for (int k = cue.from() - 1; k >= 0 && cue.from() - k <= REFUSAL_REACH && !s.breakBefore(k + 1); k--) {
      if (REFUSALS.contains(s.norms.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** "عسكريين اثنين", or in a conjunct a lone noun ("ومترجم مدني" = 1). */
  private Quantity nounThenNumber(SentenceTokens s, int j, boolean conjoined) {
    if (isCue(s, j) || QuoteSpans.STOPS.contains(s.norms.get(j)) || PARTITIVES.contains(s.norms.get(j))) {
      return null; // "14 مصابا، بينهم ثلاثة من عناصر الأمن": a breakdown of the 14
    }
    if (j + 1 < s.size() && !s.breakBefore(j + 1) && !conjoined(s.norms.get(j + 1))) {
      Reading r = numbers.read(s.norms, j + 1);
      int after = j + 1 + (r == null ? 0 : r.length());
      if (r != null && r.value() == 1 && after < s.size() && definite(s.norms.get(after))) {
        return null; // "موقوفين من أبناء إحدى القبائل": one of the tribes, no count of the sons
      }
      if (r != null && r.form() == Form.WORDS) {
        return new Quantity(r.value(), false, j, Math.max(j + 1 + r.length(), group(s, j + 1 + r.length())));
      }
    }
    String w = strip(s.norms.get(j));
    // a bare three-letter word that names no person is a verb: "قتل 30 من عناصرها ودمر عددا من آلياتها"
    if (conjoined && (w.length() > 3 || w.length() == 3 && singularPerson(s, j)) && !plural(w)
        && !(j + 1 < s.size() && startsQuantity(s, j + 1)) && !actsOnOthers(s, j) && !causing(s, j, w)
        && !(s.at(j, "person") == null && !named(s, j) && (verbalNoun(withoutPronoun(w)) && governs(s, j, w) || pastVerb(w)))) {
      return new Quantity(1, false, j, group(s, j + 1)); // not "إنقاذ 41 مهاجرا وانتشال 12 جثة": another count
    }
    return null;
  }

  /**
   * True when the word at {@code j} ({@code w} without its "و") is a verbal noun of the pattern إفعال
   * ("إلحاق"، "إحراق"، "إغلاق"), not a person the lexicon knows: "جرح اثنين وإلحاق أضرار بالمنازل" counts
   * two, the damage no one.
   */
  private static boolean causing(SentenceTokens s, int j, String w) {
    return ifal(w) && s.at(j, "person") == null;
  }

  /** The shape إفعال of a verbal noun ("إلحاق"، "إخضاع"), not "إنسان". */
  private static boolean ifal(String w) {
    return w.length() == 5 && w.charAt(0) == 'ا' && w.charAt(3) == 'ا' && !w.equals("انسان");
  }

  /** True when a person's name the recogniser found starts at token {@code j}: "وابتسام حسن"، "وانتصار العلي". */
  private static boolean named(SentenceTokens s, int j) {
    var e = s.entityAt(j);
    return e != null && e.type() == org.isnad.model.EntityType.PER;
  }

  /** Words after which a noun governs nothing: prepositions and particles ("وتلميذة في الحافلة"). */
  private static final Set<String> NO_OBJECT = Set.of("في", "من", "علي", "الي", "عن", "مع", "بعد", "قبل", "خلال", "اثناء",
      "داخل", "قرب", "عند", "لدي", "كما", "و", "او");

  /**
   * True when the word at {@code j} governs what follows as a verbal noun does: an object pronoun
   * ("وإخضاعهم") or a noun in construct right after ("واندلاع حريق"، "وتدمير آليتين"); a person ends the
   * count ("وتلميذ." ، "وتلميذة في الحافلة").
   */
  private static boolean governs(SentenceTokens s, int j, String w) {
    if (!withoutPronoun(w).equals(w)) {
      return true;
    }
    int next = j + 1;
    return next < s.size() && !s.breakBefore(next) && !NO_OBJECT.contains(s.norms.get(next))
        && !s.norms.get(next).startsWith("و") && s.entityAt(next) == null;
  }

  /** Pronouns that may close a verbal noun: "وإخضاعهم". */
  private static final List<String> OBJECT_PRONOUNS = List.of("هما", "هم", "هن", "ها"); // not "ه": a folded "ة"

  private static String withoutPronoun(String w) {
    for (String p : OBJECT_PRONOUNS) {
      if (w.endsWith(p) && w.length() - p.length() >= 5) {
        return w.substring(0, w.length() - p.length());
      }
    }
    return w;
  }

  /**
   * True when {@code w} has the shape of a verbal noun of a derived verb, which counts no one after
   * "و": انفعال ("واندلاع حريق")، افتعال ("واحتراق")، إفعال ("وإخضاعهم لبحث قضائي")، استفعال ("واستيلاء")،
   * تفعيل ("وتدمير آليات").
   */
  private static boolean verbalNoun(String w) {
    int n = w.length();
    return n == 6 && w.startsWith("ان") && w.charAt(4) == 'ا'
        || n == 6 && w.charAt(0) == 'ا' && w.charAt(2) == 'ت' && w.charAt(4) == 'ا'
        || ifal(w)
        || n >= 7 && w.startsWith("است") && w.charAt(5) == 'ا'
        || n == 5 && w.charAt(0) == 'ت' && w.charAt(3) == 'ي';
  }

  /**
   * True when {@code w} reads as a verb in the past: a derived verb with a feminine or plural ending
   * ("واستولت على أسلحة"، "واستولوا")، whose subject acts again; no one more counted.
   */
  private static boolean pastVerb(String w) {
    return w.length() >= 5 && w.startsWith("ا") && (w.endsWith("ت") && !w.endsWith("ات") || w.endsWith("وا"));
  }

  /**
   * True when the singular noun at {@code j} governs a plural "others" ("مقتل 4 مهربين وفرار آخرين"):
   * a verbal noun of what befell other people, no person counted.
   */
  private static boolean actsOnOthers(SentenceTokens s, int j) {
    return j + 1 < s.size() && !s.breakBefore(j + 1) && OTHERS_MANY.contains(s.norms.get(j + 1));
  }

  /**
   * True when token {@code i} starts an event or casualty phrase, whose counted noun a victim's noun
   * after it may be ("وفاة جريح"); not a verb of reporting or moving ("ونقلت جريحين إلى المستشفى").
   */
  private boolean countingCue(SentenceTokens s, int i) {
    PhraseLexicon.Match m = s.at(i);
    return isCue(s, i) && m != null && !m.category().equals("reporting") && !m.category().equals("according");
  }

  /** True when token {@code i} starts an event or casualty phrase. */
  private boolean isCue(SentenceTokens s, int i) {
    PhraseLexicon.Match m = s.at(i);
    return m != null && switch (m.category()) {
      case "event", "killed", "wounded", "arrested", "abducted", "missing", "rescued", "released", "displaced", "reporting",
          "according" -> true;
      default -> false;
    };
  }

  /**
   * True when a word starts with the conjunction "و": a noun or a number joined to the one before
   * ("الحميري وثلاثة", "ضابط وثلاثة من عناصر الجيش": the count of a second group), not its count
   * ("عسكريين اثنين", "قتيل واحد": "واحد" itself begins with the letter).
   */
  private static boolean conjoined(String w) {
    return w.startsWith("و") && !w.startsWith("واحد");
  }

  private static String strip(String w) {
    return w.startsWith("و") && w.length() > 3 ? w.substring(1) : w;
  }

  private static boolean isTwo(String w) {
    return w.equals("اثنين") || w.equals("اثنان") || w.equals("اثنتين") || w.equals("اثنتان");
  }

  private static boolean plural(String w) {
    for (String e : PLURAL_ENDINGS) {
      if (w.endsWith(e) && w.length() > e.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the figure's first word is a number right after "الذكرى" (an anniversary: "الذكرى السبعين
   * لاغتيال"، "في ذكراها الخمسين" is not asked for).
   */
  private boolean anniversary(SentenceTokens s, Figure f) {
    int k = s.tokenAt(f.span().start());
    return k > 0 && k < s.size() && s.norms.get(k - 1).endsWith("ذكري") && numbers.read(s.norms, k) != null;
  }

  /** Nouns of a year before its number (folded, with the clitics news writes): "عام 2006"، "في العام 1906"، "عامي 1987 و1988". */
  private static final Set<String> YEAR_WORDS = Set.of("عام", "العام", "وعام", "والعام", "بعام", "بالعام", "لعام", "للعام",
      "سنه", "السنه", "وسنه", "والسنه", "بسنه", "بالسنه", "للسنه", "عامي", "وعامي");

  /**
   * Whether the figure's number measures time, no people: a year, right after a noun of a year with no
   * counted noun after it ("ففي عام 2006 قتل الرئيس"، "في العام 1906 ارتقى"، "بين عامي 1987 و1988 قتل"),
   * or a length, a count whose noun is a unit of time ("منذ 90 ألف سنة نزح"). "منذ مطلع العام 900 شخص"
   * still counts: a noun of people follows the number.
   */
  private boolean measuresTime(SentenceTokens s, Figure f) {
    int to = Math.min(s.size(), s.tokenAt(f.span().end()));
    String group = f.group() == null ? null : Blanks.firstWord(f.group().strip());
    for (int k = s.tokenAt(f.span().start()); group != null && k < to; k++) {
      if (s.textIs(k, group) && unitOfTime(s.norms.get(k)) && !namesDay(s, k + 1)) {
        return true; // the group's first word; not "قتل ثلاثة يوم الجمعة", a date after the count
      }
    }
    for (int k = s.tokenAt(f.span().start()); k < to; k++) {
      Reading r = numbers.read(s.norms, k);
      if (r == null) {
        continue;
      }
      int after = k + r.length();
      boolean noNoun = after >= s.size() || s.breakBefore(after) || isCue(s, after);
      boolean year = k > 0 && YEAR_WORDS.contains(s.norms.get(k - 1))
          || k > 1 && numbers.read(s.norms, k - 1) != null && YEAR_WORDS.contains(s.norms.get(k - 2)); // "عامي 1987 و1988"
      return year && noNoun && !s.breakBefore(k);
    }
    return false;
  }

  /** Whether token {@code k} goes on naming a date after a unit of time: a definite word, a number or a time word ("يوم الجمعة"، "يوم 12"، "يوم أمس"). */
  private boolean namesDay(SentenceTokens s, int k) {
    if (k >= s.size() || s.breakBefore(k)) {
      return false;
    }
    String w = s.norms.get(k);
    return definite(w) || numbers.read(s.norms, k) != null || time.word(w).isPresent();
  }

  /** "المئة" after a number, alone or after "ب" or "في" ("12 بالمئة"، "30 في المئة"), folded. */
  private static final Set<String> HUNDRED = Set.of("الميه", "المايه", "بالميه", "بالمايه");

  /**
   * Whether a number of the figure is a share, not a count: "%" or "٪" right after it, or "بالمئة" /
   * "في المئة" ("إصابة نحو 40% من المدراء"، "مقتل 12 بالمئة من السكان").
   */
  private boolean share(SentenceTokens s, Figure f) {
    int to = Math.min(s.size(), s.tokenAt(f.span().end()));
    for (int k = s.tokenAt(f.span().start()); k < to; k++) {
      Reading r = numbers.read(s.norms, k);
      int after = r == null ? -1 : k + r.length();
      if (after > 0 && after < s.size() && (s.gapHas(after, "%٪") || HUNDRED.contains(s.norms.get(after))
          || s.norms.get(after).equals("في") && after + 1 < s.size() && HUNDRED.contains(s.norms.get(after + 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a month's name (one word or two: "كانون الثاني") starts at token {@code i}. */
  private boolean monthAt(SentenceTokens s, int i) {
    String w = s.norms.get(i);
    return months.mayStart(w) && (months.month(w).isPresent()
        || i + 1 < s.size() && months.month(w + " " + s.norms.get(i + 1)).isPresent());
  }

  /**
   * The end of the group's words after the counted noun: adjectives ("أميركيين", "آخرين") and a
   * "من" phrase ("من قوات الأمن السورية"), up to a break, a conjunct or a casualty word.
   */
  private int group(SentenceTokens s, int from) {
    int i = from;
    while (i < s.size() && i - from < MAX_GROUP && !s.breakBefore(i)) {
      String w = s.norms.get(i);
      if (i > from && isOne(w)) {
        i++; // "من أسرة واحدة": one, the adjective of the noun before it
        continue;
      }
      if (w.startsWith("و") || isCue(s, i) || numbers.read(s.norms, i) != null || QuoteSpans.STOPS.contains(w)
          && !w.equals("من")) {
        break;
      }
      if (i == from && (CAUSES.contains(w) || monthAt(s, i))) {
        break; // "العشرات جراء إطلاق النار": the cause follows, the group is unsaid; "11 سبتمبر": a date
      }
      if (PRONOUNS.contains(w)) {
        break; // "الشهداء الثلاثة هم صالح ...": the pronoun opens what names them, no group
      }
      if (i == from && !w.equals("من")) {
        i++;
        continue;
      }
      if (w.equals("من") && i + 1 < s.size()) {
        i++;
        continue;
      }
      // "من قوات النظام"، "من أفراد عائلة واحدة": the nouns of the "من" phrase, one in construct after its first
      boolean ofPhrase = s.norms.subList(from, i).contains("من") && (w.startsWith("ال") || s.norms.get(i - 1).equals("من")
          || i >= 2 && s.norms.get(i - 2).equals("من") && inConstruct(s.norms.get(i - 1)) && !w.endsWith("وا"));
      if (!adjectiveLike(w) && !ofPhrase) {
        break;
      }
      i++;
    }
    return i;
  }

  /**
   * Separate personal pronouns (folded): "الشهداء الثلاثة هم"، "قتل ثمانية هم أربعة رجال" name who they
   * were after them; a pronoun is never a counted group.
   */
  private static final Set<String> PRONOUNS = Set.of("هم", "هما", "هن", "هو", "هي", "وهم", "وهما", "وهن", "وهو", "وهي",
      "بينهم", "بينهن", "بينهما"); // "القتلى بلغ خمسة بينهم طفل": "among them" opens a breakdown, no group

  /** A noun that may stand in construct before another: no article, no pronoun ("أفراد", not "أفرادها"). */
  private static boolean inConstruct(String w) {
    return !w.startsWith("ال") && !w.endsWith("ها") && !w.endsWith("هم") && !w.endsWith("هما") && !w.endsWith("هن");
  }

  private static boolean adjectiveLike(String w) {
    return w.endsWith("ي") || w.endsWith("يه") || w.endsWith("ين") || w.endsWith("يون") || w.endsWith("يا")
        || w.startsWith("اخر") || w.startsWith("ال") && w.endsWith("يه");
  }

  /** How many words a rank after "برتبة" may have: "ملازم أول"، "عميد ركن". */
  private static final int MAX_RANK = 2;

  /** The token after "و" or "إلى جانب" that continues a sum, or -1. */
  private int conjunct(SentenceTokens s, int end) {
    if (end >= s.size() || s.breakBefore(end)) {
      return -1;
    }
    String w = s.norms.get(end);
    if (conjoined(w) && w.length() > 2 && !isCue(s, end) && !QuoteSpans.STOPS.contains(w.substring(1))) {
      return end; // not "وإن": "عدد الناجين 38 وإن ثلاثين آخرين ما زالوا مفقودين" opens another clause
    }
    if (w.equals("برتبه")) {
      // "قتل ضابط برتبة ملازم أول وجنديان": the rank of one counted, then the next of the sum
      for (int k = end + 2; k < s.size() && k <= end + 1 + MAX_RANK && !s.breakBefore(k); k++) {
        if (conjoined(s.norms.get(k))) {
          return conjunct(s, k);
        }
      }
    }
    for (String[] words : CONJUNCTION_WORDS) {
      if (end + words.length < s.size() && wordsAt(s, end, words)) {
        return end + words.length;
      }
    }
    return -1;
  }

  /** True when the tokens from {@code at} are {@code words}, one by one (no joined string built). */
  private static boolean wordsAt(SentenceTokens s, int at, String[] words) {
    for (int k = 0; k < words.length; k++) {
      if (!s.norms.get(at + k).equals(words[k])) {
        return false;
      }
    }
    return true;
  }
}
