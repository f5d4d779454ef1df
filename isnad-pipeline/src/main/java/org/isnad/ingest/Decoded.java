package org.isnad.ingest;

import java.util.List;

/**
 * Decoded text and what decoding had to do.
 *
 * @param utf8 the text's own UTF-8 bytes when the input was exactly that (valid UTF-8), else null
 */
record Decoded(String text, String charset, List<String> issues, Utf8 utf8) {
  Decoded {
    issues = List.copyOf(issues);
  }

  Decoded(String text, String charset, List<String> issues) {
    this(text, charset, issues, null);
  }
}
