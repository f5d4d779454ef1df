package org.isnad.lang.ar;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.clean.ClutterLexicon;
import org.isnad.lang.CharClasses;
import org.isnad.model.RemovalReason;

/**
 * The wording of page clutter on Arabic news sites, in folded form (see {@link ArabicNormalizer}:
 * {@code ة→ه}, {@code أ→ا}, {@code ى→ي}; the lists are folded when the class loads). These are the conventions of the genre (player notices,
 * share widgets, "اقرأ أيضا"), not lines of any particular site; site-specific template is learned
 * from repetition instead.
 */
final class ArabicClutterLexicon implements ClutterLexicon {

  private static final Pattern WORD_BREAK = Pattern.compile("[\\s|,•·/:\u060C]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Lines this long or longer are prose whatever words they contain. */
  private static final int MAX_CLUTTER_WORDS = 30;
  /** A tag list may be longer. */
  private static final int MAX_LABEL_WORDS = 40;

  private static final List<String> VIDEO_SUBJECT = folded("فيديو", "الفيديو", "المقطع", "البث", "video");
  private static final List<String> VIDEO_ACTION =
      folded("مشاهده", "تشغيل", "اضغط", "انقر", "مشكله", "لمشاهده", "متصفحك", "browser", "play");
  /**
   * Words of a video notice only in a short line ("▶ شاهد الفيديو", "لم يتم العثور على الفيديو أو تعذر
   * تشغيله", "إذا لم يعمل الفيديو"): in prose they are the eyewitness and the footage.
   */
  private static final List<String> SHORT_VIDEO_ACTION = folded("شاهد", "شاهدوا", "تعذر", "يعمل", "العثور", "تحميل");
  private static final int SHORT_VIDEO_WORDS = 10;

  private static final List<String> SHARE =
      folded("تم نسخ الرابط", "نسخ الرابط", "انسخ الرابط", "شارك عبر", "شارك المقال", "شارك الخبر",
          "شارك هذا المقال", "شارك هذا الخبر", "شارك هذه القصه", "شارك علي", "مشاركه المقال", "مشاركه عبر",
          "ارسل لصديق", "تكبير الخط", "تصغير الخط", "حجم الخط", "share", "copy link", "link copied");
  private static final Set<String> SHARE_WORDS =
      foldedSet("شارك", "مشاركه", "فيسبوك", "فيس", "بوك", "تويتر", "اكس", "واتساب", "واتس", "اب", "تلغرام",
          "تيليغرام", "تيليجرام", "تليجرام", "تلجرام", "تليغرام", "انستغرام", "انستجرام", "انستقرام", "يوتيوب",
          "لينكدان", "لينكد", "ان", "سناب", "شات", "ثريدز", "بلوسكاي", "instagram", "youtube", "threads", "طباعه", "ارسال", "البريد", "facebook", "twitter", "x", "whatsapp",
          "telegram", "linkedin", "email", "print", "messenger", "ماسنجر");

  private static final List<String> RELATED_MARKERS =
      folded("مرتبط", "ذات صله", "مواضيع ذات صله", "اخبار ذات صله", "مقالات ذات صله", "اقرا ايضا",
          "اقرا ايضاً", "اقرا كذلك", "اقرا المزيد", "اقرا اكثر", "شاهد ايضا", "قد يهمك", "اخترنا لك",
          "المزيد من الاخبار", "الاكثر قراءه", "الاكثر مشاهده", "المزيد حول هذه القصه", "قصص ذات صله",
          "موضوعات ذات صله", "مواضيع مقترحه", "اخبار متعلقه", "مواضيع متعلقه", "موضوعات متعلقه",
          "قد يعجبك ايضا", "لا تفوتك", "اخبار مشابهه", "related", "read more", "read also");

  /** Photo credits and caption labels: "صدر الصورة، Getty Images", "(صورة أرشيفية)". */
  private static final List<String> CAPTION =
      folded("صدر الصوره", "مصدر الصوره", "التعليق علي الصوره", "صوره ارشيفيه", "صوره تعبيريه", "صوره من الارشيف",
          "الصوره من", "getty images", "afp via getty", "photo:");

  /** Tag lists (the label alone on its line too, the tags below it) and reading-time notices, which label the page, not the story. */
  private static final Pattern LABELS = foldedPattern(
      "^(?:الوسوم|وسوم|الكلمات المفتاحيه|كلمات مفتاحيه|كلمات داله|الموضوعات|تاغ|tags)\\s*(?:[:：].*)?$|^مواضيع\\s*[:：].*"
          + "|^(?:وقت القراءه|مده القراءه)\\s*[:：]?.*|^قراءه\\s*\\d*\\s*(?:دقيقه|دقائق|دقيقتين)$"
          + "|^\\d+\\s*(?:دقيقه|دقائق)\\s*(?:للقراءه|قراءه)$|^(?:[aA][+-]?\\s*){1,3}$");

  /** A tag list's label alone on its line, the tags below it: "الوسوم", "كلمات مفتاحية:". */
  private static final Pattern TAG_LABEL = foldedPattern(
      "^(?:الوسوم|وسوم|الكلمات المفتاحيه|كلمات مفتاحيه|كلمات داله|تاغ|tags)\\s*[:：]?$");

  /** A relative time alone on a line: "قبل 3 ساعة", "منذ ساعتين", "قبل يوم". */
  private static final Pattern RELATIVE_TIME = foldedPattern(
      "^(?:قبل|منذ)\\s+(?:\\d+\\s+)?(?:ثانيه|ثوان|ثواني|دقيقه|دقائق|دقيقتين|ساعه|ساعات|ساعتين|يوم|ايام|يومين|اسبوع|اسابيع|اسبوعين|شهر|اشهر)$");

  private static final List<String> COPYRIGHT =
      folded("جميع الحقوق محفوظه", "حقوق النشر", "الحقوق محفوظه", "all rights reserved", "copyright", "©",
          "يعبر عن راي كاتبه", "تعبر عن راي كاتبها", "لا يعبر بالضروره عن", "لا تعبر بالضروره عن");

  /** Page chrome named by its wording: comment sections and advertisement labels. */
  private static final Pattern CHROME = foldedPattern(
      "^(?:التعليقات|تعليقات|اضف تعليقا|اضف تعليق|أضف تعليقاً|اترك تعليقا|اترك تعليقاً|اترك تعليق|لا توجد تعليقات"
          + "|\\d+\\s*(?:تعليق|تعليقات)|comments?"
          + "|(?:عدد\\s+)?(?:التعليقات|تعليقات)(?:\\s+الزوار)?\\s*[:(]?\\s*\\d+\\s*\\)?)$"); // "عدد التعليقات: 3", "تعليقات (14)"
  private static final Pattern AD_LABEL = foldedPattern("^(?:اعلان|إعلان|مساحه اعلانيه|محتوي مدعوم|advertisement|sponsored)$");
  /** A line of hashtags only: "#سوريا #داعش". */
  private static final Pattern HASHTAGS = Pattern.compile("^(?:#[\\p{L}\\p{M}\\p{N}_]+[\\s،,]*)+$");
  /** "تحرير: فلان الفلاني", alone on its line, at the top or the foot of a page. */
  private static final Pattern BYLINE_LINE = Pattern.compile("^([\\p{L}\\p{M}]+)\\s*[:：]\\s*[\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+){0,3}$");

  /** The credits of a wire story in parentheses, alone on a line: "(تغطية صحفية فلان - إعداد فلان للنشرة العربية)". */
  private static final Pattern CREDITS_IN_PARENS = Pattern.compile(
      "^[(](?:تغطي[ةه]|[إا]عداد|تحرير|شارك في التغطي[ةه]|كتاب[ةه])[^()]{2,160}[)]$");

  /**
   * A wire story's sign-off, alone on its line: the agency in parentheses, then its editors' initials
   * ("--(بترا) ع ح/ س ص"); the agency must be a known credit.
   */
  private static final Pattern WIRE_SIGN_OFF = Pattern.compile(
      "^[-–—\\s]*[(]\\s*([^()]{2,30}?)\\s*[)](?:[\\s/]+\\p{L}{1,2})*[\\s/]*$");

  /** The signature line of an embedded post: "— Name (@handle) December 14, 2025", "pic.twitter.com/…". */
  private static final Pattern EMBED = Pattern.compile(
      "^[\u2014\u2013-]\\s*.{1,80}\\(@\\w+\\)\\s+\\p{L}+\\s+\\d{1,2},\\s+\\d{4}$|^pic\\.twitter\\.com/\\S+$",
      Pattern.CASE_INSENSITIVE);

  private static final Set<String> COPYRIGHT_WORDS =
      foldedSet("جميع", "الحقوق", "حقوق", "محفوظة", "محفوظه", "النشر", "الطبع", "والنشر", "all", "rights",
          "reserved", "copyright", "لـ", "ل", "c");

  private static final List<String> PROMO =
      folded("اشترك في النشره", "النشره البريديه", "اشترك الان", "حمل تطبيق", "حمّل تطبيق", "تابعونا على",
          "تابعنا على", "تابعوا قناه", "انضموا الى قناه", "انضم الى قناه", "انضموا الى قناتنا", "انضم الى قناتنا",
          "تابعوا قناتنا", "اشترك في قناتنا", "تابعونا عبر", "تابعوا اخر الاخبار", "للاشتراك في", "subscribe", "newsletter", "download our app");

  private static final List<String> MASTHEAD_ROLES =
      folded("رئيس مجلس الاداره", "رئيس التحرير التنفيذي", "نائب رئيس التحرير", "رئيس التحرير",
          "مدير التحرير", "مدير عام التحرير", "سكرتير التحرير", "المدير العام", "المشرف العام",
          "المدير التنفيذي", "المدير المسؤول", "editor-in-chief", "editor in chief", "managing editor");

  private static final Pattern SOURCE_FOOTER =
      Pattern.compile("^(?:المصدر|المصادر|مصدر الخبر|نقلا عن|source)\\s*[:\\-]\\s*(.*)$");

  private static final Set<String> DATELINE_CREDITS =
      foldedSet("غرفه الاخبار", "غرفه التحرير", "وكالات", "خاص", "متابعات", "المحرر", "فريق التحرير",
          "مراسلنا", "مراسلون", "الاناضول", "رويترز", "ا ف ب", "اف ب", "د ب ا", "ا ب", "شينخوا",
          "ا ش ا", "يو بي اي", "كونا", "واس", "وام", "بترا", "قنا", "سبا", "معا", "وفا", "الاناضول للانباء",
          "وطنيه", "الوطنيه");

  /** Words of site menus and section labels, without the article ("الرئيسية"، "سياسة"، "بث مباشر"). */
  private static final Set<String> MENU_WORDS =
      foldedSet("رئيسية", "صفحة", "أخبار", "خبر", "عاجل", "سياسة", "اقتصاد", "رياضة", "مباشر", "بث", "فيديو",
          "فيديوهات", "صور", "منوعات", "مجتمع", "رأي", "آراء", "ثقافة", "فن", "فنون", "صحة", "تكنولوجيا", "علوم",
          "محليات", "محلية", "دولي", "دولية", "عربي", "عربية", "عالم", "تقارير", "مقالات", "برامج", "اتصل", "بنا",
          "نحن", "قائمة", "بحث", "دخول", "تسجيل", "طقس", "أسعار", "ملفات", "تحقيقات", "حوارات", "اقسام",
          "أقسام", "home", "news", "live", "menu", "search");

  private static final Set<String> BYLINE_WORDS =
      foldedSet("كتب", "كتبت", "بقلم", "حوار", "حاوره", "حاورته", "حاورها", "عرض", "متابعة", "اعداد",
          "إعداد", "ترجمة", "تحرير");

  private static final Set<String> OUTLET_PREFIXES =
      foldedSet("قناه", "صحيفه", "جريده", "موقع", "بوابه", "وكاله", "وكاله انباء", "شبكه", "تلفزيون", "اذاعه",
          "مجله", "منصه");

  /** The phrases folded like the lines they are compared with, so they may be written naturally. */
  private static List<String> folded(String... phrases) {
    return java.util.Arrays.stream(phrases).map(ArabicNormalizer.INSTANCE::fold).toList();
  }

  /** A pattern whose Arabic is written naturally and folded like the lines it is matched against. */
  private static Pattern foldedPattern(String regex) {
    return Pattern.compile(ArabicNormalizer.INSTANCE.fold(regex), Pattern.CASE_INSENSITIVE);
  }

  private static Set<String> foldedSet(String... phrases) {
    return Set.copyOf(folded(phrases));
  }

  @Override
  public Optional<RemovalReason> lineReason(String line, int words) {
    if (words <= MAX_LABEL_WORDS && LABELS.matcher(line.strip()).matches()) {
      return Optional.of(RemovalReason.NAVIGATION);
    }
    if (words > MAX_CLUTTER_WORDS) {
      return Optional.empty();
    }
    String stripped = line.strip();
    if (words <= 6 && isBylineLine(stripped) || words <= 20 && CREDITS_IN_PARENS.matcher(stripped).matches()) {
      return Optional.of(RemovalReason.BYLINE);
    }
    if (words <= 10 && isWireSignOff(stripped)) {
      return Optional.of(RemovalReason.BYLINE);
    }
    if (words <= 20 && HASHTAGS.matcher(stripped).matches()) {
      return Optional.of(RemovalReason.NAVIGATION);
    }
    if (words <= 20 && EMBED.matcher(stripped).matches()) {
      return Optional.of(RemovalReason.URL);
    }
    String bare = words <= 4 ? stripPunct(line) : null; // short lines only: this runs on every line
    if (words <= 3 && CHROME.matcher(bare).matches()) {
      return Optional.of(RemovalReason.NAVIGATION);
    }
    if (words <= 3 && AD_LABEL.matcher(bare).matches()) {
      return Optional.of(RemovalReason.PROMO);
    }
    if (words <= 6 && SLOGAN.matcher(stripPunct(line)).matches()) {
      return Optional.of(RemovalReason.MASTHEAD);
    }
    if (containsAny(line, COPYRIGHT)) {
      return Optional.of(RemovalReason.COPYRIGHT);
    }
    if (containsAny(line, VIDEO_SUBJECT) && words <= 25 && (containsAny(line, VIDEO_ACTION)
        || words <= SHORT_VIDEO_WORDS && containsAny(line, SHORT_VIDEO_ACTION))) {
      return Optional.of(RemovalReason.VIDEO_NOTICE);
    }
    if (words <= 8 && (containsAny(line, SHARE) || allShareWords(line))) {
      return Optional.of(RemovalReason.SHARE);
    }
    if (words <= 12 && (containsAny(line, PROMO) || isFollowUs(stripped))) {
      return Optional.of(RemovalReason.PROMO);
    }
    if (isRelatedMarker(line) || startsWithRelatedMarker(line)) {
      return Optional.of(RemovalReason.RELATED);
    }
    if (words <= 12 && containsAny(line, CAPTION)) {
      return Optional.of(RemovalReason.CAPTION);
    }
    if (words <= 4 && RELATIVE_TIME.matcher(bare).matches()) {
      return Optional.of(RemovalReason.DATE_LINE);
    }
    return Optional.empty();
  }

  private static boolean isWireSignOff(String line) {
    java.util.regex.Matcher m = WIRE_SIGN_OFF.matcher(line);
    return m.matches() && DATELINE_CREDITS.contains(m.group(1));
  }

  /** "تابعوا", "تابعونا", "تابعوا أخبار"... at the start of a line (folded). */
  private static final Pattern FOLLOW = Pattern.compile("^(?:تابعوا|تابعونا|تابعنا|تابع)\\s");

  /**
   * An invitation to follow the outlet on a platform: "تابعوا أخبار سانا على تلغرام", "تابعوا آخر أخبار سكاي
   * نيوز عربية عبر تطبيق واتساب", or one whose platform was a logo ("تابعوا RT على"). "تابعوا" is also "they
   * followed", so the line must name a platform or end on the preposition its logo stood after.
   */
  private static boolean isFollowUs(String line) {
    if (!FOLLOW.matcher(line).find()) {
      return false;
    }
    String[] ws = WORD_BREAK.split(line);
    String last = ws[ws.length - 1];
    if (last.equals("علي") || last.equals("عبر")) { // folded: "على" is "علي"
      return true;
    }
    for (String w : ws) {
      if (PLATFORMS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Social platforms (folded), the names among {@link #SHARE_WORDS} that are no common word. */
  private static final Set<String> PLATFORMS = foldedSet("فيسبوك", "تويتر", "واتساب", "تلغرام", "تيليغرام",
      "تيليجرام", "تليجرام", "تلجرام", "تليغرام", "انستغرام", "انستجرام", "انستقرام", "يوتيوب", "تيك", "تيكتوك",
      "facebook", "twitter", "whatsapp", "telegram", "instagram", "youtube", "tiktok");

  private static boolean allShareWords(String line) {
    String[] ws = WORD_BREAK.split(line);
    int share = 0;
    for (String w : ws) {
      if (!w.isEmpty() && !SHARE_WORDS.contains(w)) {
        return false;
      }
      share += w.isEmpty() ? 0 : 1;
    }
    return share >= 2 || share == 1 && (line.equals("شارك") || line.equals("مشاركه") || line.equals("طباعه"));
  }

  @Override
  public boolean isShareWordLine(String line) {
    // stripPunct leaves words apart by single spaces (every other separator of WORD_BREAK is
    // punctuation it drops), so the words are cut at spaces: splitting every line of every page by
    // a regular expression was the largest cost of cleaning
    if (solidWords(line, 3) >= 3) {
      return false; // at least two spaces would be left: settled without stripping a long line
    }
    String l = stripPunct(line);
    int space = l.indexOf(' ');
    if (space >= 0 && l.indexOf(' ', space + 1) >= 0) {
      return false;
    }
    String[] ws = space < 0 ? new String[] {l} : new String[] {l.substring(0, space), l.substring(space + 1)};
    for (String w : ws) {
      if (w.isEmpty() || !SHARE_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** "عاجل:", "عاجل |", "خبر عاجل -" opening a line: a ticker's label. */
  private static final Pattern TICKER = Pattern.compile("^(?:خبر\\s+)?عاجل\\s*[:|\\-–—]\\s*\\S");

  @Override
  public boolean isTicker(String line) {
    return TICKER.matcher(line).find();
  }

  @Override
  public boolean isTagLabel(String line) {
    return TAG_LABEL.matcher(line.strip()).matches();
  }

  @Override
  public boolean isRelatedMarker(String line) {
    if (solidWords(line, MAX_MARKER_WORDS + 1) > MAX_MARKER_WORDS) {
      return false;
    }
    String l = stripPunct(line);
    return RELATED_MARKERS.contains(l) || l.startsWith(MORE_OF) && spaces(l) <= 3; // "المزيد من المحليات": a section's more
  }

  private static final String MORE_OF = "المزيد من ";

  /**
   * A newspaper's slogan under its name: "جريدة يومية سياسية مستقلة", "صحيفة أسبوعية جامعة" (folded): the
   * kind of paper (after at most one other adjective: "صحيفة سياسية يومية مستقلة"), then at most four words in
   * all.
   */
  private static final Pattern SLOGAN = Pattern.compile(
      "^(?:جريده|صحيفه)(?:\\s+(?:يوميه|اسبوعيه|الكترونيه|شهريه)|\\s+\\S+\\s+(?:يوميه|اسبوعيه|الكترونيه|شهريه)(?=(?:\\s+\\S+){0,3}$))(?:\\s+\\S+){0,4}$");

  /** "اقرا ايضا: headline" on one line. */
  private static boolean startsWithRelatedMarker(String line) {
    for (String m : RELATED_MARKERS) {
      if (m.contains(" ") && line.startsWith(m)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean isMastheadRole(String line) {
    if (solidWords(line, MAX_MASTHEAD_WORDS + 1) > MAX_MASTHEAD_WORDS) {
      return false;
    }
    String l = stripPunct(line);
    for (String role : MASTHEAD_ROLES) {
      if (l.equals(role) || l.startsWith(role) && l.length() > role.length() && l.charAt(role.length()) == ' '
          && spaces(l) <= spaces(role) + 4) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<String> sourceFooter(String line) {
    Matcher m = SOURCE_FOOTER.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(1).strip();
    return SPACES.split(name).length <= 6 ? Optional.of(name) : Optional.empty();
  }

  @Override
  public boolean isDatelineCredit(String words) {
    return DATELINE_CREDITS.contains(stripPunct(words));
  }

  private boolean isBylineLine(String line) {
    Matcher m = BYLINE_LINE.matcher(line);
    return m.matches() && isBylineWord(m.group(1));
  }

  private static final Set<String> CORRESPONDENT_WORDS =
      foldedSet("مراسل", "مراسلة", "مراسلنا", "مراسلتنا", "مراسلو", "مراسلي", "مراسلون", "مندوب", "مندوبنا", "موفد",
          "موفدنا", "الموفد");

  @Override
  public boolean isCorrespondentWord(String foldedWord) {
    return CORRESPONDENT_WORDS.contains(foldedWord);
  }

  @Override
  public boolean isMenuWord(String foldedWord) {
    String w = foldedWord.startsWith("ال") && foldedWord.length() > 3 ? foldedWord.substring(2) : foldedWord;
    return MENU_WORDS.contains(foldedWord) || MENU_WORDS.contains(w)
        || w.startsWith("و") && MENU_WORDS.contains(w.substring(1)); // "عربي ودولي"
  }

  @Override
  public boolean isBylineWord(String foldedWord) {
    return BYLINE_WORDS.contains(foldedWord);
  }

  @Override
  public boolean isCopyrightWord(String word) {
    return COPYRIGHT_WORDS.contains(word);
  }

  @Override
  public Set<String> outletPrefixes() {
    return OUTLET_PREFIXES;
  }

  private static boolean containsAny(String line, List<String> phrases) {
    for (String p : phrases) {
      int at = line.indexOf(p);
      if (at >= 0 && isWordBoundary(line, at, at + p.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordBoundary(String s, int start, int end) {
    boolean left = start == 0 || !Character.isLetter(s.charAt(start - 1));
    boolean right = end == s.length() || !Character.isLetter(s.charAt(end));
    // Arabic prefixes clitics (و، ب، ل، ف) to words: allow one before the phrase.
    if (!left && start == 1 || !left && start >= 2 && !Character.isLetter(s.charAt(start - 2))) {
      left = "وبلف".indexOf(s.charAt(start - 1)) >= 0;
    }
    return left && right;
  }

  /** How many spaces a line has (its words less one, once stripped of punctuation). */
  private static int spaces(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == ' ' ? 1 : 0;
    }
    return n;
  }

  /**
   * The line with each run of punctuation and symbols (but ©) as one space, stripped, and runs of
   * spaces as one: what the word lists are compared with. One pass, no regular expression (it runs
   * on every line of every page).
   */
  static String stripPunct(String line) {
    char[] out = new char[line.length()]; // never longer: a run of separators gives one space at most
    int n = 0;
    boolean space = false;
    for (int i = 0; i < line.length(); ) {
      char ch = line.charAt(i);
      int c = Character.isHighSurrogate(ch) ? line.codePointAt(i) : ch;
      int count = Character.charCount(c);
      if (c < 0x10000 ? isSeparator(ch) : CharClasses.isPunctuationOrSymbol(c)) {
        space = n > 0;
        i += count;
        continue;
      }
      if (space) {
        out[n++] = ' ';
        space = false;
      }
      for (int k = 0; k < count; k++) {
        out[n++] = line.charAt(i++);
      }
    }
    return new String(out, 0, n).strip();
  }

  /** The most words a related-links marker has, and a masthead role line may have (a role and four more). */
  private static final int MAX_MARKER_WORDS = maxSpaces(RELATED_MARKERS) + 1;
  private static final int MAX_MASTHEAD_WORDS = maxSpaces(MASTHEAD_ROLES) + 5;

  private static int maxSpaces(List<String> phrases) {
    return phrases.stream().mapToInt(ArabicClutterLexicon::spaces).max().orElse(0);
  }

  /**
   * A lower bound of the words of {@code stripPunct(line)}, counted up to {@code limit}: the runs of
   * kept chars that hold a char other than white space, which stripping cannot remove and which stay
   * apart by a space. Stops at {@code limit}, so a long line is settled by its first words.
   */
  static int solidWords(String line, int limit) {
    int runs = 0;
    boolean solid = false;
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x10000 ? isSeparator((char) c) : CharClasses.isPunctuationOrSymbol(c)) {
        runs += solid ? 1 : 0;
        solid = false;
        if (runs >= limit) {
          return runs;
        }
      } else {
        solid |= !Character.isWhitespace(c);
      }
    }
    return solid ? runs + 1 : runs;
  }

  /** Bit {@code c} set for each BMP char {@link #stripPunct} drops: punctuation and symbols (but ©), spaces. */
  private static final long[] SEPARATORS = new long[0x10000 >>> 6];

  static {
    for (int c = 0; c < 0x10000; c++) {
      if (c != '\u00A9' && CharClasses.isPunctuationOrSymbol(c) || c == ' ' || c >= '\t' && c <= '\r') {
        SEPARATORS[c >>> 6] |= 1L << c;
      }
    }
  }

  private static boolean isSeparator(char c) {
    return (SEPARATORS[c >>> 6] & 1L << c) != 0;
  }
}
