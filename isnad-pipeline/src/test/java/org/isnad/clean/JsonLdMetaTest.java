package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.CleanArticle;
import org.isnad.model.MediaType;
import org.isnad.model.RawArticle;
import org.isnad.model.SourceMetadata;
import org.junit.jupiter.api.Test;

/** A page whose only metadata is a JSON-LD NewsArticle: its publisher names the outlet. */
class JsonLdMetaTest {

  @Test
  void theJsonLdPublisherNamesTheOutletAndItsDateIsThePublishedDate() {
    String page = """
        <html lang="ar"><head><title>ارتفاع أسعار الخبز في عمان</title>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"ارتفاع أسعار الخبز في عمان",
        "datePublished":"2026-11-20T09:30:00+03:00","publisher":{"@type":"Organization","name":"صحيفة النهار الأردنية"}}</script>
        </head><body><article><h1>ارتفاع أسعار الخبز في عمان</h1>
        <p>رفعت الحكومة سعر كيلو الخبز بنسبة عشرة في المئة اعتبارا من صباح الأحد.</p></article></body></html>
        """;
    CleanArticle c = Cleaner.create(CleanConfig.arabic())
        .clean(new RawArticle("a1", "page.html", MediaType.HTML, page, SourceMetadata.NONE, List.of()));
    assertThat(c.outlet().name()).isEqualTo("صحيفة النهار الأردنية");
    assertThat(c.outlet().evidence()).isEqualTo("page_metadata");
    assertThat(c.published().iso()).isEqualTo("2026-11-20T09:30:00+03:00");
  }
}
