package org.isnad.train;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.lang.Language;

/**
 * Counts background document frequencies of word keys for the story clusterer. Documents are the
 * sentences of the NER corpora (ANERcorp train, Wojood sample train; one token per line, blank line
 * between sentences) and the headlines and claims of the Arabic News Stance corpus; dev, val and
 * test splits are left out. Writes {@code key TAB df} for keys seen in at least two documents, with
 * the document count and the inputs' checksums as provenance.
 */
public final class IdfTrainer {

  private final Language language;
  private final Map<String, Integer> df = new HashMap<>();
  private final List<String> provenance = new ArrayList<>();
  private int documents;

  public IdfTrainer(Language language) {
    this.language = language;
  }

  /** Adds a CoNLL-style file: token first on each line, blank line between sentences. */
  public void addConll(Path file) throws IOException {
    List<String> sentence = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        addDocument(sentence);
        sentence.clear();
      } else if (!line.startsWith("-DOCSTART-")) {
        sentence.add(line.split("\\s+")[0]);
      }
    }
    addDocument(sentence);
    provenance.add(file.getFileName() + " sha256=" + sha256(file));
  }

  /** Adds a CSV file whose lines' text fields are documents (the first two columns). */
  public void addCsv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",");
      for (int i = 0; i < Math.min(2, fields.length); i++) {
        addDocument(List.of(fields[i].split("\\s+")));
      }
    }
    provenance.add(file.getFileName() + " sha256=" + sha256(file));
  }

  private void addDocument(List<String> words) {
    if (words.isEmpty()) {
      return;
    }
    Set<String> keys = new HashSet<>();
    for (String w : words) {
      String folded = language.normalizer().fold(w).replaceAll("[^\\p{L}\\p{N}]", "");
      if (!folded.isEmpty()) {
        keys.add(language.stemmer().key(folded));
      }
    }
    keys.forEach(k -> df.merge(k, 1, Integer::sum));
    documents++;
  }

  /** Writes the table. */
  public void write(Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# Background document frequencies of word keys, written by 'isnad train idf' on "
          + LocalDate.now() + ".\n");
      w.write("# Sources (read in place, not redistributed): " + String.join("; ", provenance) + "\n");
      w.write("# Keys seen in fewer than two documents are left out.\n");
      w.write("# documents\t" + documents + "\n");
      List<Map.Entry<String, Integer>> rows = new ArrayList<>(df.entrySet());
      rows.sort((x, y) -> y.getValue().equals(x.getValue()) ? x.getKey().compareTo(y.getKey())
          : Integer.compare(y.getValue(), x.getValue()));
      for (Map.Entry<String, Integer> e : rows) {
        if (e.getValue() >= 2) {
          w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
      }
    }
  }

  public int documents() {
    return documents;
  }

  public int keys() {
    return df.size();
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
