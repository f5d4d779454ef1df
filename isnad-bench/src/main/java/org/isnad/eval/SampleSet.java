package org.isnad.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A comparison set of real Arabic text for reading the pipeline's output and for diffing the reports
 * of two builds: written from the shared data folder, never kept in the repository. What it holds:
 * the TimeML news articles as text files ({@code tml-*.txt}); the ANERcorp news sentences in pages of
 * {@value #ANERCORP_PAGE}, every other page as HTML ({@code aner-*}); the Wojood sample's sentences in
 * pages of {@value #WOJOOD_PAGE} ({@code wojood-*.txt}); and up to {@value #HEADLINES} ANS headlines as
 * JSON lines ({@code ans.jsonl}). The same data always gives the same files.
 */
public final class SampleSet {

  static final int ANERCORP_PAGE = 12;
  static final int WOJOOD_PAGE = 10;
  static final int HEADLINES = 800;
  /** Sentences of fewer words are headings and fragments, left out. */
  private static final int MIN_WORDS = 5;

  /** How many files of each kind were written, and which parts of the data were missing. */
  public record Written(int articles, int anercorpPages, int wojoodPages, int headlines, List<String> missing) {

    public int files() {
      return articles + anercorpPages + wojoodPages + (headlines > 0 ? 1 : 0);
    }
  }

  private final Path data;

  /** @param data the shared data folder ({@code ../shared/data}) */
  public SampleSet(Path data) {
    this.data = data;
  }

  /** Writes the set into {@code out} (created when missing), replacing files of the same names. */
  public Written write(Path out) throws IOException {
    Files.createDirectories(out);
    List<String> missing = new ArrayList<>();
    int articles = timeMl(out, missing);
    int aner = pages(anercorp(missing), ANERCORP_PAGE, out, "aner-", true);
    int wojood = pages(wojood(missing), WOJOOD_PAGE, out, "wojood-", false);
    int headlines = headlines(out, missing);
    return new Written(articles, aner, wojood, headlines, List.copyOf(missing));
  }

  private int timeMl(Path out, List<String> missing) throws IOException {
    Path dir = data.resolve("time/arabic-news-timeml");
    if (!Files.isDirectory(dir)) {
      missing.add(dir.toString());
      return 0;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      String text = TimeMl.plainText(Files.readString(f, StandardCharsets.UTF_8));
      Files.writeString(out.resolve("tml-" + name.substring(0, name.length() - 4) + ".txt"), text + "\n");
    }
    return files.size();
  }

  /**
   * ANERcorp's sentences: its files run sentences on without blank lines, so a sentence also ends at
   * a full stop on its own line.
   */
  private List<String> anercorp(List<String> missing) throws IOException {
    List<String> out = new ArrayList<>();
    for (String name : new String[] {"dev.conll", "train.conll"}) {
      Path f = data.resolve("ner/anercorp").resolve(name);
      if (!Files.exists(f)) {
        missing.add(f.toString());
        continue;
      }
      List<String> words = new ArrayList<>();
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String word = line.isBlank() || line.startsWith("-DOCSTART") ? null : line.strip().split("\\s+")[0];
        if (word != null) {
          words.add(word);
        }
        if (word == null || word.equals(".")) {
          flush(words, out);
        }
      }
      flush(words, out);
    }
    return out;
  }

  /** The Wojood sample's sentences, one per blank-line block, without its "$#$" line-break marks. */
  private List<String> wojood(List<String> missing) throws IOException {
    List<String> out = new ArrayList<>();
    for (String name : new String[] {"train.txt", "val.txt"}) {
      Path f = data.resolve("ner/wojood-sample").resolve(name);
      if (!Files.exists(f)) {
        missing.add(f.toString());
        continue;
      }
      List<String> words = new ArrayList<>();
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          flush(words, out);
        } else if (!line.startsWith("$#$")) {
          words.add(line.strip().split("\\s+")[0]);
        }
      }
      flush(words, out);
    }
    return out;
  }

  private static void flush(List<String> words, List<String> out) {
    if (words.size() >= MIN_WORDS) {
      out.add(String.join(" ", words));
    }
    words.clear();
  }

  /** Pages of {@code size} sentences; with {@code html}, every other page is an HTML page. */
  private static int pages(List<String> sentences, int size, Path out, String prefix, boolean html) throws IOException {
    int n = 0;
    for (int from = 0; from < sentences.size(); from += size, n++) {
      List<String> page = sentences.subList(from, Math.min(sentences.size(), from + size));
      String name = prefix + String.format("%04d", n);
      if (html && n % 2 == 0) {
        Files.writeString(out.resolve(name + ".html"), htmlPage(page));
      } else {
        Files.writeString(out.resolve(name + ".txt"), String.join("\n\n", page) + "\n");
      }
    }
    return n;
  }

  /** An article page: the first sentence's opening as its title, one paragraph per sentence. */
  static String htmlPage(List<String> sentences) {
    String first = sentences.get(0);
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(first.substring(0, Math.min(80, first.length())))).append("</title></head><body><article>\n");
    for (String s : sentences) {
      b.append("<p>").append(escape(s)).append("</p>\n");
    }
    return b.append("</article></body></html>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Both headlines of the ANS development pairs, one JSON line each, with a URL of their own. */
  private int headlines(Path out, List<String> missing) throws IOException {
    Path csv = data.resolve("stance/ans/stance-dev.csv");
    if (!Files.exists(csv)) {
      missing.add(csv.toString());
      return 0;
    }
    ObjectMapper json = new ObjectMapper();
    int n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out.resolve("ans.jsonl"), StandardCharsets.UTF_8)) {
      for (StancePairs.Pair pair : StancePairs.read(csv)) {
        for (String headline : List.of(pair.a(), pair.b())) {
          if (n == HEADLINES) {
            return n;
          }
          ObjectNode line = json.createObjectNode().put("url", "https://example.org/ans/" + n).put("title", headline)
              .put("text", headline).put("published", "2019-01-01");
          w.write(json.writeValueAsString(line));
          w.newLine();
          n++;
        }
      }
    }
    return n;
  }
}
