package org.isnad.ingest;

/** Thrown inside the ingest stage when an input cannot be read; becomes a Rejection. */
final class RejectedInput extends Exception {

  RejectedInput(String reason) {
    super(reason, null, false, false);
  }
}
