package org.isnad.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.List;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.Story;
import org.isnad.model.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * The timeline of the acceptance story "visit" (org/isnad/acceptance/visit/EXPECTED.md): the talks
 * and the memoranda they ended are told by one sentence on one day, and the timeline tells it once.
 */
class AcceptanceTimelineTest {

  @Test
  void oneSentenceOfOneDayIsOneEntry() throws URISyntaxException {
    List<Story> stories = AcceptanceStories.of("visit");
    List<TimelineEntry> timeline = stories.get(0).timeline();
    assertThat(timeline).isNotEmpty();
    assertThat(timeline.stream().map(t -> t.start() + " " + t.text())).doesNotHaveDuplicates();
  }
}
