package org.isnad.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process, and finds the shared seeds; shared by the CLI tests. */
final class Cli {

  private Cli() {}

  static final ObjectMapper JSON = new ObjectMapper();

  /** What one run of the command line gave. */
  record Run(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  static JsonNode readReport(Path outDir) throws IOException {
    return JSON.readTree(Files.readString(outDir.resolve("report.json")));
  }

  /** ../shared/seeds, from the isnad.shared property the build sets; skips the test when absent. */
  static Path seeds() {
    String shared = System.getProperty("isnad.shared", "../../shared");
    Path dir = Path.of(shared).resolve("seeds").toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(dir), "../shared/seeds is absent (" + dir + "): test skipped");
    return dir;
  }

  /** Two Arabic articles on different subjects, written for these tests. */
  static final String RAIN = """
      أمطار غزيرة تغلق طرقا في شمال الأردن
      عمان - قالت دائرة الأرصاد الجوية إن منخفضا جويا عميقا يؤثر على المملكة منذ مساء الجمعة، وإن الأمطار \
      الغزيرة تسببت في إغلاق عدد من الطرق الجبلية في محافظتي إربد وعجلون.
      وأضافت الدائرة في بيان أن كميات الأمطار تجاوزت المعدلات المعتادة لشهر كانون الأول، ودعت السائقين إلى \
      تجنب السفر ليلا والابتعاد عن مجاري السيول.
      من جهتها، أعلنت مديرية الدفاع المدني أن فرقها تعاملت مع عشرات البلاغات عن تجمع المياه داخل المنازل، \
      دون أن تسجل إصابات بشرية.
      """;

  static final String BOOKS = """
      افتتاح معرض بيروت للكتاب بمشاركة مئة دار نشر
      بيروت - افتتح وزير الثقافة اللبناني مساء الخميس الدورة الجديدة من معرض بيروت العربي للكتاب، بمشاركة \
      أكثر من مئة دار نشر من لبنان والدول العربية.
      وقال المنظمون إن المعرض يستمر عشرة أيام، ويتضمن ندوات فكرية وأمسيات شعرية وورشا لكتابة القصة للأطفال \
      والشباب.
      وأشار عدد من الناشرين إلى أن ارتفاع تكاليف الورق والشحن أثر على أسعار الكتب هذا العام، لكنهم عبروا \
      عن أملهم في إقبال واسع من القراء.
      """;
}
