package org.isnad.entity;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Entity;
import org.isnad.model.Outlet;
import org.isnad.model.Span;
import org.isnad.place.Gazetteer;
import org.isnad.place.Geocoder;
import org.isnad.text.TextAnalyzer;

/** Test fixture: articles of one story through the text and entity stages, and their resolution. */
final class ArticlesOfAStory {

  private static final Language AR = Language.arabic();
  private static final TextAnalyzer TEXT = TextAnalyzer.create(AR);
  private static final EntityRecognizer RECOGNIZER = EntityRecognizer.bundled(AR);
  private static final EntityResolver RESOLVER = new EntityResolver(KnownEntities.bundled(AR),
      new Geocoder(Gazetteer.bundled(AR)));

  private ArticlesOfAStory() {}

  /** One article of plain text, all of it body, with its entity mentions. */
  static AnalysedArticle article(String id, String text) {
    CleanArticle c = new CleanArticle(id, id, text, List.of(Span.of(0, text.length())), null, null, Outlet.UNKNOWN,
        null, null, null, List.of(), List.of());
    return RECOGNIZER.recognize(TEXT.analyze(c));
  }

  /** The story's entities, resolved across its articles. */
  static List<Entity> resolve(AnalysedArticle... articles) {
    return RESOLVER.resolve(List.of(articles));
  }
}
