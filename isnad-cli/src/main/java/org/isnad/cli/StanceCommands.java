package org.isnad.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isnad.compare.ClaimComparator;
import org.isnad.compare.ClaimFeatures;
import org.isnad.compare.StanceModel;
import org.isnad.eval.StanceEval;
import org.isnad.eval.StancePairs;
import org.isnad.lang.Language;
import org.isnad.train.StanceTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad train stance} and {@code isnad eval stance}. */
final class StanceCommands {

  private StanceCommands() {}

  /** Trains the stance model of the claim comparator on the ANS train split. */
  @Command(name = "stance", mixinStandardHelpOptions = true,
      description = "Train the claim comparator's stance model on the Arabic News Stance train split.")
  static final class Train implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "../shared/data") Path data;
    @Option(names = "--out", defaultValue = "isnad-pipeline/src/main/resources/org/isnad/compare/stance-model.bin.gz")
    Path out;
    @Option(names = "--epochs", defaultValue = "10") int epochs;
    @Option(names = "--rate", defaultValue = "0.1", description = "AdaGrad learning rate.") double rate;
    @Option(names = "--l2", defaultValue = "3e-4") double l2;
    @Option(names = "--balance", defaultValue = "0.5", description = "Class weights: inverse frequency to this power.")
    double balance;
    @Option(names = "--eval", paramLabel = "FILE", description = "Score the trained model on this file afterwards.")
    Path eval;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Path train = data.resolve("stance/ans/stance-train.csv");
      if (!Files.exists(train)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "training file not found: " + train);
      }
      ClaimFeatures features = ClaimFeatures.create(Language.arabic());
      List<StanceTrainer.Example> examples = new ArrayList<>();
      for (StancePairs.Pair p : StancePairs.read(train)) {
        examples.add(new StanceTrainer.Example(
            features.extract(features.tokens(p.a()), features.tokens(p.b())), p.stance()));
      }
      Map<String, String> provenance = new LinkedHashMap<>();
      provenance.put("data:" + train.getFileName() + " (Arabic News Stance, latynt/ans, Apache-2.0)",
          "sha256=" + NerCommands.sha256(train));
      provenance.put("trained", LocalDate.now().toString());
      StanceTrainer.Params params = new StanceTrainer.Params(epochs, StanceTrainer.Params.DEFAULTS.seed(), rate, l2,
          balance);
      StanceModel model = new StanceTrainer().train(examples, params, provenance);
      Files.createDirectories(out.toAbsolutePath().getParent());
      try (OutputStream o = Files.newOutputStream(out)) {
        model.write(o);
      }
      PrintWriter pw = spec.commandLine().getOut();
      pw.printf("trained on %d pairs (%s); %d features; wrote %s (%d KB)%n", examples.size(), params,
          model.features(), out, Files.size(out) / 1024);
      if (eval != null) {
        pw.print(new StanceEval(ClaimComparator.create(features, model)).run(StancePairs.read(eval)).report());
      }
      pw.flush();
      return Main.OK;
    }
  }

  /** Scores the claim comparator on labelled pairs. */
  @Command(name = "stance", mixinStandardHelpOptions = true,
      description = "Per-stance precision/recall/F1, accuracy, macro-F1, confusion matrix and throughput of the"
          + " claim comparator on a CSV file of labelled pairs (s1,s2,stance: agree, disagree, other).")
  static final class Eval implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--model", description = "A model file (default: the bundled model).") Path modelFile;
    @Option(names = "--errors", defaultValue = "0", description = "Also print up to this many wrongly judged pairs.")
    int errors;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (!Files.exists(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
      }
      List<StancePairs.Pair> pairs = StancePairs.read(file);
      StanceModel model = modelFile == null ? StanceModel.bundled() : read(modelFile);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%s: %d pairs; model trained %s on %s%n", file, pairs.size(),
          model.provenance().getOrDefault("trained", "?"), String.join(", ", model.provenance().keySet().stream()
              .filter(k -> k.startsWith("data:")).map(k -> k.substring(5)).toList()));
      ClaimComparator comparator = ClaimComparator.create(ClaimFeatures.create(Language.arabic()), model);
      out.print(new StanceEval(comparator).run(pairs).report());
      printErrors(comparator, pairs, out);
      out.flush();
      return Main.OK;
    }

    private void printErrors(ClaimComparator comparator, List<StancePairs.Pair> pairs, PrintWriter out) {
      int shown = 0;
      for (StancePairs.Pair p : pairs) {
        if (shown >= errors) {
          return;
        }
        ClaimComparator.Judgement j = comparator.judge(comparator.tokens(p.a()), comparator.tokens(p.b()));
        if (j.stance() != p.stance()) {
          shown++;
          out.printf(java.util.Locale.ROOT, "gold %s, judged %s (%.2f) %s%n  %s%n  %s%n", p.stance().code(),
              j.stance().code(), j.probability(j.stance()), j.cues(), p.a(), p.b());
        }
      }
    }

    private static StanceModel read(Path p) throws Exception {
      try (InputStream in = Files.newInputStream(p)) {
        return StanceModel.read(in);
      }
    }
  }
}
