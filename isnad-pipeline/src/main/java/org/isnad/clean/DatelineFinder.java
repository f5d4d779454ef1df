package org.isnad.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.lang.Language;
import org.isnad.model.Dateline;
import org.isnad.model.Span;

/**
 * Finds the dateline that opens a body paragraph: one to three words naming a place, an optional
 * agency in parentheses, then a dash or a slash, then optionally a newsroom credit ending in a colon:
 * {@code دمشق –غرفة الأخبار:}, {@code دمشق - }, {@code القاهرة (رويترز) -}, {@code بيروت/ الأناضول:}.
 * A credit is only taken when the language knows it as one or the outlet table knows it, so a
 * sentence that happens to follow a dash is not swallowed. Thread-safe.
 */
final class DatelineFinder {

  private static final Pattern DATELINE = Pattern.compile(
      "^(?<place>[\\p{L}\\p{M}]+(?:[ \\u00A0][\\p{L}\\p{M}]+){0,2})[ \\u00A0]*"
          + "(?:[(](?<agency>[^)\\n]{1,30})[)][ \\u00A0]*)?"
          + "(?<sep>[-\\u2013\\u2014\\u2212]+|/)[ \\u00A0]*"
          + "(?:(?<credit>[\\p{L}\\p{M} ]{2,30}?)[ \\u00A0]*[:\\uFF1A][ \\u00A0]*)?");
  private static final int MAX_PREFIX = 60;

  private final Language language;
  private final OutletTable outlets;

  DatelineFinder(Language language, OutletTable outlets) {
    this.language = language;
    this.outlets = outlets;
  }

  /** The dateline at the start of {@code original[line.span]}, or empty. */
  Optional<Dateline> find(String original, Line line) {
    int start = line.span().start();
    String head = original.substring(start, Math.min(line.span().end(), start + MAX_PREFIX + 40));
    Matcher m = DATELINE.matcher(head);
    if (!m.find() || m.end() >= head.length()) {
      return Optional.empty();
    }
    boolean creditOk = m.group("credit") != null && isCredit(m.group("credit"));
    if (m.group("sep").equals("/") && !creditOk) {
      return Optional.empty();
    }
    int end = creditOk ? m.end() : m.end("sep");
    while (end < head.length() && Character.isWhitespace(head.charAt(end))) {
      end++;
    }
    if (end > MAX_PREFIX || end >= head.length()) {
      return Optional.empty();
    }
    String credit = creditOk ? m.group("credit").strip() : m.group("agency") == null ? "" : m.group("agency").strip();
    Span place = new Span(start + m.start("place"), start + m.end("place"));
    return Optional.of(new Dateline(m.group("place"), place, credit, new Span(start, start + end)));
  }

  private boolean isCredit(String credit) {
    String folded = language.normalizer().fold(credit.strip());
    return language.clutter().isDatelineCredit(folded) || outlets.byName(credit, "dateline").isPresent();
  }
}
