package org.isnad.ingest;

import java.util.List;
import org.isnad.model.RawArticle;
import org.isnad.model.Rejection;

/**
 * What one ingest produced.
 *
 * @param articles the articles read, in input order
 * @param rejected the inputs that could not be read, with reasons
 * @param skipped files found in folders that are not of a supported type, with reasons
 * @param files how many files were opened
 */
public record IngestResult(
    List<RawArticle> articles, List<Rejection> rejected, List<Rejection> skipped, int files) {

  public IngestResult {
    articles = List.copyOf(articles);
    rejected = List.copyOf(rejected);
    skipped = List.copyOf(skipped);
  }
}
