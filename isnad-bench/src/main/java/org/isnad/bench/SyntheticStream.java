package org.isnad.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.isnad.model.Outlet;
import org.isnad.model.Published;
import org.isnad.model.Sentence;
import org.isnad.model.Span;
import org.isnad.model.Token;
import org.isnad.model.TokenKind;

/**
 * A stream of synthetic analysed articles for the scale benchmark, from real sentences recombined:
 * corpus sentences are cut into chunks of nine words, and each synthetic sentence joins three chunks. Planted
 * stories: each story has six invented names, mentioned in each of its articles (as person mentions,
 * with one event mention an article, so story clustering weighs them as anchors), and a time span;
 * a new article starts a story (one in eight) or continues one of the recently active. Planted
 * copies: about one article in six copies a passage of 30 to 80 words from an earlier article of
 * its story, and one in fifty from another story (wire copy). Deterministic for a seed.
 */
public final class SyntheticStream {

  private static final int NAMES = 6;
  /** Sentences are cut into chunks this long and recombined, so no long run of words recurs by chance. */
  private static final int CHUNK = 9;
  private static final int RECENT = 2000;

  /** One generated article with its gold story. */
  public record Item(AnalysedArticle article, int story, boolean copied) {}

  /** A word, and whether it is a planted name. */
  private record Word(String norm, String key, boolean name) {}

  private final List<Word[]> halves = new ArrayList<>();
  private final Random random;
  private final List<String[]> storyNames = new ArrayList<>();
  private final List<Integer> recentStories = new ArrayList<>();
  private final List<Word[]> recentArticles = new ArrayList<>();
  private final List<Integer> recentArticleStory = new ArrayList<>();
  private final OffsetDateTime start = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  private final long secondsPerArticle;
  private int produced;

  /**
   * @param sentences real sentences (word lists)
   * @param secondsPerArticle publication time between consecutive articles
   */
  public SyntheticStream(List<List<String>> sentences, Language language, long seed, long secondsPerArticle) {
    this.random = new Random(seed);
    this.secondsPerArticle = secondsPerArticle;
    for (List<String> s : sentences) {
      for (int from = 0; from < s.size(); from += CHUNK) {
        halves.add(words(s.subList(from, Math.min(s.size(), from + CHUNK)), language));
      }
    }
  }

  private static Word[] words(List<String> ws, Language language) {
    Word[] out = new Word[ws.size()];
    for (int i = 0; i < out.length; i++) {
      String norm = language.normalizer().fold(ws.get(i));
      out[i] = new Word(norm, language.stemmer().key(norm), false);
    }
    return out;
  }

  public Item next() {
    int story = pickStory();
    List<Word> words = new ArrayList<>();
    String[] names = storyNames.get(story);
    while (words.size() < 280) {
      addSentence(words);
      words.add(nameWord(names[random.nextInt(NAMES)]));
    }
    boolean copied = plantCopy(words, story);
    remember(words, story);
    return new Item(article(words), story, copied);
  }

  private int pickStory() {
    if (storyNames.isEmpty() || random.nextInt(8) == 0) {
      String[] names = new String[NAMES];
      for (int i = 0; i < NAMES; i++) {
        names[i] = inventName();
      }
      storyNames.add(names);
      recentStories.add(storyNames.size() - 1);
      if (recentStories.size() > RECENT) {
        recentStories.remove(0);
      }
      return storyNames.size() - 1;
    }
    return recentStories.get(recentStories.size() - 1 - (int) Math.min(recentStories.size() - 1,
        Math.abs(random.nextGaussian()) * 50));
  }

  private String inventName() {
    StringBuilder sb = new StringBuilder();
    int len = 4 + random.nextInt(4);
    for (int i = 0; i < len; i++) {
      sb.append((char) ('\u0628' + random.nextInt(20)));
    }
    return sb.toString();
  }

  private static Word nameWord(String name) {
    return new Word(name, name, true);
  }

  private void addSentence(List<Word> words) {
    for (int c = 0; c < 3; c++) {
      for (Word w : halves.get(random.nextInt(halves.size()))) {
        words.add(w);
      }
    }
  }

  /** Copies 30 to 80 words of a recent article: of the same story, or one in eight times of another. */
  private boolean plantCopy(List<Word> words, int story) {
    if (recentArticles.isEmpty() || random.nextInt(6) != 0) {
      return false;
    }
    int source = -1;
    boolean wire = random.nextInt(8) == 0;
    for (int i = recentArticles.size() - 1; i >= 0 && source < 0; i--) {
      if ((recentArticleStory.get(i) == story) != wire) {
        source = i;
      }
    }
    if (source < 0) {
      return false;
    }
    Word[] from = recentArticles.get(source);
    int len = 30 + random.nextInt(51);
    int at = random.nextInt(from.length - len);
    int to = random.nextInt(words.size());
    words.addAll(to, List.of(java.util.Arrays.copyOfRange(from, at, at + len)));
    return true;
  }

  private void remember(List<Word> words, int story) {
    recentArticles.add(words.toArray(new Word[0]));
    recentArticleStory.add(story);
    if (recentArticles.size() > 200) {
      recentArticles.remove(0);
      recentArticleStory.remove(0);
    }
  }

  private AnalysedArticle article(List<Word> words) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>(words.size());
    List<EntityMention> names = new ArrayList<>();
    for (Word w : words) {
      int s = text.length();
      text.append(w.norm()).append(' ');
      Span span = new Span(s, s + w.norm().length());
      tokens.add(new Token(span, TokenKind.WORD, w.norm(), w.key()));
      if (w.name()) {
        names.add(new EntityMention(span, EntityType.PER, w.norm(), w.norm(), null, null, null, "model"));
      }
    }
    String original = text.toString();
    Published p = Published.ofTime(start.plusSeconds(produced * secondsPerArticle));
    String id = "x" + produced++;
    CleanArticle c = new CleanArticle(id, "synthetic", original, List.of(new Span(0, original.length())),
        null, null, Outlet.UNKNOWN, null, p, null, List.of(), List.of());
    Span all = new Span(0, original.length());
    // one event mention, so that the anchors (the names) weigh in as in a news report of an event
    EventMention event = new EventMention(EventType.ATTACK, tokens.get(0).span(), all, List.of(), null, false, null, null, null);
    return new AnalysedArticle(c, "ar", List.of(new Sentence(all, 0, tokens.size())), tokens, names, List.of(),
        List.of(event), List.of());
  }
}
