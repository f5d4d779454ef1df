package org.isnad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.isnad.lang.Language;
import org.isnad.model.Span;
import org.isnad.text.AlignedText;
import org.isnad.text.Stemmer;
import org.isnad.text.TextNormalizer;

/**
 * An in-memory inverted index over the articles of one archive state: words are folded by the
 * language's normaliser and matched by its stemmer's keys, so a query finds the word's other
 * spellings and inflections; every hit keeps the original span of each word. A query is a list of
 * clauses (words, or phrases in double quotes), all of which must occur; the score is the sum over
 * clauses of {@code (1 + log tf) * idf}.
 *
 * <p>Articles with the same original text (copies, duplicates) are analysed and indexed once. Text
 * inside removed blocks (page clutter) is not indexed. Immutable after construction and thread-safe.
 */
final class SearchIndex {

  private static final int SNIPPET_BEFORE = 60;
  private static final int SNIPPET_LENGTH = 220;

  private final TextNormalizer normalizer;
  private final Stemmer stemmer;
  private final List<Doc> docs = new ArrayList<>();
  private final List<Text> texts = new ArrayList<>();
  /** key -> ids of the texts holding it, ascending. */
  private final Map<String, int[]> postings;
  private final Map<String, StoryFacets> facets;

  /** One article: its metadata and the shared analysis of its text. */
  private record Doc(JsonNode article, String id, String story, String outlet, String outletId, LocalDate day,
      Text text) {}

  /** One distinct original text: word keys and original spans, in order; and its articles. */
  private static final class Text {
    final String original;
    final String[] keys;
    final int[] starts;
    final int[] ends;
    final List<Integer> docs = new ArrayList<>(1);

    Text(String original, String[] keys, int[] starts, int[] ends) {
      this.original = original;
      this.keys = keys;
      this.starts = starts;
      this.ends = ends;
    }
  }

  /** What a story offers the filters: entity names (folded) and ids, event types. */
  private record StoryFacets(Set<String> entities, Set<String> eventTypes) {}

  SearchIndex(Language language, Iterable<JsonNode> articles, Map<String, String> storyOfArticle,
      Iterable<JsonNode> stories) {
    this.normalizer = language.normalizer();
    this.stemmer = language.stemmer();
    Map<String, Text> byOriginal = new HashMap<>();
    Map<String, List<Integer>> building = new HashMap<>();
    for (JsonNode a : articles) {
      String original = a.path("original").asText("");
      Text text = byOriginal.get(original);
      if (text == null) {
        text = analyse(original, removedSpans(a));
        byOriginal.put(original, text);
        int textId = texts.size();
        texts.add(text);
        for (String key : new HashSet<>(Arrays.asList(text.keys))) {
          building.computeIfAbsent(key, k -> new ArrayList<>()).add(textId);
        }
      }
      String id = a.path("id").asText();
      text.docs.add(docs.size());
      docs.add(new Doc(a, id, storyOfArticle.getOrDefault(id, a.path("story").textValue()),
          a.path("outlet").textValue(), a.path("outlet_id").textValue(), day(a.path("published").textValue()), text));
    }
    this.postings = new HashMap<>(building.size() * 2);
    building.forEach((k, v) -> postings.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    this.facets = new HashMap<>();
    for (JsonNode s : stories) {
      facets.put(s.path("id").asText(), facets(s));
    }
  }

  private StoryFacets facets(JsonNode story) {
    Set<String> names = new HashSet<>();
    for (JsonNode e : story.path("entities")) {
      names.add(e.path("id").asText());
      names.add(normalizer.fold(e.path("canonical").asText("")));
      for (JsonNode alias : e.path("aliases")) {
        names.add(normalizer.fold(alias.asText("")));
      }
    }
    Set<String> types = new HashSet<>();
    for (JsonNode e : story.path("events")) {
      types.add(e.path("type").asText());
    }
    return new StoryFacets(Set.copyOf(names), Set.copyOf(types));
  }

  private static List<Span> removedSpans(JsonNode article) {
    List<Span> out = new ArrayList<>();
    for (JsonNode r : article.path("removed")) {
      JsonNode span = r.path("span");
      if (span.size() == 2) {
        out.add(new Span(span.get(0).asInt(), Math.max(span.get(0).asInt(), span.get(1).asInt())));
      }
    }
    return out;
  }

  private static LocalDate day(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Words of {@code original}: runs of letters and digits of the normalised text, outside removed blocks. */
  private Text analyse(String original, List<Span> removed) {
    AlignedText aligned = normalizer.normalize(original);
    String norm = aligned.normalized();
    List<String> keys = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < norm.length(); ) {
      if (!Character.isLetterOrDigit(norm.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < norm.length() && Character.isLetterOrDigit(norm.charAt(i))) {
        i++;
      }
      Span span = aligned.toOriginal(start, i);
      if (removed.stream().noneMatch(r -> r.contains(span))) {
        keys.add(stemmer.key(norm, start, i));
        spans.add(span);
      }
    }
    int[] starts = spans.stream().mapToInt(Span::start).toArray();
    int[] ends = spans.stream().mapToInt(Span::end).toArray();
    return new Text(original, keys.toArray(String[]::new), starts, ends);
  }

  /** The clauses of a query: each a list of keys that must occur in a row (one key for a word). */
  List<List<String>> clauses(String query) {
    List<List<String>> out = new ArrayList<>();
    String[] parts = query.split("\"", -1);
    for (int i = 0; i < parts.length; i++) {
      List<String> keys = keys(parts[i]);
      if (i % 2 == 1 && keys.size() > 1) {
        out.add(keys);   // inside quotes: a phrase
      } else {
        keys.forEach(k -> out.add(List.of(k)));
      }
    }
    return out;
  }

  private List<String> keys(String part) {
    String norm = normalizer.fold(part);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < norm.length(); ) {
      if (!Character.isLetterOrDigit(norm.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < norm.length() && Character.isLetterOrDigit(norm.charAt(i))) {
        i++;
      }
      keys.add(stemmer.key(norm, start, i));
    }
    return keys;
  }

  SearchResults search(SearchQuery q) {
    List<List<String>> clauses = clauses(q.text());
    if (clauses.isEmpty()) {
      return new SearchResults(0, List.of());
    }
    int[] candidates = candidates(clauses);
    String entity = q.entity() == null ? null : normalizer.fold(q.entity());
    PriorityQueue<double[]> top = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Double.compare(x[0], y[0])
        : Double.compare(y[1], x[1]));
    int keep = q.offset() + q.limit();
    long total = 0;
    boolean unfiltered = q.story() == null && q.outlet() == null && q.from() == null && q.to() == null
        && entity == null && q.eventType() == null;
    for (int t : candidates) {
      Text text = texts.get(t);
      double score = score(text, clauses);
      if (score <= 0) {
        continue;
      }
      // the docs of one text share its score and come in index order: only the first `keep` can rank
      if (unfiltered) {
        total += text.docs.size();
        for (int k = 0; k < Math.min(keep, text.docs.size()); k++) {
          offer(top, keep, score, text.docs.get(k));
        }
        continue;
      }
      int kept = 0;
      for (int d : text.docs) {
        if (!matches(docs.get(d), q, entity)) {
          continue;
        }
        total++;
        if (kept++ < keep) {
          offer(top, keep, score, d);
        }
      }
    }
    List<double[]> ranked = new ArrayList<>(top);
    ranked.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
    List<SearchResults.Hit> hits = new ArrayList<>();
    for (int i = q.offset(); i < ranked.size(); i++) {
      hits.add(hit(docs.get((int) ranked.get(i)[1]), ranked.get(i)[0], clauses));
    }
    return new SearchResults(total, hits);
  }

  /** Texts holding every key of every clause: the intersection of posting lists, rarest first. */
  private int[] candidates(List<List<String>> clauses) {
    List<int[]> lists = new ArrayList<>();
    for (List<String> clause : clauses) {
      for (String key : clause) {
        int[] p = postings.get(key);
        if (p == null) {
          return new int[0];
        }
        lists.add(p);
      }
    }
    lists.sort((a, b) -> Integer.compare(a.length, b.length));
    int[] result = lists.get(0);
    for (int i = 1; i < lists.size() && result.length > 0; i++) {
      result = intersect(result, lists.get(i));
    }
    return result;
  }

  private static int[] intersect(int[] a, int[] b) {
    int[] out = new int[Math.min(a.length, b.length)];
    int n = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        out[n++] = a[i];
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Sum over clauses of (1 + log tf) * idf; 0 when a phrase does not occur in a row. */
  private double score(Text text, List<List<String>> clauses) {
    double score = 0;
    for (List<String> clause : clauses) {
      int tf = occurrences(text, clause).size();
      if (tf == 0) {
        return 0;
      }
      double df = postings.get(clause.get(0)).length;
      score += (1 + Math.log(tf)) * Math.log(1 + texts.size() / df);
    }
    return score;
  }

  /** Word positions where {@code clause} starts. */
  private static List<Integer> occurrences(Text text, List<String> clause) {
    List<Integer> at = new ArrayList<>();
    outer:
    for (int i = 0; i + clause.size() <= text.keys.length; i++) {
      for (int j = 0; j < clause.size(); j++) {
        if (!text.keys[i + j].equals(clause.get(j))) {
          continue outer;
        }
      }
      at.add(i);
    }
    return at;
  }

  /** Adds a hit to the best {@code keep} so far, dropping the weakest when there are more. */
  private static void offer(PriorityQueue<double[]> top, int keep, double score, int doc) {
    top.add(new double[] {score, doc});
    if (top.size() > keep) {
      top.poll();
    }
  }

  private boolean matches(Doc doc, SearchQuery q, String entity) {
    if (q.story() != null && !q.story().equals(doc.story())) {
      return false;
    }
    if (q.outlet() != null && !q.outlet().equals(doc.outlet()) && !q.outlet().equals(doc.outletId())) {
      return false;
    }
    if ((q.from() != null || q.to() != null) && (doc.day() == null
        || q.from() != null && doc.day().isBefore(q.from()) || q.to() != null && doc.day().isAfter(q.to()))) {
      return false;
    }
    if (entity == null && q.eventType() == null) {
      return true;
    }
    StoryFacets f = doc.story() == null ? null : facets.get(doc.story());
    if (entity != null && (f == null || !f.entities().contains(entity) && !f.entities().contains(q.entity()))) {
      return false;
    }
    return q.eventType() == null || f != null && f.eventTypes().contains(q.eventType());
  }

  /** The hit: a snippet around the first matched word, with every matched word inside it marked. */
  private SearchResults.Hit hit(Doc doc, double score, List<List<String>> clauses) {
    Text text = doc.text();
    List<Span> words = new ArrayList<>();
    for (List<String> clause : clauses) {
      for (int at : occurrences(text, clause)) {
        words.add(new Span(text.starts[at], text.ends[at + clause.size() - 1]));
      }
    }
    words.sort(null);
    Span snippet = snippet(text.original, words.isEmpty() ? 0 : words.get(0).start());
    List<Span> inside = words.stream().filter(snippet::contains).toList();
    JsonNode a = doc.article();
    return new SearchResults.Hit(doc.id(), doc.story(), a.path("title").asText(""), doc.outlet(),
        a.path("published").textValue(), score, snippet, snippet.in(text.original), merge(inside));
  }

  /** A window of the original around {@code at}, cut at whitespace where it can be. */
  static Span snippet(String original, int at) {
    // start on the match's line (a title or paragraph), at most SNIPPET_BEFORE chars before it
    int start = Math.max(Math.max(0, at - SNIPPET_BEFORE), original.lastIndexOf('\n', Math.max(0, at - 1)) + 1);
    while (start > 0 && start < at && !Character.isWhitespace(original.charAt(start - 1))) {
      start++;
    }
    int end = Math.min(original.length(), start + SNIPPET_LENGTH);
    int cut = end;
    while (cut < original.length() && cut > at && !Character.isWhitespace(original.charAt(cut))) {
      cut--;
    }
    if (cut > at) {
      end = cut;
    }
    // never cut a surrogate pair
    if (start < end && Character.isLowSurrogate(original.charAt(start))) {
      start++;
    }
    if (end < original.length() && end > start && Character.isLowSurrogate(original.charAt(end))) {
      end--;
    }
    return new Span(start, end);
  }

  private static List<Span> merge(List<Span> sorted) {
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s.start() <= last.end()) {
        out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
