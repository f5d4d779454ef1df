package org.isnad.ingest;

import java.util.List;
import java.util.Locale;
import org.isnad.model.MediaType;
import org.isnad.model.SourceMetadata;

/** One file format: turns decoded file content into article items. Stateless. */
interface InputFormat {

  /** One article found in a file, or the reason an item of the file could not be read. */
  record Item(String source, MediaType type, String content, SourceMetadata metadata, List<String> issues,
      String rejection, Utf8 utf8) {

    static Item article(String source, MediaType type, String content, SourceMetadata meta, List<String> issues) {
      return new Item(source, type, content, meta, List.copyOf(issues), null, null);
    }

    /** A whole decoded file as one article, with the file's UTF-8 bytes when they are its content's. */
    static Item article(String source, MediaType type, Decoded d, List<String> issues) {
      return new Item(source, type, d.text(), SourceMetadata.NONE, List.copyOf(issues), null, d.utf8());
    }

    /** This item with the fields its document left empty taken from {@code given}. */
    Item withFallback(SourceMetadata given) {
      SourceMetadata m = metadata;
      SourceMetadata merged = new SourceMetadata(
          m.titleOpt().orElse(given.title()), m.urlOpt().orElse(given.url()),
          m.outletOpt().orElse(given.outlet()), m.publishedOpt().orElse(given.published()));
      return new Item(source, type, content, merged, issues, rejection, utf8);
    }

    static Item rejected(String source, String reason) {
      return new Item(source, MediaType.TEXT, "", SourceMetadata.NONE, List.of(), reason, null);
    }
  }

  /**
   * Reads the items of one file.
   *
   * @param source the file's name as reported
   * @param bytes its content
   * @throws RejectedInput when the file as a whole cannot be read
   */
  List<Item> read(String source, byte[] bytes) throws RejectedInput;

  /** The format for an HTTP media type ("text/html; charset=utf-8"), or null when it says nothing usable. */
  static InputFormat forMediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    String t = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
    if (t.equals("text/html") || t.equals("application/xhtml+xml")) {
      return new HtmlFormat();
    }
    if (t.endsWith("json") || t.equals("application/x-ndjson")) {
      return new JsonFormat();
    }
    if (t.endsWith("xml")) {
      return new FeedFormat();
    }
    return t.equals("text/plain") ? new TextFormat() : null;
  }

  /** The format for a file name's extension, or null when the type is not supported. */
  static InputFormat forFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    return switch (ext) {
      case "txt", "text" -> new TextFormat();
      case "html", "htm", "xhtml" -> new HtmlFormat();
      case "json", "jsonl", "ndjson" -> new JsonFormat();
      case "xml", "rss", "atom" -> new FeedFormat();
      default -> null;
    };
  }
}
