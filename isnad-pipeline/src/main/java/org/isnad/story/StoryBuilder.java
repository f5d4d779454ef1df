package org.isnad.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Published;
import org.isnad.model.Reuse;
import org.isnad.model.Sentence;
import org.isnad.model.Story;
import org.isnad.model.Token;

/**
 * Story level: builds a {@link Story} from its members and the copied passages that involve them.
 * Pure: the same members and reuse give the same story, so a story is simply rebuilt when it gains
 * an article.
 *
 * <p><b>Independent sources.</b> Each article's source is its outlet (an article of unknown outlet
 * is a source of its own). Two sources are dependent when an article of one and an article of the
 * other share copied passages covering at least {@value #DEPENDENT_SHARE} of the shorter article's
 * words, or at least {@value #DEPENDENT_WORDS} words. Dependence is transitive: the sources form
 * groups (connected components), and {@code independent_sources} is the number of groups.
 *
 * <p>Immutable and thread-safe.
 */
public final class StoryBuilder {

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  static final double DEPENDENT_SHARE = 0.2;
  static final int DEPENDENT_WORDS = 100;
  private static final int FALLBACK_TITLE_WORDS = 16;
  private static final org.isnad.event.EventAssembler EVENTS = new org.isnad.event.EventAssembler();
  private static final org.isnad.event.QuoteAssembler QUOTES = new org.isnad.event.QuoteAssembler();

  private final Language language;
  private final org.isnad.entity.EntityResolver entities;
  private final org.isnad.facts.FactTable facts;
  private final org.isnad.brief.BriefWriter brief;
  private final org.isnad.brief.TimelineWriter timeline;
  private final int briefLength;

  /** A builder without entity resolution. */
  public StoryBuilder(Language language) {
    this(language, null);
  }

  /** @param entities resolves the members' entity mentions, or null for none */
  public StoryBuilder(Language language, org.isnad.entity.EntityResolver entities) {
    this(language, entities, org.isnad.brief.BriefWriter.DEFAULT_LENGTH);
  }

  /**
   * @param entities resolves the members' entity mentions, or null for none
   * @param briefLength how many sentences each brief has
   */
  public StoryBuilder(Language language, org.isnad.entity.EntityResolver entities, int briefLength) {
    this.language = java.util.Objects.requireNonNull(language, "language must not be null");
    this.entities = entities;
    this.facts = new org.isnad.facts.FactTable(language);
    this.brief = new org.isnad.brief.BriefWriter(language);
    this.timeline = new org.isnad.brief.TimelineWriter(language);
    this.briefLength = briefLength;
  }

  /**
   * @param id the story id
   * @param members its articles in arrival order
   * @param reuse every reuse with at least one member as {@code b} (pairs inside the story, and wire
   *     copy from other stories)
   */
  public Story build(String id, List<AnalysedArticle> members, List<Reuse> reuse) {
    List<String> ids = members.stream().map(AnalysedArticle::id).toList();
    Published first = null;
    Published last = null;
    for (AnalysedArticle a : members) {
      Published p = a.clean().published();
      if (p != null) {
        first = first == null || p.compareTo(first) < 0 ? p : first;
        last = last == null || p.compareTo(last) > 0 ? p : last;
      }
    }
    List<List<String>> groups = sourceGroups(members, reuse);
    List<org.isnad.model.Entity> resolved = entities == null ? List.of() : entities.resolve(members);
    org.isnad.event.EntityIndex entityAt = new org.isnad.event.EntityIndex(resolved); // made once for the three below
    List<org.isnad.model.Event> events = EVENTS.assemble(id, members, resolved, entityAt);
    List<org.isnad.model.Quote> quotes = QUOTES.assemble(id, members, entityAt);
    java.util.function.Function<String, Integer> sourceOf = sourceIndex(members, groups);
    List<org.isnad.model.Fact> table = facts.facts(events, members, resolved, entityAt, sourceOf);
    return new Story(id, title(members), ids, first, last, reuse, groups.size(), groups, resolved, events, quotes,
        table, brief.write(members, events, table, quotes, sourceOf, briefLength),
        timeline.write(members, events));
  }

  /** The index of each article's independent-source group. */
  private static java.util.function.Function<String, Integer> sourceIndex(List<AnalysedArticle> members,
      List<List<String>> groups) {
    Map<String, Integer> bySource = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      for (String s : groups.get(i)) {
        bySource.put(s, i);
      }
    }
    Map<String, Integer> byArticle = new HashMap<>();
    for (AnalysedArticle a : members) {
      byArticle.put(a.id(), bySource.getOrDefault(source(a), -1 - byArticle.size()));
    }
    return id -> byArticle.getOrDefault(id, -1);
  }

  /** The outlets grouped by copying; see the class comment. */
  List<List<String>> sourceGroups(List<AnalysedArticle> members, List<Reuse> reuse) {
    Map<String, Member> byId = new HashMap<>();
    Map<String, String> parent = new LinkedHashMap<>();
    for (AnalysedArticle a : members) {
      String source = source(a);
      byId.put(a.id(), new Member(a, source));
      parent.putIfAbsent(source, source);
    }
    for (Reuse r : reuse) {
      Member a = byId.get(r.a());
      Member b = byId.get(r.b());
      if (a != null && b != null && dependent(a.article(), b.article(), r)) {
        union(parent, a.source(), b.source());
      }
    }
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String s : parent.keySet()) {
      groups.computeIfAbsent(find(parent, s), k -> new ArrayList<>()).add(s);
    }
    return List.copyOf(groups.values());
  }

  /** A member and its source, found once (a source of an unknown outlet is a string built per article). */
  private record Member(AnalysedArticle article, String source) {}

  private static boolean dependent(AnalysedArticle a, AnalysedArticle b, Reuse r) {
    int shorter = Math.min(a.tokens().size(), b.tokens().size());
    return r.words() >= DEPENDENT_WORDS || shorter > 0 && r.words() >= DEPENDENT_SHARE * shorter;
  }

  /** The source an article counts for: its outlet's name, or the article itself when unknown. */
  static String source(AnalysedArticle a) {
    return a.clean().outlet().isUnknown() ? "article:" + a.id() : a.clean().outlet().name();
  }

  private static String find(Map<String, String> parent, String s) {
    String p = parent.get(s);
    return p.equals(s) ? s : find(parent, p);
  }

  private static void union(Map<String, String> parent, String x, String y) {
    String a = find(parent, x);
    String b = find(parent, y);
    if (!a.equals(b)) {
      parent.put(b, a);
    }
  }

  /**
   * The most representative member title: the one whose words occur in the most members. Without
   * titles, the lead sentence of the first member, cut to a headline's length.
   */
  String title(List<AnalysedArticle> members) {
    List<String> titles = members.stream().map(a -> a.clean().title()).filter(t -> t != null && !t.isBlank()).toList();
    if (!titles.isEmpty() && titles.stream().allMatch(titles.get(0)::equals)) {
      return titles.get(0); // nothing to choose between (each would score the same: the first wins)
    }
    Map<String, List<String>> keysOf = new HashMap<>();
    titles.forEach(t -> keysOf.computeIfAbsent(t, this::titleKeys));
    Map<String, int[]> membersWith = membersWith(keysOf.values(), members);
    String best = null;
    double bestScore = -1;
    for (String t : titles) { // in member order, as the members' titles
      double score = titleScore(keysOf.get(t), membersWith);
      if (score > bestScore) {
        best = t;
        bestScore = score;
      }
    }
    return best != null ? best : leadSentence(members);
  }

  /**
   * For each key of a title word, how many members have a word of that key: {@code [count, last
   * member counted + 1]}. Only title keys are counted, each once per member.
   */
  private static Map<String, int[]> membersWith(java.util.Collection<List<String>> titleKeys,
      List<AnalysedArticle> members) {
    Map<String, int[]> counts = new HashMap<>();
    titleKeys.forEach(keys -> keys.forEach(k -> counts.putIfAbsent(k, new int[2])));
    for (int m = 0; m < members.size(); m++) {
      for (Token t : members.get(m).tokens()) {
        int[] c = counts.get(t.key());
        if (c != null && c[1] != m + 1) {
          c[0]++;
          c[1] = m + 1;
        }
      }
    }
    return counts;
  }

  /** The keys of a title's words of two letters or more, in order, repeats kept. */
  private List<String> titleKeys(String title) {
    List<String> keys = new ArrayList<>();
    for (String w : NOT_WORD.split(language.normalizer().fold(title))) {
      if (w.length() >= 2) {
        keys.add(language.stemmer().key(w));
      }
    }
    return keys;
  }

  private static double titleScore(List<String> keys, Map<String, int[]> membersWith) {
    double sum = 0;
    for (String k : keys) {
      sum += membersWith.get(k)[0];
    }
    return keys.isEmpty() ? 0 : sum / keys.size();
  }

  private static String leadSentence(List<AnalysedArticle> members) {
    for (AnalysedArticle a : members) {
      if (!a.sentences().isEmpty()) {
        Sentence s = a.sentences().get(0);
        List<Token> tokens = a.tokensOf(s);
        if (tokens.size() <= FALLBACK_TITLE_WORDS) {
          return s.span().in(a.clean().original());
        }
        int end = tokens.get(FALLBACK_TITLE_WORDS - 1).span().end();
        return a.clean().original().substring(s.span().start(), end) + "…";
      }
    }
    return "";
  }
}
