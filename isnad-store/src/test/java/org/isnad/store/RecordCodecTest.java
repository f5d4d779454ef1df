package org.isnad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.pipeline.BatchResult;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordCodecTest {

  @TempDir Path tmp;

  @Test
  void anArticleRoundTripsAndItsHeadIsWhatThePageShows() throws Exception {
    Path f = tmp.resolve("a.txt");
    Files.writeString(f, "هجوم قرب تدمر\nدمشق - قالت وزارة الداخلية السورية اليوم الأحد إن قواتها اعتقلت خمسة أشخاص."
        + " وأضاف المتحدث نور الدين البابا أن التحقيقات مستمرة.", StandardCharsets.UTF_8);
    BatchResult r = Pipeline.create(PipelineConfig.defaults().withParallel(false)).analyze(List.of(f));
    AnalysedArticle a = r.articles().get(0);
    assertThat(a.tokens()).isNotEmpty();
    assertThat(a.entities()).isNotEmpty();

    for (boolean deflate : new boolean[] {false, true}) {
      byte[] bytes = RecordCodec.encode(a, deflate);
      assertThat(RecordCodec.decode(bytes, AnalysedArticle.class)).isEqualTo(a);
      RecordCodec.ArticleHead head = RecordCodec.articleHead(bytes);
      assertThat(head.clean()).isEqualTo(a.clean());
      assertThat(head.language()).isEqualTo(a.language());
      assertThat(head.sentences()).isEqualTo(a.sentences().size());
      assertThat(head.tokens()).isEqualTo(a.tokens().size());
      assertThat(ReportWriter.articleJson(head.clean(), head.language(), head.sentences(), head.tokens(), null))
          .isEqualTo(ReportWriter.articleJson(a, null));
      assertThat(RecordCodec.hash(a)).isEqualTo(RecordCodec.hash(RecordCodec.decode(bytes, AnalysedArticle.class)));
    }
  }
}
