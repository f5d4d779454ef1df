package org.isnad.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.model.Span;

/** Reading TimeML documents: their plain text, and their TIMEX3 annotations with offsets. */
final class TimeMl {

  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  /** A gold temporal expression: its span in {@link Doc#text}, type, value and mod (or null). */
  record Timex(Span span, String type, String value, String mod) {}

  /** A document's text (markup removed, nothing else changed) and its expressions. */
  record Doc(String text, List<Timex> timexes) {}

  private TimeMl() {}

  /** The document's text without markup, declaration or byte-order mark. */
  static String plainText(String xml) {
    String body = xml.replaceAll("(?s)<\\?xml.*?\\?>", "").replaceAll("(?s)<!DOCTYPE[^>]*>", "");
    return TAG.matcher(body).replaceAll("").replace("\uFEFF", "").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&").strip();
  }

  /** The text inside the root element and the TIMEX3 annotations, with offsets into that text. */
  static Doc read(String xml) {
    String body = xml.replaceAll("(?s)<\\?xml.*?\\?>", "").replaceAll("(?s)<!DOCTYPE[^>]*>", "");
    StringBuilder text = new StringBuilder();
    List<Timex> timexes = new ArrayList<>();
    Map<String, String> open = null;
    int openAt = 0;
    Matcher m = TAG.matcher(body);
    int last = 0;
    while (m.find()) {
      text.append(decode(body.substring(last, m.start())));
      last = m.end();
      String tag = m.group();
      if (tag.startsWith("<TIMEX3")) {
        open = attributes(tag);
        openAt = text.length();
      } else if (tag.startsWith("</TIMEX3") && open != null) {
        timexes.add(new Timex(Span.of(openAt, text.length()), open.get("type"), open.get("value"), open.get("mod")));
        open = null;
      }
    }
    text.append(decode(body.substring(last)));
    return new Doc(text.toString(), timexes);
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> out = new HashMap<>();
    Matcher a = ATTRIBUTE.matcher(tag);
    while (a.find()) {
      out.put(a.group(1), a.group(2));
    }
    return out;
  }

  /** Entities decoded; the byte-order mark becomes a space so that offsets stay put. */
  private static String decode(String s) {
    return s.replace('\uFEFF', ' ').replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&apos;", "'").replace("&amp;", "&");
  }
}
