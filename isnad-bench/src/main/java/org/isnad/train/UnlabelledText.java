package org.isnad.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.entity.NerInput;
import org.isnad.eval.Conll;
import org.isnad.lang.Language;

/**
 * Sentences of folded words for {@link ClusterTrainer}, as the tagger sees words: the words of CoNLL
 * sentences (tags ignored, punctuation left out), and the words of plain text, CSV or XML files one
 * line at a time (markup removed). Stateless.
 */
public final class UnlabelledText {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
  private static final Pattern MARKUP = Pattern.compile("<[^>]*>");

  private UnlabelledText() {}

  /** The words of CoNLL sentences. */
  public static List<String[]> of(List<Conll.Sentence> sentences, Language language) {
    List<String[]> out = new ArrayList<>();
    for (Conll.Sentence s : sentences) {
      List<String> words = s.words().stream().filter(NerInput::isWord).toList();
      if (!words.isEmpty()) {
        out.add(NerInput.norms(words, language));
      }
    }
    return out;
  }

  /** The words of a text file, one sentence per line. */
  public static List<String[]> read(Path file, Language language) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      List<String> words = new ArrayList<>();
      Matcher m = WORD.matcher(MARKUP.matcher(line).replaceAll(" "));
      while (m.find()) {
        words.add(m.group());
      }
      if (!words.isEmpty()) {
        out.add(NerInput.norms(words, language));
      }
    }
    return out;
  }
}
