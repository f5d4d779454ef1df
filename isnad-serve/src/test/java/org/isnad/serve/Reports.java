package org.isnad.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Small reports in the shape of report.schema.json, written for these tests. */
final class Reports {

  static final ObjectMapper JSON = new ObjectMapper();

  private Reports() {}

  static final String RAIN = "أمطار غزيرة تغلق طرقا في شمال الأردن\nعمان - قالت دائرة الأرصاد الجوية إن منخفضا"
      + " جويا عميقا يؤثر على المملكة، وإن الأمطار الغزيرة تسببت في إغلاق الطرق الجبلية في محافظتي إربد وعجلون.";
  static final String RAIN2 = "الأمطارُ تُغلق طرقاً في إربد\nقالت مديرية الدفاع المدني إن فرقها تعاملت مع عشرات"
      + " البلاغات عن تجمع المياه، وأكد الناطق باسمها العقيد سامي الصفّار أن الطرق أعيد فتحها.";
  static final String BOOKS = "افتتاح معرض بيروت للكتاب\nبيروت - افتتح وزير الثقافة اللبناني الدورة الجديدة من"
      + " معرض بيروت العربي للكتاب بمشاركة أكثر من مئة دار نشر.";

  /** Two stories: rain in Jordan (two articles, a disputed fact) and a book fair (one article). */
  static ObjectNode small() {
    ObjectNode r = JSON.createObjectNode().put("schema_version", "1.4.0");
    ArrayNode articles = r.putArray("articles");
    articles.add(article("a1", "s1", "وكالة الشمال", RAIN, "2026-01-10T08:00:00Z"));
    articles.add(article("a2", "s1", "صحيفة إربد", RAIN2, "2026-01-11T09:00:00Z"));
    articles.add(article("a3", "s2", "صحيفة بيروت", BOOKS, "2026-02-01T10:00:00Z"));
    ArrayNode stories = r.putArray("stories");
    ObjectNode s1 = story("s1", "أمطار غزيرة تغلق طرقا في شمال الأردن", "2026-01-10T08:00:00Z", "2026-01-11T09:00:00Z", "a1", "a2");
    ObjectNode safar = s1.putArray("entities").addObject().put("id", SAFAR).put("type", "PER").put("canonical", "سامي الصفار");
    safar.putArray("aliases").add("سامي الصفّار");
    safar.putArray("mentions").add(mention("a1")).add(mention("a2"));
    s1.putArray("events").addObject().put("id", "s1-E1").put("type", "protest");
    ObjectNode fact = s1.putArray("facts").addObject().put("event", "s1-E1").put("slot", "killed").put("status", "disputed");
    fact.putArray("values");
    stories.add(s1);
    ObjectNode s2 = story("s2", "افتتاح معرض بيروت للكتاب", "2026-02-01T10:00:00Z", "2026-02-01T10:00:00Z", "a3");
    ArrayNode s2Entities = s2.putArray("entities");
    s2Entities.addObject().put("id", SAFAR).put("type", "PER").put("canonical", "سامي الصفار").putArray("mentions")
        .add(mention("a3"));
    s2Entities.addObject().put("id", "loc-beirut").put("type", "LOC").put("canonical", "بيروت").putArray("mentions")
        .add(mention("a3")).add(mention("a3"));
    stories.add(s2);
    r.putArray("rejected");
    r.putArray("skipped");
    return r;
  }

  /** The id one person has in both stories (one name of one type has one id in every story). */
  static final String SAFAR = "per-5a3f00c1e2d4";

  private static ObjectNode mention(String article) {
    ObjectNode m = JSON.createObjectNode().put("article", article);
    m.putArray("span").add(0).add(4);
    return m;
  }

  static ObjectNode article(String id, String story, String outlet, String text, String published) {
    ObjectNode a = JSON.createObjectNode().put("id", id).put("story", story).put("outlet", outlet)
        .put("title", text.substring(0, text.indexOf('\n'))).put("original", text).put("text", text)
        .put("published", published);
    a.putArray("removed");
    return a;
  }

  static ObjectNode story(String id, String title, String first, String last, String... articleIds) {
    ObjectNode s = JSON.createObjectNode().put("id", id).put("title", title).put("first_seen", first)
        .put("last_seen", last).put("independent_sources", articleIds.length);
    ArrayNode ids = s.putArray("articles");
    for (String a : articleIds) {
      ids.add(a);
    }
    return s;
  }

  /** Writes {@code report} to {@code file} the way analyze does: a temporary file moved in place. */
  static void write(ObjectNode report, Path file) throws IOException {
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".report", ".json");
    JSON.writeValue(tmp.toFile(), report);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
