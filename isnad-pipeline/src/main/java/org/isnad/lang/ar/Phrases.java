package org.isnad.lang.ar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Holds the Arabic phrases the product writes itself ({@code phrases.properties}), loaded once. */
final class Phrases {

  static final Properties PATTERNS = load();

  private Phrases() {}

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Phrases.class.getResourceAsStream("phrases.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing resource phrases.properties beside " + Phrases.class.getName());
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
