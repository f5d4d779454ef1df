package org.isnad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.isnad.lang.Language;
import org.isnad.train.IdfTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad train ...}: builds the bundled model files from ../shared/data. */
@Command(name = "train", description = "Build bundled model files from the public data sets in ../shared/data.",
    subcommands = {TrainCommand.Idf.class, NerCommands.Train.class, StanceCommands.Train.class})
final class TrainCommand extends GroupCommand {

  /** {@code isnad train idf}: background document frequencies for story clustering. */
  @Command(name = "idf", mixinStandardHelpOptions = true,
      description = "Count background document frequencies of word keys (ANERcorp train, Wojood train, ANS train).")
  static final class Idf implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "../shared/data") Path data;
    @Option(names = "--out", defaultValue = "isnad-pipeline/src/main/resources/org/isnad/story/background-df.tsv")
    Path out;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Path aner = data.resolve("ner/anercorp/train.conll");
      Path wojood = data.resolve("ner/wojood-sample/train.txt");
      if (!Files.exists(aner) || !Files.exists(wojood)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "training data not found under " + data);
      }
      IdfTrainer t = new IdfTrainer(Language.arabic());
      t.addConll(aner);
      t.addConll(wojood);
      for (String csv : new String[] {"stance/ans/stance-train.csv", "stance/ans/claim-train.csv"}) {
        if (Files.exists(data.resolve(csv))) {
          t.addCsv(data.resolve(csv));
        }
      }
      t.write(out);
      spec.commandLine().getOut().printf("%d documents, %d keys; wrote %s%n", t.documents(), t.keys(), out);
      return Main.OK;
    }
  }
}
