/**
 * Stage 5, reuse: passages copied verbatim or nearly between articles, and the fingerprints that
 * find candidate pairs without comparing all pairs. Entry point: {@link
 * org.isnad.reuse.CopyDetector}. Articles are compared as sequences of word keys ({@link
 * org.isnad.reuse.CopyText}), so normalisation differences (hamza, taa marbuta, diacritics,
 * clitics) never break a match.
 */
package org.isnad.reuse;
