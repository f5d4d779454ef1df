package org.isnad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.lang.PhraseLexicon.Match;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;

/**
 * The casualties a sentence says there were none of ("سقطت قذيفة على حي سكني دون وقوع إصابات"، "لم
 * تسجل أي حالة وفاة"), as figures of zero: an outlet that reports no wounded contradicts one that reports
 * three. The lexicon's category {@code denied} holds the phrases; its label says what they deny: the
 * killed, the wounded, or both ({@code CASUALTIES}: "إصابات"، "ضحايا"، "خسائر بشرية").
 *
 * <p>Not a denial: of some casualties only ("دون وقوع إصابات خطيرة"، "ولا إصابات أخرى"، "باستثناء سائق"),
 * of one group ("بين عناصر الشرطة"), of illness ("بفيروس كورونا"), of what is to be prevented ("للحيلولة دون
 * وقوع إصابات"), asked or supposed ("هل سيمر ... دون وقوع إصابات؟"، "لو")، or of an earlier or similar
 * event ("وكان انفجار مماثل وقع ... دون وقوع إصابات"). A count of the kind in the same
 * sentence wins ("قتل شخص دون وقوع إصابات أخرى" aside, "أصيب 3 ... دون وقوع وفيات" denies only deaths).
 */
final class NoCasualties {

  /** The lexicon's category of denials of casualties. */
  static final String CATEGORY = "denied";

  /** The lexicon's category of casualties a verb of denial before them denies ("ونفت الوزارة وقوع أي إصابات"). */
  static final String NEGATED = "negated";

  /** Verbs of denial (folded). */
  static final Set<String> DENYING = Set.of("نفي", "نفت", "ونفي", "ونفت", "ينفي", "تنفي", "نفوا", "ونفوا", "نافيا",
      "نافيه");

  /** How many words may stand between a verb of denial and what it denies: its subject ("ونفت وزارة الداخلية"). */
  private static final int DENIAL_SUBJECT = 5;

  /** Words after a denial that narrow it to some casualties (folded, as prefixes). */
  private static final List<String> NARROWING = List.of("خطير", "بليغ", "اخر", "جديد", "اضافي", "جسيم", "كبير");

  /** Words before a denial that make it a purpose, not a report (folded, as parts of the word). */
  private static final List<String> PURPOSES = List.of("حيلول", "تجنب", "منع", "ضمان", "حرص", "تفادي", "يحول", "تحول");

  /** Words that open the group a denial is about: "دون وقوع إصابات في صفوف المدنيين". */
  private static final Set<String> AMONG = Set.of("بين", "صفوف");

  private NoCasualties() {}

  /**
   * The zero figures of the sentence, left to right; none of a kind that {@code found} (the sentence's
   * counts) already counts.
   */
  static List<Figure> find(SentenceTokens s, List<Figure> found) {
    List<Figure> out = new ArrayList<>();
    List<Match> phrases = new ArrayList<>(s.all(CATEGORY));
    s.all(NEGATED).stream().filter(m -> deniedBefore(s, m.from())).forEach(phrases::add);
    phrases.sort(java.util.Comparator.comparingInt(Match::from));
    if (phrases.isEmpty() || background(s)) {
      return out;
    }
    for (Match m : phrases) {
      if (narrowed(s, m.end()) || purpose(s, m.from()) || unreal(s, m.from()) || ofAGroup(s, m.end())) {
        continue; // a denial among one group ("بين عناصر الشرطة") is no zero of the event's count
      }
      for (FigureKind kind : kinds(m.label())) {
        if (found.stream().noneMatch(f -> f.kind() == kind && !f.perpetrator())
            && out.stream().noneMatch(f -> f.kind() == kind)) {
          out.add(new Figure(kind, 0, false, false, null, s.span(m.from(), m.end()), null, null));
        }
      }
    }
    return out;
  }

  /** True when a verb of denial stands a few words before token {@code first}, in the same clause. */
  private static boolean deniedBefore(SentenceTokens s, int first) {
    for (int k = first - 1; k >= 0 && first - k <= DENIAL_SUBJECT && !s.breakBefore(k + 1); k--) {
      if (DENYING.contains(s.norms.get(k))) {
        return true;
      }
    }
    return false;
  }

  private static List<FigureKind> kinds(String label) {
    return label.equals("CASUALTIES") ? List.of(FigureKind.KILLED, FigureKind.WOUNDED) : List.of(FigureKind.valueOf(label));
  }

  private static boolean narrowed(SentenceTokens s, int next) {
    if (next >= s.size() || s.breakBefore(next)) {
      return false;
    }
    String w = s.norms.get(next);
    return NARROWING.stream().anyMatch(w::startsWith) || EXCEPT.contains(w) || ILLNESS.stream().anyMatch(w::startsWith);
  }

  /** Words of an exception after a denial: "لم تسجل أي حالة وفاة باستثناء سائق" counts one. */
  private static final Set<String> EXCEPT = Set.of("باستثناء", "سوي", "عدا", "الا", "ماعدا", "ما");
  /** Illness after a denial: "لم تسجل أي حالة وفاة بفيروس كورونا" is no casualty of violence (folded prefixes). */
  private static final List<String> ILLNESS = List.of("بفيروس", "بالفيروس", "بكورونا", "بكوفيد", "بالكوليرا", "بمرض",
      "بالمرض", "بوباء", "بالوباء", "بالحصبه", "بالتسمم");
  /** Words before a denial that make it a question, a condition or a mere possibility. */
  private static final Set<String> UNREAL = Set.of("هل", "وهل", "لولا", "يمكن", "ممكن", "بالامكان", "ربما",
      "سيمر", "سيمضي", "اذا", "واذا");

  /** True when a question, a condition or a possibility governs the denial ("هل سيمر القصف دون وقوع إصابات؟"). */
  private static boolean unreal(SentenceTokens s, int first) {
    if (s.tail().contains("؟") || s.tail().contains("?") || first > EventFinder.conditional(s)) {
      return true; // a question, or after "لو" ("لو التزم الباعة ...")
    }
    for (int k = first - 1; k >= 0 && !s.breakBefore(k + 1); k--) {
      if (UNREAL.contains(s.norms.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Openers of a sentence about an earlier time or another event: "وكان انفجار مماثل وقع ... دون وقوع إصابات". */
  private static final Set<String> EARLIER = Set.of("كان", "وكان", "كانت", "وكانت");

  /** True when the sentence tells an earlier matter ("وكان ..."), or a similar event ("مماثل"، "سابق"). */
  private static boolean background(SentenceTokens s) {
    if (s.size() > 0 && EARLIER.contains(s.norms.get(0))) {
      return true;
    }
    for (String w : s.norms) {
      if (w.startsWith("مماثل") || w.equals("سابق") || w.equals("سابقه") || w.startsWith("الماضي")) {
        return true;
      }
    }
    return false;
  }

  private static boolean purpose(SentenceTokens s, int first) {
    for (int k = Math.max(0, first - 2); k < first; k++) {
      String w = s.norms.get(k);
      if (PURPOSES.stream().anyMatch(w::contains)) {
        return true;
      }
    }
    return false;
  }

  /** True when "في صفوف" or "بين" and a group follow the denial: "في صفوف المدنيين"، "بين السكان". */
  private static boolean ofAGroup(SentenceTokens s, int next) {
    int k = next < s.size() && s.norms.get(next).equals("في") ? next + 1 : next;
    return k + 1 < s.size() && AMONG.contains(s.norms.get(k)) && !s.breakBefore(k) && !s.breakBefore(k + 1);
  }
}
