package org.isnad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Story pages are kept between requests and made again when an ingest changed their story. */
class StoryPageCacheTest {

  @TempDir Path tmp;

  @Test
  void aStoryPageIsKeptUntilAnIngestChangesItsStory() throws Exception {
    List<Path> files = Articles.write(tmp.resolve("in"), 6, 10, 11);
    try (Store s = Store.open(tmp.resolve("store"), StoreConfig.defaults().withCommitEvery(3))) {
      s.ingest(files.subList(0, 3));
      Map<String, byte[]> before = new HashMap<>();
      for (Queries.StorySummary story : s.stories(0, 1000)) {
        Store.StoryPage first = s.storyPage(story.id(), 0, 100).orElseThrow();
        Store.StoryPage again = s.storyPage(story.id(), 0, 100).orElseThrow();
        assertThat(again.json()).as("kept: the same bytes handed out again").isSameAs(first.json());
        assertThat(again.page().articles()).isEqualTo(first.page().articles());
        assertFresh(s, story.id(), again);
        before.put(story.id(), first.json().toByteArray());
      }
      assertThat(s.storyJsonCache().size()).isEqualTo(before.size());

      s.ingest(files.subList(3, 6));
      int changed = 0;
      for (String id : before.keySet()) {
        Store.StoryPage now = s.storyPage(id, 0, 100).orElseThrow();
        assertFresh(s, id, now);
        changed += Arrays.equals(now.json().toByteArray(), before.get(id)) ? 0 : 1;
      }
      assertThat(changed).as("stories that grew in the second ingest").isPositive();
      StoreTest.assertStoriesAsReported(s); // every story read (through the cache) as rebuilt now
    }
  }

  /** The page's story and articles are what the store's rows give now, read without the caches. */
  private static void assertFresh(Store s, String id, Store.StoryPage page) {
    byte[] story = s.db().read(c -> Queries.storyJsonBytes(c, id));
    assertThat(page.json().toByteArray()).as("story %s", id).isEqualTo(story);
    List<Queries.Member> members = page.page().members();
    assertThat(page.page().articles()).hasSize(members.size());
    for (int i = 0; i < members.size(); i++) {
      byte[] article = Queries.json(s.article(members.get(i).id()).orElseThrow());
      assertThat(page.page().articles().get(i).toByteArray()).as("article %s", members.get(i).id()).isEqualTo(article);
    }
  }
}
