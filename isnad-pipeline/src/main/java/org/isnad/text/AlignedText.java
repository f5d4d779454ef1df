package org.isnad.text;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.isnad.model.Span;

/**
 * A normalised text with, for every normalised char, the index of the original char it came from.
 * Normalisation may drop chars (diacritics, tatweel) and expand one char into several (a
 * presentation-form ligature), never reorder them, so the map is non-decreasing.
 *
 * <p>Immutable and thread-safe.
 */
public final class AlignedText {
  private final String normalized;
  private final int[] toOriginal;
  private final int originalEnd;

  /**
   * @param normalized the normalised text
   * @param toOriginal for each normalised char, its original index (copied)
   * @param originalEnd the original index just after the last char that was normalised
   */
  public AlignedText(String normalized, int[] toOriginal, int originalEnd) {
    this(normalized, Arrays.copyOf(toOriginal, toOriginal.length), originalEnd, true);
  }

  private AlignedText(String normalized, int[] toOriginal, int originalEnd, boolean owned) {
    this.normalized = requireNonNull(normalized, "normalized must not be null");
    if (toOriginal.length != normalized.length()) {
      throw new IllegalArgumentException("alignment length " + toOriginal.length
          + " != normalised length " + normalized.length());
    }
    this.toOriginal = toOriginal;
    this.originalEnd = originalEnd;
  }

  /**
   * An aligned text that takes ownership of {@code toOriginal} instead of copying it: for a
   * normaliser that has just built the array and never touches it again.
   */
  public static AlignedText adopt(String normalized, int[] toOriginal, int originalEnd) {
    return new AlignedText(normalized, toOriginal, originalEnd, true);
  }

  public String normalized() {
    return normalized;
  }

  /** The original index of normalised char {@code i}. */
  public int originalIndex(int i) {
    return toOriginal[i];
  }

  /**
   * The original span covering normalised chars {@code [start, end)}: from the original char of
   * {@code start} to just after the original char of {@code end - 1}, so diacritics inside the
   * range are included and those after its last letter are not.
   */
  public Span toOriginal(int start, int end) {
    if (start < 0 || end > normalized.length() || start > end) {
      throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + normalized.length());
    }
    if (start == end) {
      int at = start < toOriginal.length ? toOriginal[start] : originalEnd;
      return new Span(at, at);
    }
    return new Span(toOriginal[start], toOriginal[end - 1] + 1);
  }
}
