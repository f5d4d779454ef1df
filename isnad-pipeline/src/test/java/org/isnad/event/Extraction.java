package org.isnad.event;

import org.isnad.entity.EntityRecognizer;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.text.TextAnalyzer;

/** The article stages up to events (text, bundled entities, times, events), as the event tests run them. */
final class Extraction {

  private static final Language AR = Language.arabic();
  private static final TextAnalyzer TEXT = TextAnalyzer.create(AR);
  private static final EntityRecognizer ENTITIES = EntityRecognizer.bundled(AR);
  private static final EventExtractor EVENTS = EventExtractor.create(AR);
  private static final org.isnad.time.TimeTagger TIMES = org.isnad.time.TimeTagger.create(AR);

  private Extraction() {}

  /** A clean article through the text, entity and event stages. */
  static AnalysedArticle of(CleanArticle clean) {
    return EVENTS.extract(ENTITIES.recognize(TEXT.analyze(clean)));
  }

  /** One paragraph of text published on {@code date} through the text, entity, time and event stages. */
  static AnalysedArticle published(String text, java.time.LocalDate date) {
    CleanArticle c = org.isnad.model.Paragraphs.one(text);
    c = new CleanArticle(c.id(), c.source(), c.original(), c.paragraphs(), null, null, c.outlet(), null,
        org.isnad.model.Published.ofDate(date), null, java.util.List.of(), java.util.List.of());
    AnalysedArticle a = ENTITIES.recognize(TEXT.analyze(c));
    return EVENTS.extract(a.withTimes(TIMES.tag(a, date)));
  }

  /** One paragraph of text through the text, entity, time (against {@code reference}) and event stages. */
  static AnalysedArticle dated(String text, java.time.LocalDate reference) {
    AnalysedArticle a = ENTITIES.recognize(TEXT.analyze(org.isnad.model.Paragraphs.one(text)));
    return EVENTS.extract(a.withTimes(TIMES.tag(a, reference)));
  }

  /** Every figure of the events {@link #dated} finds in one paragraph, in order. */
  static java.util.List<org.isnad.model.Figure> figures(String text, java.time.LocalDate reference) {
    return dated(text, reference).events().stream().flatMap(e -> e.figures().stream()).toList();
  }
}
