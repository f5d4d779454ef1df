package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.time.Tagging.only;
import static org.isnad.time.Tagging.tag;

import org.isnad.model.TimeMention;
import org.junit.jupiter.api.Test;

/** "شتاء العام الماضي": a season in construct with a relative year is that year's season. */
class SeasonOfARelativeYearTest {

  @Test
  void aSeasonOfARelativeYearIsOneExpression() {
    TimeMention m = only("وفي شتاء العام الماضي ضربت عاصفة ثلجية المخيمات");
    assertThat(m.text()).isEqualTo("شتاء العام الماضي");
    assertThat(m.value()).isEqualTo("2024-WI");
    assertThat(only("وفي صيف هذا العام ارتفعت درجات الحرارة").value()).isEqualTo("2025-SU");
  }

  @Test
  void otherSeasonsAreUnchanged() {
    assertThat(only("في صيف 2014 اندلعت الحرب على غزة").value()).isEqualTo("2014-SU");
    assertThat(only("وكان الصيف الماضي حارا").value()).isEqualTo("2025-SU");
    // the definite season is no construct: two expressions
    assertThat(tag("في الشتاء العام الماضي")).extracting(TimeMention::value).containsExactly("2025-WI", "2024");
  }
}
