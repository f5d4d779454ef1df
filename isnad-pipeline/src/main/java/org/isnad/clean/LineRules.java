package org.isnad.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.isnad.model.Published;
import org.isnad.model.RemovalReason;

/**
 * The line rules of the cleaning stage, for one page. First the rules that judge a line by itself
 * (template, HTML structure, bare URL, clutter wording, masthead, source footer, date line), then
 * the rules that need the others (repeated captions, the title, related-link headlines next to a
 * marker, section headings, kickers before the title). Not thread-safe: one per page.
 */
final class LineRules {

  /** A heading is shorter than this; longer unpunctuated lines are kept as prose. */
  private static final int MAX_HEADING_WORDS = 15;
  private static final int MAX_CAPTION_WORDS = 8;
  private static final int MAX_NAME_WORDS = 5;
  private static final Pattern BARE_URL = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern BANNER_SEPARATOR = Pattern.compile("\\s+[-\u2013\u2014|/]\\s+");
  private static final Pattern NON_WORD = Pattern.compile("[\\s\\p{P}\\p{S}\\d]+");
  /** A copyright line's sentences and fields: the name is in one of them. */
  private static final Pattern COPYRIGHT_PARTS = Pattern.compile("(?<=\\S)[.|•](?:\\s|$)|\\s[|•]\\s");

  private final ClutterLexicon lexicon;
  private final List<Line> lines;
  private final DateLineParser dates;
  private final RemovalReason[] why;
  private Published datePublished;
  private String bannerName;
  /** The line {@link #markOutletBanners} marked as the page's own name alone, or -1. */
  private int ownBannerLine = -1;
  /**
   * {@link #copyrightName} and {@link #footerName} as last computed, for the original text they
   * were computed on (each is asked several times per page); the copyright name is forgotten when a
   * line's mark changes from or to {@code COPYRIGHT}.
   */
  private String copyrightOriginal;
  private String copyrightMemo;
  private String footerOriginal;
  private String footerMemo;

  LineRules(ClutterLexicon lexicon, List<Line> lines, DateLineParser dates) {
    this.lexicon = lexicon;
    this.lines = lines;
    this.dates = dates;
    this.why = new RemovalReason[lines.size()];
  }

  RemovalReason reason(int i) {
    return why[i];
  }

  Published datePublished() {
    return datePublished;
  }

  /** The line marked as a banner for giving the page's own (copyright) name alone, or -1. */
  int ownBannerLine() {
    return ownBannerLine;
  }

  /** The outlet name (folded) of the first banner {@link #markOutletBanners} found, or null. */
  String bannerName() {
    return bannerName;
  }

  void applyLineRules(Page page, TemplateModel templates) {
    copyrightOriginal = null;
    for (int i = 0; i < lines.size(); i++) {
      if (why[i] == null) {
        why[i] = byItself(page, templates, i);
      }
    }
    markRepeatedCaptions();
    markShareRuns();
  }

  /** A breadcrumb trail: two to five short parts joined by a path separator ("الرئيسية / العالم العربي"). */
  private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+[/>\u00BB\u203A]\\s+");
  private static final int MAX_BREADCRUMB_PART_WORDS = 3;

  static boolean isBreadcrumb(Line l) {
    if (l.prose() || l.words() > 12) {
      return false;
    }
    String[] parts = BREADCRUMB_SEPARATOR.split(l.norm());
    if (parts.length < 2 || parts.length > 6) {
      return false;
    }
    for (String part : parts) {
      int w = Lines.countWords(part);
      if (w == 0 || w > MAX_BREADCRUMB_PART_WORDS) {
        return false;
      }
    }
    return true;
  }

  /**
   * A line that is one social network's name ("فيسبوك") belongs to the share bar when the line
   * before or after it is a share line or another such name: a run of them, or one next to "شارك".
   */
  private void markShareRuns() {
    // asked once per line, not up to three times per line and pass
    boolean[] shareWords = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      shareWords[i] = why[i] == null && lexicon.isShareWordLine(lines.get(i).norm());
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < lines.size(); i++) {
        if (why[i] != null || !shareWords[i]) {
          continue;
        }
        boolean before = i > 0 && (why[i - 1] == RemovalReason.SHARE || why[i - 1] == null && shareWords[i - 1]);
        boolean after = i + 1 < lines.size() && (why[i + 1] == RemovalReason.SHARE
            || why[i + 1] == null && shareWords[i + 1]);
        if (before || after) {
          why[i] = RemovalReason.SHARE;
          changed = true;
        }
      }
    }
  }

  /**
   * The line a blog engine adds under every feed item: "The post TITLE appeared first on SITE." (and
   * its Arabic, "ظهرت المقالة TITLE أولاً على SITE."); it is no part of the story.
   */
  private static final Pattern FEED_FOOTER = Pattern.compile(
      "^(?:The post .+ appeared first on .+|ظهرت? (?:المقالة|المقال|التدوينة) .+ (?:أولاً|أولا) على .+)$");
  private static final int MAX_FEED_FOOTER_WORDS = 40;

  private RemovalReason byItself(Page page, TemplateModel templates, int i) {
    Line l = lines.get(i);
    if (templates.isTemplate(page.outletKey(), l)) {
      return RemovalReason.TEMPLATE;
    }
    RemovalReason structural = structural(l);
    if (structural != null) {
      return structural;
    }
    if (mayBeUrl(l.norm()) && BARE_URL.matcher(l.norm()).matches()) {
      return RemovalReason.URL;
    }
    Optional<RemovalReason> worded = lexicon.lineReason(l.norm(), l.words());
    if (worded.isPresent()) {
      return worded.get();
    }
    if (l.words() <= MAX_FEED_FOOTER_WORDS && FEED_FOOTER.matcher(l.span().in(page.original()).strip()).matches()) {
      return RemovalReason.SOURCE_FOOTER;
    }
    if (lexicon.isMastheadRole(l.norm())) {
      markNameAfter(i, RemovalReason.MASTHEAD);
      return RemovalReason.MASTHEAD;
    }
    Optional<String> footer = lexicon.sourceFooter(l.norm());
    if (footer.isPresent()) {
      if (footer.get().isEmpty()) {
        markNameAfter(i, RemovalReason.SOURCE_FOOTER);
      }
      return RemovalReason.SOURCE_FOOTER;
    }
    if (isBreadcrumb(l)) {
      return RemovalReason.NAVIGATION;
    }
    if (l.words() <= 5 && TIME_ONLY.matcher(l.norm()).matches()) {
      return RemovalReason.DATE_LINE; // a live report's time stamp; it gives no date
    }
    Optional<Published> date = dates.parse(l);
    if (date.isPresent()) {
      datePublished = datePublished == null ? date.get() : datePublished;
      return RemovalReason.DATE_LINE;
    }
    return null;
  }

  /** False when the line cannot be a {@link #BARE_URL}: it opens with neither "h" nor "w" (any case). */
  private static boolean mayBeUrl(String s) {
    char c = s.isEmpty() ? ' ' : s.charAt(0);
    return c == 'h' || c == 'H' || c == 'w' || c == 'W';
  }

  /** What the HTML structure alone says; null for plain text and for lines inside the article. */
  private static RemovalReason structural(Line l) {
    if (l.has(Line.Hint.TITLE)) {
      return null;
    }
    if (l.has(Line.Hint.EMBED)) {
      return RemovalReason.URL;
    }
    if (l.has(Line.Hint.SHARE)) {
      return RemovalReason.SHARE;
    }
    if (l.has(Line.Hint.RELATED)) {
      return RemovalReason.RELATED;
    }
    if (l.has(Line.Hint.CAPTION)) {
      return RemovalReason.CAPTION;
    }
    if (l.has(Line.Hint.CHROME) || l.has(Line.Hint.OUTSIDE_ARTICLE)
        || l.linkDensity() > 0.5 && !l.prose()) {
      return RemovalReason.NAVIGATION;
    }
    return null;
  }

  private void markNameAfter(int i, RemovalReason reason) {
    if (i + 1 < lines.size() && why[i + 1] == null && isNameLike(lines.get(i + 1))) {
      why[i + 1] = reason;
    }
  }

  private static boolean isNameLike(Line l) {
    return l.words() <= MAX_NAME_WORDS && !l.prose();
  }

  /** A short unpunctuated line printed twice or more on one page is a caption (or a photo credit). */
  private void markRepeatedCaptions() {
    Map<String, Integer> count = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (isCaptionCandidate(i)) {
        count.merge(lines.get(i).norm(), 1, Integer::sum);
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      if (isCaptionCandidate(i) && count.get(lines.get(i).norm()) >= 2) {
        why[i] = RemovalReason.CAPTION;
      }
    }
  }

  private boolean isCaptionCandidate(int i) {
    Line l = lines.get(i);
    return why[i] == null && l.words() <= MAX_CAPTION_WORDS && !l.prose() && !l.has(Line.Hint.TITLE);
  }

  /**
   * The index of the title line, or -1: an h1, a line equal to the given title, or else, among the
   * kept lines before any prose, the first shaped like a headline of four words or more (the short
   * lines before it are section labels, breadcrumbs and the site's name above its menu, "بوابة الوطن
   * الخليجية"), else the first of three words, else the first of two.
   */
  int findTitle(String givenTitle) {
    String given = givenTitle == null ? null : givenTitle.strip();
    for (int i = 0; i < lines.size(); i++) {
      if (why[i] == null && (lines.get(i).has(Line.Hint.TITLE) || given != null && sameText(lines.get(i), given))) {
        return i;
      }
    }
    int twoWords = -1;
    int threeWords = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (why[i] != null) {
        continue;
      }
      Line l = lines.get(i);
      boolean question = l.words() >= 4 && l.words() <= 12 && endsWithQuestion(l.norm());
      if ((l.prose() || l.words() > 30) && !question) {
        break; // a short question is a headline ("قرض الـ250 مليون دولار يشعل السجال.. ماذا قال أبو جودة؟")
      }
      if (l.words() >= 4) {
        return i;
      }
      threeWords = threeWords < 0 && l.words() == 3 ? i : threeWords;
      twoWords = twoWords < 0 && l.words() == 2 ? i : twoWords;
    }
    return threeWords >= 0 ? threeWords : twoWords;
  }

  /**
   * The line equal to the given title that was taken for navigation, before any kept prose: the
   * headline a page prints above its article element ({@code <h2 class="entry-title">} outside
   * {@code .entry-content}), given folded, is kept again; -1 when there is none.
   */
  int restoreHeadlineOutsideArticle(String givenNorm) {
    if (givenNorm == null || givenNorm.isBlank()) {
      return -1;
    }
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (why[i] == null && (l.prose() || l.norm().equals(givenNorm))) {
        return -1; // the article's prose begins, or the headline is printed inside it
      }
      if (why[i] == RemovalReason.NAVIGATION && l.words() >= 3 && l.norm().equals(givenNorm)) {
        why[i] = null;
        return i;
      }
    }
    return -1;
  }

  /**
   * Marks as masthead the short lines before any prose that open with an outlet's name and a
   * separator ("سكاي نيوز عربية - أبوظبي"، "العربية.نت - وكالات"): the page's banner, not its title. A
   * line that opens with the page's own name ({@code ownName}: the name of its copyright line) may
   * carry a longer tagline ("سودان اليوم | أخبار السودان على مدار الساعة"); a known outlet's name alone
   * on the first line, or the page's own name alone, is a banner too ("فرانس 24"); a breaking-news
   * ticker above the title is navigation.
   */
  void markOutletBanners(java.util.function.Predicate<String> namesOutlet, java.util.function.Predicate<String> ownName) {
    boolean top = true;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (why[i] != null) {
        continue;
      }
      if (l.prose() || l.has(Line.Hint.TITLE)) {
        return; // a banner stands above the title: "عنب بلدي - اللاذقية" under it is the dateline
      }
      boolean knownName = namesOutlet.test(l.norm().strip());
      if (top && l.words() >= 2 && l.words() <= MAX_NAME_WORDS && (knownName || ownName.test(l.norm().strip()))) {
        // the page's first line is a known outlet's name alone ("فرانس 24"), or the name its copyright
        // line gives ("وكالة الأنباء اليمنية سبأ" above "جميع الحقوق محفوظة © وكالة الأنباء اليمنية سبأ")
        why[i] = RemovalReason.MASTHEAD;
        ownBannerLine = knownName || ownBannerLine >= 0 ? ownBannerLine : i;
        bannerName = bannerName == null ? l.norm().strip() : bannerName;
        continue;
      }
      top = false;
      if (lexicon.isTicker(l.norm())) {
        why[i] = RemovalReason.NAVIGATION; // a breaking-news ticker above the title
        continue;
      }
      String[] parts = BANNER_SEPARATOR.split(l.norm(), 2);
      String first = parts[0].strip();
      // The name alone may be a section label as well ("الشرق الأوسط"): a banner names a place or desk after it.
      boolean known = parts.length == 2 && !first.isEmpty()
          && (l.words() <= MAX_NAME_WORDS + 1 && namesOutlet.test(first) || l.words() <= MAX_TAGLINE_LINE_WORDS && ownName.test(first));
      if (known) {
        why[i] = RemovalReason.MASTHEAD;
        bannerName = bannerName == null ? first : bannerName;
      }
    }
  }

  /** The most words of a banner line that opens with the page's own name and a tagline. */
  private static final int MAX_TAGLINE_LINE_WORDS = 10;
  private static final int MAX_SITE_NAME_WORDS = 4;
  private static final Pattern SITE_NAME_PUNCTUATION = Pattern.compile("[.:،,؛;!?؟\"«»()]");

  /**
   * The line that may be the site's name printed at the top of the page, above its menu: the first
   * line no rule removed, before the title with at least one line between them (a menu, a breadcrumb,
   * a date), of one to four words, unpunctuated and with no word of a menu or section label
   * ("الصفحة الرئيسية"، "عربي ودولي"); -1 if none. Whether it names an outlet is the caller's to judge.
   */
  int siteNameLine(int title, java.util.function.UnaryOperator<String> fold) {
    int first = nextBodyLine(-1);
    if (first < 0 || title < 0 || title - first < 2) {
      return -1;
    }
    Line l = lines.get(first);
    if (l.prose() || l.words() > MAX_SITE_NAME_WORDS || SITE_NAME_PUNCTUATION.matcher(l.norm()).find()
        || isBreadcrumb(l)) {
      return -1;
    }
    for (String w : NON_WORD.split(l.norm())) {
      if (!w.isEmpty() && lexicon.isMenuWord(fold.apply(w))) {
        return -1;
      }
    }
    return first;
  }

  private static boolean sameText(Line l, String title) {
    String t = SPACES.matcher(title).replaceAll(" ");
    return l.norm().length() >= 4 && (t.equals(l.norm()) || title.contains(l.norm()) && l.words() >= 3);
  }

  void applyContextRules(int title) {
    markRelatedHeadlines();
    markTags();
    int lastProse = lastProse();
    boolean unpunctuated = unpunctuatedPage();
    markBareTags(lastProse, unpunctuated);
    int textStart = firstKeptProse(title);
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (why[i] != null || i == title || l.prose()) {
        continue;
      }
      if (title >= 0 && i < title && l.words() <= MAX_CAPTION_WORDS) {
        why[i] = RemovalReason.NAVIGATION;
      } else if (i > title && endsWithCredit(l)) {
        why[i] = RemovalReason.CAPTION;
      } else if (isHeading(i, unpunctuated, title, lastProse, textStart)) {
        why[i] = RemovalReason.HEADING;
      } else if (lastProse >= 0 && i > lastProse && l.words() <= MAX_BETWEEN_CLUTTER_WORDS && betweenClutter(i)) {
        why[i] = why[i - 1]; // "اشترك في النشرة البريدية" / "البريد الإلكتروني" / "تابعونا على فيسبوك"
      }
    }
  }

  /**
   * On a page whose writer ends no paragraph with a full stop, a short paragraph looks like a heading
   * ("وقال الوزير خلال اللقاء إن الوزارة ماضية في تنفيذ خططها" between two long unpunctuated ones): a
   * heading there has at most this many words.
   */
  private static final int MAX_UNPUNCTUATED_HEADING_WORDS = 6;

  /**
   * Whether line {@code i}, short and unpunctuated, is a section heading: prose before it (the title
   * counts) and after it, and it does not go on with the text ({@link #continuesText}). Inside the text
   * (a kept prose line before it, not only the title), a paragraph element is no heading ("<p>وطالب
   * المحافظ بإزالة الإشغالات من الشوارع المحيطة</p>"); above the text, such elements are bylines and
   * datelines ("عمّان ــ فلان"). On a page without full stops a heading has at most six words.
   */
  private boolean isHeading(int i, boolean unpunctuated, int title, int lastProse, int textStart) {
    Line l = lines.get(i);
    if (l.words() > MAX_HEADING_WORDS || i >= lastProse || !hasProseBefore(i, title) || continuesText(i)) {
      return false;
    }
    if (unpunctuated && l.words() > MAX_UNPUNCTUATED_HEADING_WORDS) {
      return false;
    }
    return !(l.has(Line.Hint.PARAGRAPH) && textStart < i);
  }

  /**
   * The first kept prose line after the title, where the text starts (the line count when there is none):
   * found once, as the heading loop leaves prose lines as they are.
   */
  private int firstKeptProse(int title) {
    for (int j = title + 1; j < lines.size(); j++) {
      if (why[j] == null && lines.get(j).prose()) {
        return j;
      }
    }
    return lines.size();
  }

  /** Whether most kept lines of 20 words or more (two at least) end with no sentence punctuation. */
  private boolean unpunctuatedPage() {
    int longLines = 0;
    int punctuated = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (why[i] == null && l.words() >= 20) {
        longLines++;
        punctuated += Line.endsLikeSentence(l.norm()) ? 1 : 0;
      }
    }
    return longLines >= 2 && punctuated * 2 < longLines;
  }

  /**
   * Whether line {@code i} goes on with the text before it, so it is no heading: the kept line before
   * it ends with a colon ("وقال خلال لقائه وزيرة المالية:" and the quotation on the next line), or is a
   * live report's time alone ("10:30" above its entry).
   */
  private boolean continuesText(int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (why[j] == RemovalReason.DATE_LINE && TIME_ONLY.matcher(lines.get(j).norm()).matches()) {
        return true;
      }
      if (why[j] == null) {
        return lines.get(j).norm().strip().endsWith(":") && lines.get(j).words() >= 3;
      }
    }
    return false;
  }

  /** A time alone on its line, as a live report stamps its entries: "10:45", "10:45 ص", "(10:45 بتوقيت مكة)". */
  static final Pattern TIME_ONLY = Pattern.compile(
      "^[(]?\\d{1,2}:\\d{2}(?:\\s*(?:ص|م|am|pm))?(?:\\s+(?:بتوقيت|توقيت)(?:\\s+\\p{L}+){1,2}|\\s+(?:gmt|utc))?[)]?$");

  /** The most words of one tag of a tag list with no label. */
  private static final int MAX_BARE_TAG_WORDS = 3;
  private static final Pattern ANY_PUNCTUATION = Pattern.compile("[\\p{P}\\d]");

  /**
   * The tags a page lists under the text without a label ("لبنان" / "الجيش اللبناني" / "جنوب لبنان"):
   * two or more kept lines after the last prose line, each of one to three words with no punctuation
   * or figure, with nothing kept after them; not on a page without full stops, whose short last
   * paragraphs look the same.
   */
  private void markBareTags(int lastProse, boolean unpunctuated) {
    if (lastProse < 0 || unpunctuated) {
      return;
    }
    List<Integer> tags = new java.util.ArrayList<>();
    for (int i = lastProse + 1; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (why[i] != null) {
        continue;
      }
      if (l.words() > MAX_BARE_TAG_WORDS || l.has(Line.Hint.PARAGRAPH) || ANY_PUNCTUATION.matcher(l.norm()).find()) {
        return;
      }
      tags.add(i);
    }
    if (tags.size() >= 2) {
      tags.forEach(i -> why[i] = RemovalReason.NAVIGATION);
    }
  }

  /** The most words of a line after the text that two clutter lines around it make clutter too. */
  private static final int MAX_BETWEEN_CLUTTER_WORDS = 4;

  /** Whether the lines right before and after line {@code i} are both clutter. */
  private boolean betweenClutter(int i) {
    return i > 0 && i + 1 < lines.size() && why[i - 1] != null && why[i + 1] != null;
  }

  /** An unpunctuated line that closes with a name in brackets: a photo and its credit ("... (رويترز)"). */
  private static final Pattern TRAILING_CREDIT = Pattern.compile("\\s[(][^()\\d]{2,40}[)]$");

  private static boolean endsWithCredit(Line l) {
    return !l.prose() && l.words() >= 4 && l.words() <= MAX_HEADING_WORDS + 5 && TRAILING_CREDIT.matcher(l.norm()).find();
  }

  /** Marks a line the cleaner found to be clutter in context (a dateline on its own line, a credit line). */
  void mark(int i, RemovalReason reason) {
    if (why[i] == RemovalReason.COPYRIGHT || reason == RemovalReason.COPYRIGHT) {
      copyrightOriginal = null;
    }
    why[i] = reason;
  }

  private boolean hasProseBefore(int i, int title) {
    if (title >= 0 && title < i) {
      return true;
    }
    for (int j = 0; j < i; j++) {
      if (why[j] == null && lines.get(j).prose()) {
        return true;
      }
    }
    return false;
  }

  /** The most tags a tag label alone on its line heads, one short line each. */
  private static final int MAX_TAG_LINES = 12;
  private static final int MAX_TAG_WORDS = 4;

  /** The tags on the short lines below a tag label alone on its line ("الوسوم" / "ليبيا" / "محادثات تونس"). */
  private void markTags() {
    for (int i = 0; i < lines.size(); i++) {
      if (why[i] != RemovalReason.NAVIGATION || !lexicon.isTagLabel(lines.get(i).norm())) {
        continue;
      }
      for (int j = i + 1; j < lines.size() && j <= i + MAX_TAG_LINES && why[j] == null; j++) {
        Line l = lines.get(j);
        if (l.prose() || l.words() > MAX_TAG_WORDS) {
          break;
        }
        why[j] = RemovalReason.NAVIGATION;
      }
    }
  }

  /** Headlines right after a related-links marker, and the one just before a closing marker. */
  private void markRelatedHeadlines() {
    int lastProse = lastProse();
    for (int i = 0; i < lines.size(); i++) {
      if (why[i] != RemovalReason.RELATED || !lexicon.isRelatedMarker(lines.get(i).norm())) {
        continue;
      }
      int marked = 0;
      for (int j = i + 1; j < lines.size() && marked < 5; j++) {
        if (why[j] != null && why[j] != RemovalReason.RELATED) {
          continue; // a promo or share line between the headlines
        }
        if (why[j] == null && !isHeadline(j)) {
          break;
        }
        why[j] = RemovalReason.RELATED;
        marked++;
      }
      if (i - 1 > lastProse && isHeadline(i - 1)) {
        why[i - 1] = RemovalReason.RELATED;
      }
    }
  }

  /** A kept line shaped like a headline: not prose, or a short question ("ما هي قوات اليونيفيل؟"). */
  private boolean isHeadline(int i) {
    Line l = lines.get(i);
    return why[i] == null && l.words() <= 20 && (!l.prose() || l.words() <= 12 && endsWithQuestion(l.norm()));
  }

  private static boolean endsWithQuestion(String s) {
    String t = s.strip();
    return t.endsWith("?") || t.endsWith("\u061F");
  }

  private int lastProse() {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (why[i] == null && lines.get(i).prose()) {
        return i;
      }
    }
    return -1;
  }

  /** The first line of the body after the title, or -1. */
  int firstBodyLine(int title) {
    return nextBodyLine(title);
  }

  /** The first line after {@code line} that no rule removed; -1 if none. */
  int nextBodyLine(int line) {
    for (int i = Math.max(0, line + 1); i < lines.size(); i++) {
      if (why[i] == null) {
        return i;
      }
    }
    return -1;
  }

  /** The publisher a copyright line names ("© 2026 جميع الحقوق محفوظة لبوابة الساحل"), or null. */
  String copyrightName(String original, java.util.function.UnaryOperator<String> fold) {
    if (original != copyrightOriginal) {
      copyrightMemo = findCopyrightName(original, fold);
      copyrightOriginal = original;
    }
    return copyrightMemo;
  }

  private String findCopyrightName(String original, java.util.function.UnaryOperator<String> fold) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (why[i] != RemovalReason.COPYRIGHT && !lines.get(i).norm().contains("©")) {
        continue;
      }
      String line = lines.get(i).span().in(original);
      // COPYRIGHT_PARTS needs a dot, a bar or a bullet; without one the line is one part, as split gives it
      String[] parts = DatelineFinder.hasAny(line, ".|\u2022") ? COPYRIGHT_PARTS.split(line) : new String[] {line};
      for (String part : parts) { // "© 2025 بي بي سي. بي بي سي ليست ..."
        StringBuilder name = new StringBuilder();
        for (String w : NameText.words(part)) { // NAME_BREAK.split(part) without its empty pieces
          boolean number = NameText.isDigits(w);
          // a number after a word of the name is part of it ("اليمن نيوز 24"); a year or a leading number is not
          if (!w.isEmpty() && (number ? !name.isEmpty() && w.length() <= 3 : !lexicon.isCopyrightWord(fold.apply(w)))) {
            name.append(name.isEmpty() ? "" : " ").append(w);
          }
        }
        int words = Lines.countWords(name.toString());
        if (words >= 1 && words <= 5) {
          return name.toString();
        }
      }
    }
    return null;
  }

  /** The outlet named by a source footer ("المصدر: X", or "المصدر:" with X on the next line), or null. */
  String footerName(String original) {
    if (original != footerOriginal) {
      footerMemo = findFooterName(original);
      footerOriginal = original;
    }
    return footerMemo;
  }

  private String findFooterName(String original) {
    for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 6); i--) {
      Optional<String> f = lexicon.sourceFooter(lines.get(i).norm());
      if (f.isPresent()) {
        if (!f.get().isEmpty()) {
          String raw = lines.get(i).span().in(original);
          return raw.substring(raw.indexOf(':') + 1).strip();
        }
        return i + 1 < lines.size() && isNameLike(lines.get(i + 1)) ? lines.get(i + 1).span().in(original) : null;
      }
    }
    return null;
  }
}
