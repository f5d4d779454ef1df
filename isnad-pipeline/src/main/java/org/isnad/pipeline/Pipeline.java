package org.isnad.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.isnad.clean.Cleaner;
import org.isnad.clean.Page;
import org.isnad.clean.TemplateModel;
import org.isnad.ingest.IngestResult;
import org.isnad.ingest.Ingester;
import org.isnad.model.AnalysedArticle;
import org.isnad.text.TextAnalyzer;

/**
 * Isnad's stages, assembled in one place. The order follows the data:
 *
 * <ol>
 *   <li>ingest: bytes to decoded articles (rejecting what cannot be read, so no later stage sees
 *       bytes or has to handle an unreadable file);
 *   <li>clean, step one: render every page to lines (pure, per article);
 *   <li>learn the template of each outlet from all prepared pages of the batch: the only step that
 *       needs the whole batch, so it sits between the two per-article steps;
 *   <li>clean, step two: classify lines and build clean articles (pure, per article);
 *   <li>text: normalise and segment the clean body (pure, per article), after cleaning so clutter
 *       never reaches the token stream.
 * </ol>
 *
 * Later stages (stories, entities, events, comparison) attach here, after the text stage.
 *
 * <p>Immutable and thread-safe; each call keeps its own state.
 */
public final class Pipeline {

  private final PipelineConfig config;
  private final Ingester ingester;
  private final Cleaner cleaner;
  private final TextAnalyzer text;

  private Pipeline(PipelineConfig config) {
    this.config = config;
    this.ingester = Ingester.create(config.ingest());
    this.cleaner = Cleaner.create(config.clean());
    this.text = TextAnalyzer.create(config.language());
  }

  public static Pipeline create(PipelineConfig config) {
    return new Pipeline(java.util.Objects.requireNonNull(config, "config must not be null"));
  }

  /** Analyses files and folders. */
  public BatchResult analyze(List<Path> paths, IntConsumer filesRead) {
    IngestResult in = ingester.ingest(paths, filesRead);
    List<Page> pages = stream(in.articles().stream()).map(cleaner::prepare).toList();
    TemplateModel templates = TemplateModel.learn(pages);
    List<AnalysedArticle> articles =
        stream(pages.stream()).map(p -> text.analyze(cleaner.clean(p, templates))).toList();
    return new BatchResult(articles, in.rejected(), in.skipped(), in.files(), templates.size());
  }

  public BatchResult analyze(List<Path> paths) {
    return analyze(paths, n -> {});
  }

  private <T> Stream<T> stream(Stream<T> s) {
    return config.parallel() ? s.parallel() : s;
  }
}
