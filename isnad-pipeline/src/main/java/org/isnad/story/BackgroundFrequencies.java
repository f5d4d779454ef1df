package org.isnad.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How common each word key is in general Arabic news: document frequencies counted by {@code isnad
 * train idf} over public corpora (see {@code NOTICE}) and bundled as {@code background-df.tsv}. They
 * act as a prior for the clusterer's online frequencies, so that in a small batch the words every
 * article shares by chance ("معرض", "الوزير") are not mistaken for the words of one story.
 *
 * <p>Immutable and thread-safe.
 */
public final class BackgroundFrequencies {

  static final String RESOURCE = "background-df.tsv";

  /** No background: every term unseen. */
  public static final BackgroundFrequencies NONE = new BackgroundFrequencies(Map.of(), 0);

  private final Map<String, Integer> df;
  private final int documents;

  private BackgroundFrequencies(Map<String, Integer> df, int documents) {
    this.df = df;
    this.documents = documents;
  }

  /** The bundled table, or {@link #NONE} when the build has none; read once per class loader. */
  public static BackgroundFrequencies bundled() {
    return Bundled.TABLE;
  }

  /** Holds the bundled table, read on first use. */
  private static final class Bundled {
    static final BackgroundFrequencies TABLE = load();
  }

  private static BackgroundFrequencies load() {
    try (InputStream in = BackgroundFrequencies.class.getResourceAsStream(RESOURCE)) {
      return in == null ? NONE : read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
    }
  }

  static BackgroundFrequencies read(BufferedReader r) throws IOException {
    Map<String, Integer> df = new HashMap<>();
    int documents = 0;
    String line;
    while ((line = r.readLine()) != null) {
      if (line.startsWith("# documents\t")) {
        documents = Integer.parseInt(line.substring(line.indexOf('\t') + 1).strip());
      } else if (!line.startsWith("#") && !line.isBlank()) {
        int tab = line.indexOf('\t');
        df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
      }
    }
    if (documents <= 0 && !df.isEmpty()) {
      throw new IllegalStateException(RESOURCE + " has frequencies but no '# documents' line");
    }
    return new BackgroundFrequencies(Map.copyOf(df), documents);
  }

  /** The share of background documents containing {@code key} (0 when unseen or no background). */
  public double share(String key) {
    return documents == 0 ? 0 : df.getOrDefault(key, 0) / (double) documents;
  }

  /** Calls {@code action} with every key and its share, in no particular order. */
  public void forEach(java.util.function.ObjDoubleConsumer<String> action) {
    if (documents > 0) {
      df.forEach((k, v) -> action.accept(k, v / (double) documents));
    }
  }

  public int documents() {
    return documents;
  }

  public int size() {
    return df.size();
  }
}
