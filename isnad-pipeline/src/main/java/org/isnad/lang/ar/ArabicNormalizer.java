package org.isnad.lang.ar;

import java.text.Normalizer;
import org.isnad.text.AlignedText;
import org.isnad.text.TextNormalizer;

/**
 * Folds Arabic text for matching, keeping an alignment to the original chars.
 *
 * <p>Rules, applied char by char:
 *
 * <ul>
 *   <li>alef with hamza above or below, alef with madda, alef wasla → bare alef ({@code أ إ آ ٱ → ا})
 *   <li>waw with hamza → waw ({@code ؤ → و}); yeh with hamza → yeh ({@code ئ → ي})
 *   <li>alef maksura and Farsi yeh → yeh ({@code ى ی → ي}); keheh → kaf ({@code ک → ك})
 *   <li>teh marbuta → heh ({@code ة → ه})
 *   <li>diacritics (fathatan … sukun, shadda, superscript alef, Quranic marks) and tatweel → removed
 *   <li>Arabic-Indic and Persian digits → ASCII digits; Arabic decimal and thousands separators,
 *       comma, semicolon, question mark and percent sign → their ASCII forms
 *   <li>typographic quotes and dashes → ASCII {@code "} {@code '} {@code -}; exotic spaces → space;
 *       zero-width and bidi controls → removed
 *   <li>presentation forms (ligatures and contextual shapes) → their NFKC letters, then the rules
 *       above; a ligature of several words (ﷺ) and a form NFKC keeps (﴾ ﴿) stay as they are
 *   <li>Latin letters → lower case
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class ArabicNormalizer implements TextNormalizer {

  static final char ALEF = '\u0627';
  static final char ALEF_MADDA = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_WASLA = '\u0671';
  static final char WAW = '\u0648';
  static final char WAW_HAMZA = '\u0624';
  static final char YEH = '\u064A';
  static final char YEH_HAMZA = '\u0626';
  static final char ALEF_MAKSURA = '\u0649';
  static final char FARSI_YEH = '\u06CC';
  static final char KAF = '\u0643';
  static final char KEHEH = '\u06A9';
  static final char TEH_MARBUTA = '\u0629';
  static final char HEH = '\u0647';
  static final char TATWEEL = '\u0640';
  static final char SUPERSCRIPT_ALEF = '\u0670';
  static final char ARABIC_COMMA = '\u060C';
  static final char ARABIC_SEMICOLON = '\u061B';
  static final char ARABIC_QUESTION_MARK = '\u061F';
  static final char ARABIC_PERCENT = '\u066A';
  static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

  /** The shared instance. */
  public static final ArabicNormalizer INSTANCE = new ArabicNormalizer();

  private ArabicNormalizer() {}

  @Override
  public AlignedText normalize(CharSequence text, int start, int end) {
    Folded f = new Folded(text, start, end, true);
    return AlignedText.adopt(new String(f.out, 0, f.n), java.util.Arrays.copyOf(f.map, f.n), end);
  }

  /** {@link #normalize} without building the alignment the caller does not need. */
  @Override
  public String normalizedText(CharSequence text, int start, int end) {
    Folded f = new Folded(text, start, end, false);
    return new String(f.out, 0, f.n);
  }

  /** The folded chars of {@code text[start, end)} and, when asked, the original index of each. */
  private static final class Folded {
    char[] out;
    int[] map;
    int n;

    Folded(CharSequence text, int start, int end, boolean align) {
      java.util.Objects.requireNonNull(text, "text must not be null");
      char[] in = chars(text, start, end);
      out = new char[in.length + 8];
      map = align ? new int[out.length] : null;
      for (int k = 0; k < in.length; k++) {
        char f = fold(in[k]);
        if (f < EXPAND) { // neither DROP nor EXPAND: most chars
          add(f, start + k);
        } else if (f == EXPAND) {
          addExpanded(in[k], start + k);
        }
      }
    }

    /**
     * The chars of {@code text[start, end)} in one array: read through {@link CharSequence#charAt}
     * one by one, a string checked every index and copied nothing, which was most of this fold.
     */
    private static char[] chars(CharSequence text, int start, int end) {
      char[] in = new char[Math.max(0, end - start)];
      if (text instanceof String s && start >= 0 && end <= s.length() && in.length > 0) {
        s.getChars(start, end, in, 0);
      } else {
        for (int i = start; i < end; i++) {
          in[i - start] = text.charAt(i);
        }
      }
      return in;
    }

    /** Adds the folded chars of the NFKC expansion of {@code c}, a presentation form at {@code from}. */
    private void addExpanded(char c, int from) {
      for (char e : expand(c).toCharArray()) {
        char g = fold(e);
        if (g != DROP && g != EXPAND) {
          add(g, from);
        }
      }
    }

    private void add(char c, int from) {
      if (n == out.length) {
        out = java.util.Arrays.copyOf(out, n * 2);
        map = map == null ? null : java.util.Arrays.copyOf(map, n * 2);
      }
      if (map != null) {
        map[n] = from;
      }
      out[n++] = c;
    }
  }

  /** Marks a char that is removed. */
  static final char DROP = '\uFFFF';

  /** Marks a char that expands through NFKC (presentation forms). */
  static final char EXPAND = '\uFFFE';

  /** Folded forms of the chars below U+0700 (Latin-1 and the Arabic block), computed once. */
  private static final char[] TABLE = new char[0x0700];

  static {
    for (char c = 0; c < TABLE.length; c++) {
      TABLE[c] = computeFold(c);
    }
  }

  /** The folded form of one char, {@link #DROP} or {@link #EXPAND}. */
  static char fold(char c) {
    return c < TABLE.length ? TABLE[c] : computeFold(c);
  }

  private static char computeFold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (c >= '\u064B' && c <= '\u065F' || c == SUPERSCRIPT_ALEF || c == TATWEEL) {
      return DROP;
    }
    if (c >= '\u06D6' && c <= '\u06ED' && c != '\u06E5' && c != '\u06E6') {
      return DROP;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    if (c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFE') {
      // Ligatures of whole phrases (ﷺ, ﷻ, ﷽) stay one symbol: expanded, their words would share
      // one original char and overlap.
      String e = expand(c);
      return e.indexOf(' ') >= 0 || e.length() == 1 && e.charAt(0) == c ? c : EXPAND;
    }
    return foldOther(c);
  }

  private static char foldOther(char c) {
    return switch (c) {
      case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA, '\u0672', '\u0673' -> ALEF;
      case WAW_HAMZA -> WAW;
      case YEH_HAMZA, ALEF_MAKSURA, FARSI_YEH -> YEH;
      case KEHEH -> KAF;
      case TEH_MARBUTA -> HEH;
      case ARABIC_COMMA, ARABIC_THOUSANDS_SEPARATOR -> ',';
      case ARABIC_SEMICOLON -> ';';
      case ARABIC_QUESTION_MARK -> '?';
      case ARABIC_PERCENT -> '%';
      case ARABIC_DECIMAL_SEPARATOR -> '.';
      case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2039', '\u203A', '\u2033' -> '"';
      case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
          '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000' -> ' ';
      case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u00AD', '\u202A', '\u202B',
          '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF' -> DROP;
      default -> Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
    };
  }

  /** Folds without building an alignment: the fast path for short strings (words, names). */
  @Override
  public String fold(CharSequence text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = fold(c);
      if (f != c && out == null) {
        out = new StringBuilder(text.length());
        out.append(text, 0, i);
      }
      if (out == null) {
        continue;
      }
      if (f == EXPAND) {
        out.append(fold(expand(c)));
      } else if (f != DROP) {
        out.append(f);
      }
    }
    return out == null ? text.toString() : out.toString();
  }

  private static String expand(char c) {
    return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
  }

  @Override
  public String toString() {
    return "ArabicNormalizer";
  }

}
