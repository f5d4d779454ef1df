package org.isnad.watch;

/** Why a request gave no usable response. The one exception of the fetching boundary. */
final class FetchException extends Exception {

  /** What the caller should do about it. */
  enum Kind {
    /** Not requested: the host or resource is backing off; try on a later poll, no attempt counted. */
    DEFERRED,
    /** Will never be usable (content type, size): skip for good. */
    SKIPPED,
    /** May work later (5xx, 429, 408, network): count an attempt and retry on a later poll. */
    TRANSIENT,
    /** A client error or too many redirects: give up. */
    PERMANENT
  }

  private final Kind kind;
  private final int status;

  FetchException(Kind kind, int status, String message) {
    super(message);
    this.kind = kind;
    this.status = status;
  }

  Kind kind() {
    return kind;
  }

  /** The HTTP status that caused it, or 0 when there was no response. */
  int status() {
    return status;
  }
}
