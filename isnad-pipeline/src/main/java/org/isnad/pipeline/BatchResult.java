package org.isnad.pipeline;

import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Rejection;

/**
 * What one batch run produced.
 *
 * @param articles the analysed articles, in input order
 * @param rejected inputs that could not be analysed, with reasons
 * @param skipped files in folders that are not of a supported type
 * @param files how many input files were read
 * @param templateLines how many template lines were learned across outlets
 */
public record BatchResult(
    List<AnalysedArticle> articles, List<Rejection> rejected, List<Rejection> skipped, int files,
    int templateLines) {

  public BatchResult {
    articles = List.copyOf(articles);
    rejected = List.copyOf(rejected);
    skipped = List.copyOf(skipped);
  }
}
