package org.isnad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Real Arabic sentences from the CoNLL files of ../shared/data (token first on each line). */
public final class Sentences {

  private Sentences() {}

  /** Distinct sentences of at least {@code minWords} words, as word lists, in file order. */
  public static List<List<String>> fromConll(List<Path> files, int minWords) throws IOException {
    Set<List<String>> out = new LinkedHashSet<>();
    for (Path f : files) {
      List<String> sentence = new ArrayList<>();
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          if (sentence.size() >= minWords) {
            out.add(List.copyOf(sentence));
          }
          sentence = new ArrayList<>();
        } else if (!line.startsWith("-DOCSTART-")) {
          sentence.add(line.split("\\s+")[0]);
        }
      }
      if (sentence.size() >= minWords) {
        out.add(List.copyOf(sentence));
      }
    }
    return new ArrayList<>(out);
  }

  /** The default corpus: ANERcorp train and dev and the Wojood sample, where present. */
  public static List<Path> defaultFiles(Path shared) {
    List<Path> files = new ArrayList<>();
    for (String f : new String[] {"data/ner/anercorp/train.conll", "data/ner/anercorp/dev.conll",
        "data/ner/wojood-sample/train.txt", "data/ner/wojood-sample/val.txt"}) {
      if (Files.exists(shared.resolve(f))) {
        files.add(shared.resolve(f));
      }
    }
    return files;
  }
}
