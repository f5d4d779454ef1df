package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of the wrong kind given to a command is the user's to fix: a clear message that names it and
 * the usage exit code, not "internal error ... please report this".
 */
class InputErrorsTest {

  @Test
  void aStanceFileWithAnotherHeaderNamesTheFileAndTheHeader(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("claims.csv");
    Files.writeString(csv, "claim_s,fake_flag\nمقتل ضابط,0\n");
    Cli.Run r = Cli.run("eval", "stance", csv.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains(csv.toString()).contains("s1,s2,stance").doesNotContain("internal error");
  }

  @Test
  void aFolderWithoutTimeMlFilesIsSaid(@TempDir Path dir) {
    Cli.Run r = Cli.run("eval", "time", dir.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("no TimeML files").contains(dir.toString());
  }
}
