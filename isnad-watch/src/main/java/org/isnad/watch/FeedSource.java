package org.isnad.watch;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One feed to poll.
 *
 * @param url an absolute http or https URL
 * @param outlet the outlet's name given in the feeds file, or null to use the feed's own title
 */
public record FeedSource(URI url, String outlet) {

  public FeedSource {
    requireNonNull(url, "url must not be null");
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw new IllegalArgumentException("not an absolute http(s) URL: " + url);
    }
    outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
  }

  /**
   * Reads a feeds file: one URL per line, optionally followed by a tab and the outlet's name; blank
   * lines and lines starting with {@code #} are ignored; a URL listed twice is polled once.
   *
   * @throws IllegalArgumentException naming the file and line of the first line that is not a URL
   * @throws IOException if the file cannot be read
   */
  public static List<FeedSource> readAll(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<FeedSource> feeds = new ArrayList<>();
    Set<URI> seen = new LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = lines.get(i).indexOf('\t');
      String url = (tab < 0 ? line : lines.get(i).substring(0, tab)).strip();
      String outlet = tab < 0 ? null : lines.get(i).substring(tab + 1);
      FeedSource f = parse(file + ":" + (i + 1), url, outlet);
      if (seen.add(f.url())) {
        feeds.add(f);
      }
    }
    return List.copyOf(feeds);
  }

  private static FeedSource parse(String where, String url, String outlet) {
    try {
      return new FeedSource(new URI(url), outlet);
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": not an absolute http(s) URL: '" + url + "'", e);
    }
  }
}
