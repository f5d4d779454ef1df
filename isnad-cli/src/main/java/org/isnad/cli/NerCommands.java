package org.isnad.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isnad.entity.NameLexicon;
import org.isnad.entity.NerFeatures;
import org.isnad.entity.NerModel;
import org.isnad.entity.NerResources;
import org.isnad.entity.WordClusters;
import org.isnad.eval.Conll;
import org.isnad.eval.NerEval;
import org.isnad.lang.Language;
import org.isnad.train.ClusterTrainer;
import org.isnad.train.NameLists;
import org.isnad.train.NerTrainer;
import org.isnad.train.UnlabelledText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad train ner} and {@code isnad eval ner}. */
final class NerCommands {

  private NerCommands() {}

  /** Trains the NER model from ../shared/data/ner. */
  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Train the NER model on the ANERcorp and Wojood train splits (and, with --with-dev, the dev splits).")
  static final class Train implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "../shared/data") Path data;
    @Option(names = "--with-dev", description = "Also train on ANERcorp dev and Wojood val (for the shipped model).")
    boolean withDev;
    @Option(names = "--epochs", defaultValue = "15") int epochs;
    @Option(names = "--prune", defaultValue = "0.5", description = "Drop features whose weights all stay below this.")
    double prune;
    @Option(names = "--min-count", defaultValue = "1", description = "Keep features seen at least this many times.")
    int minCount;
    @Option(names = "--min-pair-count", defaultValue = "1", description = "Keep word-pair features seen at least this many times.")
    int minPairCount;
    @Option(names = "--tune-outside", arity = "1", defaultValue = "true",
        description = "Whether to lower the score of O by what gives the best held-out F1 (default: true).")
    boolean tuneOutside;
    @Option(names = "--mix", defaultValue = "8", description = "Perceptrons trained over other shuffles, their weights averaged.")
    int mix;
    @Option(names = "--out", defaultValue = "isnad-pipeline/src/main/resources/org/isnad/entity/ner-model.bin.gz")
    Path out;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      List<Path[]> files = new ArrayList<>();
      files.add(new Path[] {data.resolve("ner/anercorp/train.conll")});
      files.add(new Path[] {data.resolve("ner/wojood-sample/train.txt")});
      if (withDev) {
        files.add(new Path[] {data.resolve("ner/anercorp/dev.conll")});
        files.add(new Path[] {data.resolve("ner/wojood-sample/val.txt")});
      }
      List<Conll.Sentence> sentences = new ArrayList<>();
      List<Conll.Sentence> auxiliary = new ArrayList<>();
      Map<String, String> provenance = new LinkedHashMap<>();
      for (Path[] f : files) {
        if (!Files.exists(f[0])) {
          throw new CommandLine.ParameterException(spec.commandLine(), "training file not found: " + f[0]);
        }
        boolean wojood = f[0].toString().contains("wojood");
        (wojood ? auxiliary : sentences).addAll(Conll.read(f[0], wojood ? Conll.WOJOOD : Conll.ANERCORP));
        provenance.put("data:" + f[0].getFileName() + (wojood ? " (Wojood, MIT)" : " (ANERcorp, research use)"),
            "sha256=" + sha256(f[0]));
      }
      provenance.put("trained", LocalDate.now().toString());
      Language ar = Language.arabic();
      List<Conll.Sentence> everything = new ArrayList<>(sentences);
      everything.addAll(auxiliary);
      WordClusters clusters = clusters(everything, unlabelledFiles(data), ar, provenance);
      NameLexicon lexicon = lexicon(data, ar, provenance);
      NerModel model = new NerTrainer(ar, new NerFeatures(NerResources.bundled(ar), clusters, lexicon))
          .train(sentences, auxiliary, new NerTrainer.Params(epochs, NerTrainer.Params.DEFAULTS.seed(), minCount, minPairCount, prune,
              NerTrainer.Params.DEFAULTS.folds(), tuneOutside, mix), provenance);
      Files.createDirectories(out.toAbsolutePath().getParent());
      try (OutputStream o = Files.newOutputStream(out)) {
        model.write(o);
      }
      spec.commandLine().getOut().printf("trained on %d sentences; %s features; wrote %s (%d KB)%n",
          everything.size(), model.provenance().get("features"), out, Files.size(out) / 1024);
      return Main.OK;
    }
  }

  /**
   * Word clusters learned from the training sentences' words and unlabelled news text, recorded in
   * the provenance.
   */
  static WordClusters clusters(List<Conll.Sentence> sentences, List<Path> files, Language language,
      Map<String, String> provenance) throws Exception {
    List<String[]> text = new ArrayList<>(UnlabelledText.of(sentences, language));
    for (Path f : files) {
      if (Files.exists(f)) {
        text.addAll(UnlabelledText.read(f, language));
        provenance.put("clusters:" + f.getFileName(), "sha256=" + sha256(f));
      }
    }
    ClusterTrainer.Params p = ClusterTrainer.Params.DEFAULTS;
    WordClusters clusters = new ClusterTrainer(p).train(text);
    provenance.put("clusters", clusters.size() + " words; k-means over neighbour counts; min count " + p.minCount()
        + ", " + p.contexts() + " context words, " + p.iterations() + " iterations, seed " + p.seed()
        + "; text: the training sentences and the files marked clusters:");
    return clusters;
  }

  /**
   * The name lists the features use, learned into the model: ANERgazet's location, person and
   * organisation lists (same source and terms as ANERcorp) and the Arabic names of GeoNames' cities
   * (CC BY 4.0); files that are absent are left out. Recorded in the provenance.
   */
  static NameLexicon lexicon(Path data, Language language, Map<String, String> provenance) throws Exception {
    NameLists lists = new NameLists(language);
    String[] files = {"locations.txt", "persons.txt", "organizations.txt"};
    for (int kind = 0; kind < files.length; kind++) {
      Path f = data.resolve("gazetteer/anergazet").resolve(files[kind]);
      if (Files.exists(f)) {
        lists.addLines(f, kind);
        provenance.put("names:" + f.getFileName() + " (ANERgazet, research use)", "sha256=" + sha256(f));
      }
    }
    Path geo = data.resolve("gazetteer/geonames/cities15000.txt");
    if (Files.exists(geo)) {
      lists.addGeoNames(geo);
      provenance.put("names:" + geo.getFileName() + " (GeoNames, CC BY 4.0)", "sha256=" + sha256(geo));
    }
    NameLexicon lexicon = lists.build();
    provenance.put("names", lexicon.size() + " words, stored as hashes");
    return lexicon;
  }

  /**
   * Unlabelled news text for the clusters: the Arabic News Stance train and dev splits (Apache-2.0;
   * their labels are not used). The
   * TimeML documents are left out: their licence is not stated, and the clusters ship in the model.
   */
  private static List<Path> unlabelledFiles(Path dataDir) {
    Path ans = dataDir.resolve("stance/ans");
    return List.of(ans.resolve("stance-train.csv"), ans.resolve("claim-train.csv"), ans.resolve("stance-dev.csv"),
        ans.resolve("claim-dev.csv"));
  }

  /** Scores the NER model on a CoNLL file. */
  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Per-type and micro precision/recall/F1 (exact spans) of the NER model on a CoNLL file,"
          + " and tagging throughput as a ratio to Lucene's ArabicAnalyzer on the same text.")
  static final class Eval implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--format", defaultValue = "auto", description = "anercorp, wojood or auto.") String format;
    @Option(names = "--model", description = "A model file (default: the bundled model).") Path modelFile;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (!Files.exists(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
      }
      boolean wojood = format.equals("wojood") || format.equals("auto") && file.toString().contains("wojood");
      List<Conll.Sentence> sentences = Conll.read(file, wojood ? Conll.WOJOOD : Conll.ANERCORP);
      NerModel model = modelFile == null ? NerModel.bundled() : read(modelFile);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%s: %d sentences; model trained %s on %s%n", file, sentences.size(),
          model.provenance().getOrDefault("trained", "?"), dataOf(model));
      NerEval.Result r = new NerEval(Language.arabic(), model).run(sentences);
      out.print(r.score().report());
      out.printf(Locale.ROOT, "tagging: %.0f tokens/s; Lucene ArabicAnalyzer: %.0f tokens/s; ratio %.2fx (%d rounds each)%n",
          r.tokensPerSecond(), r.luceneTokensPerSecond(), r.tokensPerSecond() / r.luceneTokensPerSecond(), r.rounds());
      return Main.OK;
    }

    private static String dataOf(NerModel m) {
      return String.join(", ", m.provenance().keySet().stream().filter(k -> k.startsWith("data:"))
          .map(k -> k.substring(5)).toList());
    }

    private static NerModel read(Path p) throws Exception {
      try (InputStream in = Files.newInputStream(p)) {
        return NerModel.read(in);
      }
    }
  }

  static String sha256(Path f) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
  }
}
