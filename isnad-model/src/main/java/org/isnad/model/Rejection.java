package org.isnad.model;

import static java.util.Objects.requireNonNull;

/**
 * An input that could not be analysed, with a reason a person can act on.
 *
 * @param source the file (and item) that was rejected
 * @param reason what is wrong and, where it helps, what to do
 */
public record Rejection(String source, String reason) {

  public Rejection {
    requireNonNull(source, "source must not be null");
    requireNonNull(reason, "reason must not be null");
  }
}
