/**
 * Claim comparison: whether two statements about the same subject agree, disagree or are about
 * different things. Entry point: {@link org.isnad.compare.ClaimComparator}; its features are
 * {@link org.isnad.compare.ClaimFeatures}, its weights a {@link org.isnad.compare.StanceModel}
 * trained by {@code isnad train stance} on the Arabic News Stance train split (see {@code
 * docs/COMPARE.md}).
 */
package org.isnad.compare;
