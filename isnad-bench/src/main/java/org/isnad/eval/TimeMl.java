package org.isnad.eval;

import java.util.regex.Pattern;

/** Reading TimeML documents: their plain text. */
final class TimeMl {

  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  private TimeMl() {}

  /** The document's text without markup, declaration or byte-order mark. */
  static String plainText(String xml) {
    String body = xml.replaceAll("(?s)<\\?xml.*?\\?>", "").replaceAll("(?s)<!DOCTYPE[^>]*>", "");
    return TAG.matcher(body).replaceAll("").replace("\uFEFF", "").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&").strip();
  }
}
