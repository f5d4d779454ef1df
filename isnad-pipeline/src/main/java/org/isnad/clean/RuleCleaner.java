package org.isnad.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.lang.Language;
import org.isnad.model.CleanArticle;
import org.isnad.model.Dateline;
import org.isnad.model.MediaType;
import org.isnad.model.Outlet;
import org.isnad.model.Published;
import org.isnad.model.RawArticle;
import org.isnad.model.RemovalReason;
import org.isnad.model.RemovedBlock;
import org.isnad.model.Span;

/** The rule-and-statistics cleaner behind {@link Cleaner}. Immutable and thread-safe. */
final class RuleCleaner implements Cleaner {

  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s\"'<>،]+");

  private final Language language;
  private final OutletTable outlets;
  private final HtmlRenderer html;
  private final DatelineFinder datelines;
  private final BylineFinder bylines;
  private final DateLineParser dates;

  RuleCleaner(CleanConfig config) {
    this.language = config.language();
    this.outlets = config.outlets();
    this.html = new HtmlRenderer(language.normalizer());
    this.datelines = new DatelineFinder(language, outlets);
    this.bylines = new BylineFinder(language);
    this.dates = new DateLineParser(language.months(), language.time());
  }

  @Override
  public Page prepare(RawArticle raw) {
    if (raw.type() == MediaType.HTML) {
      HtmlRenderer.Rendered r = html.render(raw.content());
      return page(raw, r.text(), r.lines(), r.meta());
    }
    return page(raw, raw.content(), Lines.ofText(raw.content(), language.normalizer()), PageMeta.NONE);
  }

  private Page page(RawArticle raw, String original, List<Line> lines, PageMeta meta) {
    String footer = new LineRules(language.clutter(), lines, dates).footerName(original);
    return new Page(raw, original, lines, meta, outlet(raw, meta, footer, null, null, null, null).id());
  }

  @Override
  public CleanArticle clean(Page page, TemplateModel templates) {
    LineRules rules = new LineRules(language.clutter(), page.lines(), dates);
    rules.applyLineRules(page, templates);
    String copyright = rules.copyrightName(page.original(), language.normalizer()::fold);
    String ownKey = copyright == null ? null : outlets.key(copyright);
    rules.markOutletBanners(this::namesOutlet, first -> ownKey != null && ownKey.length() >= 3 && outlets.key(first).equals(ownKey));
    markCreditLines(page, rules);
    String hint = withoutSiteSuffix(titleHint(page));
    int restored = hint == null ? -1
        : rules.restoreHeadlineOutsideArticle(language.normalizer().normalizedText(hint, 0, hint.length()).strip());
    int title = restored >= 0 ? restored : rules.findTitle(hint);
    String siteName = siteName(page, rules, title);
    if (siteName == null && rules.ownBannerLine() >= 0) { // the site's name the banner rule took off the top
      siteName = page.lines().get(rules.ownBannerLine()).span().in(page.original()).strip();
    }
    List<String> ownNames = ownNames(page, rules, siteName, copyright);
    Dateline ownLine = datelineLine(page, rules, title, ownNames);
    rules.applyContextRules(title);
    Body body = new Body(page.original());
    for (int i = 0; i < page.lines().size(); i++) {
      if (rules.reason(i) != null) {
        body.remove(page.lines().get(i).span(), rules.reason(i));
      } else if (i != title) {
        body.keep(page.lines().get(i).span());
      }
    }
    Dateline dateline = ownLine != null ? ownLine : findDateline(page, rules, title, body, siteName);
    if (dateline == null) {
      dateline = inDateLine(page, rules, title, ownNames);
    }
    removeInlineUrls(page.original(), body);
    return build(page, rules, title, dateline, body, siteName);
  }

  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s[|\u2013\u2014-]\\s+([^|\u2013\u2014-]{2,40})$");

  /**
   * The site's name printed at the top of the page, above its menu ("بوابة الوطن الخليجية"), marked
   * as masthead; or null. The line ({@link LineRules#siteNameLine}) names the outlet when the outlet
   * table knows it, when the page names it again (in the copyright line, the source footer, the
   * title's suffix "| NAME", or anywhere in its other lines: لـ"NAME"), or when it has two words or
   * more; a one-word line named nowhere else may be a section label.
   */
  private String siteName(Page page, LineRules rules, int title) {
    int i = rules.siteNameLine(title, language.normalizer()::fold);
    if (i < 0) {
      return null;
    }
    Line l = page.lines().get(i);
    String name = l.span().in(page.original()).strip();
    String key = outlets.key(name);
    if (key.length() < 3 || !key.chars().anyMatch(Character::isLetter)) {
      return null;
    }
    boolean named = outlets.byName(name, "banner").isPresent() || l.words() >= 2 || namedAgain(page, rules, i, key);
    if (!named) {
      return null;
    }
    rules.mark(i, RemovalReason.MASTHEAD);
    return name;
  }

  /** Whether the page names the outlet of {@code key} again: copyright, footer, title suffix, other lines. */
  private boolean namedAgain(Page page, LineRules rules, int line, String key) {
    String copyright = rules.copyrightName(page.original(), language.normalizer()::fold);
    String footer = rules.footerName(page.original());
    String title = titleHint(page);
    Matcher suffix = title == null ? null : TITLE_SUFFIX.matcher(title.strip());
    for (String n : new String[] {copyright, footer, suffix != null && suffix.find() ? suffix.group(1) : null}) {
      if (n != null && (outlets.key(n).equals(key) || n.startsWith("\u0644") && outlets.key(n.substring(1)).equals(key))) {
        return true;
      }
    }
    for (int j = 0; j < page.lines().size(); j++) {
      if (j != line && (" " + page.lines().get(j).norm() + " ").contains(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The outlet a source footer names. A footer may join the outlet and the agencies it drew on with
   * "+" ("المصدر: الجزيرة + وكالات"): the first part the table knows, else the one part that is no
   * newsroom credit ("وكالات"), else the whole name.
   */
  private Outlet footerOutlet(String footer) {
    if (footer.indexOf('+') < 0) {
      return outlets.resolveName(footer, "source_footer");
    }
    List<String> named = new ArrayList<>();
    for (String part : footer.split("\\+")) {
      String p = part.strip();
      if (p.isEmpty() || language.clutter().isDatelineCredit(language.normalizer().fold(p))) {
        continue;
      }
      Optional<Outlet> known = outlets.byName(p, "source_footer");
      if (known.isPresent()) {
        return known.get();
      }
      named.add(p);
    }
    return outlets.resolveName(named.size() == 1 ? named.get(0) : footer, "source_footer");
  }

  /** Whether a folded phrase is the name of an outlet the bundled table knows. */
  private boolean namesOutlet(String folded) {
    return outlets.byName(folded, "banner").isPresent();
  }

  /** Initials of a wire desk ("ب ت/ع ر") or an agency credit alone in brackets ("(د ب أ)"). */
  private static final Pattern INITIALS = Pattern.compile("^\\p{L}(?:\\s*[\\s/]\\s*\\p{L}){1,7}$");
  private static final Pattern BRACKETED = Pattern.compile("^[(]([^()]{1,30})[)]$");

  /**
   * A short line that only credits who wrote or sent the text: an agency in brackets that the
   * language or the outlet table knows ("(د ب أ)" under a copied story), or one-letter initials
   * with a slash (the desk's signature under a wire story, "ب ت/ع ر"). Removed as a byline.
   */
  private void markCreditLines(Page page, LineRules rules) {
    for (int i = 0; i < page.lines().size(); i++) {
      Line l = page.lines().get(i);
      if (rules.reason(i) != null || l.words() > 6) {
        continue;
      }
      String text = l.span().in(page.original()).strip();
      Matcher b = BRACKETED.matcher(text);
      boolean credit = b.matches() && (datelines.isCredit(b.group(1)) || INITIALS.matcher(b.group(1).strip()).matches());
      boolean initials = text.indexOf('/') > 0 && INITIALS.matcher(text).matches();
      if (credit || initials) {
        rules.mark(i, RemovalReason.BYLINE);
      }
    }
  }

  /**
   * A dateline on its own line right after the title ("إعزاز - تلفزيون سوريا", "ذي قار - صدى الرافدين"
   * on that outlet's own page), marked as such; or null.
   */
  private Dateline datelineLine(Page page, LineRules rules, int title, java.util.List<String> ownNames) {
    int first = rules.nextBodyLine(title);
    while (first >= 0 && symbolsOnly(page.lines().get(first))) {
      first = rules.nextBodyLine(first); // the font-size buttons "+" and "-" between the title and the dateline
    }
    int next = first;
    if (next < 0 || page.lines().get(next).prose()) {
      return null;
    }
    Optional<Dateline> d = datelines.wholeLine(page.original(), page.lines().get(next).span(), ownNames);
    d.ifPresent(x -> rules.mark(next, RemovalReason.DATELINE));
    return d.orElse(null);
  }

  /**
   * A dateline printed in the line of the publication date, before or after a bar, above the text
   * ("بيروت - الشرق الإخبارية | نشر في 5 كانون الأول 2026"): the line stays removed as the date line and
   * its place is the article's dateline; or null.
   */
  private Dateline inDateLine(Page page, LineRules rules, int title, List<String> ownNames) {
    int first = rules.firstBodyLine(title);
    int end = first < 0 ? page.lines().size() : first;
    for (int i = Math.max(0, title + 1); i < end; i++) {
      if (rules.reason(i) != RemovalReason.DATE_LINE || page.lines().get(i).span().in(page.original()).indexOf('|') < 0) {
        continue;
      }
      Span line = page.lines().get(i).span();
      int from = line.start();
      for (int bar = page.original().indexOf('|', from, line.end()); from < line.end();
          bar = page.original().indexOf('|', from, line.end())) {
        int to = bar < 0 ? line.end() : bar;
        Optional<Dateline> d = datelines.beforeOrAfterDate(page.original(), trimmed(page.original(), from, to), ownNames);
        if (d.isPresent()) {
          return d.get();
        }
        from = bar < 0 ? line.end() : bar + 1;
      }
    }
    return null;
  }

  /** {@code [from, to)} without the white space at its ends. */
  private static Span trimmed(String original, int from, int to) {
    while (from < to && Character.isWhitespace(original.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(original.charAt(to - 1))) {
      to--;
    }
    return new Span(from, to);
  }

  /** A line of punctuation or symbols alone ("+", "-", "|"): no word, no number. */
  private static boolean symbolsOnly(Line l) {
    return l.norm().codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /**
   * The names the page gives itself: the site's name line, og:site_name, the title's suffix ("| NAME"),
   * the copyright line's and the source footer's name ("جميع الحقوق محفوظة © التيار نت 2026").
   */
  private static java.util.List<String> ownNames(Page page, LineRules rules, String siteName, String copyright) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String name : new String[] {siteName, page.meta().outlet(), copyright, rules.footerName(page.original())}) {
      if (name != null && !name.isBlank()) {
        out.add(name.strip());
      }
    }
    String title = page.meta().title();
    Matcher suffix = title == null ? null : TITLE_SUFFIX.matcher(title);
    if (suffix != null && suffix.find()) {
      out.add(suffix.group(1));
    }
    return out;
  }

  /** Names of outlet kinds that open a site's name in a title suffix ("... | صحيفة الضفاف"). */
  private static final Pattern SITE_KIND = Pattern.compile(
      "^(صحيفة|جريدة|موقع|وكالة|قناة|بوابة|شبكة|مجلة|تلفزيون|إذاعة|اذاعة)\\s");

  /**
   * The site's name a document title ends with ("... - موقع المغرب اليوم"): a suffix after a bar or
   * dash that opens with an outlet kind or that the outlet table knows; null when there is none.
   */
  String siteSuffix(String title) {
    if (title == null || !DatelineFinder.hasAny(title, "|\u2013\u2014-")) {
      return null; // TITLE_SUFFIX needs its bar or dash
    }
    Matcher m = TITLE_SUFFIX.matcher(title.strip());
    if (m == null || !m.find()) {
      return null;
    }
    String name = m.group(1).strip();
    boolean known = outlets.byName(name, "page_metadata").filter(Outlet::known).isPresent();
    return known || SITE_KIND.matcher(name).find() ? name : null;
  }

  /** The title without its site suffix, so the headline line on the page is found by it. */
  String withoutSiteSuffix(String title) {
    String name = siteSuffix(title);
    if (name == null) {
      return title;
    }
    Matcher m = TITLE_SUFFIX.matcher(title.strip());
    return m.find() ? title.strip().substring(0, m.start()).strip() : title;
  }

  private String titleHint(Page page) {
    return page.raw().metadata().titleOpt().orElse(page.meta().title());
  }

  private Dateline findDateline(Page page, LineRules rules, int title, Body body, String siteName) {
    int first = rules.firstBodyLine(title);
    if (first < 0) {
      return null;
    }
    Span line = page.lines().get(first).span();
    Optional<Span> byline = bylines.find(page.original(), line);
    if (byline.isPresent()) {
      body.remove(byline.get(), RemovalReason.BYLINE);
      if (byline.get().end() < line.end()) {
        return null; // "كتب فلان: نص": the text follows at once
      }
      first = rules.nextBodyLine(first);
      if (first < 0) {
        return null;
      }
      line = page.lines().get(first).span();
    }
    Optional<Dateline> d = datelines.find(page.original(), line, siteName == null ? java.util.List.of() : java.util.List.of(siteName));
    if (d.isEmpty()) {
      d = datelines.wholeLine(page.original(), line); // "أبين - عدن الغد - خاص:" alone on the body's first line
    }
    d.ifPresent(x -> body.remove(x.span(), RemovalReason.DATELINE));
    return d.orElse(null);
  }

  private static void removeInlineUrls(String original, Body body) {
    for (Span p : List.copyOf(body.kept())) {
      if (!mayHoldUrl(original, p)) {
        continue;
      }
      Matcher m = URL.matcher(original).region(p.start(), p.end());
      while (m.find()) {
        body.remove(new Span(m.start(), m.end()), RemovalReason.URL);
      }
    }
  }

  /** False when the span has no "http" or "www." at all: most paragraphs, checked without the regex. */
  private static boolean mayHoldUrl(String original, Span p) {
    return opens(original, p, 'h', "http") || opens(original, p, 'H', "http")
        || opens(original, p, 'w', "www.") || opens(original, p, 'W', "www.");
  }

  /** Whether some {@code first} in the span opens {@code word} (any case), found by the JDK's char search. */
  private static boolean opens(String original, Span p, char first, String word) {
    int last = p.end() - word.length(); // the last index a whole word fits at
    if (last < p.start()) {
      return false;
    }
    for (int i = original.indexOf(first, p.start(), last + 1); i >= 0;
        i = original.indexOf(first, i + 1, last + 1)) {
      if (original.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  private CleanArticle build(Page page, LineRules rules, int title, Dateline dateline, Body body, String siteName) {
    RawArticle raw = page.raw();
    List<String> issues = new ArrayList<>(raw.issues());
    String titleText = titleText(page, title);
    Span titleSpan = title < 0 ? null : page.lines().get(title).span();
    String copyright = rules.copyrightName(page.original(), language.normalizer()::fold);
    Outlet outlet = outlet(raw, page.meta(), rules.footerName(page.original()), dateline, rules.bannerName(),
        copyright, siteName);
    if (outlet.isUnknown()) { // nothing else names the outlet: the dateline's credit may
      outlet = creditOutlet(page.original(), dateline).orElse(outlet);
    }
    Published published = raw.metadata().publishedOpt()
        .or(() -> Optional.ofNullable(page.meta().published()))
        .orElse(rules.datePublished());
    List<Span> paragraphs = body.paragraphs();
    if (paragraphs.isEmpty()) {
      issues.add("no article text left after cleaning");
    }
    String url = raw.metadata().urlOpt().orElse(page.meta().url());
    return new CleanArticle(raw.id(), raw.source(), page.original(), paragraphs, titleText, titleSpan,
        outlet, dateline, published, url, body.removed(), issues);
  }

  /**
   * The outlet a dateline's credit names when the table does not know it and nothing else on the page
   * names one ("بعقوبة - الرافدين نيوز:"), evidence {@code dateline}: a credit with the shape of an
   * outlet's name, or one the text names again ("لـ«حوران اليوم»"). Not a newsroom credit ("وكالات"),
   * a correspondent ("مراسل الموقع") or the name after "من" ("صلالة من فلان الفلاني:"), who is a person.
   */
  private Optional<Outlet> creditOutlet(String original, Dateline d) {
    if (d == null || d.credit().isBlank()) {
      return Optional.empty();
    }
    String credit = d.credit();
    String folded = language.normalizer().fold(credit);
    String firstWord = folded.split("[ \\u00A0]")[0];
    if (language.clutter().isDatelineCredit(folded) || language.clutter().isCorrespondentWord(firstWord)
        || afterMin(d.span().in(original), credit)) {
      return Optional.empty();
    }
    boolean named = datelines.hasOutletShape(credit) || datelines.isName(credit) && namedInText(original, d);
    return named ? Optional.of(outlets.resolveName(credit, "dateline")) : Optional.empty();
  }

  /** Whether the credit follows "من" in the dateline's text: a correspondent's name. */
  private static boolean afterMin(String dateline, String credit) {
    int at = dateline.lastIndexOf(credit);
    return at > 0 && (" " + dateline.substring(0, at).strip()).endsWith(" \u0645\u0646"); // "من"
  }

  /** Whether the text after the dateline names its credit again ("ونقل راديو النيلين عن"). */
  private boolean namedInText(String original, Dateline d) {
    String key = outlets.key(d.credit());
    return key.length() >= 3 && language.normalizer().fold(original.substring(d.span().end())).contains(key);
  }

  /** A copyright line's name that opens with a word of a publisher, a network or a company ("لشبكة", "مؤسسة", "دار"). */
  private static final java.util.regex.Pattern PUBLISHER =
      java.util.regex.Pattern.compile("^(?:ل|لل)?(?:ال)?(?:شبكة|شبكه|مؤسسة|مؤسسه|مجموعة|مجموعه|دار|شركة|شركه)\\s");

  /** "لبوابة الساحل" names "بوابة الساحل": drop the preposition when the table or a prefix says so. */
  private Outlet copyrightOutlet(String name) {
    Optional<Outlet> known = outlets.byName(name, "copyright");
    if (known.isPresent() || name.length() < 4 || name.charAt(0) != '\u0644') {
      return known.orElseGet(() -> outlets.resolveName(name, "copyright"));
    }
    String rest = name.startsWith("\u0644\u0644") ? "\u0627" + name.substring(1) : name.substring(1);
    return outlets.resolveName(rest, "copyright");
  }

  private String titleText(Page page, int title) {
    Optional<String> given = page.raw().metadata().titleOpt();
    if (given.isPresent()) {
      return given.get().strip();
    }
    if (title >= 0) {
      return page.lines().get(title).span().in(page.original());
    }
    return withoutSiteSuffix(page.meta().title());
  }

  /**
   * The outlet by the best evidence: input metadata, page metadata, source footer, URL, dateline
   * credit, banner, copyright line, the site's name at the top of the page (evidence {@code banner}).
   * A known outlet wins over an unknown one.
   */
  private Outlet outlet(RawArticle raw, PageMeta meta, String footer, Dateline dateline, String banner,
      String copyright, String siteName) {
    List<Outlet> found = new ArrayList<>();
    raw.metadata().outletOpt().ifPresent(n -> found.add(outlets.resolveName(n, "metadata")));
    if (meta.outlet() != null) {
      found.add(outlets.resolveName(meta.outlet(), "page_metadata"));
    }
    if (footer != null && !footer.isBlank()) {
      found.add(footerOutlet(footer));
    }
    raw.metadata().urlOpt().or(() -> Optional.ofNullable(meta.url()))
        .flatMap(u -> outlets.resolveUrl(u, "url")).ifPresent(found::add);
    if (dateline != null && !dateline.credit().isBlank()) {
      outlets.byName(dateline.credit(), "dateline").ifPresent(found::add);
    }
    if (banner != null) {
      outlets.byName(banner, "banner").ifPresent(found::add);
    }
    boolean owner = copyright != null && siteName != null && PUBLISHER.matcher(copyright).find()
        && !language.normalizer().fold(copyright).endsWith(language.normalizer().fold(siteName));
    if (owner) { // "جريدة الصباح" above its menu, "جميع الحقوق محفوظة لشبكة الإعلام العراقي": the paper, not its owner
      found.add(outlets.resolveName(siteName, "banner"));
    }
    if (copyright != null) {
      found.add(copyrightOutlet(copyright));
    }
    if (siteName != null && !owner) {
      found.add(outlets.resolveName(siteName, "banner"));
    }
    String suffix = raw.metadata().titleOpt().isPresent() ? null : siteSuffix(meta.title());
    if (suffix != null) {
      found.add(outlets.resolveName(suffix, "page_metadata"));
    }
    return found.stream().filter(Outlet::known).findFirst()
        .orElse(found.isEmpty() ? Outlet.UNKNOWN : found.get(0));
  }
}
