package org.isnad.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Synthetic Arabic news articles as JSON-lines files, for tests that need many articles. */
final class Articles {

  private static final String[] PLACES = {"حلب", "دمشق", "حمص", "درعا", "إدلب", "اللاذقية", "الرقة", "دير الزور"};
  private static final String[] OUTLETS = {"وكالة الأنباء", "الصحيفة اليومية", "الموقع الإخباري"};
  private static final String[] WORDS = ("أعلنت السلطات المحلية اليوم عن افتتاح مشروع جديد لتحسين الخدمات في المدينة"
      + " وقال مسؤول في المحافظة إن الأعمال ستستمر عدة أشهر بمشاركة شركات وطنية وأضاف أن المشروع يهدف إلى"
      + " تأمين المياه والكهرباء للأحياء السكنية وتوفير فرص عمل للشباب في المنطقة").split(" ");

  private Articles() {}

  /** {@code files} files of {@code perFile} articles each, all different; returns the files. */
  static List<Path> write(Path dir, int files, int perFile, long seed) throws IOException {
    Files.createDirectories(dir);
    Random r = new Random(seed);
    List<Path> out = new ArrayList<>();
    int n = 0;
    for (int f = 0; f < files; f++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < perFile; i++, n++) {
        b.append(line(r, n)).append('\n');
      }
      Path p = dir.resolve(String.format(Locale.ROOT, "batch-%04d.jsonl", f));
      Files.writeString(p, b, StandardCharsets.UTF_8);
      out.add(p);
    }
    return out;
  }

  static String line(Random r, int n) {
    String place = PLACES[n % PLACES.length];
    StringBuilder text = new StringBuilder("شهدت مدينة " + place + " اليوم حدثا رقم " + n + ". ");
    for (int s = 0; s < 4; s++) {
      for (int w = 0; w < 14; w++) {
        text.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
      }
      text.append(". ");
    }
    return String.format(Locale.ROOT,
        "{\"title\": \"خبر من %s رقم %d\", \"text\": \"%s\", \"url\": \"https://example.org/news/%d\","
            + " \"outlet\": \"%s\", \"published\": \"2025-0%d-1%d\"}",
        place, n, text.toString().strip(), n, OUTLETS[n % OUTLETS.length], 1 + n % 9, n % 10);
  }
}
