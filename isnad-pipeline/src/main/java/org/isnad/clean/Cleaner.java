package org.isnad.clean;

import org.isnad.model.CleanArticle;
import org.isnad.model.RawArticle;

/**
 * Stage 2: separates article prose from page clutter, and finds the title, outlet, dateline and
 * publication date. Two steps, so that statistics over a batch can sit between them:
 *
 * <ol>
 *   <li>{@link #prepare}: render the page to lines (pure, per article);
 *   <li>{@link TemplateModel#learn}: learn per-outlet template lines from many prepared pages;
 *   <li>{@link #clean}: classify the lines and build the clean article (pure, per article).
 * </ol>
 *
 * Every removed block is recorded with its span in the original, its text and a reason. Bad content
 * never throws: what could not be done is recorded in the article's issues.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Cleaner {

  Page prepare(RawArticle raw);

  CleanArticle clean(Page page, TemplateModel templates);

  /** Prepares and cleans one article with no template knowledge. */
  default CleanArticle clean(RawArticle raw) {
    return clean(prepare(raw), TemplateModel.EMPTY);
  }

  static Cleaner create(CleanConfig config) {
    return new RuleCleaner(config);
  }
}
