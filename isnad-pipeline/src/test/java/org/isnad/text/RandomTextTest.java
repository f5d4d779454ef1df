package org.isnad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Sentence;
import org.isnad.model.Span;
import org.isnad.model.Token;
import org.junit.jupiter.api.Test;

/**
 * Seeded random text through the normaliser and the text stage, in the manner of Lucene's {@code
 * checkRandomData}: Arabic letters, diacritics, tatweel, three digit sets, presentation forms,
 * emoji, bidi controls, white space and punctuation. A failure names the seed and prints the input
 * escaped; {@code randomText(new Random(seed))} rebuilds it.
 */
class RandomTextTest {

  private static final long BASE_SEED = 0x15AD_2025L;
  private static final int ITERATIONS = 20;
  private static final int MAX_LENGTH = 120;

  private static final TextNormalizer NORMALIZER = Language.arabic().normalizer();
  private static final TextAnalyzer ANALYZER = TextAnalyzer.create(Language.arabic());

  /** Code point ranges to draw from, inclusive; a range is picked first, then a code point in it. */
  private static final int[][] RANGES = {
    {0x0621, 0x064A}, {0x0621, 0x064A}, {0x0621, 0x064A}, {0x0671, 0x06D3}, // letters
    {0x064B, 0x0652}, {0x0670, 0x0670}, {0x06D6, 0x06ED}, // diacritics, Quranic marks
    {0x0640, 0x0640}, // tatweel
    {'0', '9'}, {0x0660, 0x0669}, {0x06F0, 0x06F9}, // three digit sets
    {0xFB50, 0xFDFF}, {0xFE70, 0xFEFC}, // presentation forms
    {0x1F300, 0x1F64F}, // emoji: surrogate pairs
    {'A', 'Z'}, {'a', 'z'},
  };
  private static final String BIDI =
      "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C\uFEFF";
  private static final String SPACE = "  \n\t\u00A0\u202F\u2009";
  private static final String PUNCTUATION = ".،؛؟!«»“”‘’-–—:,()%٪٫٬\"";

  static String randomText(Random random) {
    int length = random.nextInt(MAX_LENGTH);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      int pick = random.nextInt(RANGES.length + 6);
      if (pick < RANGES.length) {
        int[] r = RANGES[pick];
        sb.appendCodePoint(r[0] + random.nextInt(r[1] - r[0] + 1));
      } else {
        String set = pick < RANGES.length + 1 ? BIDI : pick < RANGES.length + 4 ? SPACE : PUNCTUATION;
        sb.append(set.charAt(random.nextInt(set.length())));
      }
    }
    return sb.toString();
  }

  /** {@code text} with every char outside printable ASCII as {@code \\uXXXX}. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder();
    for (char c : text.toCharArray()) {
      sb.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return sb.toString();
  }

  private static String describe(long seed, String input) {
    return "seed " + seed + ", input \"" + escape(input) + "\"";
  }

  @Test
  void normaliserNeverThrowsAndItsAlignmentIsValid() {
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = BASE_SEED + i;
      String input = randomText(new Random(seed));
      String what = describe(seed, input);
      assertThatCode(() -> NORMALIZER.normalize(input)).as(what).doesNotThrowAnyException();
      assertValidAlignment(NORMALIZER.normalize(input), input, what);
    }
  }

  private static void assertValidAlignment(AlignedText a, String input, String what) {
    int previous = 0;
    for (int i = 0; i < a.normalized().length(); i++) {
      int o = a.originalIndex(i);
      assertThat(o).as("%s: char %d", what, i).isBetween(previous, input.length() - 1);
      // The normalised char must come from the original char it is aligned with.
      String fromThatChar = NORMALIZER.fold(input.substring(o, o + 1));
      assertThat(fromThatChar).as("%s: char %d", what, i).contains(a.normalized().substring(i, i + 1));
      previous = o;
    }
  }

  @Test
  void normaliserIsIdempotent() {
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = BASE_SEED + 1000 + i;
      String input = randomText(new Random(seed));
      String once = NORMALIZER.fold(input);
      assertThat(NORMALIZER.fold(once)).as(describe(seed, input)).isEqualTo(once);
    }
  }

  @Test
  void normalisingASubRangeIsNormalisingItsText() {
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = BASE_SEED + 2000 + i;
      Random random = new Random(seed);
      String input = randomText(random);
      int start = random.nextInt(input.length() + 1);
      int end = start + random.nextInt(input.length() - start + 1);
      AlignedText a = NORMALIZER.normalize(input, start, end);
      String what = describe(seed, input) + " [" + start + ", " + end + ")";
      assertThat(a.normalized()).as(what).isEqualTo(NORMALIZER.fold(input.substring(start, end)));
      assertThat(new Span(start, end).contains(a.toOriginal(0, a.normalized().length()))).as(what)
          .isTrue();
    }
  }

  @Test
  void analyzerNeverThrowsAndItsSpansAreInsideParagraphs() {
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = BASE_SEED + 3000 + i;
      String input = randomText(new Random(seed));
      String what = describe(seed, input);
      CleanArticle article = TextAnalyzerTest.article(input, lines(input));
      assertThatCode(() -> ANALYZER.analyze(article)).as(what).doesNotThrowAnyException();
      assertValidSpans(ANALYZER.analyze(article), what);
    }
  }

  /** The lines of {@code text} as paragraphs, as the cleaning stage gives plain text. */
  private static List<Span> lines(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; start = nl + 1, nl = text.indexOf('\n', start)) {
      out.add(new Span(start, nl));
    }
    out.add(new Span(start, text.length()));
    return out;
  }

  private static void assertValidSpans(AnalysedArticle a, String what) {
    List<Span> paragraphs = a.clean().paragraphs();
    assertThat(a.tokens()).extracting(Token::span).as(what).isSorted()
        .allMatch(s -> paragraphs.stream().anyMatch(p -> p.contains(s)));
    assertThat(a.tokens()).as(what).allMatch(t -> !t.norm().isEmpty() && !t.key().isEmpty());
    int next = 0;
    for (Sentence s : a.sentences()) {
      assertThat(paragraphs).as("%s: %s", what, s).anyMatch(p -> p.contains(s.span()));
      assertThat(s.firstToken()).as("%s: %s", what, s).isEqualTo(next);
      assertThat(a.tokensOf(s)).as("%s: %s", what, s).allMatch(t -> s.span().contains(t.span()));
      next += s.tokenCount();
    }
    assertThat(next).as(what).isEqualTo(a.tokens().size());
  }
}
