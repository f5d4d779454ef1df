package org.isnad.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.isnad.model.MediaType;

/** A {@code .txt} file: one article, paragraphs on lines. A file that is in fact HTML is read as HTML. */
final class TextFormat implements InputFormat {

  private static final Pattern LOOKS_HTML = Pattern.compile("(?is)^\\s*(<!doctype html|<html[\\s>])");
  private final TextDecoder decoder = new TextDecoder();

  @Override
  public List<Item> read(String source, byte[] bytes) throws RejectedInput {
    Decoded d = decoder.decode(bytes);
    List<String> issues = new ArrayList<>(d.issues());
    MediaType type = MediaType.TEXT;
    if (LOOKS_HTML.matcher(d.text()).find()) {
      issues.add("the .txt file holds an HTML page; it was read as HTML");
      type = MediaType.HTML;
    }
    return List.of(Item.article(source, type, d, issues));
  }
}
