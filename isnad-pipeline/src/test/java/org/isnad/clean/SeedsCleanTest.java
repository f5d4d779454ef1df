package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.ingest.IngestConfig;
import org.isnad.ingest.Ingester;
import org.isnad.model.CleanArticle;
import org.isnad.model.RemovalReason;
import org.isnad.model.RemovedBlock;
import org.isnad.model.Span;
import org.isnad.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * What a careful reader finds in the seed articles (../shared/seeds/NOTES.md), checked on the
 * cleaning stage's output. The assertions are about lines and reasons, so no article text is
 * copied here.
 */
class SeedsCleanTest {

  private static final Cleaner CLEANER = Cleaner.create(CleanConfig.arabic());

  private static CleanArticle clean(String prefix) {
    Path f = Seeds.file(prefix);
    return CLEANER.clean(Ingester.create(IngestConfig.DEFAULTS).ingest(List.of(f)).articles().get(0));
  }

  /** The non-blank lines of the original, with their spans. */
  private static List<Span> lines(String original) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= original.length(); i++) {
      if (i == original.length() || original.charAt(i) == '\n') {
        String l = original.substring(start, i);
        if (!l.isBlank()) {
          int s = start + (l.length() - l.stripLeading().length());
          out.add(new Span(s, s + l.strip().length()));
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static RemovalReason reasonOf(CleanArticle c, Span line) {
    return c.removed().stream().filter(r -> r.span().contains(line)).map(RemovedBlock::reason).findFirst()
        .orElse(null);
  }

  @Test
  void videoNoticeAndTwoLineSourceFooterOfThe000File() {
    CleanArticle c = clean("000");
    List<Span> lines = lines(c.original());
    assertThat(reasonOf(c, lines.get(0))).isEqualTo(RemovalReason.VIDEO_NOTICE);
    assertThat(reasonOf(c, lines.get(lines.size() - 2))).isEqualTo(RemovalReason.SOURCE_FOOTER);
    assertThat(reasonOf(c, lines.get(lines.size() - 1))).isEqualTo(RemovalReason.SOURCE_FOOTER);
    assertThat(c.outlet().id()).isEqualTo("aljazeera");
    assertThat(c.outlet().name()).isEqualTo("الجزيرة");
    assertThat(c.paragraphs()).hasSize(lines.size() - 3);
  }

  @Test
  void titleAndNewsroomDatelineOfThe001File() {
    CleanArticle c = clean("001");
    List<Span> lines = lines(c.original());
    assertThat(c.titleSpan()).isEqualTo(lines.get(0));
    assertThat(c.dateline()).isNotNull();
    assertThat(c.dateline().place()).isEqualTo("دمشق");
    assertThat(c.dateline().credit()).isNotEmpty();
    assertThat(c.dateline().span().start()).isEqualTo(lines.get(1).start());
    assertThat(c.paragraphs().get(0).start()).isEqualTo(c.dateline().span().end());
    assertThat(reasonOf(c, c.dateline().span())).isEqualTo(RemovalReason.DATELINE);
  }

  @Test
  void mastheadCaptionsEmbedHeadingsAndCopyLinkOfThe002File() {
    CleanArticle c = clean("002");
    List<Span> lines = lines(c.original());
    for (int i = 0; i < 4; i++) {
      assertThat(reasonOf(c, lines.get(i))).as("masthead line %d", i).isEqualTo(RemovalReason.MASTHEAD);
    }
    assertThat(c.titleSpan()).isEqualTo(lines.get(4));
    assertThat(reasonOf(c, lines.get(5))).isEqualTo(RemovalReason.CAPTION);
    assertThat(reasonOf(c, lines.get(6))).isEqualTo(RemovalReason.CAPTION);
    assertThat(c.removed()).filteredOn(r -> r.reason() == RemovalReason.URL).hasSize(1)
        .allMatch(r -> r.text().startsWith("https://"));
    assertThat(c.removed()).filteredOn(r -> r.reason() == RemovalReason.HEADING).hasSizeGreaterThanOrEqualTo(6)
        .allMatch(r -> lines.contains(r.span()));
    assertThat(reasonOf(c, lines.get(lines.size() - 1))).isEqualTo(RemovalReason.SHARE);
  }

  @Test
  void relatedBlockHeadingsAndSourceFooterOfThe003File() {
    CleanArticle c = clean("003");
    List<Span> lines = lines(c.original());
    int n = lines.size();
    assertThat(reasonOf(c, lines.get(n - 1))).isEqualTo(RemovalReason.SOURCE_FOOTER);
    assertThat(reasonOf(c, lines.get(n - 2))).isEqualTo(RemovalReason.RELATED);
    assertThat(reasonOf(c, lines.get(n - 3))).as("related headline before the marker").isEqualTo(RemovalReason.RELATED);
    assertThat(c.outlet().id()).isEqualTo("enab-baladi");
    assertThat(c.titleSpan()).as("the file starts with prose: no title line").isNull();
    assertThat(c.removed()).filteredOn(r -> r.reason() == RemovalReason.HEADING).hasSize(3);
  }

  @Test
  void titleAndPlainDatelineOfThe004File() {
    CleanArticle c = clean("004");
    List<Span> lines = lines(c.original());
    assertThat(c.titleSpan()).isEqualTo(lines.get(0));
    assertThat(c.dateline()).isNotNull();
    assertThat(c.dateline().credit()).isEmpty();
    assertThat(c.dateline().span().start()).isEqualTo(lines.get(1).start());
    assertThat(c.removed()).extracting(RemovedBlock::reason).containsExactly(RemovalReason.DATELINE);
  }

  @Test
  void everySeedKeepsProseAndNoKeptParagraphOverlapsARemovedBlock() {
    for (Path f : Seeds.files()) {
      String prefix = f.getFileName().toString().substring(0, 3);
      CleanArticle c = clean(prefix);
      assertThat(c.paragraphs()).as(prefix).hasSizeGreaterThan(10);
      for (Span p : c.paragraphs()) {
        assertThat(c.removed()).as(prefix).noneMatch(r -> r.span().overlaps(p));
        assertThat(p.in(c.original())).as(prefix).doesNotContain("http").doesNotContain("تم نسخ الرابط");
      }
      assertThat(c.text()).as(prefix).doesNotContain("المصدر:").doesNotStartWith("في حال واجهت");
    }
  }
}
