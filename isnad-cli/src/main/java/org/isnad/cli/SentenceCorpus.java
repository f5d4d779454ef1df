package org.isnad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.isnad.eval.Sentences;
import picocli.CommandLine;

/** The real sentences the copy evaluation and the scale benchmark recombine, or a usage error. */
final class SentenceCorpus {

  private SentenceCorpus() {}

  static List<List<String>> load(Path shared, CommandLine.Model.CommandSpec spec) throws IOException {
    List<Path> files = Sentences.defaultFiles(shared);
    if (files.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no sentence corpus under " + shared + "/data");
    }
    return Sentences.fromConll(files, 5);
  }
}
