package org.isnad.model;

/** How the sources stand on one fact. */
public enum FactStatus {
  /** One value, given by at least two independent sources. */
  AGREED,
  /** Values that contradict each other (same group of people, or the group unspecified). */
  DISPUTED,
  /** One value, from one independent source only. */
  SINGLE_SOURCE,
  /** Different values that count different groups ("3 US wounded", "2 Syrian wounded"): no contradiction. */
  EXPLAINED,
  /**
   * Different counts where the highest is a running total ("ارتفعت حصيلة القتلى إلى 15"): the toll
   * rose as reports came in, the earlier counts are not contradicted; the best estimate is the total.
   */
  UPDATED;

  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
