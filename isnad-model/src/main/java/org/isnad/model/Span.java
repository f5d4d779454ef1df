package org.isnad.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units into the <strong>original</strong>
 * text of one article. This is the one offset convention of Isnad: every removed block, sentence,
 * token, mention, figure and citation uses it, so that every statement can be traced to the exact
 * characters it came from.
 *
 * @param start first char index, inclusive, {@code >= 0}
 * @param end index after the last char, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** The characters this span names in {@code text}; throws if the span does not fit. */
  public String in(CharSequence text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException(this + " is outside a text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
