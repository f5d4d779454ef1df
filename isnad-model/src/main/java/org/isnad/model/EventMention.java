package org.isnad.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One mention of an event in one sentence of an article. The story level merges the mentions of
 * one real event, within and across articles, into an {@link Event}.
 *
 * @param type what happened
 * @param trigger the word or words that say so ("هجوم", "اعتقال", "اتصالا هاتفيا")
 * @param sentence the sentence
 * @param figures the casualty and arrest figures the sentence gives for it
 * @param time the span of the article's {@link TimeMention} that dates it, or null
 * @param dateAfter true when that time dates a moment after the event, which the sentence gives in
 *     place of the event's own day: the day it was told ("أعلنت الوزارة، اليوم الجمعة، مقتل ثلاثة")
 *     or the day a wounded man died of his wounds ("استشهد الشاب ... صباح اليوم الأربعاء متأثرا
 *     بإصابته"); the event may have happened the day before
 * @param place the span of the article's place {@link EntityMention}, or null
 * @param actor1 the span of the entity mention of the side that acts (attacker, arresting force,
 *     caller), or null
 * @param actor2 the span of the entity mention of the side acted upon, or null
 */
public record EventMention(EventType type, Span trigger, Span sentence, List<Figure> figures,
    Span time, boolean dateAfter, Span place, Span actor1, Span actor2) {

  public EventMention {
    requireNonNull(type, "type must not be null");
    requireNonNull(trigger, "trigger must not be null");
    requireNonNull(sentence, "sentence must not be null");
    figures = List.copyOf(figures);
  }
}
