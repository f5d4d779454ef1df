package org.isnad.acceptance;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.isnad.model.Story;
import org.isnad.pipeline.BatchResult;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;

/** Test fixture: the stories the default pipeline makes of one acceptance set (org/isnad/acceptance/NAME). */
public final class AcceptanceStories {

  private AcceptanceStories() {}

  /** The stories of the acceptance set {@code name} ("car-bomb", "visit", "strike", "protest", "clash", "abduction", "market", "shipwreck", "ship-attack", "exchange", "earthquake", "flood", "airstrike", "missile", "smuggling"). */
  public static List<Story> of(String name) throws URISyntaxException {
    return batch(name).stories();
  }

  /** The whole batch of the acceptance set {@code name}: its articles with their stories. */
  public static BatchResult batch(String name) throws URISyntaxException {
    Path dir = Path.of(AcceptanceStories.class.getResource("/org/isnad/acceptance/" + name).toURI());
    return Pipeline.create(PipelineConfig.defaults()).analyze(List.of(dir));
  }

  /** The article of {@code batch} read from the file whose name ends with {@code file}. */
  public static org.isnad.model.AnalysedArticle article(BatchResult batch, String file) {
    return batch.articles().stream().filter(a -> a.clean().source().endsWith(file)).findFirst().orElseThrow();
  }

  /** The quotations of {@code story} taken from the article of {@code file}. */
  public static List<org.isnad.model.Quote> quotesOf(BatchResult batch, Story story, String file) {
    String id = article(batch, file).id();
    return story.quotes().stream().filter(q -> q.source().article().equals(id)).toList();
  }

  /** The fact of {@code story} about {@code event} in {@code slot} ("killed", "place"). */
  public static org.isnad.model.Fact fact(Story story, org.isnad.model.Event event, String slot) {
    return story.facts().stream().filter(f -> f.event().equals(event.id()) && f.slot().equals(slot)).findFirst().orElseThrow();
  }
}
