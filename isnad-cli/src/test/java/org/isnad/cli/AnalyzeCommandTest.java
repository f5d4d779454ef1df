package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.cli.Cli.BOOKS;
import static org.isnad.cli.Cli.RAIN;
import static org.isnad.cli.Cli.readReport;
import static org.isnad.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.cli.Cli.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad analyze} run in-process: exit codes, what it prints, and the report it writes. */
class AnalyzeCommandTest {

  @TempDir Path tmp;
  private Path in;
  private Path out;

  @BeforeEach
  void twoGoodArticles() throws IOException {
    in = Files.createDirectory(tmp.resolve("in"));
    out = tmp.resolve("out");
    Files.writeString(in.resolve("rain.txt"), RAIN);
    Files.writeString(in.resolve("books.txt"), BOOKS);
  }

  @Test
  void folderOfGoodArticlesExitsZeroAndWritesTheReport() throws IOException {
    Run r = run("analyze", in.toString(), "--out", out.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(Main.OK);
    assertThat(out.resolve("report.json")).isRegularFile();
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(r.out()).contains("Read 2 article(s) from 2 file(s); rejected 0")
        .contains("Report: " + out.resolve("report.json"));
    assertThat(r.err()).doesNotContain("rejected:");
    JsonNode report = readReport(out);
    assertThat(report.get("articles")).hasSize(2);
    assertThat(report.get("rejected")).isEmpty();
    List<String> sources = new ArrayList<>();
    report.get("articles").forEach(a -> sources.add(a.get("source").asText()));
    assertThat(sources).containsExactly(in.resolve("books.txt").toString(), in.resolve("rain.txt").toString());
  }

  @Test
  void emptyFileMakesExitOneAndIsNamedOnStandardError() throws IOException {
    Path empty = Files.write(in.resolve("zz-empty.txt"), new byte[0]);

    Run r = run("analyze", in.toString(), "--out", out.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(Main.SOME_REJECTED);
    assertThat(r.err()).contains("rejected: " + empty + ": empty file (0 bytes)");
    assertThat(r.out()).contains("Read 2 article(s) from 3 file(s); rejected 1");
    JsonNode report = readReport(out);
    assertThat(report.get("articles")).hasSize(2);
    assertThat(report.get("rejected")).singleElement().satisfies(j -> {
      assertThat(j.get("source").asText()).isEqualTo(empty.toString());
      assertThat(j.get("reason").asText()).contains("empty");
    });
  }

  @Test
  void quietPrintsNothingButRejections() throws IOException {
    Path empty = Files.write(in.resolve("zz-empty.txt"), new byte[0]);

    Run r = run("analyze", "--quiet", in.toString(), "--out", out.toString());

    assertThat(r.code()).isEqualTo(Main.SOME_REJECTED);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).isEqualTo("rejected: " + empty + ": empty file (0 bytes)");
    assertThat(out.resolve("report.json")).isRegularFile();
  }

  @Test
  void noArgumentsIsAUsageErrorWithoutAStackTrace() {
    Run r = run();

    assertThat(r.code()).as(r.toString()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("missing subcommand").contains("isnad analyze PATH").contains("--help");
    assertThat(r.out()).isEmpty();
    assertNoStackTrace(r);
  }

  @Test
  void unknownOptionsAreUsageErrorsWithoutAStackTrace() {
    List<Run> runs = new ArrayList<>();
    runs.add(run("--bogus"));
    runs.add(run("analyze", "--bogus", in.toString(), "--out", out.toString()));

    assertThat(runs).allSatisfy(r -> {
      assertThat(r.code()).as(r.toString()).isEqualTo(Main.USAGE);
      assertThat(r.err()).contains("Unknown option: '--bogus'").contains("--help");
      assertNoStackTrace(r);
    });
    assertThat(out).doesNotExist();
  }

  @Test
  void analyzeWithoutAPathIsAUsageError() {
    Run r = run("analyze", "--out", out.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("Missing required parameter: 'PATH'").contains("isnad analyze --help");
    assertNoStackTrace(r);
    assertThat(out).doesNotExist();
  }

  @Test
  void nonPositiveArticleLimitIsAUsageError() {
    Run r = run("analyze", "--max-article-mb", "0", in.toString(), "--out", out.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--max-article-mb must be positive");
    assertNoStackTrace(r);
    assertThat(out).doesNotExist();
  }

  @Test
  void helpListsTheExitCodes() {
    Run r = run("--help");

    assertThat(r.code()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("analyze").contains("Exit codes:")
        .contains("report written, but some inputs were rejected").contains("usage error");
  }

  @Test
  void topLevelUsageHintNamesTheCommandOnce() {
    Run r = run();

    assertThat(r.err()).contains("Try 'isnad --help'.").doesNotContain("isnad isnad");
  }

  @Test
  void seedArticlesAreAllAnalysedWithTheirOutlets() throws IOException {
    Path seeds = Cli.seeds();

    Run r = run("analyze", seeds.toString(), "--out", out.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("Read 5 article(s) from 5 file(s); rejected 0");
    JsonNode articles = readReport(out).get("articles");
    assertThat(articles).hasSize(5);
    assertThat(outletOf(articles, "000_")).isEqualTo("الجزيرة");
    assertThat(outletOf(articles, "003_")).isEqualTo("عنب بلدي");
  }

  private static String outletOf(JsonNode articles, String filePrefix) {
    for (JsonNode a : articles) {
      if (Path.of(a.get("source").asText()).getFileName().toString().startsWith(filePrefix)) {
        return a.get("outlet").asText();
      }
    }
    throw new AssertionError("no article from a seed file starting with " + filePrefix + " in " + articles);
  }

  private static void assertNoStackTrace(Run r) {
    assertThat(r.err()).as(r.toString()).doesNotContain("at org.").doesNotContain("Exception");
  }
}
