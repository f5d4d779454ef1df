package org.isnad.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A quotation or attributed claim in one article: who said what, with which verb, through whom.
 *
 * @param span what was said (the quoted words, or the reported clause after "إن"/"أن")
 * @param sentence the sentence it is in
 * @param speaker the speaker as written ("المتحدث باسم وزارة الداخلية السورية، نور الدين البابا");
 *     for a pronoun ("وأضاف"), the name of the speaker it refers to; null when unknown
 * @param speakerSpan where the speaker is named (for a pronoun, the earlier naming), or null
 * @param verb the reporting verb as written ("قال", "وأضاف", "بحسب")
 * @param verbSpan where the verb is
 * @param direct true for words in quotation marks, false for reported speech
 * @param sourceType what kind of source the speaker is
 * @param chain the media between the article and the speaker, nearest the article first
 */
public record QuoteMention(Span span, Span sentence, String speaker, Span speakerSpan, String verb,
    Span verbSpan, boolean direct, SourceType sourceType, List<ChainLink> chain) {

  public QuoteMention {
    requireNonNull(span, "span must not be null");
    requireNonNull(sentence, "sentence must not be null");
    requireNonNull(verb, "verb must not be null");
    requireNonNull(verbSpan, "verbSpan must not be null");
    requireNonNull(sourceType, "sourceType must not be null");
    chain = List.copyOf(chain);
  }
}
