package org.isnad.event;

import org.isnad.entity.EntityRecognizer;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.text.TextAnalyzer;

/** The article stages up to events (text, bundled entities, events), as the event tests run them. */
final class Extraction {

  private static final Language AR = Language.arabic();
  private static final TextAnalyzer TEXT = TextAnalyzer.create(AR);
  private static final EntityRecognizer ENTITIES = EntityRecognizer.bundled(AR);
  private static final EventExtractor EVENTS = EventExtractor.create(AR);

  private Extraction() {}

  /** A clean article through the text, entity and event stages. */
  static AnalysedArticle of(CleanArticle clean) {
    return EVENTS.extract(ENTITIES.recognize(TEXT.analyze(clean)));
  }
}
