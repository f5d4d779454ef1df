package org.isnad.time;

import java.lang.ref.WeakReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Sentence;
import org.isnad.model.Token;
import org.isnad.time.RuleTimeTagger.Found;

/**
 * The expressions last found in recent articles, so that reading an article's text again (to infer
 * its date, or to resolve it against its story's date) costs a look-up. What the grammar finds
 * depends only on the article's text, sentences and tokens, which later stages copy along by
 * reference: an article is known again by the identity of those three. The articles are held
 * weakly and the number of entries is bounded, so the memo keeps nothing alive.
 *
 * <p>Thread-safe.
 */
final class FoundMemo {

  private static final int CAPACITY = 2048;

  /** An article's text, sentences and tokens, compared by identity. */
  private static final class Key {
    final WeakReference<CleanArticle> clean;
    final WeakReference<List<Sentence>> sentences;
    final WeakReference<List<Token>> tokens;
    final int hash;

    Key(AnalysedArticle a) {
      this.clean = new WeakReference<>(a.clean());
      this.sentences = new WeakReference<>(a.sentences());
      this.tokens = new WeakReference<>(a.tokens());
      this.hash = System.identityHashCode(a.clean()) * 31 + System.identityHashCode(a.tokens());
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && hash == k.hash && same(clean, k.clean) && same(sentences, k.sentences)
          && same(tokens, k.tokens);
    }

    /** True when both refer to one live object (a cleared reference equals nothing). */
    private static boolean same(WeakReference<?> a, WeakReference<?> b) {
      Object x = a.get();
      return x != null && x == b.get();
    }
  }

  private final Map<Key, List<Found>> entries = new LinkedHashMap<>(64, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, List<Found>> eldest) {
      return size() > CAPACITY;
    }
  };

  /** What {@code find} gives for {@code article}, computed once while the article is recent. */
  List<Found> get(AnalysedArticle article, Function<AnalysedArticle, List<Found>> find) {
    Key key = new Key(article);
    List<Found> found;
    synchronized (entries) {
      found = entries.get(key);
    }
    if (found == null) {
      found = List.copyOf(find.apply(article));
      synchronized (entries) {
        entries.put(key, found);
      }
    }
    return found;
  }
}
