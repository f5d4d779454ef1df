package org.isnad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.isnad.model.RawArticle;
import org.isnad.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random files through the ingest stage: it must never throw, and must account for every
 * file it is given exactly once, as an article or as a rejection (duplicates are rejections). The
 * seed is fixed and printed with any failure, together with the bytes of every input, escaped; set
 * {@code -Dtests.seed=N} to try another.
 */
class IngestRandomTest {

  private static final long SEED = Long.getLong("tests.seed", 0x15AD_2025L);
  private static final int FILES = 30;
  private static final String[] WORDS = {"قال", "الرئيس", "إن", "المفاوضات", "في", "القاهرة", "مستمرة",
      "وأكد", "مصدر", "أمني", "لـ", "الجزيرة", "مقتل", "٣", "أشخاص", "غزة", "دمشق", "،", ".", "؟", "\n",
      "2025", "«", "»", "ـ", "ً", "ّ", "\u200F"};
  private static final String[] EXTENSIONS = {".txt", ".html", ".htm", ".text"};

  @TempDir Path dir;

  @Test
  void thirtyRandomFilesAreEachAnArticleOrARejection() throws IOException {
    checkRound(SEED);
  }

  @Test
  void moreRoundsWithSeedsDerivedFromTheFixedOne() throws IOException {
    Random seeds = new Random(SEED);
    int articles = 0;
    int converted = 0;
    int truncated = 0;
    List<String> reasons = new ArrayList<>();
    for (int round = 0; round < 20; round++) {
      IngestResult r = checkRound(seeds.nextLong());
      articles += r.articles().size();
      converted += (int) issues(r, "encoding converted");
      truncated += (int) issues(r, "truncated UTF-8");
      r.rejected().forEach(j -> reasons.add(j.reason()));
    }
    // the generator must reach every branch of the decoder, or the rounds above prove little
    assertThat(articles).as("base seed %s", SEED).isGreaterThan(100);
    assertThat(converted).as("base seed %s", SEED).isPositive();
    assertThat(truncated).as("base seed %s", SEED).isPositive();
    assertThat(reasons).as("base seed %s", SEED)
        .anyMatch(s -> s.startsWith("binary file"))
        .anyMatch(s -> s.startsWith("empty file"))
        .anyMatch(s -> s.startsWith("duplicate"));
  }

  private static long issues(IngestResult r, String prefix) {
    return r.articles().stream().flatMap(a -> a.issues().stream()).filter(i -> i.startsWith(prefix)).count();
  }

  private IngestResult checkRound(long seed) throws IOException {
    Random rnd = new Random(seed);
    Path folder = Files.createDirectory(dir.resolve("round-" + Long.toHexString(seed)));
    Map<Path, byte[]> inputs = new TreeMap<>();
    for (int i = 0; i < FILES; i++) {
      Path f = folder.resolve(String.format("%02d", i) + EXTENSIONS[rnd.nextInt(EXTENSIONS.length)]);
      // one file in ten repeats an earlier one, so duplicates are part of every round
      byte[] bytes = i > 0 && rnd.nextInt(10) == 0 ? inputs.values().iterator().next() : randomContent(rnd);
      inputs.put(f, bytes);
      Files.write(f, bytes);
    }
    String context = describe(seed, inputs);

    IngestResult r;
    try {
      r = Ingester.create(IngestConfig.DEFAULTS).ingest(List.of(folder));
    } catch (RuntimeException | Error e) {
      throw new AssertionError("ingest threw on " + context, e);
    }

    List<String> sources = new ArrayList<>();
    r.articles().stream().map(RawArticle::source).forEach(sources::add);
    r.rejected().stream().map(Rejection::source).forEach(sources::add);
    assertThat(sources).as(context).containsExactlyInAnyOrderElementsOf(
        inputs.keySet().stream().map(Path::toString).toList());
    assertThat(r.skipped()).as(context).isEmpty();
    assertThat(r.files()).as(context).isEqualTo(FILES);
    assertThat(r.rejected()).as(context).allSatisfy(j -> assertThat(j.reason()).isNotBlank());
    assertThat(r.articles()).as(context).allSatisfy(a -> {
      assertThat(a.content()).isNotBlank();
      assertThat(a.id()).matches("a[0-9a-f]{11}");
    });
    assertThat(r.articles()).extracting(RawArticle::id).as(context).doesNotHaveDuplicates();
    return r;
  }

  private static byte[] randomContent(Random rnd) {
    return switch (rnd.nextInt(8)) {
      case 0 -> randomBytes(rnd, 0, 255);
      case 1 -> randomBytes(rnd, 0x80, 0xFF);
      case 2 -> arabic(rnd);
      case 3 -> truncated(rnd, arabic(rnd));
      case 4 -> withNul(rnd, arabic(rnd));
      case 5 -> withBom(arabic(rnd));
      case 6 -> spliced(rnd, arabic(rnd), randomBytes(rnd, 0x80, 0xFF));
      default -> rnd.nextBoolean() ? new byte[0] : " \n\t ".repeat(rnd.nextInt(5)).getBytes(StandardCharsets.UTF_8);
    };
  }

  private static byte[] randomBytes(Random rnd, int lo, int hi) {
    byte[] b = new byte[1 + rnd.nextInt(400)];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (lo + rnd.nextInt(hi - lo + 1));
    }
    return b;
  }

  private static byte[] arabic(Random rnd) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + rnd.nextInt(80);
    for (int i = 0; i < n; i++) {
      sb.append(WORDS[rnd.nextInt(WORDS.length)]).append(rnd.nextInt(6) == 0 ? "" : " ");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] truncated(Random rnd, byte[] b) {
    return Arrays.copyOf(b, rnd.nextInt(b.length + 1));
  }

  private static byte[] withNul(Random rnd, byte[] b) {
    byte[] c = b.clone();
    c[rnd.nextInt(c.length)] = 0;
    return c;
  }

  private static byte[] withBom(byte[] b) {
    byte[] c = new byte[b.length + 3];
    c[0] = (byte) 0xEF;
    c[1] = (byte) 0xBB;
    c[2] = (byte) 0xBF;
    System.arraycopy(b, 0, c, 3, b.length);
    return c;
  }

  private static byte[] spliced(Random rnd, byte[] a, byte[] b) {
    int at = rnd.nextInt(a.length + 1);
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, at);
    System.arraycopy(b, 0, c, at, b.length);
    System.arraycopy(a, at, c, at + b.length, a.length - at);
    return c;
  }

  /** The seed and every input, hex-escaped, for the failure message. */
  private static String describe(long seed, Map<Path, byte[]> inputs) {
    StringBuilder sb = new StringBuilder("round seed 0x" + Long.toHexString(seed) + " (base seed -Dtests.seed="
        + SEED + "); inputs:");
    HexFormat hex = HexFormat.of();
    inputs.forEach((p, b) -> sb.append("\n  ").append(p.getFileName()).append(" [").append(b.length)
        .append(" bytes] ").append(hex.formatHex(b, 0, Math.min(b.length, 96))).append(b.length > 96 ? "..." : ""));
    return sb.toString();
  }
}
