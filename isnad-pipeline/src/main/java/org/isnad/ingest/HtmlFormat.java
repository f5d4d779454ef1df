package org.isnad.ingest;

import java.util.List;
import org.isnad.model.MediaType;

/** An HTML page: one article. The page's own metadata is read by the cleaning stage. */
final class HtmlFormat implements InputFormat {

  private final TextDecoder decoder = new TextDecoder();

  @Override
  public List<Item> read(String source, byte[] bytes) throws RejectedInput {
    Decoded d = decoder.decode(bytes);
    return List.of(Item.article(source, MediaType.HTML, d, d.issues()));
  }
}
