package org.isnad.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the sources of a story say about one slot of one event (killed, wounded, date, place, ...).
 *
 * @param event the event id
 * @param slot {@code killed}, {@code wounded}, {@code arrested}, {@code abducted}, {@code missing},
 *     {@code perpetrators_killed}, {@code date}, {@code place} or {@code actor}
 * @param values every value reported, most independent sources first
 * @param status agreed, disputed, single source, explained by different groups, or updated by a running total
 * @param best the best estimate (figures: the value most independent sources give, the lower on a
 *     tie), or null
 * @param low the lowest figure reported, or null for slots that are not figures
 * @param high the highest figure reported, or null
 * @param group for a figure of a two-sided event counted apart by side (since 1.10.0): the side whose
 *     people it counts ("قوات سوريا الديمقراطية"), or one side of an exchange ("X مقابل Y") named by
 *     a body its counts name or by their own words ("الأسرى الموالين"); null for every other fact, and
 *     for the counts that name no side (totals)
 */
public record Fact(String event, String slot, List<FactValue> values, FactStatus status, String best, Long low,
    Long high, String group) {
  public Fact {
    requireNonNull(event, "event must not be null");
    requireNonNull(slot, "slot must not be null");
    requireNonNull(status, "status must not be null");
    values = List.copyOf(values);
  }

  /** A fact of no side. */
  public Fact(String event, String slot, List<FactValue> values, FactStatus status, String best, Long low, Long high) {
    this(event, slot, values, status, best, low, high, null);
  }

  /** A copy with the side {@code group}. */
  public Fact withGroup(String group) {
    return new Fact(event, slot, values, status, best, low, high, group);
  }
}
