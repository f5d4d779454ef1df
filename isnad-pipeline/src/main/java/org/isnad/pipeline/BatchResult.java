package org.isnad.pipeline;

import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Rejection;
import org.isnad.model.Story;
import org.isnad.model.StoryAssignment;

/**
 * What one batch run produced.
 *
 * @param articles the analysed articles, in input order
 * @param rejected inputs that could not be analysed, with reasons
 * @param skipped files in folders that are not of a supported type
 * @param files how many input files were read
 * @param templateLines how many template lines were learned across outlets
 * @param assignments the clustering decision for each article, in input order
 * @param stories the stories, in order of their first article
 */
public record BatchResult(
    List<AnalysedArticle> articles, List<Rejection> rejected, List<Rejection> skipped, int files,
    int templateLines, List<StoryAssignment> assignments, List<Story> stories) {

  public BatchResult {
    articles = List.copyOf(articles);
    rejected = List.copyOf(rejected);
    skipped = List.copyOf(skipped);
    assignments = List.copyOf(assignments);
    stories = List.copyOf(stories);
  }
}
