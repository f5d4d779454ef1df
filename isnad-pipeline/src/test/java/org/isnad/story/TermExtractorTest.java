package org.isnad.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class TermExtractorTest {

  @Test
  void hashedTermsAreTheStringTermsWithoutBuildingThem() {
    String text = "قتل 3 جنود وأصيب خمسة آخرون في هجوم على دورية قرب مدينة تدمر، وقال المتحدث إن 12 شخصا اعتقلوا.";
    AnalysedArticle a = TextAnalyzer.create(Language.arabic()).analyze(org.isnad.model.Paragraphs.one(text));
    TermExtractor extractor = new TermExtractor(Language.arabic());
    Map<Integer, Integer> expected = new HashMap<>();
    extractor.terms(a).forEach((term, count) -> expected.merge(term.hashCode(), count, Integer::sum));
    Map<Integer, Integer> hashed = new HashMap<>();
    extractor.forEachTerm(a, hash -> hashed.merge(hash, 1, Integer::sum));
    assertThat(hashed).isEqualTo(expected).hasSizeGreaterThan(20);
  }
}
