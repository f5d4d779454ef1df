package org.isnad.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.isnad.model.RawArticle;
import org.isnad.model.Rejection;
import org.isnad.model.SourceMetadata;

/** Reads files and folders; see {@link Ingester}. */
final class FileIngester implements Ingester {


  private final IngestConfig config;

  FileIngester(IngestConfig config) {
    this.config = java.util.Objects.requireNonNull(config, "config must not be null");
  }

  @Override
  public IngestResult ingest(List<Path> paths, IntConsumer progress) {
    Batch batch = new Batch();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        walk(p, batch, progress);
      } else {
        readFile(p, batch, true);
        progress.accept(batch.files);
      }
    }
    return new IngestResult(batch.articles, batch.rejected, batch.skipped, batch.files);
  }

  @Override
  public IngestResult read(String source, String contentType, byte[] bytes, SourceMetadata given) {
    java.util.Objects.requireNonNull(source, "source must not be null");
    java.util.Objects.requireNonNull(bytes, "bytes must not be null");
    java.util.Objects.requireNonNull(given, "given must not be null");
    Batch batch = new Batch();
    batch.files = 1;
    InputFormat format = InputFormat.forMediaType(contentType);
    format = format != null ? format : InputFormat.forFileName(source);
    format = format != null ? format : new HtmlFormat();
    try {
      if (bytes.length > config.maxFileBytes()) {
        throw new RejectedInput("document is " + bytes(bytes.length) + ", over the limit of "
            + bytes(config.maxFileBytes()) + " for one input");
      }
      for (InputFormat.Item item : format.read(source, bytes)) {
        accept(item.rejection() == null ? item.withFallback(given) : item, batch);
      }
    } catch (RejectedInput e) {
      batch.rejected.add(new Rejection(source, e.getMessage()));
    } catch (RuntimeException e) {
      batch.rejected.add(new Rejection(source, "unreadable input (" + e.getClass().getSimpleName() + ": "
          + JsonFormat.firstLine(e.getMessage()) + ")"));
    }
    return new IngestResult(batch.articles, batch.rejected, batch.skipped, batch.files);
  }

  private void walk(Path dir, Batch batch, IntConsumer progress) {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).filter(f -> !isHidden(dir, f)).sorted().toList();
    } catch (IOException | RuntimeException e) {
      batch.rejected.add(new Rejection(dir.toString(), "cannot read the folder: " + e.getMessage()));
      return;
    }
    for (Path f : files) {
      readFile(f, batch, false);
      progress.accept(batch.files);
    }
  }

  private static boolean isHidden(Path root, Path f) {
    for (Path part : root.relativize(f)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void readFile(Path file, Batch batch, boolean named) {
    String source = file.toString();
    if (named && !Files.exists(file)) {
      batch.rejected.add(new Rejection(source, "no such file or folder"));
      return;
    }
    InputFormat format = InputFormat.forFileName(file.getFileName() == null ? "" : file.getFileName().toString());
    if (format == null) {
      String reason = "unsupported file type (expected .txt, .html, .htm, .json, .jsonl or .xml feed)";
      (named ? batch.rejected : batch.skipped).add(new Rejection(source, reason));
      return;
    }
    batch.files++;
    try {
      byte[] bytes = readBytes(file);
      for (InputFormat.Item item : format.read(source, bytes)) {
        accept(item, batch);
      }
    } catch (RejectedInput e) {
      batch.rejected.add(new Rejection(source, e.getMessage()));
    } catch (RuntimeException e) {
      // A library failing on hostile input must not take the batch down; the reason still names it.
      batch.rejected.add(new Rejection(source, "unreadable input (" + e.getClass().getSimpleName() + ": "
          + JsonFormat.firstLine(e.getMessage()) + ")"));
    }
  }

  private byte[] readBytes(Path file) throws RejectedInput {
    try {
      long size = Files.size(file);
      if (size > config.maxFileBytes()) {
        throw new RejectedInput("file is " + bytes(size) + ", over the limit of "
            + bytes(config.maxFileBytes()) + " for one input file");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new RejectedInput("no such file or folder");
    } catch (IOException e) {
      throw new RejectedInput("cannot read the file: " + e.getMessage());
    }
  }

  private void accept(InputFormat.Item item, Batch batch) {
    if (item.rejection() != null) {
      batch.rejected.add(new Rejection(item.source(), item.rejection()));
      return;
    }
    if (item.content().length() > config.maxArticleChars()) {
      batch.rejected.add(new Rejection(item.source(), "article is " + chars(item.content().length())
          + " of text, over the limit of " + chars(config.maxArticleChars()) + " for one article"
          + " (raise it with --max-article-mb)"));
      return;
    }
    String hash = item.utf8() == null ? contentHash(item.content()) : contentHash(item.content(), item.utf8());
    String first = batch.seen.putIfAbsent(hash, item.source());
    if (first != null) {
      batch.rejected.add(new Rejection(item.source(), "duplicate: identical content to " + first
          + " (article a" + hash.substring(0, 11) + "), which was analysed once"));
      return;
    }
    batch.articles.add(new RawArticle("a" + hash.substring(0, 11), item.source(), item.type(),
        item.content(), item.metadata(), item.issues()));
  }

  /** SHA-256 of the content with runs of white space folded, so re-saved copies still match. */
  static String contentHash(String content) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      foldUtf8(content, new byte[HASH_CHUNK], md::update);
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }

  /**
   * {@link #contentHash(String)} read from the content's own UTF-8 bytes: the white space the strip
   * drops is measured in bytes, and the runs of ASCII white space are folded byte by byte (no byte
   * of a multi-byte char is ASCII), so no char is encoded again.
   */
  static String contentHash(String content, Utf8 utf8) {
    int start = 0;
    int end = content.length();
    while (start < end && Character.isWhitespace(content.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
      end--;
    }
    byte[] bytes = utf8.bytes();
    int from = utf8.from() + utf8Length(content, 0, start);
    int to = bytes.length - utf8Length(content, end, content.length());
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      int run = from; // bytes[run, i) go to the digest as they are
      boolean inRun = false;
      for (int i = from; i < to; i++) {
        byte b = bytes[i];
        if (b < 0 || b > ' ') {
          inRun = false; // most bytes: a letter, or part of a multi-byte char
          continue;
        }
        boolean space = b == ' ' || b == '\t' || b == '\n' || b == 0x0B || b == '\f' || b == '\r';
        if (!space) {
          inRun = false;
        } else if (b == ' ' && !inRun) {
          inRun = true; // a single space stays as it is
        } else {
          md.update(bytes, run, i - run);
          if (!inRun) {
            md.update((byte) ' ');
          }
          run = i + 1;
          inRun = true;
        }
      }
      md.update(bytes, run, to - run);
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }

  /** The UTF-8 length of {@code s[from, to)}, which holds no surrogate (white space only). */
  private static int utf8Length(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return n;
  }

  /** Bytes hashed at a time: the folded page goes to the digest in pieces, never whole. */
  private static final int HASH_CHUNK = 8192;

  /** Where {@link #foldUtf8} writes its bytes: {@code (buffer, offset, length)}. */
  @FunctionalInterface
  private interface ByteSink {
    void write(byte[] b, int off, int len);
  }

  /**
   * The UTF-8 bytes of {@code foldSpaces(content.strip())}, in one pass without the two strings
   * between: the content of a page is hashed whole, so each copy of it showed in the profile.
   */
  static byte[] foldedUtf8(String content) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    foldUtf8(content, new byte[HASH_CHUNK], out::write);
    return out.toByteArray();
  }

  /** Writes the bytes of {@link #foldedUtf8} to {@code sink}, a buffer's worth at a time. */
  private static void foldUtf8(String content, byte[] buf, ByteSink sink) {
    int start = 0;
    int end = content.length();
    while (start < end && Character.isWhitespace(content.charAt(start))) {
      start++; // no surrogate is white space, so chars decide as code points do
    }
    while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
      end--;
    }
    int limit = buf.length - 4; // room for the longest char
    int n = 0;
    boolean inRun = false;
    for (int i = start; i < end; i++) {
      if (n > limit) {
        sink.write(buf, 0, n);
        n = 0;
      }
      char c = content.charAt(i);
      boolean space = isAsciiSpace(c);
      if (space) {
        if (!inRun) {
          buf[n++] = ' ';
        }
      } else {
        n = encode(content, i, end, buf, n);
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(content.charAt(i + 1))) {
          i++;
        }
      }
      inRun = space;
    }
    sink.write(buf, 0, n);
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Writes the UTF-8 form of the char (or surrogate pair) at {@code s[i]} into {@code out} at
   * {@code n}, a lone surrogate as '?' the way {@link String#getBytes} does; returns the new length.
   */
  private static int encode(String s, int i, int end, byte[] out, int n) {
    char c = s.charAt(i);
    if (c < 0x80) {
      out[n++] = (byte) c;
    } else if (c < 0x800) {
      out[n++] = (byte) (0xC0 | c >> 6);
      out[n++] = (byte) (0x80 | c & 0x3F);
    } else if (!Character.isSurrogate(c)) {
      out[n++] = (byte) (0xE0 | c >> 12);
      out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
      out[n++] = (byte) (0x80 | c & 0x3F);
    } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
      int cp = Character.toCodePoint(c, s.charAt(i + 1));
      out[n++] = (byte) (0xF0 | cp >> 18);
      out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
      out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
      out[n++] = (byte) (0x80 | cp & 0x3F);
    } else {
      out[n++] = '?';
    }
    return n;
  }

  /** Runs of ASCII white space (the regular expression {@code \\s+}) as one space, in one pass. */
  static String foldSpaces(String s) {
    char[] out = new char[s.length()];
    int n = 0;
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = isAsciiSpace(c);
      if (!space) {
        out[n++] = c;
      } else if (!inRun) {
        out[n++] = ' ';
      }
      inRun = space;
    }
    return new String(out, 0, n);
  }

  /** A size in the unit that shows it: bytes, KB or MB. */
  static String bytes(long n) {
    if (n < 10_240) {
      return n + " bytes";
    }
    return n < 10L << 20 ? String.format(Locale.ROOT, "%.1f KB", n / 1024.0)
        : String.format(Locale.ROOT, "%.1f MB", n / 1048576.0);
  }

  /** A length in characters, in millions when large. */
  static String chars(long n) {
    return n < 1_000_000 ? n + " characters" : String.format(Locale.ROOT, "%.1f million characters", n / 1e6);
  }

  /** Mutable state of one call. */
  private static final class Batch {
    final List<RawArticle> articles = new ArrayList<>();
    final List<Rejection> rejected = new ArrayList<>();
    final List<Rejection> skipped = new ArrayList<>();
    final Map<String, String> seen = new HashMap<>();
    int files;
  }
}
