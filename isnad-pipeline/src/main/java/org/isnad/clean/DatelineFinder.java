package org.isnad.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.lang.Language;
import org.isnad.model.Dateline;
import org.isnad.model.Span;

/**
 * Finds the dateline that opens a body paragraph: one to three words naming a place, an optional
 * agency in parentheses, then a dash or a slash, then optionally a newsroom or agency credit (bare
 * or in parentheses) and a colon: {@code دمشق –غرفة الأخبار:}, {@code دمشق - }, {@code القاهرة
 * (رويترز) -}, {@code بيروت/ الأناضول:}, {@code دمشق-سانا}, {@code الكويت - (الوطن):}. Without a
 * dash, a colon must close the dateline, after a credit in parentheses ({@code صنعاء (الوطن):}; known
 * unless the place is one word), a
 * known credit ({@code روما أ ش أ:}) or a correspondent's name after "من" ({@code صلالة من فلان
 * الفلاني:}). A bare credit after the dash is only taken when the language knows it as one or the
 * outlet table knows it, so the sentence that follows a dash is never swallowed. A date in figures
 * may follow the place, with a known agency before the dash ({@code جنين 18-11-2026 وفا-}); a credit in
 * quotation marks after the dash is taken with a dash or colon after it ({@code جنين- "القدس" دوت كوم-}).
 * Thread-safe.
 */
final class DatelineFinder {

  /** One to three words: a place, or a credit. */
  private static final String WORDS = "[\\p{L}\\p{M}]+(?:[ \\u00A0][\\p{L}\\p{M}]+){0,2}";
  /** A dash of any kind, the separator of a dateline. */
  private static final String DASH = "[-\\u2013\\u2014\\u2212]+";

  private static final Pattern HEAD = Pattern.compile(
      "^(?<place>" + WORDS + ")[ \\u00A0]*"
          + "(?:[\\u060C,][ \\u00A0]*[\\p{L}\\p{M}]+(?:[ \\u00A0][\\p{L}\\p{M}]+)?[ \\u00A0]*(?=[(]))?" // "بنت جبيل، لبنان (رويترز) -"
          + "(?:(?<day>\\d{1,2})[ \\u00A0]+(?<month>[\\p{L}\\p{M}]+(?:[ \\u00A0][\\p{L}\\p{M}]+)?)[ \\u00A0]*"
          + "(?:\\d{4}[ \\u00A0]*)?)?"
          + "(?:\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}[ \\u00A0]*" // "جنين 18-11-2026 وفا-": a date in figures,
          + "(?<wire>[\\p{L}\\p{M}]+(?:[ \\u00A0][\\p{L}\\p{M}]+)?)?[ \\u00A0]*)?" // then the agency before the dash
          + "(?:[(][\\p{L}\\p{M} \\u00A0]{2,20}[)][ \\u00A0]*(?=[(]))?" // "تعز (اليمن) (أ ف ب) -": the country first
          + "(?:[(](?<agency>[^)\\n]{1,30})[)][ \\u00A0]*)?"
          + "(?<sep>" + DASH + "|/)[ \\u00A0]*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
  /** Runs of white space, between words (compiled once: {@code split("\\s+")} compiles at each call). */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** One space or no-break space, between the words of a dateline ({@code split("[ \\u00A0]")}, compiled once). */
  private static final Pattern ONE_SPACE = Pattern.compile("[ \\u00A0]");
  /**
   * A credit in quotation marks right after the dash, with at most two words after it and a dash or
   * colon closing it: {@code "القدس" دوت كوم-}.
   */
  private static final Pattern QUOTED_CREDIT = Pattern.compile(
      "\\G[\u00AB\"\u201C](?<credit>[\\p{L}\\p{M}]+(?:[ \\u00A0][\\p{L}\\p{M}]+){0,2})[\u00BB\"\u201D]"
          + "(?<after>(?:[ \\u00A0]+[\\p{L}\\p{M}]+){0,2})[ \\u00A0]*(?:[:\\uFF1A]|" + DASH + ")");
  /** A credit in parentheses right after the dash, with its colon: {@code (الوطن):}. */
  private static final Pattern PAREN_CREDIT =
      Pattern.compile("\\G[(](?<credit>[^)\\n]{1,30})[)][ \\u00A0]*(?:[:\\uFF1A]|" + DASH + ")?");
  /** Place, then a credit in parentheses, then a colon: {@code صنعاء (الوطن):}. */
  private static final Pattern PAREN_COLON = Pattern.compile(
      "^(?<place>" + WORDS + ")[ \\u00A0]*"
          + "[(](?<credit>[^)\\n]{1,30})[)][ \\u00A0]*[:\\uFF1A][ \\u00A0]*");
  /** Place, then words up to a colon: a known credit, or "من" and a correspondent's name. */
  private static final Pattern WORDS_COLON = Pattern.compile(
      "^(?<words>[\\p{L}\\p{M}]+(?:[ \\u00A0][\\p{L}\\p{M}]+){1,5})[ \\u00A0]*[:\\uFF1A][ \\u00A0]*");
  private static final int MAX_NAME_WORDS = 3;
  private static final int MAX_PREFIX = 60;
  private static final int MAX_CREDIT_WORDS = 3;

  private final Language language;
  private final OutletTable outlets;

  /** {@link #SAYING_VERBS}, {@link #PARTICLES} and {@link #SOURCE_WORDS} (with the outlet kinds) folded. */
  private final java.util.Set<String> sayingVerbs;
  private final java.util.Set<String> particles;
  private final java.util.Set<String> sourceWords;
  private final java.util.Set<String> outletKinds;
  private final java.util.Set<String> nameEnds;

  DatelineFinder(Language language, OutletTable outlets) {
    this.language = language;
    this.outlets = outlets;
    this.sayingVerbs = folded(SAYING_VERBS);
    this.particles = folded(PARTICLES);
    this.sourceWords = folded(SOURCE_WORDS);
    java.util.Set<String> kinds = new java.util.HashSet<>(folded(NAME_KINDS));
    kinds.addAll(language.clutter().outletPrefixes());
    this.outletKinds = java.util.Set.copyOf(kinds);
    this.nameEnds = folded(NAME_ENDS);
  }

  /** The dateline at the start of {@code original[line.span]}, or empty. */
  Optional<Dateline> find(String original, Line line) {
    return find(original, line.span());
  }

  /** The dateline at the start of {@code original[span]}, or empty. */
  Optional<Dateline> find(String original, Span span) {
    return find(original, span, List.of());
  }

  /**
   * The dateline at the start of {@code original[span]}, or empty; a bare credit after the dash may
   * also be one of {@code ownNames}, the names the page gives itself ({@code دير الزور - الفرات اليوم:}
   * on the page of "الفرات اليوم"), which the outlet table need not know.
   */
  Optional<Dateline> find(String original, Span span, List<String> ownNames) {
    int start = span.start();
    String head = original.substring(start, Math.min(span.end(), start + MAX_PREFIX + 40));
    Optional<Dateline> d = withDash(head, start, false, ownNames);
    if (d.isEmpty()) {
      d = withColon(head, start);
    }
    return d;
  }

  /**
   * A dateline printed on its own line above the text ({@code إعزاز - تلفزيون سوريا}, {@code عمان -
   * وكالات}): the whole line is a place, a dash and a credit the language or the outlet table knows.
   */
  Optional<Dateline> wholeLine(String original, Span span) {
    return wholeLine(original, span, List.of());
  }

  /**
   * As {@link #wholeLine(String, Span)}; the credit may also be one of the names the page gives
   * itself ({@code ownNames}): "ذي قار - صدى الرافدين" on صدى الرافدين's own page.
   */
  Optional<Dateline> wholeLine(String original, Span span, List<String> ownNames) {
    if (span.length() > MAX_PREFIX) {
      return Optional.empty();
    }
    Optional<Dateline> d = withDash(span.in(original), span.start(), true, ownNames);
    if (d.isPresent()) {
      return d;
    }
    d = quotedCreditLine(span.in(original), span.start(), ownNames);
    d = d.isPresent() ? d : colonCreditLine(span.in(original), span.start(), ownNames);
    return d.isPresent() ? d : correspondentLine(span.in(original), span.start(), ownNames);
  }

  /** A place, a dash and a credit of one to four words: a part of a date line ("بيروت - الشرق الإخبارية"). */
  private static final Pattern PLACE_DASH_NAME = Pattern.compile(
      "^(?<place>" + WORDS + ")[ \\u00A0]*" + DASH + "[ \\u00A0]*"
          + "(?<credit>[\\p{L}\\p{M}]+(?:(?:[ \\u00A0]|\\.)[\\p{L}\\p{M}]+){0,3})$");

  /**
   * The dateline that is one part of a line of the publication date, between its bars ("بيروت - الشرق
   * الإخبارية | نشر في ..."): a dateline alone on a line ({@link #wholeLine}), or a place, a dash and a
   * credit with an outlet's shape ({@link #hasOutletShape}) after a place that reads as a name
   * ({@link #isName}, no menu word: "الرئيسية - أخبار محلية" is a breadcrumb).
   */
  Optional<Dateline> beforeOrAfterDate(String original, Span part, List<String> ownNames) {
    if (part.length() == 0 || part.length() > MAX_PREFIX) {
      return Optional.empty();
    }
    Optional<Dateline> d = wholeLine(original, part, ownNames);
    if (d.isPresent()) {
      return d;
    }
    Matcher m = PLACE_DASH_NAME.matcher(part.in(original));
    if (!m.find() || !hasOutletShape(m.group("credit")) || !isName(m.group("place"))) {
      return Optional.empty();
    }
    for (String w : fold(m.group("place")).split("[ \\u00A0]+")) {
      if (language.clutter().isMenuWord(w) || language.clutter().isCorrespondentWord(w)) {
        return Optional.empty();
      }
    }
    return Optional.of(dateline(m.group("place"), part.start() + m.start("place"), m.group("credit"), part.start(), m.end()));
  }

  /** A place, a colon and a credit without quotation marks, alone on a line: {@code الفاشر: السوداني}. */
  private static final Pattern COLON_CREDIT_LINE = Pattern.compile(
      "^(?<place>" + WORDS + ")[ \\u00A0]*[:\\uFF1A][ \\u00A0]*(?<credit>" + WORDS + ")[ \\u00A0]*$");

  /** Labels before a colon that name no place: "المصدر: وكالات", "إعداد: ...", "بقلم: ..." (folded). */
  private static final java.util.Set<String> LABELS = java.util.Set.of("المصدر", "مصدر", "اعداد", "بقلم", "تحرير",
      "تصوير", "كتب", "كتبت", "ترجمه", "نقلا", "المحرر");

  /** A whole line of a place, a colon and a credit the table knows or the page gives itself. */
  private Optional<Dateline> colonCreditLine(String line, int start, List<String> ownNames) {
    Matcher m = COLON_CREDIT_LINE.matcher(line);
    if (!m.find() || LABELS.contains(language.normalizer().fold(ONE_SPACE.split(m.group("place"))[0]))
        || !isCredit(m.group("credit")) && !ownName(m.group("credit"), ownNames)) {
      return Optional.empty();
    }
    return Optional.of(dateline(m.group("place"), start + m.start("place"), m.group("credit").strip(), start, m.end()));
  }

  /** A place, a colon or a dash and a credit in quotation marks, alone on a line: {@code عدن: «الشرق الأوسط»}. */
  private static final Pattern QUOTED_CREDIT_LINE = Pattern.compile(
      "^(?<place>" + WORDS + ")[ \\u00A0]*(?:[:\\uFF1A]|" + DASH + ")[ \\u00A0]*"
          + "[\u00AB\"\u201C](?<credit>[^\u00BB\"\u201D\\n]{2,40})[\u00BB\"\u201D][ \\u00A0]*$");

  /** A whole line of a place and a quoted credit the table knows or the page gives itself. */
  private Optional<Dateline> quotedCreditLine(String line, int start, List<String> ownNames) {
    Matcher m = QUOTED_CREDIT_LINE.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    String credit = m.group("credit").strip();
    if (!isCredit(credit) && !ownName(credit, ownNames)) {
      return Optional.empty();
    }
    return Optional.of(dateline(m.group("place"), start + m.start("place"), credit, start, m.end()));
  }

  /** A correspondent's credit, a dash or a slash, then the place: {@code مراسل الموقع - دمشق}, {@code السومرية نيوز/ بغداد}. */
  private static final Pattern CREDIT_THEN_PLACE = Pattern.compile(
      "^(?<credit>" + WORDS + ")[ \\u00A0]*(?:" + DASH + "|/)[ \\u00A0]*"
          + "(?<place>" + WORDS + ")[ \\u00A0]*$");

  /**
   * A line that is a correspondent's credit (opening with a correspondent word, "مراسل الموقع",
   * "مراسلنا"), a known credit or one of the page's own names ("عنب بلدي - اللاذقية" under the title),
   * a dash and one to three words of place: the dateline written the other way round.
   */
  private Optional<Dateline> correspondentLine(String line, int start, List<String> ownNames) {
    Matcher m = CREDIT_THEN_PLACE.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    String credit = m.group("credit");
    String firstWord = language.normalizer().fold(ONE_SPACE.split(credit)[0]);
    if (!language.clutter().isCorrespondentWord(firstWord) && !isCredit(credit) && !ownName(credit, ownNames)) {
      return Optional.empty();
    }
    String place = m.group("place");
    return Optional.of(dateline(place, start + m.start("place"), credit.strip(), start, m.end()));
  }

  /** {@code PLACE (AGENCY) - CREDIT:}, each part after the place but the dash optional. */
  private Optional<Dateline> withDash(String head, int start, boolean whole, List<String> ownNames) {
    if (!hasAny(head, "-\u2013\u2014\u2212/")) {
      return Optional.empty(); // HEAD needs its separator: a dash or a slash
    }
    Matcher m = HEAD.matcher(head);
    if (!m.find() || m.group("month") != null && !isMonth(m.group("month"))
        || m.group("wire") != null && !isCredit(m.group("wire")) || bylineWord(m.group("place"))) {
      return Optional.empty(); // "كتب - محمد عبد الله:": a byline, whose first word is no place
    }
    if (m.group("wire") != null) {
      int end = skipSpaces(head, m.end());
      if (whole ? end < head.length() : end > MAX_PREFIX || end >= head.length()) {
        return Optional.empty(); // a line of text after the dateline is no dateline alone on its line
      }
      return Optional.of(dateline(m.group("place"), start + m.start("place"), m.group("wire"), start, end));
    }
    Matcher quoted = QUOTED_CREDIT.matcher(head).region(m.end(), head.length());
    if (!whole && quoted.lookingAt() && quoted.end() <= MAX_PREFIX) {
      String credit = (quoted.group("credit") + quoted.group("after")).strip();
      return Optional.of(dateline(m.group("place"), start + m.start("place"), credit, start, skipSpaces(head, quoted.end())));
    }
    Matcher paren = PAREN_CREDIT.matcher(head).region(m.end(), head.length());
    boolean inParens = m.group("agency") == null && paren.lookingAt();
    int creditEnd = inParens ? paren.end() : creditEnd(head, m.end(), ownNames);
    if (creditEnd < 0 && !inParens && m.group("agency") == null) {
      creditEnd = namedCreditEnd(head, m.end()); // "درعا - حوران اليوم:": an outlet the table does not know
    }
    if (m.group("sep").equals("/") && creditEnd < 0) {
      return Optional.empty();
    }
    int end = skipSpaces(head, creditEnd < 0 ? m.end() : creditEnd);
    if (whole ? creditEnd < 0 && !inParens && m.group("agency") == null || end < head.length() : end > MAX_PREFIX || end >= head.length()) {
      return Optional.empty();
    }
    String credit = inParens ? paren.group("credit").strip()
        : creditEnd >= 0 ? head.substring(m.end(), creditEnd).replaceAll("[:\\uFF1A]|[-\\u2013\\u2014\\u2212\\s]+$", "").strip()
        : m.group("agency") == null ? "" : m.group("agency").strip();
    return Optional.of(dateline(m.group("place"), start + m.start("place"), credit, start, end));
  }

  /** True when the first word of a dateline's place is a byline's word or a label ("كتب"، "إعداد"). */
  private boolean bylineWord(String place) {
    String first = language.normalizer().fold(place.strip().split("[ \\u00A0]")[0]);
    return LABELS.contains(first) || language.clutter().isBylineWord(first);
  }

  /** {@code PLACE (CREDIT):}, {@code PLACE KNOWN-CREDIT:} or {@code PLACE من NAME:}. */
  private Optional<Dateline> withColon(String head, int start) {
    if (!hasAny(head, ":\uFF1A")) {
      return Optional.empty(); // both patterns need a colon
    }
    Matcher m = PAREN_COLON.matcher(head);
    if (m.find() && m.end() <= MAX_PREFIX && m.end() < head.length()
        && (!m.group("place").contains(" ") || isCredit(m.group("credit")))) { // "وقال الوزير (بحسب البيان):"
      return Optional.of(dateline(m.group("place"), start, m.group("credit").strip(), start, m.end()));
    }
    m = WORDS_COLON.matcher(head);
    if (!m.find() || m.end() > MAX_PREFIX || m.end() >= head.length()) {
      return Optional.empty();
    }
    String[] words = ONE_SPACE.split(m.group("words"));
    for (int p = 1; p <= 3 && p < words.length; p++) {
      String place = String.join(" ", java.util.Arrays.copyOfRange(words, 0, p));
      String rest = String.join(" ", java.util.Arrays.copyOfRange(words, p, words.length));
      boolean byline = words[p].equals("من") && words.length - p - 1 >= 1 && words.length - p - 1 <= MAX_NAME_WORDS;
      if (byline || isCredit(rest)) {
        String credit = byline ? rest.substring(words[p].length() + 1) : rest;
        return Optional.of(dateline(place, start, credit, start, m.end()));
      }
    }
    return Optional.empty();
  }

  /**
   * A short name closed by a colon right after the dash ({@code بعقوبة - الرافدين نيوز:}): one to four
   * words (a dot may join two, "العربية.نت"), no digits, that {@link #isName} takes for the name of an
   * outlet or a desk, not the opening of a sentence ({@code واشنطن - أعلنت وزارة الدفاع:}).
   */
  private static final Pattern NAMED_CREDIT = Pattern.compile(
      "\\G(?<credit>[\\p{L}\\p{M}]+(?:(?:[ \\u00A0]|\\.)[\\p{L}\\p{M}]+){0,3})[ \\u00A0]*[:\\uFF1A]");

  /**
   * The end of an unknown credit's colon at {@code from} ({@link #NAMED_CREDIT}), or -1; not when a
   * quotation follows the colon, since then the words before it name the speaker ({@code دمشق - الرئيس:
   * «...»}).
   */
  private int namedCreditEnd(String head, int from) {
    if (!hasAny(head, ":\uFF1A")) {
      return -1;
    }
    Matcher c = NAMED_CREDIT.matcher(head).region(from, head.length());
    if (!c.lookingAt() || !isName(c.group("credit")) || !namedAsOutlet(c.group("credit"))) {
      return -1;
    }
    int next = skipSpaces(head, c.end());
    return next < head.length() && "\u00AB\"\u201C\u201D".indexOf(head.charAt(next)) >= 0 ? -1 : c.end();
  }

  /**
   * Verbs that open a reported statement (folded), and so a sentence rather than a credit before its
   * colon: "أعلنت وزارة الدفاع:", "قال مصدر أمني:".
   */
  private static final List<String> SAYING_VERBS = List.of("قال", "قالت", "قالوا", "يقول", "تقول",
      "أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن", "أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد", "أفاد", "أفادت",
      "أفادوا", "يفيد", "تفيد", "ذكر", "ذكرت", "ذكروا", "أوضح", "أوضحت", "أضاف", "أضافت", "أشار", "أشارت",
      "صرح", "صرحت", "نقل", "نقلت", "نقلوا", "كشف", "كشفت", "نفى", "نفت", "شدد", "شددت", "حذر", "حذرت",
      "دعا", "دعت", "طالب", "طالبت", "اتهم", "اتهمت", "أعرب", "أعربت", "أبلغ", "أبلغت", "بين", "بينت",
      "أورد", "أوردت", "تابع", "تابعت", "روى", "روت", "زعم", "زعمت", "علم", "علمت", "اعتبر", "اعتبرت",
      "هدد", "هددت", "أصدر", "أصدرت", "نشر", "نشرت", "بث", "بثت", "رأى", "رأت", "أشاد", "أشادت",
      "وصف", "وصفت", "ردت", "رد", "أجاب", "أجابت", "كتب", "كتبت", "جاء");

  /** Particles and prepositions that stand as words in a sentence, never in a short outlet's name (folded). */
  private static final List<String> PARTICLES = List.of("من", "في", "عن", "على", "إلى", "الى", "أن", "إن",
      "ان", "قد", "لا", "لم", "لن", "ما", "مع", "بعد", "قبل", "خلال", "منذ", "حول", "عند", "هذا", "هذه", "التي",
      "الذي", "الذين", "انه", "أنه", "إنه", "كما", "أو", "ثم", "حتى", "لدى", "عبر", "بين");

  /** Nouns that open an anonymous source, no outlet's name: "مصادر محلية:", "شهود عيان:" (folded). */
  private static final List<String> SOURCE_WORDS = List.of("مصدر", "مصادر", "شهود", "شاهد", "سكان",
      "أهالي", "ناشطون", "ناشطين", "مسؤولون", "مسؤولين", "حصيلة", "عاجل", "تحديث", "بيان", "بلاغ");

  /** Words of a kind of outlet that open its name, beside the language's outlet prefixes: "راديو النيلين". */
  private static final List<String> NAME_KINDS = List.of("راديو", "إذاعة", "تلفزيون", "شاشة", "شبكة", "وكالة",
      "قناة", "صحيفة", "جريدة", "موقع", "بوابة", "منصة", "مجلة");

  /** Last words of outlets' names: "الرافدين نيوز", "حوران اليوم", "سبأ نت" (folded as written). */
  private static final List<String> NAME_ENDS = List.of("نيوز", "نت", "برس", "بوست", "اليوم", "الإخبارية",
      "الإخباري", "تايم", "تايمز", "أونلاين", "اونلاين", "انفو", "ميديا", "الآن", "تي في", "news", "net", "tv");

  /**
   * Whether the words of a credit the table does not know read as a name, not the opening of a
   * sentence or an anonymous source: the first word is no verb of saying (with "و" or "ف" before it),
   * byline word, label, title or role ("المتحدث باسم الجيش:"), body that refers back ("وزارة الصحة:",
   * but "وكالة الأفق للأنباء" is an outlet's kind), source ("مصادر محلية:"), time or month; no word is
   * a particle ("إن", "في"); a single word is no menu or section word ("عاجل:").
   */
  boolean isName(String credit) {
    String[] words = fold(credit).split("[ \\u00A0.]+");
    String first = words[0];
    String bare = first.startsWith("\u0627\u0644") && first.length() > 3 ? first.substring(2) : first;
    boolean conj = first.length() > 3 && (first.charAt(0) == '\u0648' || first.charAt(0) == '\u0641'); // "و", "ف"
    if (sayingVerbs.contains(first) || conj && sayingVerbs.contains(first.substring(1))
        || language.clutter().isBylineWord(first) || LABELS.contains(first)
        || sourceWords.contains(first) || sourceWords.contains(bare)
        || language.titles().contains(first) || language.titles().contains(bare)
        || language.referringNouns().contains(bare) && !outletKinds.contains(bare)
        || language.time().word(first).isPresent() || isMonth(first)
        || words.length == 1 && language.clutter().isMenuWord(first)) {
      return false;
    }
    for (String w : words) {
      if (particles.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an unknown credit may name an outlet or a desk: a name whose first word has no article
   * ("صدى الشمال"، "سامر خليل"), or whose first word is a kind of outlet ("وكالة الأفق للأنباء"، "راديو
   * النيلين") or last a word of outlets' names ("الرافدين نيوز"). A name that opens with the article and
   * nothing else of an outlet is mostly a body that speaks ("غزة - الدفاع المدني: انتشلنا 12 جثة"،
   * "الخرطوم - الأمم المتحدة: قتل ..."), whose words stay.
   */
  private boolean namedAsOutlet(String credit) {
    String f = fold(credit);
    return !f.startsWith("\u0627\u0644") || outletWords(f);
  }

  /** Whether a folded credit opens with a kind of outlet ("وكالة", "راديو") or ends with an outlet's word ("نيوز"). */
  private boolean outletWords(String folded) {
    if (outletKinds.contains(folded.split("[ \\u00A0.]+")[0])) {
      return true;
    }
    for (String end : nameEnds) {
      if (folded.endsWith(" " + end) || folded.endsWith("." + end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an unknown credit has the shape of an outlet's name rather than a person's (a
   * correspondent's credit, "غزة - فلان الفلاني:"): a name ({@link #isName}) that opens with the article
   * "ال" or a kind of outlet ("وكالة", "راديو") or ends with an outlet's word ("نيوز", "اليوم", "نت").
   */
  boolean hasOutletShape(String credit) {
    if (credit.isBlank() || !isName(credit)) {
      return false;
    }
    String f = fold(credit);
    return f.startsWith("\u0627\u0644") || outletWords(f);
  }

  /** The words folded by the language's normaliser, as the words of a credit are compared. */
  private java.util.Set<String> folded(List<String> words) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(language.normalizer().fold(w));
    }
    return java.util.Set.copyOf(out);
  }

  /** Whether {@code s} holds any of the chars of {@code chars}: a cheap test before a pattern that needs one. */
  static boolean hasAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static Dateline dateline(String place, int placeStart, String credit, int start, int end) {
    return new Dateline(place, new Span(placeStart, placeStart + place.length()), credit, new Span(start, start + end));
  }

  /**
   * The end of a known credit of one to three words at {@code from}, or of one of {@code ownNames}
   * (however many words), with its colon; -1 if none.
   */
  private int creditEnd(String head, int from, List<String> ownNames) {
    Matcher w = WORD.matcher(head).region(from, head.length());
    int most = MAX_CREDIT_WORDS;
    for (String own : ownNames) {
      most = Math.max(most, SPACES.split(own.strip()).length);
    }
    int end = -1;
    int wordEnd = from;
    for (int k = 1; k <= most && w.find() && (onlySpaces(head, wordEnd, w.start()) || k > 1 && dotBetween(head, wordEnd, w.start())); k++) {
      wordEnd = w.end();
      String words = head.substring(from, wordEnd);
      if (k <= MAX_CREDIT_WORDS && isCredit(words) || ownName(words, ownNames)) {
        end = wordEnd;
      }
    }
    if (end < 0) {
      return -1;
    }
    int after = skipSpaces(head, end);
    int dash = after;
    while (dash < head.length() && "-\u2013\u2014\u2212".indexOf(head.charAt(dash)) >= 0) {
      dash++;
    }
    if (dash > after) { // "أبين - عدن الغد - خاص:": a second credit after another dash
      int more = creditEnd(head, skipSpaces(head, dash), ownNames);
      return more > 0 ? more : dash; // "الجنوب - الوطنية - استهدفت": the dash closes the credit
    }
    return after < head.length() && (head.charAt(after) == ':' || head.charAt(after) == '\uFF1A') ? after + 1 : end;
  }

  /** "العربية.نت", "الجزيرة.نت": a site's name whose words a dot joins. */
  private static boolean dotBetween(String s, int from, int to) {
    return to == from + 1 && s.charAt(from) == '.';
  }

  private static boolean onlySpaces(String s, int from, int to) {
    return s.substring(from, to).isBlank();
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether the words name a month ("شباط", "كانون الثاني", "فبراير"). */
  private boolean isMonth(String words) {
    String folded = language.normalizer().fold(words);
    return language.months().month(folded).isPresent()
        || folded.contains(" ") && language.months().month(folded.substring(0, folded.indexOf(' '))).isPresent();
  }

  private boolean ownName(String words, List<String> ownNames) {
    String credit = fold(words);
    for (String own : ownNames) {
      String name = fold(own);
      int space = name.indexOf(' ');
      // "بغداد: الصباح" on the page of "جريدة الصباح": the name without the kind of outlet
      if (credit.equals(name) || space > 0 && OUTLET_KINDS.contains(name.substring(0, space))
          && credit.equals(name.substring(space + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Words of a kind of outlet before its name (folded): "جريدة الصباح" is also "الصباح". */
  private static final java.util.Set<String> OUTLET_KINDS = java.util.Set.of("جريده", "جريدة", "صحيفه", "صحيفة", "موقع",
      "مجله", "مجلة", "وكاله", "وكالة", "قناه", "قناة");

  private String fold(String words) {
    return language.normalizer().fold(words.strip());
  }

  boolean isCredit(String credit) {
    String folded = language.normalizer().fold(credit.strip());
    return language.clutter().isDatelineCredit(folded) || outlets.byName(credit, "dateline").isPresent();
  }
}
