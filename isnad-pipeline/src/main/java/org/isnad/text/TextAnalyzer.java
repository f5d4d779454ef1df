package org.isnad.text;

import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;

/**
 * Stage 3: segments the body of a clean article into sentences and tokens, each token with its
 * normalised form and matching key, and identifies the article's language. Pure: the result depends
 * only on the article.
 *
 * <p>Instances are immutable and thread-safe.
 */
public interface TextAnalyzer {

  AnalysedArticle analyze(CleanArticle article);

  static TextAnalyzer create(Language language) {
    return new IcuTextAnalyzer(language);
  }
}
