package org.isnad.clean;

import static java.util.Objects.requireNonNull;

import org.isnad.lang.Language;

/**
 * Configuration of the cleaning stage.
 *
 * @param language the language component (clutter wording, normaliser, month names)
 * @param outlets the outlet table
 */
public record CleanConfig(Language language, OutletTable outlets) {

  public CleanConfig {
    requireNonNull(language, "language must not be null");
    requireNonNull(outlets, "outlets must not be null");
  }

  /** Arabic with the bundled outlet table. */
  public static CleanConfig arabic() {
    Language ar = Language.arabic();
    return new CleanConfig(ar, OutletTable.bundled(ar));
  }
}
