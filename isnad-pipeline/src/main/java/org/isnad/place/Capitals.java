package org.isnad.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The capitals news names for their governments ("زعمت أنقرة"، "قالت واشنطن"): gazetteer ids from the
 * bundled {@code capitals.txt}. Immutable; thread-safe.
 */
public final class Capitals {

  private static final Set<String> IDS = load();

  private Capitals() {}

  /** Whether a gazetteer place id is a capital that speaks for its state. */
  public static boolean speaksForItsState(String placeId) {
    return placeId != null && IDS.contains(placeId);
  }

  private static Set<String> load() {
    try (InputStream in = Capitals.class.getResourceAsStream("/org/isnad/place/capitals.txt")) {
      if (in == null) {
        return Set.of();
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled capitals", e);
    }
  }
}
