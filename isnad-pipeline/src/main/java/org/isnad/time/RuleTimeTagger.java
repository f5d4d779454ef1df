package org.isnad.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Sentence;
import org.isnad.model.Span;
import org.isnad.model.TimeMention;
import org.isnad.time.Grammar.Match;
import org.isnad.time.Resolver.Resolution;

/** The rule-based {@link TimeTagger}: {@link Grammar} per sentence, then {@link Resolver}. */
final class RuleTimeTagger implements TimeTagger {

  /** A match with where it is. */
  record Found(Span span, Expr expr) {}

  private final Language language;
  /** What {@link #find} gave for recent articles: the pipeline asks about most articles twice or more. */
  private final FoundMemo memo = new FoundMemo();

  RuleTimeTagger(Language language) {
    this.language = requireNonNull(language, "language must not be null");
  }

  @Override
  public List<TimeMention> tag(AnalysedArticle article, LocalDate reference) {
    requireNonNull(article, "article must not be null");
    return resolve(article, memo.get(article, this::find), reference);
  }

  @Override
  public List<TimeMention> tagUndated(AnalysedArticle article, LocalDate notAfter) {
    requireNonNull(article, "article must not be null");
    requireNonNull(notAfter, "notAfter must not be null");
    List<Found> found = memo.get(article, this::find);
    return resolve(article, found, Inference.infer(found, notAfter).orElse(null));
  }

  private static List<TimeMention> resolve(AnalysedArticle article, List<Found> found, LocalDate reference) {
    String original = article.clean().original();
    List<TimeMention> out = new ArrayList<>();
    for (Found f : found) {
      Resolution r = Resolver.resolve(f.expr(), reference);
      if (r != null) {
        out.add(new TimeMention(f.span(), f.span().in(original), r.type(), r.value(), r.mod(),
            r.start(), r.end(), r.precision(), r.anchored()));
      }
    }
    return out;
  }

  @Override
  public Optional<LocalDate> inferReference(AnalysedArticle article, LocalDate notAfter) {
    requireNonNull(article, "article must not be null");
    requireNonNull(notAfter, "notAfter must not be null");
    return Inference.infer(memo.get(article, this::find), notAfter);
  }

  @Override
  public Optional<LocalDate> weekdayReference(AnalysedArticle article, LocalDate around) {
    requireNonNull(article, "article must not be null");
    requireNonNull(around, "around must not be null");
    return Inference.byWeekday(memo.get(article, this::find), around);
  }

  /** Every expression of the body, left to right, the longest at each start. */
  List<Found> find(AnalysedArticle article) {
    String original = article.clean().original();
    List<Found> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      Words w = new Words(original, article.tokensOf(s), language);
      int i = 0;
      while (i < w.size()) {
        Match m = mayStart(w, i) ? Grammar.match(w, i) : null;
        if (m == null) {
          i++;
          continue;
        }
        int end = w.token(m.to() - 1).span().end();
        Span span = Span.of(start(original, w, m.from()), end);
        if (!inAName(article, span)) {
          out.add(new Found(span, m.expr()));
        }
        i = m.to();
      }
    }
    return out;
  }

  /**
   * True when the expression is a word of a name, no time: inside an organisation's name ("المصري
   * اليوم", "روسيا اليوم") or closing a short name in quotation marks ("لـ«حوران اليوم»").
   */
  private static boolean inAName(AnalysedArticle article, Span span) {
    for (org.isnad.model.EntityMention m : article.entities()) {
      if (m.type() == org.isnad.model.EntityType.ORG && m.span().start() < span.start() && m.span().contains(span)) {
        return true;
      }
    }
    return quotedNameEnd(article.clean().original(), span);
  }

  /** The most words a quoted name may have: "«حوران اليوم»", "«شبكة شام اليوم»". */
  private static final int NAME_WORDS = 3;

  /** Whether the span closes a name of a few words in quotation marks, after at least one word of it. */
  private static boolean quotedNameEnd(String text, Span span) {
    if (span.end() >= text.length() || "»\"”".indexOf(text.charAt(span.end())) < 0) {
      return false;
    }
    for (int k = span.start() - 1; k >= 0 && k >= span.start() - NAME_CHARS; k--) {
      char c = text.charAt(k);
      if ("«\"“".indexOf(c) >= 0) {
        String before = text.substring(k + 1, span.start()).strip();
        return !before.isEmpty() && before.split("\\s+").length + span.in(text).split("\\s+").length <= NAME_WORDS
            && MEDIUM_BEFORE.matcher(text.substring(Math.max(0, k - NAME_CHARS), k)).find();
      }
      if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return false;
  }

  /**
   * What stands before a medium's quoted name: "ل" or "لـ" ("لـ«حوران اليوم»"), or a noun of a medium
   * ("صحيفة «المصري اليوم»"); not a quoted statement ("وقال «سنرد اليوم»").
   */
  private static final java.util.regex.Pattern MEDIUM_BEFORE = java.util.regex.Pattern.compile(
      "(?:(?:^|\\s)[وف]?لـ?|(?:صحيفة|جريدة|قناة|موقع|شبكة|وكالة|إذاعة|راديو|مجلة|برنامج|تلفزيون)\\s*)$");

  /** How far before a time word the quotation mark opening its name may stand. */
  private static final int NAME_CHARS = 40;

  /**
   * True when an expression may start at token {@code i}: every rule of the grammar starts with a
   * temporal word, a number or a month name, so other tokens (most of them) are skipped at once.
   */
  private static boolean mayStart(Words w, int i) {
    return w.role(i) != null || w.number(i) != null || w.month(i) != null || w.hijriMonth(i) != null;
  }

  /**
   * Where a match starts: after the attached conjunction or preposition of its first word ("والعام"
   * starts at "العام"), or at an opening parenthesis right before it.
   */
  private int start(String original, Words w, int from) {
    int s = w.token(from).span().start();
    int clitics = language.time().clitics(w.norm(from));
    for (int seen = 0; seen < clitics; s++) {
      if (Character.isLetter(original.charAt(s))) {
        seen++;
      }
    }
    while (clitics > 0 && !Character.isLetter(original.charAt(s))) {
      s++; // a diacritic on the conjunction
    }
    return s > 0 && original.charAt(s - 1) == '(' ? s - 1 : s;
  }
}
