package org.isnad.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.lang.Language;
import org.isnad.model.Span;

/**
 * Finds an author's byline at the start of the body: a byline word of the language ({@code كتب},
 * {@code بقلم}, {@code حوار}, {@code متابعة}), an optional colon or dash ({@code كتب - فلان:}), a name of
 * one to four words, then a colon before the text ({@code كتب فلان الفلاني: تنظم الوزارة ...}) or the end of the line (a line
 * that is only the byline). The name's first word must not carry the article "ال", so a verb with a
 * subject ({@code عرض الوزير خطته: ...}) is not taken for one. Thread-safe.
 */
final class BylineFinder {

  private static final Pattern BYLINE = Pattern.compile(
      "^(?<word>[\\p{L}\\p{M}]+)[ \\u00A0]*[:\\uFF1A\\-\\u2013\\u2014]?[ \\u00A0]*"
          + "(?<name>[\\p{L}\\p{M}]+(?:[ \\u00A0][\\p{L}\\p{M}]+){0,3})[ \\u00A0]*(?<colon>[:\\uFF1A][ \\u00A0]*|$)");
  private static final int MAX_HEAD = 80;

  private final Language language;

  BylineFinder(Language language) {
    this.language = language;
  }

  /** The byline at the start of {@code original[span]}, with the spaces after it, or empty. */
  Optional<Span> find(String original, Span span) {
    String head = original.substring(span.start(), Math.min(span.end(), span.start() + MAX_HEAD));
    boolean wholeLine = span.length() <= MAX_HEAD;
    if (!wholeLine && !DatelineFinder.hasAny(head, ":\uFF1A")) {
      return Optional.empty(); // without a colon only a whole short line can be a byline
    }
    Matcher m = BYLINE.matcher(head);
    if (!m.find() || m.group("colon").isEmpty() && !(wholeLine && m.end() == head.length())) {
      return Optional.empty();
    }
    if (!language.clutter().isBylineWord(language.normalizer().fold(m.group("word")))) {
      return Optional.empty();
    }
    String first = language.normalizer().fold(m.group("name").split("[ \\u00A0]")[0]);
    if (first.startsWith("\u0627\u0644")) { // "ال": a noun with the article, not a given name
      return Optional.empty();
    }
    return Optional.of(new Span(span.start(), span.start() + m.end()));
  }
}
