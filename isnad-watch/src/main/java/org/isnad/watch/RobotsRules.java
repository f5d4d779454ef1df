package org.isnad.watch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of one robots.txt for one crawler, after RFC 9309 (the Robots Exclusion Protocol).
 *
 * <ul>
 *   <li>A group is one or more {@code User-agent} lines followed by rules; the groups naming the
 *       crawler's product token (case-insensitive) apply, merged; if none does, the {@code *}
 *       groups apply; if none of those either, everything is allowed.
 *   <li>{@code Allow} and {@code Disallow} values are path patterns: {@code *} matches any run of
 *       characters, a final {@code $} anchors the end. An empty {@code Disallow} allows all.
 *   <li>The longest matching pattern decides; on a tie {@code Allow} wins; no match allows.
 *   <li>{@code /robots.txt} itself is always allowed. Non-ASCII characters in patterns are compared
 *       in their UTF-8 percent-encoded form, as they appear in URLs (Arabic paths).
 * </ul>
 *
 * Immutable and thread-safe.
 */
final class RobotsRules {

  static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
  static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, 1, Pattern.compile("/"))));

  private record Rule(boolean allow, int length, Pattern pattern) {}

  private final List<Rule> rules;

  private RobotsRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules of {@code text} that apply to the crawler named {@code token}. */
  static RobotsRules parse(String text, String token) {
    String me = token.toLowerCase(Locale.ROOT);
    List<Rule> mine = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
    boolean forMe = false;
    boolean forStar = false;
    boolean inAgents = false;
    for (String raw : text.split("\r\n|\r|\n")) {
      int hash = raw.indexOf('#');
      String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        if (!inAgents) {
          forMe = false;
          forStar = false;
          inAgents = true;
        }
        String agent = agentToken(value);
        forMe |= agent.equals(me);
        forStar |= agent.equals("*");
      } else if (key.equals("allow") || key.equals("disallow")) {
        inAgents = false;
        Rule r = rule(key.equals("allow"), value);
        if (r != null && forMe) {
          mine.add(r);
        }
        if (r != null && forStar) {
          star.add(r);
        }
      }
      // Other records (Sitemap, Crawl-delay, ...) neither end nor start a group.
    }
    return new RobotsRules(!mine.isEmpty() || sawGroup(text, me) ? mine : star);
  }

  /** Whether the crawler may fetch {@code uri}. */
  boolean allowed(URI uri) {
    String path = target(uri);
    if (path.equals("/robots.txt")) {
      return true;
    }
    Rule best = null;
    for (Rule r : rules) {
      if (r.pattern().matcher(path).lookingAt()
          && (best == null || r.length() > best.length() || r.length() == best.length() && r.allow())) {
        best = r;
      }
    }
    return best == null || best.allow();
  }

  /** Path and query as sent on the wire, percent escapes in upper case. */
  static String target(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String q = uri.getRawQuery();
    return upperEscapes(q == null ? path : path + "?" + q);
  }

  /** A group that names us but has no rules still applies (it allows all) and hides the * group. */
  private static boolean sawGroup(String text, String me) {
    for (String raw : text.split("\r\n|\r|\n")) {
      int hash = raw.indexOf('#');
      String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("user-agent")
          && agentToken(line.substring(colon + 1).strip()).equals(me)) {
        return true;
      }
    }
    return false;
  }

  /** "Isnad/0.1 (+url)" and "isnad" both name the product token "isnad". */
  private static String agentToken(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < v.length() && v.charAt(end) != '/' && !Character.isWhitespace(v.charAt(end))) {
      end++;
    }
    return v.substring(0, end);
  }

  private static Rule rule(boolean allow, String value) {
    if (value.isEmpty()) {
      return null;
    }
    String p = upperEscapes(encodeNonAscii(value));
    boolean anchored = p.endsWith("$");
    String body = anchored ? p.substring(0, p.length() - 1) : p;
    StringBuilder re = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : body.toCharArray()) {
      if (c == '*') {
        re.append(Pattern.quote(literal.toString())).append(".*");
        literal.setLength(0);
      } else {
        literal.append(c);
      }
    }
    re.append(Pattern.quote(literal.toString()));
    if (anchored) {
      re.append('$');
    }
    return new Rule(allow, p.length(), Pattern.compile(re.toString(), Pattern.DOTALL));
  }

  private static String encodeNonAscii(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp < 0x80) {
        sb.append((char) cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
        }
      }
    });
    return sb.toString();
  }

  private static String upperEscapes(String s) {
    StringBuilder sb = new StringBuilder(s);
    for (int i = 0; i + 2 < sb.length(); i++) {
      if (sb.charAt(i) == '%') {
        sb.setCharAt(i + 1, Character.toUpperCase(sb.charAt(i + 1)));
        sb.setCharAt(i + 2, Character.toUpperCase(sb.charAt(i + 2)));
      }
    }
    return sb.toString();
  }
}
