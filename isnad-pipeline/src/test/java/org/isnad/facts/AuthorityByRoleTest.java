package org.isnad.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.isnad.model.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A figure given on the word of a title alone ("وكان محافظ الإسكندرية قد أعلن") is the word of the one
 * person the story names with that title: one authority, not the name and the title as two. On articles
 * written for this test.
 */
class AuthorityByRoleTest {

  @TempDir Path dir;

  @Test
  void aTitleTheStoryGivesOnePersonIsThatPerson() throws IOException {
    Fact killed = OneStory.fact(dir, "killed", """
        انتشال 5 جثث من تحت أنقاض عقار منهار في كرموز

        الأحد 6 ديسمبر 2026
        قال محافظ الإسكندرية أحمد خالد حسن سعيد إن أجهزة الحماية المدنية تمكنت من انتشال 5 جثث من تحت أنقاض العقار المنهار في كرموز.
        """, """
        ارتفاع ضحايا انهيار عقار كرموز إلى 7

        الأحد 6 ديسمبر 2026
        ارتفع عدد ضحايا انهيار عقار كرموز إلى 7 أشخاص، وفق مصدر بالحماية المدنية. وكان محافظ الإسكندرية قد أعلن في وقت سابق مصرع خمسة أشخاص.
        """);
    assertThat(killed.values()).filteredOn(v -> v.value().equals("5")).singleElement()
        .satisfies(v -> assertThat(v.authority()).isEqualTo("أحمد خالد حسن سعيد"));
  }
}
