package org.isnad.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.isnad.model.RemovalReason;
import org.isnad.model.RemovedBlock;
import org.isnad.model.Span;

/**
 * The body being built: kept spans and removed blocks of one original text. Removing a range inside
 * a kept span splits it. Adjacent removed lines with the same reason become one block. Not
 * thread-safe: one per article.
 */
final class Body {

  private final String original;
  private final TreeMap<Integer, Span> kept = new TreeMap<>();
  /** The removed blocks so far, as span and reason; their texts are cut once, in {@link #removed()}. */
  private final List<Span> removedSpans = new ArrayList<>();
  private final List<RemovalReason> removedReasons = new ArrayList<>();

  Body(String original) {
    this.original = original;
  }

  void keep(Span s) {
    kept.put(s.start(), s);
  }

  List<Span> kept() {
    return List.copyOf(kept.values());
  }

  /** Removes {@code s} for {@code reason}, cutting it out of any kept span it overlaps. */
  void remove(Span s, RemovalReason reason) {
    for (Span k : List.copyOf(kept.values())) {
      if (k.overlaps(s)) {
        kept.remove(k.start());
        addTrimmed(k.start(), s.start());
        addTrimmed(s.end(), k.end());
      }
    }
    merge(s, reason);
  }

  private void addTrimmed(int start, int end) {
    while (start < end && Lines.isSpace(original.charAt(start))) {
      start++;
    }
    while (end > start && Lines.isSpace(original.charAt(end - 1))) {
      end--;
    }
    if (start < end && hasLetterOrDigit(start, end)) {
      kept.put(start, new Span(start, end));
    }
  }

  private boolean hasLetterOrDigit(int start, int end) {
    for (int i = start; i < end; i++) {
      if (Lines.isLetterOrDigit(original.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void merge(Span s, RemovalReason reason) {
    int last = removedSpans.size() - 1;
    if (last >= 0) {
      Span lastSpan = removedSpans.get(last);
      if (removedReasons.get(last) == reason && lastSpan.end() <= s.start() && blank(lastSpan.end(), s.start())) {
        removedSpans.set(last, new Span(lastSpan.start(), s.end()));
        return;
      }
    }
    removedSpans.add(s);
    removedReasons.add(reason);
  }

  /** Whether {@code original[from, to)} is blank ({@link String#isBlank}, without the substring). */
  private boolean blank(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(original.charAt(i))) { // no surrogate is white space
        return false;
      }
    }
    return true;
  }

  List<Span> paragraphs() {
    return List.copyOf(kept.values());
  }

  List<RemovedBlock> removed() {
    List<RemovedBlock> out = new ArrayList<>(removedSpans.size());
    for (int i = 0; i < removedSpans.size(); i++) {
      out.add(RemovedBlock.of(original, removedSpans.get(i), removedReasons.get(i)));
    }
    out.sort(Comparator.comparing(RemovedBlock::span));
    return out;
  }
}
