package org.isnad.model;

import static java.util.Objects.requireNonNull;

/**
 * The news outlet an article comes from, with its identity normalised so that different spellings
 * and domains of one outlet compare equal by {@link #id()}.
 *
 * @param id stable identifier: the bundled table's id, or a slug derived from the name or domain
 * @param name display name (Arabic where known)
 * @param known whether the outlet is in the bundled outlet table
 * @param evidence how it was found, e.g. {@code source_footer}, {@code metadata}, {@code url}
 */
public record Outlet(String id, String name, boolean known, String evidence) {

  public static final Outlet UNKNOWN = new Outlet("unknown", "unknown", false, "none");

  public Outlet {
    requireNonNull(id, "id must not be null");
    requireNonNull(name, "name must not be null");
    requireNonNull(evidence, "evidence must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
  }

  public boolean isUnknown() {
    return this.id.equals(UNKNOWN.id);
  }
}
