/**
 * Stage 3, text: normalisation with alignment ({@link org.isnad.text.AlignedText}), sentence and
 * token segmentation, matching keys, and language identification. Entry point: {@link
 * org.isnad.text.TextAnalyzer}. All output spans point into the original text.
 */
package org.isnad.text;
