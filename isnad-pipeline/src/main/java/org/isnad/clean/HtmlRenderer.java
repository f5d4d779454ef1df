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

  private static final Evaluator NOT_TEXT = QueryParser.parse(
      "script,style,noscript,template,svg,canvas,iframe,form,button,input,select,textarea,object,"
          + "embed,video,audio,picture source,link,meta,head");
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
    w.walk(doc.body() == null ? doc : doc.body(), EnumSet.noneOf(Line.Hint.class), root == null);
    w.flush();
    return new Rendered(w.text.toString(), w.lines, meta);
  }

  /**
   * The page's own metadata, by priority: og:title, twitter:title, the title element; og:site_name,
   * application-name, publisher, a JSON-LD publisher's name; the canonical link, og:url; article:published_time, itemprop
   * datePublished, pubdate, a JSON-LD datePublished, a time element's datetime. One walk over the
   * elements collects the first of each (the first in document order, as a selector would find it).
   */
  private PageMeta meta(Document doc) {
    java.util.Map<String, String> first = new java.util.HashMap<>();
    String jsonLdDate = null;
    String jsonLdPublisher = null;
    for (Element e : doc.getAllElements()) {
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
    String title = firstNonBlank(first.get("property=og:title"), first.get("name=twitter:title"), doc.title());
    String outlet = firstNonBlank(first.get("property=og:site_name"), first.get("name=application-name"),
        first.get("name=publisher"), jsonLdPublisher);
    String url = firstNonBlank(first.get("rel=canonical"), first.get("property=og:url"));
    String date = firstNonBlank(first.get("property=article:published_time"), first.get("itemprop=datepublished"),
        first.get("name=pubdate"), jsonLdDate, first.get("time"));
    return new PageMeta(title, outlet, url, PublishedParser.parse(date).orElse(null));
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** Walks the DOM, writing text and cutting lines at block boundaries. */
  private final class Walker {
    final StringBuilder text = new StringBuilder();
    final List<Line> lines = new ArrayList<>();
    final Element articleRoot;
    int lineStart;
    int linkChars;
    Set<Line.Hint> lineHints = EnumSet.noneOf(Line.Hint.class);

    Walker(Element articleRoot) {
      this.articleRoot = articleRoot;
    }

    void walk(Node node, Set<Line.Hint> hints, boolean inArticle) {
      for (Node child : node.childNodes()) {
        if (child instanceof TextNode t) {
          append(t.text(), hints, inArticle);
        } else if (child instanceof Element e) {
          element(e, hints, inArticle);
        }
      }
    }

    private void element(Element e, Set<Line.Hint> hints, boolean inArticle) {
      String tag = e.normalName();
      if (tag.equals("br")) {
        flush();
        return;
      }
      boolean block = BLOCKS.contains(tag);
      Set<Line.Hint> h = hintsOf(e, hints);
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

    private Set<Line.Hint> hintsOf(Element e, Set<Line.Hint> inherited) {
      EnumSet<Line.Hint> h = inherited.isEmpty() ? EnumSet.noneOf(Line.Hint.class) : EnumSet.copyOf(inherited);
      String tag = e.normalName();
      String cls = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      boolean named = !cls.isBlank();
      if (tag.equals("nav") || tag.equals("aside") || tag.equals("menu") || tag.equals("footer")
          || tag.equals("header") && e.closest("article") == null || named && CHROME_CLASS.matcher(cls).find()) {
        h.add(Line.Hint.CHROME);
      }
      if (named) {
        classHints(cls, h);
      }
      if (tag.equals("figcaption")) {
        h.add(Line.Hint.CAPTION);
      }
      if (tag.equals("h1")) {
        h.add(Line.Hint.TITLE);
      } else if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6') {
        h.add(Line.Hint.HEADING);
      }
      return h;
    }

    /** The hints an element's class names and id give (share, related, embed). */
    private static void classHints(String cls, Set<Line.Hint> h) {
      if (SHARE_CLASS.matcher(cls).find()) {
        h.add(Line.Hint.SHARE);
      }
      if (RELATED_CLASS.matcher(cls).find()) {
        h.add(Line.Hint.RELATED);
      }
      if (EMBED_CLASS.matcher(cls).find()) {
        h.add(Line.Hint.EMBED);
      }
    }

    private void append(String s, Set<Line.Hint> hints, boolean inArticle) {
      if (s.isBlank()) {
        if (text.length() > lineStart && !Character.isWhitespace(text.charAt(text.length() - 1))) {
          text.append(' ');
        }
        return;
      }
      if (text.length() == lineStart) {
        lineHints = EnumSet.noneOf(Line.Hint.class);
        lineHints.addAll(hints);
        if (articleRoot != null && !inArticle) {
          lineHints.add(Line.Hint.OUTSIDE_ARTICLE);
        }
      }
      text.append(s);
    }

    void flush() {
      Line l = Lines.line(text, lineStart, text.length(), lineHints, linkChars, normalizer);
      if (l == null) {
        text.setLength(lineStart);
      } else {
        lines.add(l);
        text.append('\n');
      }
      lineStart = text.length();
      linkChars = 0;
      lineHints = EnumSet.noneOf(Line.Hint.class);
    }
  }
}
