package org.isnad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleSetTest {

  @TempDir Path tmp;

  @Test
  void writesEachKindOfRealTextAndNamesWhatIsMissing() throws Exception {
    Path data = tmp.resolve("data");
    Files.createDirectories(data.resolve("time/arabic-news-timeml"));
    Files.writeString(data.resolve("time/arabic-news-timeml/doc1.tml"),
        "<?xml version=\"1.0\"?><TimeML>قتل شخصان <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2010-05-01\">أمس</TIMEX3>.</TimeML>");
    Files.createDirectories(data.resolve("ner/anercorp"));
    StringBuilder conll = new StringBuilder();
    for (int s = 0; s < 13; s++) { // 13 sentences of five words, run on as ANERcorp runs them
      for (String w : List.of("قال", "الوزير", "إن", "الوضع", "<مستقر>", ".")) {
        conll.append(w).append(" O\n");
      }
    }
    conll.append("كلمتان فقط .\n");
    Files.writeString(data.resolve("ner/anercorp/train.conll"), conll);
    Files.createDirectories(data.resolve("stance/ans"));
    Files.writeString(data.resolve("stance/ans/stance-dev.csv"), "s1,s2,stance\nعنوان أول,عنوان ثان,agree\n");

    Path out = tmp.resolve("out");
    SampleSet.Written w = new SampleSet(data).write(out);

    assertThat(w.articles()).isEqualTo(1);
    assertThat(Files.readString(out.resolve("tml-doc1.txt"))).isEqualTo("قتل شخصان أمس.\n");
    assertThat(w.anercorpPages()).isEqualTo(2); // 12 sentences, then 1; the two-word fragment left out
    String html = Files.readString(out.resolve("aner-0000.html"));
    assertThat(html).contains("<title>قال الوزير إن الوضع &lt;مستقر&gt; .</title>").contains("dir=\"rtl\"");
    assertThat(html.split("<p>", -1)).hasSize(13);
    assertThat(Files.readString(out.resolve("aner-0001.txt"))).isEqualTo("قال الوزير إن الوضع <مستقر> .\n");
    List<String> lines = Files.readAllLines(out.resolve("ans.jsonl"));
    assertThat(lines).hasSize(2);
    assertThat(new ObjectMapper().readTree(lines.get(1)).get("title").asText()).isEqualTo("عنوان ثان");
    assertThat(w.headlines()).isEqualTo(2);
    assertThat(w.files()).isEqualTo(4);
    assertThat(w.missing()).anySatisfy(m -> assertThat(m).contains("dev.conll")).anySatisfy(m -> assertThat(m).contains("wojood"));
  }
}
