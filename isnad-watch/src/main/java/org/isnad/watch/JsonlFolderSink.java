package org.isnad.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes each page as {@code DIR/<sha-256 of the URL, 16 hex>.jsonl}: one JSON object with {@code
 * url}, {@code outlet}, {@code title}, {@code published}, {@code fetched}, {@code feed}, {@code
 * content_type} and {@code html}, the page decoded with the charset of its Content-Type, else of its
 * {@code <meta>} declaration, else UTF-8. The ingest stage reads these files as it reads any JSON
 * lines. Each file is written atomically (hidden temporary file, then move), so {@code analyze}
 * never sees half a page. Thread-safe.
 */
final class JsonlFolderSink implements PageSink {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private final Path dir;

  JsonlFolderSink(Path dir) {
    this.dir = java.util.Objects.requireNonNull(dir, "dir must not be null");
  }

  @Override
  public void accept(FetchedPage page) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("url", page.url()).put("outlet", page.outlet()).put("title", page.title())
        .put("published", page.published() == null ? null : page.published().toString())
        .put("fetched", page.fetchedAt().toString()).put("feed", page.feedUrl())
        .put("content_type", page.contentType()).put("html", decode(page.body(), page.contentType()));
    byte[] line = (JSON.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
    Files.createDirectories(dir);
    WatchState.writeAtomically(dir.resolve(name(page.url())), line);
  }

  static String name(String url) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8) + ".jsonl";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  static String decode(byte[] body, String contentType) {
    Charset cs = charset(contentType == null ? null : param(contentType));
    if (cs == null) {
      String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      cs = m.find() ? charset(m.group(1)) : null;
    }
    return new String(body, cs == null ? StandardCharsets.UTF_8 : cs);
  }

  private static String param(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        return p.substring(8).replace("\"", "").strip();
      }
    }
    return null;
  }

  private static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
