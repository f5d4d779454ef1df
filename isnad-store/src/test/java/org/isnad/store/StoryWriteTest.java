package org.isnad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.Geo;
import org.isnad.model.Reuse;
import org.isnad.model.Story;
import org.isnad.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story rewritten as a difference reads back as the report writes it, whatever changed: an entity
 * renamed or moved that an unchanged event names, an entity gone, a copied passage whose earlier
 * article joined the story, the parts reordered. On the real seed articles (skipped without them).
 */
class StoryWriteTest {

  @TempDir Path tmp;

  @Test
  void whatAnUnchangedEventOrPassageShowsOfOtherElementsIsRewrittenWithThem() throws Exception {
    Path seeds = SeedStoreTest.seeds();
    try (Store store = Store.open(tmp.resolve("store"))) {
      store.ingest(List.of(seeds));
      String id = store.stories(0, 1).get(0).id();
      Story s = store.session().build(id);
      Event named = s.events().stream().filter(e -> e.place() != null || e.actor1() != null)
          .findFirst().orElseThrow();
      String ref = named.place() != null ? named.place() : named.actor1();
      assertThat(s.reuse()).isNotEmpty();
      assertThat(s.entities()).hasSizeGreaterThan(2);

      List<Entity> entities = new ArrayList<>();
      for (Entity e : s.entities()) {
        entities.add(!e.id().equals(ref) ? e : new Entity(e.id(), e.type(), e.canonical() + " الجديد", e.aliases(),
            e.roles(), e.mentions(), new Geo(33.5, 36.3, "دمشق", "SY", "city", "p1")));
      }
      entities.remove(entities.stream().filter(e -> !e.id().equals(ref)).findFirst().orElseThrow());
      Collections.reverse(entities);
      String copied = s.reuse().get(0).a();
      List<String> members = new ArrayList<>(s.articles());
      if (members.contains(copied)) {
        members.remove(copied);
      } else {
        members.add(copied);
      }
      List<Event> events = new ArrayList<>(s.events());
      Collections.reverse(events);
      Story changed = new Story(s.id(), s.title() + "!", members, s.firstSeen(), s.lastSeen(), s.reuse(),
          s.independentSources(), s.sourceGroups(), entities, events, s.quotes(),
          s.facts().subList(0, s.facts().size() / 2), s.brief(), s.timeline());

      Connection c = store.writer();
      synchronized (store.db()) {
        StoryWrite.write(c, changed, 1, false, 99);
        c.commit();
        assertThat(Queries.story(c, id).toString()).isEqualTo(ReportWriter.storyJson(changed).toString());
        StoryWrite.write(c, s, 1, false, 100);
        c.commit();
        assertThat(Queries.story(c, id).toString()).isEqualTo(ReportWriter.storyJson(s).toString());
      }
    }
  }

  @Test
  void copiedPassagesInChunksGrowChangeAndShrink() throws Exception {
    Path seeds = SeedStoreTest.seeds();
    try (Store store = Store.open(tmp.resolve("store"))) {
      store.ingest(List.of(seeds));
      String id = store.stories(0, 1).get(0).id();
      Story s = store.session().build(id);
      Reuse r = s.reuse().get(0);
      Connection c = store.writer();
      int[] rounds = {70, 75, 75, 75, 40, 64, 0, 3};
      for (int k = 0; k < rounds.length; k++) {
        int n = rounds[k];
        List<Reuse> reuse = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          // rounds 1 to 3: 75 passages, each round another passage 40 (in the middle chunk)
          String a = i == 40 && (k == 1 || k == 2) ? r.a() + "-x" + k : r.a() + "-" + i;
          reuse.add(new Reuse(a, r.b(), r.direction(), r.passages()));
        }
        Story v = new Story(s.id(), s.title(), s.articles(), s.firstSeen(), s.lastSeen(), reuse, s.independentSources(),
            s.sourceGroups(), s.entities(), s.events(), s.quotes(), s.facts(), s.brief(), s.timeline());
        synchronized (store.db()) {
          StoryWrite.write(c, v, 1, false, 100 + k);
          c.commit();
          assertThat(Queries.story(c, id).toString()).as("%d passages", n)
              .isEqualTo(ReportWriter.storyJson(v).toString());
          assertThat(Database.rows(c, "SELECT count(*) FROM reuse WHERE story = ?", x -> x.getLong(1), id).get(0))
              .isEqualTo((n + StoryParts.CHUNK - 1) / StoryParts.CHUNK);
        }
      }
    }
  }
}
