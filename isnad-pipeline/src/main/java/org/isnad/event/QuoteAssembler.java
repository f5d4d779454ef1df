package org.isnad.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.ChainLink;
import org.isnad.model.Entity;
import org.isnad.model.Quote;
import org.isnad.model.QuoteMention;
import org.isnad.model.SourceRef;
import org.isnad.model.SourceType;
import org.isnad.model.Span;
import org.isnad.model.Token;

/**
 * Story level: the quotations of a story's articles, each with its speaker resolved to a story
 * entity (for an anonymous source with its body, "مسؤول في الأمم المتحدة", the body is the entity,
 * its affiliation, and the name stays as written; it is never the same speaker as the body itself), grouped so that the reports of one statement by several outlets share a group: same
 * speaker (entity, else the same written name), different articles, and words that overlap by at least {@value
 * #SAME_WORDS} of the shorter quotation's word keys.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteAssembler {

  private static final Pattern QUOTE_MARKS = Pattern.compile("[«»\"“”()]");

  static final double SAME_WORDS = 0.4;

  /** The story's quotations, in article order. */
  public List<Quote> assemble(String storyId, List<AnalysedArticle> members, List<Entity> entities) {
    return assemble(storyId, members, new EntityIndex(entities));
  }

  /** {@link #assemble(String, List, List)} with the story's index of its entities, shared with the other assemblers. */
  public List<Quote> assemble(String storyId, List<AnalysedArticle> members, EntityIndex entityAt) {
    List<Quote> quotes = new ArrayList<>();
    Words words = new Words();
    for (AnalysedArticle a : members) {
      for (QuoteMention q : a.quotes()) {
        Entity speaker = q.speakerSpan() == null ? null : speakerEntity(entityAt, a.id(), q.speakerSpan());
        String id = storyId + "-Q" + (quotes.size() + 1);
        quotes.add(new Quote(id, speaker == null ? null : speaker.id(),
            speaker == null || q.sourceType() == SourceType.ANONYMOUS_SOURCE ? clean(q.speaker()) : speaker.canonical(), q.verb(), q.span().in(a.clean().original()),
            new SourceRef(a.id(), q.span()), q.direct(), q.sourceType(), cleanChain(q.chain()), id));
        words.add(a, q.span());
      }
    }
    return grouped(quotes, words);
  }

  /**
   * The entity with a mention inside the speaker's span (a role and name may hold several). A place
   * inside a longer name is where the speaker is, not the speaker ("المجلس المحلي في إعزاز",
   * "ولاية كلس التركية", "مسؤول في الموصل"): only a place that opens the span speaks as itself.
   */
  private static Entity speakerEntity(EntityIndex entityAt, String article, Span span) {
    for (int i = span.start(); i < span.end(); i++) {
      Entity e = entityAt.startingAt(article, i);
      if (e != null && (e.type() != org.isnad.model.EntityType.LOC || i == span.start())) {
        return e;
      }
    }
    return null;
  }

  /**
   * The word keys of each quotation, made when two quotations are first compared by their words
   * (most pairs differ by speaker or article before that).
   */
  private static final class Words {
    private final List<AnalysedArticle> articles = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();
    private final List<Set<String>> keys = new ArrayList<>();

    void add(AnalysedArticle a, Span span) {
      articles.add(a);
      spans.add(span);
      keys.add(null);
    }

    Set<String> get(int i) {
      Set<String> k = keys.get(i);
      if (k == null) {
        k = keys(articles.get(i), spans.get(i));
        keys.set(i, k);
      }
      return k;
    }
  }

  private static Set<String> keys(AnalysedArticle a, Span span) {
    Set<String> out = new HashSet<>();
    for (Token t : a.tokens()) {
      if (span.contains(t.span())) {
        out.add(t.key());
      }
    }
    return out;
  }

  private static List<Quote> grouped(List<Quote> quotes, Words words) {
    String[] group = new String[quotes.size()];
    for (int i = 0; i < quotes.size(); i++) {
      group[i] = quotes.get(i).id();
      for (int j = 0; j < i; j++) {
        if (sameStatement(quotes.get(i), quotes.get(j), words, i, j)) {
          group[i] = group[j];
          break;
        }
      }
    }
    List<Quote> out = new ArrayList<>(quotes.size());
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      out.add(new Quote(q.id(), q.speaker(), q.speakerName(), q.verb(), q.text(), q.source(), q.direct(),
          q.sourceType(), q.chain(), group[i]));
    }
    return out;
  }

  /** Whether quotations i ({@code a}) and j ({@code b}) report one statement. */
  private static boolean sameStatement(Quote a, Quote b, Words words, int i, int j) {
    boolean anonymous = a.sourceType() == SourceType.ANONYMOUS_SOURCE;
    boolean sameSpeaker = anonymous != (b.sourceType() == SourceType.ANONYMOUS_SOURCE) ? false
        : a.speaker() != null ? a.speaker().equals(b.speaker())
        : a.speakerName() != null && a.speakerName().equals(b.speakerName());
    if (!sameSpeaker || a.source().article().equals(b.source().article())) {
      return false;
    }
    Set<String> wa = words.get(i);
    Set<String> wb = words.get(j);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    int shared = 0;
    for (String w : wa) {
      if (wb.contains(w)) {
        shared++;
      }
    }
    return shared >= SAME_WORDS * Math.min(wa.size(), wb.size());
  }

  private static List<ChainLink> cleanChain(List<ChainLink> chain) {
    return chain.stream().map(l -> new ChainLink(clean(l.name()), l.span())).toList();
  }

  /** A name without quotation marks, brackets and what a bracket opens. */
  static String clean(String name) {
    if (name == null) {
      return null;
    }
    int bracket = name.indexOf('(');
    String s = bracket > 0 ? name.substring(0, bracket) : name;
    return (hasQuoteMark(s) ? QUOTE_MARKS.matcher(s).replaceAll("") : s).strip();
  }

  /** Whether {@code s} holds a character of {@link #QUOTE_MARKS} (most names have none: no regex then). */
  private static boolean hasQuoteMark(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("«»\"“”()".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
