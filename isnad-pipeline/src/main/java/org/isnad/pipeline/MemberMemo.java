package org.isnad.pipeline;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.isnad.model.AnalysedArticle;

/**
 * What the story level derives from one member alone, remembered between rebuilds of its story: the
 * date the member's own text fixes, and the member re-dated against its story's date. A story of n
 * articles is rebuilt many times as it grows; without this, every rebuild searched every undated
 * member's text for its dates again.
 *
 * <p>A memo of pure functions of the article (its id is its content's hash) and of the story date:
 * it changes no result, only when they are computed. Bounded: the least recently used members are
 * forgotten. Thread-safe (stories are built in parallel).
 */
final class MemberMemo {

  private record Derived(Optional<LocalDate> reference, LocalDate storyDate, AnalysedArticle redated) {}

  private final Map<String, Derived> entries;

  MemberMemo(int capacity) {
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Derived> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The member's own reference date, computed once. */
  LocalDate reference(AnalysedArticle a, Supplier<LocalDate> compute) {
    Derived e = get(a.id());
    if (e == null) {
      e = new Derived(Optional.ofNullable(compute.get()), null, null);
      put(a.id(), e);
    }
    return e.reference().orElse(null);
  }

  /** The member re-dated against {@code storyDate}, computed again only when that date changed. */
  AnalysedArticle redated(AnalysedArticle a, LocalDate storyDate, Supplier<AnalysedArticle> compute) {
    Derived e = get(a.id());
    if (e != null && storyDate.equals(e.storyDate())) {
      return e.redated();
    }
    AnalysedArticle r = compute.get();
    put(a.id(), new Derived(e == null ? Optional.empty() : e.reference(), storyDate, r));
    return r;
  }

  private synchronized Derived get(String id) {
    return entries.get(id);
  }

  private synchronized void put(String id, Derived e) {
    entries.put(id, e);
  }
}
