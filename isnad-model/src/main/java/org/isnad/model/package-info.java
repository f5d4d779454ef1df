/**
 * The immutable records that flow between Isnad's stages, and nothing else: no I/O, no third-party
 * types. Every record that points into an article does so with a {@link org.isnad.model.Span}: a
 * half-open UTF-16 range into the article's <em>original</em> text.
 *
 * <p>Flow: {@link org.isnad.model.RawArticle} (decoded input + metadata) → {@link
 * org.isnad.model.CleanArticle} (original text, kept body, removed clutter, title, outlet, dateline,
 * date) → {@link org.isnad.model.AnalysedArticle} (language, sentences, tokens with normalised forms
 * and matching keys).
 */
package org.isnad.model;
