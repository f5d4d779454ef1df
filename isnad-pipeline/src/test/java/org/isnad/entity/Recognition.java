package org.isnad.entity;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.text.TextAnalyzer;

/** One paragraph through the text stage and the bundled entity recogniser, as the entity tests run it. */
final class Recognition {

  private static final Language AR = Language.arabic();
  private static final TextAnalyzer TEXT = TextAnalyzer.create(AR);
  static final EntityRecognizer BUNDLED = EntityRecognizer.bundled(AR);

  private Recognition() {}

  /** The entity mentions of {@code text}. */
  static List<EntityMention> mentions(String text) {
    return BUNDLED.recognize(TEXT.analyze(org.isnad.model.Paragraphs.one(text))).entities();
  }

  /** The persons' names as written in {@code text}, in order. */
  static List<String> names(String text) {
    return mentions(text).stream().filter(m -> m.type() == EntityType.PER).map(EntityMention::text).toList();
  }
}
