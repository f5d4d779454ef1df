package org.isnad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Loads the texts a benchmark runs over: every .txt file under the given folders. */
public final class BenchCorpus {

  private BenchCorpus() {}

  /** The texts of all .txt files under {@code roots} that exist, in path order. */
  public static List<String> load(List<Path> roots) throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(root)) {
        for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    return texts;
  }
}
