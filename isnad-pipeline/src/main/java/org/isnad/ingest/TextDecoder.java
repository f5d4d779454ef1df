package org.isnad.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of one input to text. UTF-8 is tried first (with or without a byte-order mark);
 * then the charset the document declares; then ICU's statistical detector, which tells apart the
 * windows-1256 and ISO-8859-6 encodings Arabic sites still serve. A UTF-8 file cut inside its last
 * character is decoded with that character dropped and an issue recorded.
 *
 * <p>Stateless and thread-safe.
 */
final class TextDecoder {

  private static final Pattern DECLARED =
      Pattern.compile("(?i)(?:charset|encoding)\\s*=\\s*[\"']?([a-z0-9_\\-:.]+)");
  private static final int MIN_CONFIDENCE = 20;

  Decoded decode(byte[] bytes) throws RejectedInput {
    if (bytes.length == 0) {
      throw new RejectedInput("empty file (0 bytes)");
    }
    checkNotBinary(bytes);
    int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    Decoded d = tryUtf8(bytes, bom);
    if (d == null) {
      d = decodeLegacy(bytes);
    }
    if (isBlank(d.text())) {
      throw new RejectedInput("empty file (only white space)");
    }
    return d;
  }

  /** Blank by any Unicode notion of space (String.isBlank misses the no-break spaces). */
  static boolean isBlank(String text) {
    return text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF'
        || c == '\u200B' || c == '\u200E' || c == '\u200F');
  }

  /** Whether a charset name is legal and supported (Charset.isSupported throws on illegal names). */
  private static boolean supported(String name) {
    try {
      return Charset.isSupported(name);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void checkNotBinary(byte[] bytes) throws RejectedInput {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new RejectedInput("binary file, not text (it contains NUL bytes)");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    if (control > n / 10) {
      throw new RejectedInput("binary file, not text (" + control + " control bytes in the first " + n + ")");
    }
  }

  private static Decoded tryUtf8(byte[] bytes, int offset) {
    // The JDK's own UTF-8 decoding is much faster than a decoder; it puts U+FFFD for what is
    // malformed, so a text without U+FFFD is exactly what the strict decoder gives.
    String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return new Decoded(fast, "UTF-8", List.of(), new Utf8(bytes, offset));
    }
    try {
      return new Decoded(strict(StandardCharsets.UTF_8, bytes, offset, bytes.length), "UTF-8", List.of());
    } catch (CharacterCodingException e) {
      int cut = incompleteTail(bytes);
      if (cut > 0) {
        try {
          String text = strict(StandardCharsets.UTF_8, bytes, offset, bytes.length - cut);
          return new Decoded(text, "UTF-8", List.of("truncated UTF-8: the file ends inside a character; the last "
              + cut + " byte(s) were dropped"));
        } catch (CharacterCodingException again) {
          return null;
        }
      }
      return null;
    }
  }

  /** How many bytes at the end start a UTF-8 sequence that the file cuts short, or 0. */
  static int incompleteTail(byte[] b) {
    for (int back = 1; back <= 3 && back <= b.length; back++) {
      int x = b[b.length - back] & 0xFF;
      if ((x & 0xC0) == 0x80) {
        continue;
      }
      int need = (x & 0xE0) == 0xC0 ? 2 : (x & 0xF0) == 0xE0 ? 3 : (x & 0xF8) == 0xF0 ? 4 : 0;
      return need > back ? back : 0;
    }
    return 0;
  }

  private static String strict(Charset cs, byte[] b, int from, int to) throws CharacterCodingException {
    CharsetDecoder dec = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = dec.decode(ByteBuffer.wrap(b, from, to - from));
    return out.toString();
  }

  private Decoded decodeLegacy(byte[] bytes) throws RejectedInput {
    String declared = declaredCharset(bytes);
    if (declared != null && !declared.equalsIgnoreCase("utf-8") && supported(declared)) {
      Charset cs = Charset.forName(declared);
      return lenient(cs, bytes, "encoding converted from " + cs.name() + " (declared by the document)");
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    for (CharsetMatch m : detector.detectAll()) {
      if (m.getConfidence() >= MIN_CONFIDENCE && supported(m.getName()) && !m.getName().equals("UTF-8")) {
        Charset cs = Charset.forName(m.getName());
        return lenient(cs, bytes, "encoding converted from " + cs.name().toLowerCase(Locale.ROOT)
            + " (detected, confidence " + m.getConfidence() + "%)");
      }
    }
    throw new RejectedInput("unknown text encoding: not valid UTF-8 and no other encoding could be "
        + "detected; convert the file to UTF-8");
  }

  private static Decoded lenient(Charset cs, byte[] bytes, String issue) {
    String text = new String(bytes, cs);
    List<String> issues = new ArrayList<>();
    issues.add(issue);
    long bad = text.chars().filter(c -> c == '\uFFFD').count();
    if (bad > 0) {
      issues.add(bad + " byte(s) could not be decoded as " + cs.name() + " and were replaced by U+FFFD");
    }
    return new Decoded(text, cs.name(), issues);
  }

  /** The charset an HTML meta tag or XML declaration names in the first 2 KB, or null. */
  static String declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    return m.find() ? m.group(1) : null;
  }
}
