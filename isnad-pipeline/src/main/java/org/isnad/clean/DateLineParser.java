package org.isnad.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.lang.MonthNames;
import org.isnad.model.Published;

/**
 * Recognises a line that only states a date ("نشر في 14 ديسمبر 2025", "2025/12/14 - 10:30"),
 * as pages print their publication date, and parses it. Works on folded lines (ASCII digits).
 * Thread-safe.
 */
final class DateLineParser {

  /** A year may run into the time after it when a page's date and time were two elements: "5/12/202602:30". */
  private static final Pattern NUMERIC =
      Pattern.compile("(?<!\\d)(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-]((?:19|20)\\d{2})(?:(?!\\d)|(?=\\d{1,2}:\\d{2}))");
  private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})(?!\\d)");
  private static final Pattern WORDS =
      Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(?:من\\s+)?(\\p{L}+(?:\\s+\\p{L}+)?)(?:\\s*/\\s*\\p{L}+(?:\\s+\\p{L}+)?)?(?:\\s*,\\s*|\\s+)((?:19|20)\\d{2})(?!\\d)");
  /** A time, with its half of the day and its zone ("10:15 م GST", "11:00 AM GMT"). */
  private static final Pattern TIME = Pattern.compile(
      "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:ص|م|[AaPp][Mm])(?!\\p{L}))?(?:\\s+[A-Za-z]{3,4}(?![\\p{L}\\d]))?");
  private static final int MAX_OTHER_WORDS = 6;
  /** The most words of a date line: two dates, each with its time and label, "نشر في: ... آخر تحديث: ...". */
  private static final int MAX_WORDS = 24;

  /** A Hijri date: day, month name, year of 14xx, with an optional era mark ("9 ذو القعدة 1447 هـ"). */
  private static final Pattern HIJRI =
      Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(\\p{L}+(?:\\s+\\p{L}+)?)\\s+(14\\d{2})(?!\\d)");

  private final MonthNames months;
  private final org.isnad.lang.TimeWords hijriMonths;

  DateLineParser(MonthNames months) {
    this(months, null);
  }

  /** With {@code hijriMonths}, a line that is only a Hijri date gives its Gregorian day (Umm al-Qura). */
  DateLineParser(MonthNames months, org.isnad.lang.TimeWords hijriMonths) {
    this.months = months;
    this.hijriMonths = hijriMonths;
  }

  /** The date of a line that is nothing but a date (with a few words such as "نشر في"), or empty. */
  Optional<Published> parse(Line line) {
    if (line.words() > MAX_WORDS || line.words() > 8 && Line.endsLikeSentence(line.norm())) {
      return Optional.empty();
    }
    String s = line.norm();
    if (!hasAsciiDigit(s)) {
      return Optional.empty(); // every pattern needs a digit ([0-9]): most lines are let go without a regex
    }
    Pattern[] patterns = hijriMonths == null ? WITHOUT_HIJRI : WITH_HIJRI;
    for (Pattern p : patterns) {
      Matcher m = p.matcher(s);
      if (m.find()) {
        Optional<LocalDate> d = date(p, m);
        String rest = TIME.matcher(s.substring(0, m.start()) + " " + s.substring(m.end())).replaceAll(" ");
        if (p != HIJRI) {
          rest = HIJRI.matcher(rest).replaceAll(" "); // "الخميس 9 جمادى الآخرة 1448 هـ - 19 نوفمبر 2026 م": the Gregorian day
        }
        // the date of the last update after the publication's ("نشر في: 05 ديسمبر ,2026 ... آخر تحديث: 05 ديسمبر ,2026")
        rest = withoutDates(rest);
        if (d.isPresent() && Lines.countWords(rest) <= MAX_OTHER_WORDS) {
          return Optional.of(Published.ofDate(d.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** The text without the Gregorian dates in it (each a real day, its month a month's name). */
  private String withoutDates(String s) {
    String rest = s;
    for (Pattern p : WITHOUT_HIJRI) {
      Matcher m = p.matcher(rest);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, date(p, m).isPresent() ? " " : Matcher.quoteReplacement(m.group()));
      }
      m.appendTail(out);
      rest = out.toString();
    }
    return rest;
  }

  private static final Pattern[] WITHOUT_HIJRI = {ISO, NUMERIC, WORDS};
  private static final Pattern[] WITH_HIJRI = {ISO, NUMERIC, WORDS, HIJRI};

  private static boolean hasAsciiDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private Optional<LocalDate> date(Pattern p, Matcher m) {
    try {
      if (p == ISO) {
        return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
      }
      if (p == NUMERIC) {
        return Optional.of(LocalDate.of(num(m, 3), num(m, 2), num(m, 1)));
      }
      if (p == HIJRI) {
        return hijri(m);
      }
      OptionalInt month = month(m.group(2));
      return month.isPresent()
          ? Optional.of(LocalDate.of(num(m, 3), month.getAsInt(), num(m, 1)))
          : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private Optional<LocalDate> hijri(Matcher m) {
    OptionalInt month = hijriMonths.hijriMonth(m.group(2));
    if (month.isEmpty() && m.group(2).contains(" ")) {
      month = hijriMonths.hijriMonth(m.group(2).substring(0, m.group(2).indexOf(' ')));
    }
    if (month.isEmpty()) {
      return Optional.empty();
    }
    var day = java.time.chrono.HijrahChronology.INSTANCE.date(num(m, 3), month.getAsInt(), num(m, 1));
    return Optional.of(LocalDate.from(day));
  }

  private OptionalInt month(String words) {
    OptionalInt m = months.month(words);
    if (m.isEmpty() && words.contains(" ")) {
      m = months.month(words.substring(0, words.indexOf(' ')));
    }
    return m;
  }

  private static int num(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }
}
