package org.isnad.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.lang.Language;

/**
 * Names of institutions written the way Arabic news writes them: a head noun without the article
 * ("وزارة", "هيئة", "مجلس") followed by one to three words with it ("وزارة الصحة", "وزارة الدفاع
 * الروسية", "مجلس الأمن الدولي"). The statistical tagger misses many of them at the start of a
 * clause ("وأعلنت وزارة الصحة ..."), where attribution needs them most. A rule, not a model: it stops
 * at the first word that is no part of a name (a time word, a preposition, a relative pronoun, a
 * number, a name already found) and at punctuation. Immutable and thread-safe.
 */
final class InstitutionNames {

  /** A match: the tokens {@code [start, end)}, the first {@code strip} letters being proclitics. */
  record Match(int start, int end, int strip) {}

  private static final String[] HEADS = {"وزارة", "هيئة", "مجلس", "منظمة", "وكالة", "مديرية", "لجنة", "محكمة",
    "قيادة", "رئاسة", "جامعة", "بعثة", "مفوضية", "نقابة", "دائرة", "مؤسسة", "سلطة", "شرطة", "قوات", "جمعية", "رابطة",
    "جهاز", "وحدات", "مرصد", "ميليشيا", "مليشيا"};
  /** Heads of {@link #definiteBody}: the bodies of {@link #HEADS} that take an article, and units and offices. */
  private static final String[] DEFINITE_HEADS = {"هيئة", "مجلس", "منظمة", "وكالة", "مديرية", "لجنة", "مفوضية",
    "مؤسسة", "جمعية", "رابطة", "وحدة", "مكتب", "مركز", "شبكة", "بعثة", "جهاز"};
  /**
   * Forces and services named by the article and a relative adjective: "الشرطة العراقية", "القوات
   * الأمريكية", "الدفاع المدني" (the civil defence, a source of tolls), "القوات المسلحة اليمنية"; so
   * are the offices of a state that speak for it: "الرئاسة المصرية", "الحكومة العراقية", "الخارجية
   * الأمريكية", "البرلمان العراقي".
   */
  private static final String[] FORCES = {"الشرطة", "الجيش", "القوات", "الدفاع", "الرئاسة", "الحكومة", "الخارجية",
    "الداخلية", "البرلمان"};
  /** The offices among {@link #FORCES}: after a title they are its office, no body ("رئيس الحكومة الفرنسية"). */
  private static final String[] OFFICES = {"الرئاسة", "الحكومة", "الخارجية", "الداخلية", "البرلمان"};
  /** Words with the article that are no part of a name: prepositions, pronouns, "now", "thousand". */
  private static final String[] NOT_NAME_WORDS = {"الى", "الي", "الا", "الذي", "التي", "الذين", "اللذين", "اللتين",
    "اللذان", "اللتان", "اللواتي", "الان", "الف", "الاف", "اليوم", "امس", "الغد", "الليله", "الجاري", "الماضي",
    "المقبل", "الحالي",
    // participles of affiliation end a name: "وزارة الصحة التابعة للحوثيين" is "وزارة الصحة"
    "التابع", "التابعه", "التابعة", "التابعين", "الموالي", "المواليه", "الموالية", "الموالين", "المدعوم",
    "المدعومه", "المدعومة", "المقرب", "المقربه", "المقربة"};
  /** Adjectives of the pattern أفعل that end names: colours and ranks ("الهلال الأحمر", "المجلس الأعلى"). */
  private static final String[] AF3AL_ADJECTIVES = {"الأحمر", "الأبيض", "الأخضر", "الأسود", "الأزرق", "الأصفر",
    "الأعلى", "الأوسط", "الأدنى", "الأكبر", "الأقصى"};
  private static final int MAX_WORDS = 3;
  /**
   * "وحدات" (units) heads a body only with a noun in construct and a place ("وحدات مقاومة سنجار"); with
   * words of the article it names units of something ("وحدات الدم"). Folded.
   */
  private static final String UNITS = "وحدات";

  private final Set<String> heads = new HashSet<>();
  private final Set<String> notName = new HashSet<>();
  private final Set<String> af3al = new HashSet<>();
  private final Set<String> forces = new HashSet<>();
  private final Set<String> offices = new HashSet<>();
  /** The heads that name a body with the article, an adjective and a phrase of purpose. Folded, no article. */
  private final Set<String> definiteHeads = new HashSet<>();
  /** {@link #definiteHeads} and {@link #heads}, asked about a word's end without cutting it. */
  private final WordSet definiteHeadSet;
  private final WordSet headSet;
  private final Set<String> notPurpose = new HashSet<>();
  private final Language language;
  /** First letters, last letters and lengths of the heads: rules out most words before a look-up. */
  private final EntityRecognizer.NameEnds headEnds;

  InstitutionNames(Language language) {
    this.language = language;
    for (String h : HEADS) {
      heads.add(language.normalizer().fold(h));
    }
    headEnds = EntityRecognizer.NameEnds.of(heads);
    for (String w : FORCES) {
      forces.add(language.normalizer().fold(w));
    }
    for (String w : OFFICES) {
      offices.add(language.normalizer().fold(w));
    }
    for (String w : AF3AL_ADJECTIVES) {
      af3al.add(language.normalizer().fold(w));
    }
    for (String h : DEFINITE_HEADS) {
      definiteHeads.add(language.normalizer().fold(h));
    }
    for (String w : NOT_PURPOSE) {
      notPurpose.add(w);
    }
    for (String w : NOT_NAME_WORDS) {
      notName.add(language.normalizer().fold(w));
    }
    definiteHeadSet = new WordSet(definiteHeads);
    headSet = new WordSet(heads);
  }

  /** Whether a folded word is the head noun of an institution's name ("وزارة", "جمعية"). */
  boolean isHead(String folded) {
    return heads.contains(folded);
  }

  /**
   * The institution names of a sentence's folded words, left to right, avoiding {@code taken}
   * tokens; {@code breakBefore[i]} is true when punctuation separates token i from the one before.
   */
  List<Match> find(String[] norms, boolean[] taken, boolean[] breakBefore) {
    return find(norms, taken, breakBefore, new int[0]);
  }

  /**
   * As {@link #find(String[], boolean[], boolean[])}; {@code placeEnd[i]} is the end of the place the
   * gazetteer found at token i (0 for none): a head, a noun in construct and a place make a body of
   * that place ("دائرة صحة ذي قار", "قيادة شرطة البصرة"), the place inside its name.
   */
  List<Match> find(String[] norms, boolean[] taken, boolean[] breakBefore, int[] placeEnd) {
    int[] facts = new int[norms.length];
    for (int i = 0; i < norms.length; i++) {
      facts[i] = wordFacts(norms[i]);
    }
    return find(norms, facts, taken, breakBefore, placeEnd);
  }

  /** Bit of {@link #wordFacts}: the word is a relative adjective ({@link #nisba}). */
  private static final int NISBA = 1;
  /** Bit of {@link #wordFacts}: the word is {@link #ARMED}. */
  private static final int ARMED_WORD = 8;

  /**
   * What {@link #find} asks of a folded word alone, as bits: whether it is a relative adjective
   * ({@link #NISBA}), {@link #headStrip} plus one in the two bits above, and whether it is {@link
   * #ARMED} ({@link #ARMED_WORD}); less than 16. A caller may keep them per distinct word and pass
   * them to {@link #find(String[], int[], boolean[], boolean[], int[])}.
   */
  int wordFacts(String w) {
    return (nisba(w) ? NISBA : 0) | (headStrip(w) + 1) << 1 | (w.equals(ARMED) ? ARMED_WORD : 0);
  }

  private static boolean nisbaAt(int[] facts, int i) {
    return (facts[i] & NISBA) != 0;
  }

  /**
   * As {@link #find(String[], boolean[], boolean[], int[])}, with the {@link #wordFacts} of each
   * word found before.
   */
  List<Match> find(String[] norms, int[] facts, boolean[] taken, boolean[] breakBefore, int[] placeEnd) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < norms.length - 1; i++) {
      if (taken[i]) {
        continue;
      }
      int strip = (facts[i] >>> 1 & 3) - 1;
      int definite = strip < 0 ? definiteBody(norms, facts, taken, breakBefore, i) : 0;
      if (definite > 0) {
        out.add(new Match(i, definite, proclitics(norms[i])));
        i = definite - 1;
        continue;
      }
      if (strip < 0) {
        // a force's name takes at least one relative adjective after it: that is tested first, as
        // it rules out most words without a look-up
        boolean armed = armed(norms, facts, taken, breakBefore, i + 1);
        if (taken[i + 1] || breakBefore[i + 1] || !nisbaAt(facts, i + 1) && !armed) {
          continue;
        }
        int force = officeOfTitle(norms, breakBefore, i) ? -1 : forceStrip(norms[i]);
        int end = i + 1;
        while (force >= 0 && end < norms.length && end - i <= MAX_WORDS && !taken[end] && !breakBefore[end]
            && (nisbaAt(facts, end) || armed && end == i + 1)) {
          end++;
        }
        if (end > i + 1) {
          out.add(new Match(i, end, force));
          i = end - 1;
        }
        continue;
      }
      int construct = ofPlace(norms, facts, taken, breakBefore, placeEnd, i);
      if (construct > 0) {
        out.add(new Match(i, construct, strip));
        i = construct - 1;
        continue;
      }
      if (norms[i].endsWith(UNITS)) {
        continue; // "وحدات الدم", "وحدات الجيش": units of something, no body
      }
      int end = i + 1;
      int coordinated = 0;
      while (end < norms.length && end - i <= MAX_WORDS + coordinated && !taken[end] && !breakBefore[end]) {
        if (nameWord(norms[end], end - i)) {
          end++;
        } else if (coordinated == 0 && end - i >= 2 && andAdjective(norms[end - 1], norms[end])) {
          coordinated = 1; // "هيئة المنافذ البرية والبحرية السورية": two adjectives joined by و
          end++;
        } else {
          break;
        }
      }
      if (end > i + 1) {
        out.add(new Match(i, end, strip));
        i = end - 1;
      }
    }
    return out;
  }

  /**
   * The end of "head + noun in construct + place" starting at the head {@code i} ("قيادة شرطة ذي قار"),
   * or of "head + noun + a word with the article" and its relative adjectives ("قيادة شرطة المحافظة"،
   * "هيئة عمليات التجارة البحرية البريطانية"), or 0.
   */
  private int ofPlace(String[] norms, int[] facts, boolean[] taken, boolean[] breakBefore, int[] placeEnd, int i) {
    int noun = i + 1;
    int place = i + 2;
    if (place >= norms.length || taken[noun] || breakBefore[noun] || breakBefore[place]) {
      return 0;
    }
    String w = norms[noun];
    boolean bare = w.length() >= 3 && !w.startsWith("ال") && !w.startsWith("و") && !notName.contains(w)
        && language.time().word(w).isEmpty() && !language.commonWords().contains(w);
    if (!bare) {
      return 0;
    }
    if (place < placeEnd.length && placeEnd[place] > place) {
      return placeEnd[place];
    }
    if (taken[place] || !nameWord(norms[place], 1)) {
      return 0;
    }
    int end = place + 1; // "قيادة شرطة المحافظة"
    while (end < norms.length && end - place <= MAX_ADJECTIVES && !taken[end] && !breakBefore[end]
        && (nisbaAt(facts, end) || af3al.contains(norms[end]))) { // "مؤسسة موانئ البحر الأحمر"
      end++; // "هيئة عمليات التجارة البحرية البريطانية": the adjectives of the field and of the country
    }
    return end;
  }

  /**
   * The end of a body named by a head noun with the article, an adjective and what it serves after
   * "ل" ("اللجنة الوطنية لشؤون اللاجئين"، "الوحدة التنفيذية لإدارة مخيمات النازحين"، "المفوضية السامية
   * لحقوق الإنسان"), starting at token {@code i}, or 0. Without the "ل" phrase a definite head and an
   * adjective name too many things ("الجهة المختصة") to be a body.
   */
  private int definiteBody(String[] norms, int[] facts, boolean[] taken, boolean[] breakBefore, int i) {
    String w = norms[i];
    int p = proclitics(w);
    if (i + 2 >= norms.length || !w.startsWith("ال", p) || !definiteHeadSet.contains(w, p + 2)
        || taken[i + 1] || breakBefore[i + 1] || !nisbaAt(facts, i + 1) && !nameWord(norms[i + 1], 2)) {
      return 0;
    }
    int end = i + 2;
    if (end < norms.length && !taken[end] && !breakBefore[end] && nisbaAt(facts, end)) {
      end++; // "اللجنة الدولية المستقلة ل..."
    }
    return end < norms.length ? purpose(norms, taken, breakBefore, end) : 0;
  }

  /**
   * The end of what a body serves, "ل" and a noun and up to two words in construct, the last with the
   * article ("لشؤون اللاجئين"، "لإدارة مخيمات النازحين"، "للهجرة"), starting at token {@code i}, or 0.
   */
  private int purpose(String[] norms, boolean[] taken, boolean[] breakBefore, int i) {
    String w = norms[i];
    if (taken[i] || breakBefore[i] || w.length() < 4 || w.charAt(0) != 'ل' || notPurpose.contains(w)) {
      return 0;
    }
    if (w.startsWith("لل")) {
      // "للهجرة"، "للدفاع المدني"، "للطاقة الذرية": an adjective agreeing with the noun is the name's
      int end = i + 1 < norms.length && !taken[i + 1] && !breakBefore[i + 1] && agrees(w, norms[i + 1]) ? i + 2 : i + 1;
      return objectOfPurpose(norms, taken, breakBefore, end);
    }
    for (int end = i + 1; end < norms.length && end <= i + 2 && !taken[end] && !breakBefore[end]; end++) {
      String next = norms[end];
      if (next.startsWith("ال")) {
        int e = end + 1; // "لمجلس القضاء الأعلى": a rank of the pattern أفعل closes the name
        return !nameWord(next, 1) ? 0 : e < norms.length && !taken[e] && !breakBefore[e] && af3al.contains(norms[e]) ? e + 1 : e;
      }
      if (TitledNames.COMPOUND_FIRST.contains(next)) {
        return end; // "الناطق باسم المجلس البلدي لتاغرمت عبد السلام بوزيد": a person's name follows
      }
      if (next.length() < 3 || language.commonWords().contains(next) || language.time().word(next).isPresent()) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * Whether {@code adjective} is a relative adjective or a rank of the pattern أفعل of the gender of
   * {@code noun} (folded): "للدفاع المدني"، "للطاقة الذرية"، "للصليب الأحمر".
   */
  private boolean agrees(String noun, String adjective) {
    if (af3al.contains(adjective)) {
      return !noun.endsWith("ه");
    }
    return nisba(adjective) && (noun.endsWith("ه") ? adjective.endsWith("يه") : adjective.endsWith("ي"));
  }

  /** Prepositions of the object of a verbal noun of purpose ("للبحث عن المفقودين"), folded. */
  private static final Set<String> PURPOSE_PREPOSITIONS = Set.of("عن", "علي");

  /**
   * Where a phrase of purpose ending at {@code end} ends once the object of its verbal noun, a
   * preposition and a word with the article, and a second verbal noun joined by "و" are taken in
   * ("للبحث والتعرف على المفقودين"، "للبحث عن المفقودين"). A noun joined by "و" without a
   * preposition after it ("للإحصاء والبنك المركزي") is another body: not taken.
   */
  private int objectOfPurpose(String[] norms, boolean[] taken, boolean[] breakBefore, int end) {
    int e = end;
    if (e + 1 < norms.length && norms[e].startsWith("وال") && norms[e].length() > 5 && !taken[e] && !breakBefore[e]
        && PURPOSE_PREPOSITIONS.contains(norms[e + 1])) {
      e++; // "والتعرف" before "على"
    }
    if (e + 1 < norms.length && PURPOSE_PREPOSITIONS.contains(norms[e]) && !taken[e] && !taken[e + 1]
        && !breakBefore[e] && !breakBefore[e + 1] && nameWord(norms[e + 1], 1)) {
      return e + 2;
    }
    return end;
  }

  /** Words with "ل" that open no phrase of purpose: "لكن", "لدى", "لمدة", pronouns. Folded. */
  private static final String[] NOT_PURPOSE = {"لكن", "لكنه", "لكنها", "لدي", "لمده", "للمره", "لها", "لهم", "لهما",
    "لان", "لذلك", "لما", "لمن", "لكي", "لعدم", "لاحقا", "ليلا", "ليله", "لصالح", "لقاء", "لمواجهه", "لمنع"};

  /** How many letters of "و", "ف" or "ب" precede the word (at most one). */
  private static int proclitics(String w) {
    return w.length() > 5 && "وفب".indexOf(w.charAt(0)) >= 0 && w.startsWith("ال", 1) ? 1 : 0;
  }

  /** How many relative adjectives may follow "head + noun + a word with the article". */
  private static final int MAX_ADJECTIVES = 2;

  /** How many proclitic letters precede a head noun ("ووزارة" 1, "لوزارة" 1), or -1 for no head. */
  private int headStrip(String w) {
    for (int strip = 0; strip <= 2 && strip < w.length() - 2; strip++) {
      if (strip > 0 && "وفبل".indexOf(w.charAt(strip - 1)) < 0) {
        return -1;
      }
      if (headEnds.mayBe(w.charAt(strip), w.charAt(w.length() - 1), w.length() - strip)
          && headSet.contains(w, strip)) {
        // "للهيئة": ل and the article it swallowed; the span keeps the article's ل ("الهيئة العامة")
        return strip == 2 && w.startsWith("لل") ? 1 : strip;
      }
    }
    return -1;
  }

  /**
   * Whether a word cut at {@code strip} is "لل" before a head that starts with ل ("للجنة": ل, the
   * article it swallowed, and "لجنة"), so the name is the head with the article ("اللجنة").
   */
  boolean headAfterArticle(String w, int strip) {
    return strip >= 1 && w.startsWith("لل", strip - 1) && w.length() > strip + 3 && headSet.contains(w, strip)
        && !headSet.contains(w, strip + 1);
  }

  /** Whether token {@code i} is an office right after a title ("وزير الخارجية الأمريكي"): the title's. */
  private boolean officeOfTitle(String[] norms, boolean[] breakBefore, int i) {
    String w = norms[i];
    String bare = w.startsWith("لل") ? "ا" + w.substring(1) : forceStrip(w) == 1 ? w.substring(1) : w;
    // "وزير الدفاع الإسرائيلي" is his office; "مدير الدفاع المدني" a body, the civil defence
    boolean defence = bare.equals(DEFENCE) && !(i + 1 < norms.length && norms[i + 1].equals(CIVIL));
    return i > 0 && !breakBefore[i] && (offices.contains(bare) || defence)
        && EntityRecognizer.isTitle(language, norms[i - 1]);
  }

  /** "الدفاع" and "المدني" (folded): defence is an office after a title, save the civil defence. */
  private static final String DEFENCE = "الدفاع";
  private static final String CIVIL = "المدني";

  /** How many proclitic letters precede a force's name with the article ("والشرطة" 1), or -1. */
  private int forceStrip(String w) {
    if (forces.contains(w)) {
      return 0;
    }
    if (w.length() > 4 && "وفب".indexOf(w.charAt(0)) >= 0 && forces.contains(w.substring(1))) {
      return 1;
    }
    return w.startsWith("لل") && forces.contains("ا" + w.substring(1)) ? 1 : -1;
  }

  /** "المسلحة" (folded): armed, the one adjective of a force's name that is no relative adjective. */
  private static final String ARMED = "المسلحه";

  /** "القوات المسلحة اليمنية": "المسلحة" at {@code i} and a relative adjective right after it. */
  private boolean armed(String[] norms, int[] facts, boolean[] taken, boolean[] breakBefore, int i) {
    return (facts[i] & ARMED_WORD) != 0 && i + 1 < norms.length && !taken[i + 1] && !breakBefore[i + 1] && nisbaAt(facts, i + 1);
  }

  /** "البرية والبحرية": a relative adjective, then "و" and another. */
  private boolean andAdjective(String before, String w) {
    return w.length() > 6 && w.startsWith("وال") && nisba(before) && nisba(w.substring(1));
  }

  /** A relative adjective with the article: "العراقية", "الأمريكي", "السودانيين" (folded). */
  private boolean nisba(String w) {
    // the tests on the letters come before the look-ups, as they rule out most words
    return w.length() > 5 && w.startsWith("ال")
        && (w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يين") || w.endsWith("يون"))
        && !notName.contains(w) && !EntityRecognizer.titles(language).contains(w, 2);
  }

  /**
   * Whether a word continues the name at {@code position} after the head: the first any word with the
   * article (the field: "الصحة", "الأمن"), the next ones adjectives only ("السورية", "الدولي",
   * "العامة"), so the object of a verb or a title after the name is left out ("دعت وزارة الداخلية
   * المواطنين", "وزارة الداخلية العقيد فلان").
   */
  private boolean nameWord(String w, int position) {
    if (!w.startsWith("ال") || w.length() <= 3 || notName.contains(w) || EntityRecognizer.titles(language).contains(w, 2)
        || language.time().word(w).isPresent()) {
      return false;
    }
    return position == 1 || w.endsWith("ي") || w.endsWith("يه") || w.endsWith("ه") || af3al.contains(w);
  }
}
