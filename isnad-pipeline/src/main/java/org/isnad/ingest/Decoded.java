package org.isnad.ingest;

import java.util.List;

/** Decoded text and what decoding had to do. */
record Decoded(String text, String charset, List<String> issues) {
  Decoded {
    issues = List.copyOf(issues);
  }
}
