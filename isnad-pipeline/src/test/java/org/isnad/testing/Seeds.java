package org.isnad.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared seed articles, read in place from {@code ../shared/seeds} (the {@code isnad.shared}
 * system property set by the build). They are never copied into the repository; a test that needs
 * them is skipped, with a message, where they are absent.
 */
public final class Seeds {

  private Seeds() {}

  public static Path shared() {
    return Path.of(System.getProperty("isnad.shared", "../../shared")).toAbsolutePath().normalize();
  }

  /** The seeds folder; skips the calling test when it is absent. */
  public static Path dir() {
    Path dir = shared().resolve("seeds");
    assumeTrue(Files.isDirectory(dir), "../shared/seeds is absent (" + dir + "): test skipped");
    return dir;
  }

  /** The seed article files, in name order; skips the calling test when absent. */
  public static List<Path> files() {
    try (Stream<Path> s = Files.list(dir())) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed whose file name starts with {@code prefix} (e.g. "002"). */
  public static Path file(String prefix) {
    return files().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no seed file starting with " + prefix));
  }
}
