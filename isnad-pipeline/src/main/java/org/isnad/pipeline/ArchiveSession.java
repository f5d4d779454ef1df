package org.isnad.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.isnad.clean.Page;
import org.isnad.clean.TemplateModel;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.RawArticle;
import org.isnad.model.Reuse;
import org.isnad.model.Story;
import org.isnad.model.StoryAssignment;
import org.isnad.reuse.CopyDetector;
import org.isnad.reuse.CopyText;
import org.isnad.reuse.ReuseFinder;
import org.isnad.story.StoryClusterer;

/**
 * The archive level of a long-lived stream of articles: the story clusterer, the fingerprint index
 * of copy detection and the members and reuse of every story, kept between batches so that a live
 * monitor adds articles one batch at a time and rebuilds only the stories they touched. {@link
 * Pipeline#analyze} is one session over one batch.
 *
 * <p>Articles are analysed (per article, in parallel when configured), then added in arrival order;
 * stories are rebuilt from their members, which the session fetches by id through the {@code
 * members} function given at creation (the batch itself, or a store), so the session holds ids, not
 * articles. {@link #replay} adds an article already analysed and stored, without building stories:
 * it restores the state after a restart, and gives the same assignments as the first time because
 * the clustering is deterministic in arrival order.
 *
 * <p>Template learning needs several pages of an outlet; a session keeps the last {@link
 * #RECENT_PAGES} prepared pages of each outlet so that small batches (a feed poll) still learn from
 * what came before.
 *
 * <p>Not thread-safe: one writer drives a session.
 */
public final class ArchiveSession {

  /** Prepared pages kept per outlet for template learning across batches. */
  static final int RECENT_PAGES = 20;

  /** Members whose story-level derivations are remembered between rebuilds ({@link MemberMemo}). */
  static final int MEMO_MEMBERS = 4096;

  private final Pipeline pipeline;
  private final Function<String, AnalysedArticle> members;
  private final StoryClusterer clusterer;
  private final ReuseFinder finder;
  private final Map<String, List<String>> storyMembers = new LinkedHashMap<>();
  private final Map<String, List<Reuse>> storyReuse = new HashMap<>();
  /** Per story, replayed articles whose copied passages are found when the story is next built. */
  private final Map<String, List<ReuseFinder.Deferred>> unaligned = new HashMap<>();
  private final Map<String, ArrayDeque<Page>> recentPages = new HashMap<>();
  private final MemberMemo memo = new MemberMemo(MEMO_MEMBERS);

  ArchiveSession(Pipeline pipeline, Function<String, AnalysedArticle> members) {
    this.pipeline = pipeline;
    this.members = Objects.requireNonNull(members, "members must not be null");
    this.clusterer = pipeline.clusterer();
    this.finder = new ReuseFinder(CopyDetector.create(pipeline.config().reuse()));
  }

  /**
   * What one batch changed.
   *
   * @param articles the new articles, analysed, in arrival order
   * @param assignments the story decision for each, in the same order
   * @param touched the ids of the stories that gained an article, in order of first touch
   * @param templateLines template lines known for this batch
   */
  public record Update(List<AnalysedArticle> articles, List<StoryAssignment> assignments,
      List<String> touched, int templateLines) {
    public Update {
      articles = List.copyOf(articles);
      assignments = List.copyOf(assignments);
      touched = List.copyOf(touched);
    }
  }

  /**
   * Analyses new articles and adds them in order. The caller stores the analysed articles so that
   * {@link #build} can fetch them, then builds the touched stories.
   */
  public Update add(List<RawArticle> raws) {
    List<Page> pages = pipeline.prepare(raws);
    TemplateModel templates = TemplateModel.learn(withRecent(pages));
    remember(pages);
    List<AnalysedArticle> analysed = pipeline.clean(pages, templates);
    List<StoryAssignment> assignments = new ArrayList<>(analysed.size());
    Set<String> touched = new LinkedHashSet<>();
    for (AnalysedArticle a : analysed) {
      StoryAssignment s = add(a, true);
      assignments.add(s);
      if (s.storyId() != null && s.duplicateOf() == null) {
        touched.add(s.storyId());
      }
    }
    return new Update(analysed, assignments, new ArrayList<>(touched), templates.size());
  }

  /**
   * Remembers pages for template learning without adding articles: on reopening, the last stored
   * articles of each outlet, so the first batch after a restart learns templates as before it.
   */
  public void recall(List<RawArticle> raws) {
    remember(pipeline.prepare(raws));
  }

  /** Adds an article already analysed (a stored one, on reopening), without building stories. */
  public StoryAssignment replay(AnalysedArticle a) {
    return add(a, false);
  }

  /**
   * Adds an analysed article to the clustering and to the copy index; its copied passages are
   * found now, or, on a replay ({@code align} false), when its story is next built: they are
   * already in the stored story, and most stories of a reopened archive are never built again.
   */
  private StoryAssignment add(AnalysedArticle a, boolean align) {
    if (a.tokens().isEmpty()) {
      return StoryAssignment.unassigned(a.id());
    }
    StoryAssignment s = clusterer.add(a);
    if (s.duplicateOf() == null) {
      String story = s.storyId();
      storyMembers.computeIfAbsent(story, k -> new ArrayList<>()).add(a.id());
      ReuseFinder.Deferred d = finder.addLater(CopyText.of(a), a.clean().published());
      if (align) {
        align(story);
        storyReuse.computeIfAbsent(story, k -> new ArrayList<>()).addAll(finder.align(d));
      } else if (!d.candidates().isEmpty()) {
        unaligned.computeIfAbsent(story, k -> new ArrayList<>()).add(d);
      }
    }
    return s;
  }

  /** Finds the copied passages of the story's replayed articles, in their arrival order. */
  private void align(String storyId) {
    List<ReuseFinder.Deferred> waiting = unaligned.remove(storyId);
    if (waiting != null) {
      List<Reuse> reuse = storyReuse.computeIfAbsent(storyId, k -> new ArrayList<>());
      for (ReuseFinder.Deferred d : waiting) {
        reuse.addAll(finder.align(d));
      }
    }
  }

  /** Builds one story from its members as they are now (pure in its members). */
  public Story build(String storyId) {
    align(storyId);
    return buildAligned(storyId);
  }

  private Story buildAligned(String storyId) {
    List<String> ids = storyMembers.get(storyId);
    if (ids == null) {
      throw new IllegalArgumentException("no story " + storyId + " in this session");
    }
    List<AnalysedArticle> articles = ids.stream().map(members).toList();
    return pipeline.buildStory(storyId, articles, storyReuse.getOrDefault(storyId, List.of()), memo);
  }

  /** Builds stories, in parallel when the pipeline is configured so; keeps the given order. */
  public List<Story> build(List<String> storyIds) {
    List<String> ids = List.copyOf(storyIds);
    ids.forEach(this::align);
    return pipeline.stream(ids.stream()).map(this::buildAligned).toList();
  }

  /** The ids of the stories, in order of their first article. */
  public List<String> storyIds() {
    return List.copyOf(storyMembers.keySet());
  }

  /** The ids of a story's members in arrival order (near-duplicates are not members). */
  public List<String> members(String storyId) {
    return List.copyOf(storyMembers.getOrDefault(storyId, List.of()));
  }

  /** How many members a story has (0 for an unknown story). */
  public int memberCount(String storyId) {
    return storyMembers.getOrDefault(storyId, List.of()).size();
  }

  /** How many stories are active in the clustering window. */
  public int activeStories() {
    return clusterer.activeStories();
  }

  private List<Page> withRecent(List<Page> pages) {
    List<Page> all = new ArrayList<>(pages);
    recentPages.values().forEach(all::addAll);
    return all;
  }

  private void remember(List<Page> pages) {
    for (Page p : pages) {
      ArrayDeque<Page> q = recentPages.computeIfAbsent(p.outletKey(), k -> new ArrayDeque<>());
      q.addLast(p);
      if (q.size() > RECENT_PAGES) {
        q.removeFirst();
      }
    }
  }
}
