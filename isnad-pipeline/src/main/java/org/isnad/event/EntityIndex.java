package org.isnad.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Entity;
import org.isnad.model.Span;

/**
 * Where a story's resolved entities are named, by article and offset: made once per story and read
 * by the event, quotation and fact assemblers, which each built a map of the same mentions. A later
 * mention at the same place wins, as it did in each of those maps. Made at the first question: a
 * story without events or speakers asks none.
 *
 * <p>Not thread-safe: one story's build uses it.
 */
public final class EntityIndex {

  /** Where a mention starts (a record, so no key text is built per mention). */
  private record At(String article, int start) {}

  /** Where a mention stands, start and end: the key of the mentions that share their start with another. */
  private record Exact(String article, int start, int end) {}

  /** The entity of the last mention starting at a place, and where that mention ends. */
  private record Named(Entity entity, int end) {}

  private final List<Entity> entities;
  /** By start; null until the first question. */
  private Map<At, Named> byStart;
  /**
   * The mentions of a start that more than one mention shares, by their whole span (rare: the
   * others are answered by {@link #byStart} and the end kept there).
   */
  private final Map<Exact, Entity> shared = new HashMap<>();

  /** The index of {@code entities} (the story's resolved entities). */
  public EntityIndex(List<Entity> entities) {
    this.entities = List.copyOf(entities);
  }

  /** The entity of the last mention that starts at {@code start} of {@code article}, or null. */
  public Entity startingAt(String article, int start) {
    Named n = index().get(new At(article, start));
    return n == null ? null : n.entity();
  }

  /** The entity of the last mention whose span is {@code span} in {@code article}, or null (also for no span). */
  public Entity at(String article, Span span) {
    if (span == null) {
      return null;
    }
    Named n = index().get(new At(article, span.start()));
    if (n == null) {
      return null;
    }
    Entity e = shared.isEmpty() ? null : shared.get(new Exact(article, span.start(), span.end()));
    return e != null ? e : n.end() == span.end() ? n.entity() : null;
  }

  /**
   * The one person of the story who holds the role {@code role} as written ("محافظ الإسكندرية" of
   * "أحمد خالد حسن سعيد"), or null when none or several do: a figure given on the word of a title alone
   * is that person's.
   */
  public Entity holding(String role) {
    if (role == null) {
      return null;
    }
    if (byRole == null) {
      byRole = new HashMap<>();
      for (Entity e : entities) {
        if (e.type() == org.isnad.model.EntityType.PER) {
          e.roles().forEach(r -> byRole.merge(r, e, (a, b) -> a == b ? a : NOBODY));
        }
      }
    }
    Entity e = byRole.get(role);
    return e == NOBODY ? null : e;
  }

  /** Several persons hold a role: the marker of {@link #byRole}. */
  private static final Entity NOBODY = new Entity("", org.isnad.model.EntityType.PER, "", List.of(), List.of(),
      List.of(), null);
  /** The persons by the roles they hold; null until the first question. */
  private Map<String, Entity> byRole;

  private Map<At, Named> index() {
    if (byStart == null) {
      byStart = build();
    }
    return byStart;
  }

  /**
   * Every mention by its start. When a start is taken again, both mentions, the one it held (the
   * last of its span so far) and the new one, are also kept by their whole span, so that
   * {@link #at} tells them apart; a start taken once is answered by its end alone.
   */
  private Map<At, Named> build() {
    Map<At, Named> out = new HashMap<>();
    for (Entity e : entities) {
      for (Entity.Mention m : e.mentions()) {
        Span s = m.span();
        Named before = out.put(new At(m.article(), s.start()), new Named(e, s.end()));
        if (before != null) {
          shared.put(new Exact(m.article(), s.start(), before.end()), before.entity());
          shared.put(new Exact(m.article(), s.start(), s.end()), e);
        }
      }
    }
    return out;
  }
}
