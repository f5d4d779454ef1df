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

  /** One gold story: a label and its files. */
  public record Labelled(String label, List<Path> files) {}

  private final List<Labelled> gold;

  public ClusterEval(List<Labelled> gold) {
    this.gold = List.copyOf(gold);
  }

  /**
   * The default labelled set, from what exists: the seeds (one story), the example corpus (one
   * story), the fictional other-event articles (one story each) and the TimeML news documents
   * (one story each; documents with the same text share one).
   */
  public static List<Labelled> defaultSet(Path shared, Path examples, Path tmp) throws IOException {
    List<Labelled> set = new ArrayList<>();
    addFolder(set, "palmyra-attack", shared.resolve("seeds"), ".txt");
    addFolder(set, "ain-alghozlan-attack", examples.resolve("corpus"), "");
    Path others = examples.resolve("other-events");
    if (Files.isDirectory(others)) {
      try (Stream<Path> s = Files.list(others)) {
        for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          set.add(new Labelled("other:" + p.getFileName(), List.of(p)));
        }
      }
    }
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
      byText.values().forEach(files -> set.add(new Labelled("timeml:" + files.get(0).getFileName(), files)));
    }
    return set;
  }

  private static void addFolder(List<Labelled> set, String label, Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = s.filter(f -> f.toString().endsWith(suffix) && !f.getFileName().toString().endsWith(".md"))
          .sorted().toList();
      if (!files.isEmpty()) {
        set.add(new Labelled(label, files));
      }
    }
  }

  /** Runs the pipeline on the shuffled files at the given threshold and scores the stories. */
  public BCubed.Result run(double threshold, long seed) {
    Map<Path, String> labelOfFile = new HashMap<>();
    List<Path> files = new ArrayList<>();
    for (Labelled l : gold) {
      for (Path f : l.files()) {
        labelOfFile.put(f.toAbsolutePath().normalize(), l.label());
        files.add(f);
      }
    }
    java.util.Collections.shuffle(files, new Random(seed));
    PipelineConfig config = PipelineConfig.defaults().withStories(StoryConfig.DEFAULTS.withThreshold(threshold));
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
    return BCubed.score(clusterOf, labelOf);
  }

  /** How many labelled stories and files. */
  public String describe() {
    int files = gold.stream().mapToInt(l -> l.files().size()).sum();
    return gold.size() + " gold stories, " + files + " files";
  }
}
