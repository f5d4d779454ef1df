package org.isnad.clean;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.isnad.model.RawArticle;

/**
 * An article prepared for cleaning: its original text split into lines.
 *
 * @param raw the raw article
 * @param original the original text (the raw text, or the rendered visible text of HTML)
 * @param lines the non-blank lines, in order
 * @param meta what the page's markup says about it
 * @param outletKey a first guess of the outlet's identity, used to group pages for template learning
 */
public record Page(RawArticle raw, String original, List<Line> lines, PageMeta meta, String outletKey) {
  public Page {
    requireNonNull(raw, "raw must not be null");
    requireNonNull(original, "original must not be null");
    requireNonNull(meta, "meta must not be null");
    requireNonNull(outletKey, "outletKey must not be null");
    lines = List.copyOf(lines);
  }
}
