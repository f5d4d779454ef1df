package org.isnad.clean;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.ingest.PublishedParser;
import org.isnad.text.TextNormalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Renders an HTML page to its visible text, one block element per line, and records for each line
 * what the page structure says about it (inside a nav, a share widget, a figure caption, outside the
 * article element...). Scripts, styles, forms and media are not text and are dropped before
 * rendering. The rendered text is the article's original: all spans point into it.
 *
 * <p>Stateless and thread-safe (jsoup parses into a new document per call).
 */
final class HtmlRenderer {

  /**
   * What is not text: the elements the selector {@code "script,style,noscript,template,svg,canvas,
   * iframe,form,button,input,select,textarea,object,embed,video,audio,picture source,link,meta,head"}
   * selects, asked with one set look-up per element rather than twenty tag tests.
   */
  private static final Set<String> NOT_TEXT_TAGS = Set.of("script", "style", "noscript", "template", "svg",
      "canvas", "iframe", "form", "button", "input", "select", "textarea", "object", "embed", "video", "audio",
      "link", "meta", "head");
  private static final Evaluator NOT_TEXT = new Evaluator() {
    @Override
    public boolean matches(Element root, Element element) {
      String tag = element.normalName();
      return NOT_TEXT_TAGS.contains(tag) || tag.equals("source") && inPicture(root, element);
    }

    @Override
    public String toString() {
      return "not text";
    }
  };

  /** Whether an ancestor of the element, up to the root, is a picture element ("picture source"). */
  private static boolean inPicture(Element root, Element element) {
    if (element == root) {
      return false;
    }
    for (Element p = element.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("picture")) {
        return true;
      }
      if (p == root) {
        break;
      }
    }
    return false;
  }
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header",
      "footer", "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
      "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "pre", "address", "hr", "body",
      "menu", "time", "caption", "details", "summary");
  private static final Pattern CHROME_CLASS = Pattern.compile(
      "(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|sidebar|widget|footer|masthead|topbar|cookie|popup|"
          + "modal|banner|advert|ads?|promo|newsletter|subscribe|comments?|tags?|author-box|pagination)"
          + "($|[\\s_-])");
  private static final Pattern SHARE_CLASS = Pattern.compile("(share|social|sharing)");
  private static final Pattern RELATED_CLASS = Pattern.compile("(related|recommend|read-?more|more-news|most-read)");
  private static final Pattern EMBED_CLASS = Pattern.compile("(twitter-tweet|instagram-media|tiktok-embed|fb-post)");
  private static final Evaluator ARTICLE_ROOTS = QueryParser.parse(
      "[itemprop=articleBody], article, main, .article-body, .entry-content, .post-content, .story-body");
  private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
  /** A JSON-LD publisher object's name: "publisher": {"@type": "Organization", "name": "..."}. */
  private static final Pattern JSON_LD_PUBLISHER = Pattern.compile(
      "\"publisher\"\\s*:\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");

  private final TextNormalizer normalizer;

  HtmlRenderer(TextNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  /** The rendered page. */
  record Rendered(String text, List<Line> lines, PageMeta meta) {}

  Rendered render(String html) {
    Document doc = Jsoup.parse(html);
    PageMeta meta = meta(doc);
    doc.select(NOT_TEXT).remove();
    Element root = doc.selectFirst(ARTICLE_ROOTS);
    Walker w = new Walker(root);
    w.walk(doc.body() == null ? doc : doc.body(), 0, root == null);
    w.flush();
    String text = w.text.toString();
    return new Rendered(text, w.lines(text), meta);
  }

  /**
   * The page's own metadata, by priority: og:title, twitter:title, the title element; og:site_name,
   * application-name, publisher, a JSON-LD publisher's name; the canonical link, og:url; article:published_time, itemprop
   * datePublished, pubdate, a JSON-LD datePublished, a time element's datetime. One walk over the
   * elements collects the first of each (the first in document order, as a selector would find it).
   */
  private PageMeta meta(Document doc) {
    MetaScan scan = new MetaScan();
    scan.visit(doc);
    java.util.Map<String, String> first = scan.first;
    String jsonLdDate = scan.jsonLdDate;
    String jsonLdPublisher = scan.jsonLdPublisher;
    String title = firstNonBlank(first.get("property=og:title"), first.get("name=twitter:title"));
    title = title != null ? title : firstNonBlank(doc.title()); // the title element only when asked for
    String outlet = firstNonBlank(first.get("property=og:site_name"), first.get("name=application-name"),
        first.get("name=publisher"), jsonLdPublisher);
    String url = firstNonBlank(first.get("rel=canonical"), first.get("property=og:url"));
    String date = firstNonBlank(first.get("property=article:published_time"), first.get("itemprop=datepublished"),
        first.get("name=pubdate"), jsonLdDate, first.get("time"));
    return new PageMeta(title, outlet, url, PublishedParser.parse(date).orElse(null));
  }

  /** The first of each piece of metadata, element by element in document order (as getAllElements lists them). */
  private static final class MetaScan {
    final java.util.Map<String, String> first = new java.util.HashMap<>();
    String jsonLdDate;
    String jsonLdPublisher;

    void visit(Element e) {
      element(e);
      for (int i = 0, n = e.childNodeSize(); i < n; i++) {
        if (e.childNode(i) instanceof Element child) {
          visit(child);
        }
      }
    }

    private void element(Element e) {
      switch (e.normalName()) {
        case "meta" -> {
          String content = e.attr("content");
          first.putIfAbsent("property=" + e.attr("property").strip().toLowerCase(Locale.ROOT), content);
          first.putIfAbsent("name=" + e.attr("name").strip().toLowerCase(Locale.ROOT), content);
          first.putIfAbsent("itemprop=" + e.attr("itemprop").strip().toLowerCase(Locale.ROOT), content);
        }
        case "link" -> first.putIfAbsent("rel=" + e.attr("rel").strip().toLowerCase(Locale.ROOT), e.attr("href"));
        case "time" -> {
          if (e.hasAttr("datetime")) {
            first.putIfAbsent("time", e.attr("datetime"));
          }
        }
        case "script" -> {
          if (jsonLdDate == null && e.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
            Matcher m = JSON_LD_DATE.matcher(e.data());
            jsonLdDate = m.find() ? m.group(1) : null;
            Matcher p = JSON_LD_PUBLISHER.matcher(e.data());
            jsonLdPublisher = jsonLdPublisher == null && p.find() ? p.group(1) : jsonLdPublisher;
          }
        }
        default -> { }
      }
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** Every combination of hints as one immutable set, by bit mask (bit = ordinal): shared, so lines copy nothing. */
  private static final List<Set<Line.Hint>> HINT_SETS = hintSets();

  private static List<Set<Line.Hint>> hintSets() {
    Line.Hint[] all = Line.Hint.values();
    List<Set<Line.Hint>> sets = new ArrayList<>(1 << all.length);
    for (int mask = 0; mask < 1 << all.length; mask++) {
      EnumSet<Line.Hint> h = EnumSet.noneOf(Line.Hint.class);
      for (Line.Hint x : all) {
        if ((mask & bit(x)) != 0) {
          h.add(x);
        }
      }
      sets.add(Set.copyOf(h));
    }
    return List.copyOf(sets);
  }

  private static int bit(Line.Hint h) {
    return 1 << h.ordinal();
  }

  /** Walks the DOM, writing text and cutting lines at block boundaries. Hints are bit masks of {@link Line.Hint}. */
  private final class Walker {
    final StringBuilder text = new StringBuilder();
    /** The lines so far: start, end, hint mask and link chars of each. */
    final List<int[]> pending = new ArrayList<>();
    final Element articleRoot;
    int lineStart;
    int linkChars;
    int lineHints;

    Walker(Element articleRoot) {
      this.articleRoot = articleRoot;
    }

    void walk(Node node, int hints, boolean inArticle) {
      for (int i = 0, n = node.childNodeSize(); i < n; i++) {
        Node child = node.childNode(i);
        if (child instanceof TextNode t) {
          text(t, hints, inArticle);
        } else if (child instanceof Element e) {
          element(e, hints, inArticle);
        }
      }
    }

    private void element(Element e, int hints, boolean inArticle) {
      String tag = e.normalName();
      if (tag.equals("br")) {
        flush();
        return;
      }
      boolean block = BLOCKS.contains(tag);
      int h = hintsOf(e, tag, hints);
      boolean in = inArticle || e == articleRoot;
      if (block) {
        flush();
      }
      if (tag.equals("a")) {
        int before = text.length();
        walk(e, h, in);
        linkChars += text.length() - before;
      } else {
        walk(e, h, in);
      }
      if (block) {
        flush();
      }
    }

    private int hintsOf(Element e, String tag, int inherited) {
      int h = inherited;
      String className = e.className();
      String id = e.id();
      // no class and no id: nothing to match (the common case, without building the string)
      String cls = className.isEmpty() && id.isBlank() ? "" : (className + " " + id).toLowerCase(Locale.ROOT);
      boolean named = !cls.isBlank();
      if (tag.equals("nav") || tag.equals("aside") || tag.equals("menu") || tag.equals("footer")
          || tag.equals("header") && !inArticleElement(e) || named && CHROME_CLASS.matcher(cls).find()) {
        h |= bit(Line.Hint.CHROME);
      }
      if (named) {
        h = classHints(cls, h);
      }
      if (tag.equals("figcaption")) {
        h |= bit(Line.Hint.CAPTION);
      }
      if (tag.equals("p") && !allBold(e)) {
        h |= bit(Line.Hint.PARAGRAPH);
      }
      if (tag.equals("h1")) {
        h |= bit(Line.Hint.TITLE);
      } else if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6') {
        h |= bit(Line.Hint.HEADING);
      }
      return h;
    }

    /**
     * Whether all the text of a paragraph element is in one bold child ({@code <p><strong>نزوح
     * جديد</strong></p>}), as pages print a section heading in a paragraph.
     */
    private static boolean allBold(Element p) {
      if (p.childrenSize() != 1) {
        return false;
      }
      String child = p.child(0).normalName();
      return (child.equals("strong") || child.equals("b")) && p.child(0).text().strip().equals(p.text().strip());
    }

    /** Whether the element or an ancestor is an article element ({@code e.closest("article") != null}). */
    private static boolean inArticleElement(Element e) {
      for (Element el = e; el != null; el = el.parent()) {
        if (el.normalName().equals("article")) {
          return true;
        }
      }
      return false;
    }

    /** The hints an element's class names and id give (share, related, embed). */
    private static int classHints(String cls, int hints) {
      int h = hints;
      if (SHARE_CLASS.matcher(cls).find()) {
        h |= bit(Line.Hint.SHARE);
      }
      if (RELATED_CLASS.matcher(cls).find()) {
        h |= bit(Line.Hint.RELATED);
      }
      if (EMBED_CLASS.matcher(cls).find()) {
        h |= bit(Line.Hint.EMBED);
      }
      return h;
    }

    /**
     * Appends a text node's text with its white space normalised as {@link TextNode#text()} does
     * (jsoup's {@code StringUtil.normaliseWhitespace}), written straight into the page text; a blank
     * text only separates words. Other text nodes (CDATA) keep their own {@code text()}.
     */
    private void text(TextNode t, int hints, boolean inArticle) {
      if (t.getClass() != TextNode.class) {
        append(t.text(), hints, inArticle);
        return;
      }
      int before = text.length();
      if (appendNormalised(t.getWholeText())) {
        text.setLength(before);
        blank();
        return;
      }
      if (before == lineStart) {
        startLine(hints, inArticle);
      }
    }

    /**
     * Appends {@code s} with each run of HTML white space (and no-break space) as one space and the
     * zero-width space and soft hyphen dropped, as jsoup's {@code appendNormalisedWhitespace} does
     * (char by char: no surrogate is white space or invisible); returns whether what was appended is
     * blank by {@link String#isBlank}.
     */
    private boolean appendNormalised(String s) {
      boolean lastWasWhite = false;
      boolean blank = true;
      int from = 0; // the chars since the last change are copied as one run
      for (int i = 0, n = s.length(); i < n; i++) {
        char c = s.charAt(i);
        if (c > '\u00AD' ? c != '\u200B' : c > ' ' && c != '\u00A0' && c != '\u00AD') {
          lastWasWhite = false; // most chars: neither white space nor invisible, asked with one or two tests
          blank = blank && Character.isWhitespace(c);
        } else if (c == ' ' && !lastWasWhite) {
          lastWasWhite = true; // a single space stays as it is
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
          text.append(s, from, i);
          if (!lastWasWhite) {
            text.append(' ');
            lastWasWhite = true;
          }
          from = i + 1;
        } else if (c == '\u200B' || c == '\u00AD') {
          text.append(s, from, i);
          from = i + 1;
        } else {
          lastWasWhite = false;
          blank = blank && Character.isWhitespace(c);
        }
      }
      text.append(s, from, s.length());
      return blank;
    }

    private void append(String s, int hints, boolean inArticle) {
      if (s.isBlank()) {
        blank();
        return;
      }
      if (text.length() == lineStart) {
        startLine(hints, inArticle);
      }
      text.append(s);
    }

    /** A blank text: one space between words of the line, none at its start. */
    private void blank() {
      if (text.length() > lineStart && !Character.isWhitespace(text.charAt(text.length() - 1))) {
        text.append(' ');
      }
    }

    /** The line's hints are those of its first text. */
    private void startLine(int hints, boolean inArticle) {
      lineHints = hints;
      if (articleRoot != null && !inArticle) {
        lineHints |= bit(Line.Hint.OUTSIDE_ARTICLE);
      }
    }

    /**
     * Ends the current line: a blank one is dropped, a line is recorded (as {@link Lines#line}
     * trims it) and made into a {@link Line} once the whole text is written ({@link #lines}).
     */
    void flush() {
      int s = lineStart;
      int e = text.length();
      while (s < e && Lines.isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && Lines.isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        text.setLength(lineStart);
      } else {
        pending.add(new int[] {s, e, lineHints, linkChars});
        text.append('\n');
      }
      lineStart = text.length();
      linkChars = 0;
      lineHints = 0;
    }

    /** The lines of the finished text, normalised from the final string. */
    List<Line> lines(String finished) {
      List<Line> lines = new ArrayList<>(pending.size());
      for (int[] p : pending) {
        lines.add(Lines.line(finished, p[0], p[1], HINT_SETS.get(p[2]), p[3], normalizer));
      }
      return lines;
    }
  }
}
