package org.isnad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.compare.ClaimComparator;
import org.isnad.lang.Language;
import org.isnad.model.Stance;
import org.junit.jupiter.api.Test;

/** The claim comparator on the Arabic News Stance dev split of ../shared, when it is present. */
class StanceEvalTest {

  @Test
  void devMacroF1StaysAboveTheRecordedFigure() throws Exception {
    Path shared = Path.of(System.getProperty("isnad.shared", "../../shared")).toAbsolutePath().normalize();
    Path dev = shared.resolve("data/stance/ans/stance-dev.csv");
    assumeTrue(Files.exists(dev), "../shared/data/stance is absent (" + dev + "): test skipped");
    List<StancePairs.Pair> pairs = StancePairs.read(dev);
    assertThat(pairs).hasSize(755);
    StanceEval.Result r = new StanceEval(ClaimComparator.create(Language.arabic())).run(pairs);
    // recorded: macro-F1 0.792, accuracy 0.776 (agree F1 0.701, disagree 0.818, other 0.857)
    assertThat(r.macroF1()).isGreaterThan(0.77);
    assertThat(r.accuracy()).isGreaterThan(0.76);
    assertThat(r.f1(Stance.DISAGREE)).isGreaterThan(0.80);
  }

  @Test
  void quotedFieldsAreRead() {
    List<List<String>> rows = StancePairs.parse("s1,s2,stance\n\"a, b\",\"c \"\"d\"\"\",agree\r\nx,y,other\n");
    assertThat(rows).containsExactly(List.of("s1", "s2", "stance"), List.of("a, b", "c \"d\"", "agree"),
        List.of("x", "y", "other"));
  }
}
