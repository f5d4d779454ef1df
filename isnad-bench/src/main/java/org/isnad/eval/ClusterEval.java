package org.isnad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.StoryAssignment;
import org.isnad.pipeline.BatchResult;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.story.StoryConfig;

/**
 * Story clustering against a labelled set: files grouped by their gold story. The labelled set is
 * documented in {@code docs/STORIES.md}; inputs are shuffled with a fixed seed, so the stream
 * interleaves stories as real arrivals do.
 */
public final class ClusterEval {

  /** One gold story: the labelled source it comes from, a label and its files. */
  public record Labelled(String source, String label, List<Path> files) {}

  /** The scores of one run: over every file, and per labelled source (in the order of the set). */
  public record Scores(BCubed.Result total, Map<String, BCubed.Result> bySource) {}

  private final List<Labelled> gold;

  public ClusterEval(List<Labelled> gold) {
    this.gold = List.copyOf(gold);
  }

  /**
   * The default labelled set, from what exists: the seeds (one story), the example corpus (one
   * story), the fictional other-event articles (one story each), the fictional same-event reports
   * of {@code examples/same-event} (grouped by its {@code labels.tsv}) and the TimeML news documents
   * (one story each; documents with the same text share one).
   */
  public static List<Labelled> defaultSet(Path shared, Path examples, Path tmp) throws IOException {
    List<Labelled> set = new ArrayList<>();
    addFolder(set, "seeds", "palmyra-attack", shared.resolve("seeds"), ".txt");
    addFolder(set, "corpus", "ain-alghozlan-attack", examples.resolve("corpus"), "");
    Path others = examples.resolve("other-events");
    if (Files.isDirectory(others)) {
      try (Stream<Path> s = Files.list(others)) {
        for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          set.add(new Labelled("other-events", "other:" + p.getFileName(), List.of(p)));
        }
      }
    }
    addLabelled(set, "same-event", examples.resolve("same-event"));
    Path timeml = shared.resolve("data/time/arabic-news-timeml");
    if (Files.isDirectory(timeml)) {
      Map<String, List<Path>> byText = new LinkedHashMap<>();
      try (Stream<Path> s = Files.list(timeml)) {
        for (Path p : s.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
          String text = TimeMl.plainText(Files.readString(p, StandardCharsets.UTF_8));
          Path txt = tmp.resolve(p.getFileName().toString().replace(".tml", ".txt"));
          Files.writeString(txt, text, StandardCharsets.UTF_8);
          byText.computeIfAbsent(text.strip(), k -> new ArrayList<>()).add(txt);
        }
      }
      byText.values().forEach(files -> set.add(new Labelled("timeml", "timeml:" + files.get(0).getFileName(), files)));
    }
    return set;
  }

  /**
   * The files of a folder grouped by its {@code labels.tsv} (file, tab, event label; {@code #} starts
   * a comment): one gold story per label.
   */
  static void addLabelled(List<Labelled> set, String source, Path dir) throws IOException {
    Path labels = dir.resolve("labels.tsv");
    if (!Files.isRegularFile(labels)) {
      return;
    }
    Map<String, List<Path>> byLabel = new LinkedHashMap<>();
    for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IOException(labels + ": expected 'file<TAB>label', got: " + line);
      }
      Path file = dir.resolve(f[0].strip());
      if (!Files.isRegularFile(file)) {
        throw new IOException(labels + ": no file " + file);
      }
      byLabel.computeIfAbsent(f[1].strip(), k -> new ArrayList<>()).add(file);
    }
    byLabel.forEach((label, files) -> set.add(new Labelled(source, source + ":" + label, files)));
  }

  private static void addFolder(List<Labelled> set, String source, String label, Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = s.filter(f -> f.toString().endsWith(suffix) && !f.getFileName().toString().endsWith(".md"))
          .sorted().toList();
      if (!files.isEmpty()) {
        set.add(new Labelled(source, label, files));
      }
    }
  }

  /** Runs the pipeline on the shuffled files at the given threshold and scores the stories. */
  public BCubed.Result run(double threshold, long seed) {
    return scores(threshold, seed).total();
  }

  /**
   * Runs the pipeline on the shuffled files at the given threshold (all sources in one stream) and
   * scores the stories, over every file and per source: a source's figures average B-cubed over its
   * own files, with clusters as the whole run made them (so a file merged with another source's
   * counts against it).
   */
  public Scores scores(double threshold, long seed) {
    return scores(StoryConfig.DEFAULTS.withThreshold(threshold), seed);
  }

  /** As {@link #scores(double, long)}, with any clustering parameters. */
  public Scores scores(StoryConfig stories, long seed) {
    Map<Path, String> labelOfFile = new HashMap<>();
    Map<String, String> sourceOfLabel = new HashMap<>();
    List<Path> files = new ArrayList<>();
    for (Labelled l : gold) {
      for (Path f : l.files()) {
        labelOfFile.put(f.toAbsolutePath().normalize(), l.label());
        sourceOfLabel.put(l.label(), l.source());
        files.add(f);
      }
    }
    java.util.Collections.shuffle(files, new Random(seed));
    PipelineConfig config = PipelineConfig.defaults().withStories(stories);
    BatchResult batch = Pipeline.create(config).analyze(files);
    Map<String, String> clusterOf = new HashMap<>();
    Map<String, String> labelOf = new HashMap<>();
    for (int i = 0; i < batch.articles().size(); i++) {
      AnalysedArticle a = batch.articles().get(i);
      StoryAssignment s = batch.assignments().get(i);
      String file = a.clean().source().replaceAll("([:#]\\d+)$", "");
      String label = labelOfFile.get(Path.of(file).toAbsolutePath().normalize());
      if (label != null) {
        clusterOf.put(a.id(), s.storyId());
        labelOf.put(a.id(), label);
      }
    }
    Map<String, BCubed.Result> bySource = new LinkedHashMap<>();
    for (Labelled l : gold) {
      bySource.computeIfAbsent(l.source(),
          src -> BCubed.score(clusterOf, labelOf, item -> src.equals(sourceOfLabel.get(labelOf.get(item)))));
    }
    return new Scores(BCubed.score(clusterOf, labelOf), bySource);
  }

  /** The names of the labelled sources, in the order of the set. */
  public List<String> sources() {
    return gold.stream().map(Labelled::source).distinct().toList();
  }

  /** How many labelled stories and files. */
  public String describe() {
    int files = gold.stream().mapToInt(l -> l.files().size()).sum();
    return gold.size() + " gold stories, " + files + " files";
  }
}
