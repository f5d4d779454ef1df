package org.isnad.story;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.StoryAssignment;

/**
 * Stage 4: assigns each article, as it arrives, to an active story or a new one. Similarity is the
 * cosine of TF-IDF vectors of matching keys, key pairs and numbers (document frequencies learned
 * online, with general-news frequencies as a prior: {@link BackgroundFrequencies}),
 * against each story's centroid, plus, for reports of events, a share of the cosine of their anchors
 * (the towns, sites and people the entity stage found: {@link StoryConfig#anchorWeight()}), so that
 * independent reports of one event meet; candidates come from an inverted index over the active
 * stories' centroid terms and anchors, so the cost per article does not grow with the archive. Stories leave the window
 * when their last article is older than {@link StoryConfig#window()} in publication time.
 *
 * <p>Stateful (archive level) and not thread-safe: one clusterer per stream of articles.
 */
public interface StoryClusterer {

  /** Assigns {@code article} and explains the decision. */
  StoryAssignment add(AnalysedArticle article);

  /** The ids of the articles of a story, in arrival order (also after it left the window). */
  List<String> members(String storyId);

  /** How many stories are active in the window. */
  int activeStories();

  /** Approximate bytes of the window state (centroids, postings, vocabulary), for benchmarks. */
  long stateBytes();

  static StoryClusterer create(StoryConfig config, Language language) {
    return create(config, language, id -> false);
  }

  /**
   * A clusterer that knows which gazetteer place ids are broad (countries and first-level
   * divisions), so that only places below them are local anchors.
   */
  static StoryClusterer create(StoryConfig config, Language language, java.util.function.Predicate<String> broadPlace) {
    return new OnlineClusterer(config, new TermExtractor(language, broadPlace), BackgroundFrequencies.bundled());
  }

  /**
   * A clusterer that also knows the place a one-word name of a headline may be (a gazetteer id, or
   * null), so that a headline's town is an anchor as a town of the body is.
   */
  static StoryClusterer create(StoryConfig config, Language language, java.util.function.Predicate<String> broadPlace,
      java.util.function.Function<String, String> titlePlace) {
    return new OnlineClusterer(config, new TermExtractor(language, broadPlace, titlePlace), BackgroundFrequencies.bundled());
  }
}
