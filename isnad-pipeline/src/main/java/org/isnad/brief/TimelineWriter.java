package org.isnad.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.SourceRef;
import org.isnad.model.TimelineEntry;

/**
 * Story level: the dated events in order, each told by a source sentence (the shortest sentence
 * among its dated mentions, else among all its mentions) and cited by every mention's sentence. Two
 * events of one day told by the same sentence (talks and the agreement they ended) are one entry.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimelineWriter {

  private final Lead lead;

  public TimelineWriter(org.isnad.lang.Language language) {
    this.lead = new Lead(java.util.Objects.requireNonNull(language, "language must not be null"));
  }

  public List<TimelineEntry> write(List<AnalysedArticle> members, List<Event> events) {
    Map<String, AnalysedArticle> byId = new HashMap<>();
    members.forEach(a -> byId.put(a.id(), a));
    List<TimelineEntry> out = new ArrayList<>();
    Map<SourceRef, Integer> told = new HashMap<>();
    for (Event e : events) {
      if (e.start() == null) {
        continue;
      }
      List<SourceRef> cites = new ArrayList<>();
      SourceRef best = null;
      int bestRank = -1;
      for (SourceRef m : e.mentions()) {
        EventMention em = mentionAt(byId.get(m.article()), m.span());
        if (em == null) {
          continue;
        }
        SourceRef ref = new SourceRef(m.article(), em.sentence());
        if (!cites.contains(ref)) {
          cites.add(ref);
        }
        int rank = dateRank(byId.get(m.article()), em, e);
        if (rank > bestRank || rank == bestRank && ref.span().length() < best.span().length()) {
          best = ref;
          bestRank = rank;
        }
      }
      if (best == null) {
        continue;
      }
      cites.remove(best);
      cites.add(0, best);
      Integer same = told.get(best);
      if (same != null && out.get(same).start().equals(e.start())) {
        // a contact and the signing it ended, told by one sentence (its first citation, the quoted part of it)
        out.set(same, withCites(out.get(same), cites.subList(1, cites.size())));
        continue;
      }
      told.put(best, out.size());
      SourceRef quoted = quoted(byId.get(best.article()), best);
      cites.set(0, quoted);
      String text = quoted.span().in(byId.get(best.article()).clean().original()).strip();
      out.add(new TimelineEntry(e.id(), e.start(), e.end(), e.precision(), text, cites));
    }
    out.sort(Comparator.comparing(TimelineEntry::start).thenComparing(TimelineEntry::end));
    return out;
  }

  /**
   * 2 for a mention dated as its event is ("اليوم الثلاثاء" of the day), 1 for one dated otherwise (a
   * year, "منذ مطلع العام الجاري", that merely holds the day), 0 for an undated one: the sentence that
   * tells an event on the timeline gives its date.
   */
  private static int dateRank(AnalysedArticle a, EventMention em, Event e) {
    if (em.time() == null) {
      return 0;
    }
    for (var t : a.times()) {
      if (t.span().equals(em.time()) && t.resolved() && e.start().equals(t.start()) && e.end().equals(t.end())) {
        return 2;
      }
    }
    return 1;
  }

  /** The sentence of {@code ref} from where its own words start ({@link Lead}). */
  private SourceRef quoted(AnalysedArticle a, SourceRef ref) {
    for (org.isnad.model.Sentence s : a.sentences()) {
      if (s.span().equals(ref.span())) {
        return new SourceRef(ref.article(), lead.of(a, s));
      }
    }
    return ref;
  }

  /** The entry with {@code more} citations added after its own. */
  private static TimelineEntry withCites(TimelineEntry t, List<SourceRef> more) {
    List<SourceRef> cites = new ArrayList<>(t.citations());
    more.stream().filter(c -> !cites.contains(c)).forEach(cites::add);
    return new TimelineEntry(t.event(), t.start(), t.end(), t.precision(), t.text(), cites);
  }

  private static EventMention mentionAt(AnalysedArticle a, org.isnad.model.Span trigger) {
    if (a == null) {
      return null;
    }
    return a.events().stream().filter(x -> x.trigger().equals(trigger)).findFirst().orElse(null);
  }
}
