package org.isnad.event;

import org.isnad.model.SourceType;
import org.isnad.model.Span;

/**
 * A speaker as the finder knows it: its name, the tokens naming it in the sentence, and, for a
 * definite noun that refers back ("وقالت الوزارة"), the span of the earlier mention it refers to.
 * A null name is a definite noun that refers to nobody named before: the words stay unattributed.
 */
record Speaker(String name, Span span, SourceType type, Span ref) {
  Speaker {
    if (type == SourceType.ANONYMOUS_SOURCE && name != null) {
      name = SpeakerFinder.nominative(name); // "غير أن مصدرا في الشرطة أكد": the source is "مصدر في الشرطة"
    }
  }

  Speaker(String name, Span span, SourceType type) {
    this(name, span, type, null);
  }

  /** The span the quotation names as its speaker's: the mention referred to, else the words here. */
  Span mention() {
    return ref != null ? ref : span;
  }

  boolean nobody() {
    return name == null;
  }
}
