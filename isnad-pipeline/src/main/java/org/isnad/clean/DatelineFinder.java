package org.isnad.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.lang.Language;
import org.isnad.model.Dateline;
import org.isnad.model.Span;

/**
 * Finds the dateline that opens a body paragraph: one to three words naming a place, an optional
 * agency in parentheses, then a dash or a slash, then optionally a newsroom or agency credit and a
 * colon: {@code دمشق –غرفة الأخبار:}, {@code دمشق - }, {@code القاهرة (رويترز) -}, {@code بيروت/
 * الأناضول:}, {@code دمشق-سانا}. A credit after the dash is only taken when the language knows it as
 * one or the outlet table knows it, so the sentence that follows a dash is never swallowed.
 * Thread-safe.
 */
final class DatelineFinder {

  private static final Pattern HEAD = Pattern.compile(
      "^(?<place>[\\p{L}\\p{M}]+(?:[ \\u00A0][\\p{L}\\p{M}]+){0,2})[ \\u00A0]*"
          + "(?:[(](?<agency>[^)\\n]{1,30})[)][ \\u00A0]*)?"
          + "(?<sep>[-\\u2013\\u2014\\u2212]+|/)[ \\u00A0]*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
  private static final int MAX_PREFIX = 60;
  private static final int MAX_CREDIT_WORDS = 3;

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
    Matcher m = HEAD.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    int creditEnd = creditEnd(head, m.end());
    if (m.group("sep").equals("/") && creditEnd < 0) {
      return Optional.empty();
    }
    int end = skipSpaces(head, creditEnd < 0 ? m.end() : creditEnd);
    if (end > MAX_PREFIX || end >= head.length()) {
      return Optional.empty();
    }
    String credit = creditEnd >= 0 ? head.substring(m.end(), creditEnd).replaceAll("[:\\uFF1A]", "").strip()
        : m.group("agency") == null ? "" : m.group("agency").strip();
    Span place = new Span(start + m.start("place"), start + m.end("place"));
    return Optional.of(new Dateline(m.group("place"), place, credit, new Span(start, start + end)));
  }

  /** The end of a known credit of one to three words at {@code from}, with its colon; -1 if none. */
  private int creditEnd(String head, int from) {
    Matcher w = WORD.matcher(head).region(from, head.length());
    int end = -1;
    int wordEnd = from;
    for (int k = 1; k <= MAX_CREDIT_WORDS && w.find() && onlySpaces(head, wordEnd, w.start()); k++) {
      wordEnd = w.end();
      if (isCredit(head.substring(from, wordEnd))) {
        end = wordEnd;
      }
    }
    if (end < 0) {
      return -1;
    }
    int after = skipSpaces(head, end);
    return after < head.length() && (head.charAt(after) == ':' || head.charAt(after) == '\uFF1A') ? after + 1 : end;
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

  private boolean isCredit(String credit) {
    String folded = language.normalizer().fold(credit.strip());
    return language.clutter().isDatelineCredit(folded) || outlets.byName(credit, "dateline").isPresent();
  }
}
