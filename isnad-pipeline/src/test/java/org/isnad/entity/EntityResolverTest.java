package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.Outlet;
import org.isnad.model.Span;
import org.isnad.place.Gazetteer;
import org.isnad.place.Geocoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Story-level merging of hand-made mentions into entities: spellings, partial names, clitics the
 * tagger kept, refs of the alias table and the gazetteer, canonical names and roles.
 */
class EntityResolverTest {

  private static final Language ARABIC = Language.arabic();

  /** Ids and names of the extra gazetteer, invented so that no bundled place shares them. */
  private static final String COUNTRY = "isnad-test-zz";
  private static final String TOWN = "isnad-test-zz-town";

  @TempDir
  static Path dir;

  private static EntityResolver resolver;

  @BeforeAll
  static void resolver() throws IOException {
    Path extra = dir.resolve("extra.tsv");
    Files.writeString(extra, String.join("\n",
        String.join("\t", COUNTRY, "country", "ZZ", "", "جمهورية قرقفنستان", "", "", "10.0", "20.0"),
        String.join("\t", TOWN, "town", "ZZ", "", "قرقفنة", "", "", "10.5", "20.5"), ""),
        StandardCharsets.UTF_8);
    resolver = new EntityResolver(KnownEntities.bundled(ARABIC),
        new Geocoder(Gazetteer.bundledWith(ARABIC, extra)));
  }

  /** An article of one paragraph whose mentions are found left to right in its text. */
  private static final class Doc {
    private final String id;
    private final String original;
    private final List<EntityMention> mentions = new ArrayList<>();
    private int cursor;

    Doc(String id, String original) {
      this.id = id;
      this.original = original;
    }

    /** A model mention of the next occurrence of {@code text}, its norm the folded text. */
    Doc model(String text, EntityType type) {
      return add(text, type, ARABIC.normalizer().fold(text), null, null, "model");
    }

    /** A person with the role written somewhere before the name. */
    Doc person(String text, String role) {
      return add(text, EntityType.PER, ARABIC.normalizer().fold(text), null, role, "model");
    }

    Doc add(String text, EntityType type, String norm, String ref, String role, String source) {
      int start = original.indexOf(text, cursor);
      if (start < 0) {
        throw new IllegalArgumentException(text + " is not in " + original + " after " + cursor);
      }
      Span roleSpan = null;
      if (role != null) {
        int r = original.lastIndexOf(role, start);
        roleSpan = new Span(r, r + role.length());
      }
      cursor = start + text.length();
      mentions.add(new EntityMention(new Span(start, cursor), type, text, norm, ref, role, roleSpan, source));
      return this;
    }

    AnalysedArticle build() {
      CleanArticle clean = new CleanArticle(id, id, original, List.of(new Span(0, original.length())), null, null,
          Outlet.UNKNOWN, null, null, null, List.of(), List.of());
      return new AnalysedArticle(clean, "ar", List.of(), List.of()).withEntities(mentions);
    }
  }

  private static List<Entity> resolve(Doc... docs) {
    List<AnalysedArticle> articles = new ArrayList<>();
    for (Doc d : docs) {
      articles.add(d.build());
    }
    return resolver.resolve(articles);
  }

  /** The one entity one of whose aliases is {@code alias}. */
  private static Entity withAlias(List<Entity> entities, String alias) {
    List<Entity> found = entities.stream().filter(e -> e.aliases().contains(alias)).toList();
    assertThat(found).as("entities with alias %s", alias).hasSize(1);
    return found.get(0);
  }

  @Test
  void testNameIdsStayTheSameAcrossVersions() {
    // stored archives key entities by these ids: a change of the hash would split every entity
    assertThat(EntityResolver.nameId(EntityType.PER, "نور الدين البابا")).isEqualTo("per-11cb0d03ffe9");
    assertThat(EntityResolver.nameId(EntityType.ORG, "الجزيرة")).isEqualTo("org-03ed0bfc2532");
    assertThat(EntityResolver.nameId(EntityType.LOC, "x")).isEqualTo("loc-292815d3ce31");
  }

  @Test
  void testNoArticlesNoEntities() {
    assertThat(resolver.resolve(List.of())).isEmpty();
    assertThat(resolve(new Doc("a", "لا أسماء هنا"))).isEmpty();
  }

  @Test
  void testSpacedAndJoinedCompoundNameMeet() {
    List<Entity> e = resolve(new Doc("a", "قال نور الدين البابا إن الوضع مستقر، وأضاف نورالدين البابا أن")
        .model("نور الدين البابا", EntityType.PER).model("نورالدين البابا", EntityType.PER));
    assertThat(e).hasSize(1);
    assertThat(e.get(0).aliases()).containsExactlyInAnyOrder("نور الدين البابا", "نورالدين البابا");
    assertThat(e.get(0).type()).isEqualTo(EntityType.PER);
  }

  @Test
  void testLoneLastNameJoinsTheFullName() {
    List<Entity> e = resolve(
        new Doc("a", "صرح نور الدين البابا للصحفيين").model("نور الدين البابا", EntityType.PER),
        new Doc("b", "وقال البابا إن الاجتماع انتهى").model("البابا", EntityType.PER));
    assertThat(e).hasSize(1);
    assertThat(e.get(0).mentions()).extracting(Entity.Mention::article).containsExactly("a", "b");
    assertThat(e.get(0).canonical()).isEqualTo("نور الدين البابا");
  }

  @Test
  void testANameGivenAfterAWordOfNamingIsTheSamePersonsWhereverWritten() {
    List<Entity> e = resolve(
        new Doc("a", "ومن بينهم المدعو خالد محمود العبدالله المكنى \"أبو عمر القلموني\" المسؤول عن الهجمات")
            .model("خالد محمود العبدالله", EntityType.PER).model("أبو عمر القلموني", EntityType.PER),
        new Doc("b", "واعتقال متزعمها أبو عمر القلموني").model("أبو عمر القلموني", EntityType.PER),
        new Doc("c", "وقال سامر العلي إن أبو عمر القلموني اعتقل").model("سامر العلي", EntityType.PER)
            .model("أبو عمر القلموني", EntityType.PER));
    assertThat(e).hasSize(2);
    Entity leader = withAlias(e, "أبو عمر القلموني");
    assertThat(leader.canonical()).isEqualTo("خالد محمود العبدالله");
    assertThat(leader.mentions()).hasSize(4);
  }

  @Test
  void testAKnownFamilyNameAloneAfterAnotherOfTheFamilyNamedInFullIsHim() {
    List<Entity> e = resolve(new Doc("a", "وقال العميد رعد الزبيدي إن العملية نجحت. وأضاف الزبيدي أن التحقيق مستمر.")
        .model("رعد الزبيدي", EntityType.PER)
        .add("الزبيدي", EntityType.PER, ARABIC.normalizer().fold("الزبيدي"), "aidarous-al-zubaidi", null, "alias_table"));
    assertThat(e).singleElement().satisfies(x -> {
      assertThat(x.canonical()).isEqualTo("رعد الزبيدي");
      assertThat(x.mentions()).hasSize(2);
    });
  }

  @Test
  void testLoneLastNameJoinsTheJoinedCompoundName() {
    List<Entity> e = resolve(new Doc("a", "صرح نورالدين البابا ثم قال البابا")
        .model("نورالدين البابا", EntityType.PER).model("البابا", EntityType.PER));
    assertThat(e).hasSize(1);
  }

  @Test
  void testArticleSwallowedByAJoinedPrepositionIsGivenBackInTheName() {
    // "للجزيرة": the mention starts after the preposition, its text "لجزيرة", its norm with the article
    List<Entity> e = resolve(new Doc("a", "قال مصدر أمني للجزيرة إن الهجوم وقع")
        .add("لجزيرة", EntityType.ORG, ARABIC.normalizer().fold("الجزيرة"), null, null, "model"));
    assertThat(e).hasSize(1);
    assertThat(e.get(0).canonical()).isEqualTo("الجزيرة");
    assertThat(e.get(0).aliases()).containsExactly("الجزيرة");
    assertThat(e.get(0).mentions().get(0).text()).isEqualTo("لجزيرة");
  }

  @Test
  void testHamzaAndTaaVariantsMeet() {
    List<Entity> e = resolve(new Doc("a", "أعلنت هيئة الأركان ثم اعلنت هيئه الاركان")
        .model("هيئة الأركان", EntityType.ORG).model("هيئه الاركان", EntityType.ORG));
    assertThat(e).hasSize(1);
  }

  @Test
  void testShortAndLongFirstNameMeetWithTheLastName() {
    List<Entity> e = resolve(
        new Doc("a", "وصل توم براك إلى دمشق، وقال براك إن").model("توم براك", EntityType.PER)
            .model("براك", EntityType.PER),
        new Doc("b", "التقى توماس براك بالمسؤولين").model("توماس براك", EntityType.PER));
    assertThat(e).hasSize(1);
    assertThat(e.get(0).aliases()).containsExactlyInAnyOrder("توم براك", "براك", "توماس براك");
    assertThat(e.get(0).canonical()).isEqualTo("توماس براك");
  }

  @Test
  void testLoneLastNameBeforeTheSpellingsOfTheFullName() {
    List<Entity> e = resolve(
        new Doc("a", "قال براك إن المحادثات مستمرة").model("براك", EntityType.PER),
        new Doc("b", "وصل توم براك إلى دمشق").model("توم براك", EntityType.PER),
        new Doc("c", "التقى توماس براك بالمسؤولين").model("توماس براك", EntityType.PER));
    assertThat(e).hasSize(1);
  }

  @Test
  void testPrepositionKeptByTheTaggerJoinsTheBareName() {
    List<Entity> e = resolve(new Doc("a", "أعلن داعش مسؤوليته، وتصدت القوات لداعش")
        .model("داعش", EntityType.ORG).add("لداعش", EntityType.ORG, "لداعش", null, null, "model"));
    assertThat(e).hasSize(1);
    assertThat(e.get(0).aliases()).containsExactly("داعش", "لداعش");
    assertThat(e.get(0).mentions()).hasSize(2);
  }

  @Test
  void testCanonicalOfANameAndItsPrepositionFormIsTheBareName() {
    List<Entity> e = resolve(new Doc("a", "أعلن داعش مسؤوليته، وتصدت القوات لداعش")
        .model("داعش", EntityType.ORG).add("لداعش", EntityType.ORG, "لداعش", null, null, "model"));
    assertThat(e).singleElement().satisfies(x -> assertThat(x.canonical()).isEqualTo("داعش"));
  }

  @Test
  void testPrepositionBeforeTheArticleJoinsTheNameWithArticle() {
    List<Entity> e = resolve(new Doc("a", "قال مراسل الجزيرة للجزيرة إن")
        .model("الجزيرة", EntityType.ORG).add("للجزيرة", EntityType.ORG, "للجزيره", null, null, "model"));
    assertThat(e).hasSize(1);
  }

  @Test
  void testNameWithPrepositionAloneStaysAsItIs() {
    List<Entity> e = resolve(new Doc("a", "وتصدت القوات لداعش")
        .add("لداعش", EntityType.ORG, "لداعش", null, null, "model"));
    assertThat(e).singleElement().satisfies(x -> assertThat(x.canonical()).isEqualTo("لداعش"));
  }

  @Test
  void testTwoPeopleWithTheSameLastNameStayApart() {
    List<Entity> e = resolve(new Doc("a", "استقبل أحمد الشرع الوفد بينما غاب ماهر الشرع، وقال الشرع إن")
        .model("أحمد الشرع", EntityType.PER).model("ماهر الشرع", EntityType.PER).model("الشرع", EntityType.PER));
    assertThat(e).hasSize(3);
    assertThat(withAlias(e, "أحمد الشرع").aliases()).containsExactly("أحمد الشرع");
    assertThat(withAlias(e, "ماهر الشرع").aliases()).containsExactly("ماهر الشرع");
    // the lone last name could be either: it joins neither
    assertThat(withAlias(e, "الشرع").aliases()).containsExactly("الشرع");
  }

  @Test
  void testMasculineAndFeminineFirstNamesStayApart() {
    List<Entity> e = resolve(new Doc("a", "حضر سامي الخطيب وشقيقته سامية الخطيب")
        .model("سامي الخطيب", EntityType.PER).model("سامية الخطيب", EntityType.PER));
    assertThat(e).hasSize(2);
  }

  @Test
  void testLastNameOfAnotherTypeDoesNotJoinAPerson() {
    List<Entity> e = resolve(new Doc("a", "قال أحمد الشرع إن الشرع")
        .model("أحمد الشرع", EntityType.PER).model("الشرع", EntityType.ORG));
    assertThat(e).hasSize(2);
  }

  @Test
  void testCanonicalIsTheFullestForm() {
    List<Entity> e = resolve(new Doc("a", "قال البابا ثم البابا ثم نور الدين البابا ثم البابا")
        .model("البابا", EntityType.PER).model("البابا", EntityType.PER)
        .model("نور الدين البابا", EntityType.PER).model("البابا", EntityType.PER));
    assertThat(e).singleElement().satisfies(x -> {
      assertThat(x.canonical()).isEqualTo("نور الدين البابا");
      assertThat(x.aliases()).containsExactlyInAnyOrder("البابا", "نور الدين البابا");
      assertThat(x.mentions()).hasSize(4);
    });
  }

  @Test
  void testCanonicalAmongFormsOfEqualLengthIsTheMostFrequent() {
    List<Entity> e = resolve(new Doc("a", "التقى توماس براك ثم توم براك ثم توم براك")
        .model("توماس براك", EntityType.PER).model("توم براك", EntityType.PER).model("توم براك", EntityType.PER));
    assertThat(e).singleElement().satisfies(x -> assertThat(x.canonical()).isEqualTo("توم براك"));
  }

  @Test
  void testRolesAreCollected() {
    List<Entity> e = resolve(
        new Doc("a", "قال المبعوث الأمريكي توم براك").person("توم براك", "المبعوث الأمريكي"),
        new Doc("b", "وصرح السفير توم براك، وقال براك").person("توم براك", "السفير").person("براك", null),
        new Doc("c", "أكد المبعوث الأمريكي توم براك").person("توم براك", "المبعوث الأمريكي"));
    assertThat(e).singleElement().satisfies(x -> assertThat(x.roles())
        .containsExactly("المبعوث الأمريكي", "السفير"));
  }

  @Test
  void testMentionsKeepTheirArticlesAndSpans() {
    List<Entity> e = resolve(
        new Doc("a", "قال أحمد الشرع").model("أحمد الشرع", EntityType.PER),
        new Doc("b", "وأكد أحمد الشرع").model("أحمد الشرع", EntityType.PER));
    assertThat(e).singleElement().satisfies(x -> assertThat(x.mentions()).containsExactly(
        new Entity.Mention("a", new Span(4, 14), "أحمد الشرع"),
        new Entity.Mention("b", new Span(5, 15), "أحمد الشرع")));
  }

  @Test
  void testSameRefMeetsWhateverTheForm() {
    List<Entity> e = resolve(new Doc("a", "تبنى تنظيم الدولة الهجوم، وكان داعش")
        .add("تنظيم الدولة", EntityType.ORG, "تنظيم الدوله", "isnad-test-isis", null, "alias_table")
        .add("داعش", EntityType.ORG, "داعش", "isnad-test-isis", null, "alias_table"));
    assertThat(e).singleElement().satisfies(x ->
        assertThat(x.aliases()).containsExactly("تنظيم الدولة", "داعش"));
  }

  @Test
  void testRefAndOtherNameWithoutRefStayApart() {
    List<Entity> e = resolve(new Doc("a", "تبنى تنظيم الدولة الهجوم، ونفت جبهة النصرة")
        .add("تنظيم الدولة", EntityType.ORG, "تنظيم الدوله", "isnad-test-isis", null, "alias_table")
        .model("جبهة النصرة", EntityType.ORG));
    assertThat(e).hasSize(2);
  }

  @Test
  void testDifferentRefsOfTheSameFormStayApart() {
    List<Entity> e = resolve(new Doc("a", "وصل إلى طرابلس ثم غادر طرابلس")
        .add("طرابلس", EntityType.ORG, "طرابلس", "isnad-test-a", null, "alias_table")
        .add("طرابلس", EntityType.ORG, "طرابلس", "isnad-test-b", null, "alias_table"));
    assertThat(e).hasSize(2);
  }

  @Test
  void testRefAndSameFormWithoutRefMeet() {
    List<Entity> e = resolve(
        new Doc("a", "تبنى داعش الهجوم").add("داعش", EntityType.ORG, "داعش", "isnad-test-isis", null, "alias_table"),
        new Doc("b", "هاجم داعش القرية").model("داعش", EntityType.ORG));
    assertThat(e).hasSize(1);
  }

  @Test
  void testPrepositionFormWithoutRefJoinsTheRef() {
    List<Entity> e = resolve(new Doc("a", "تبنى داعش الهجوم وتصدت القوات لداعش")
        .add("داعش", EntityType.ORG, "داعش", "isnad-test-isis", null, "alias_table")
        .add("لداعش", EntityType.ORG, "لداعش", null, null, "model"));
    assertThat(e).hasSize(1);
  }

  @Test
  void testAnOrganisationsShortNameJoinsTheOnlyLongerOne() {
    List<Entity> e = resolve(new Doc("a", "أعلنت وزارة الداخلية السورية ثم قالت وزارة الداخلية إن")
        .model("وزارة الداخلية السورية", EntityType.ORG).model("وزارة الداخلية", EntityType.ORG));
    assertThat(e).singleElement().satisfies(x -> assertThat(x.aliases()).hasSize(2));
  }

  @Test
  void testAnOrganisationsShortNameOfTwoLongerOnesStaysApart() {
    List<Entity> e = resolve(new Doc("a", "وزارة الداخلية السورية ووزارة الداخلية العراقية ثم وزارة الداخلية")
        .model("وزارة الداخلية السورية", EntityType.ORG).model("وزارة الداخلية العراقية", EntityType.ORG)
        .model("وزارة الداخلية", EntityType.ORG));
    assertThat(e).hasSize(3);
  }

  @Test
  void testLoneLastNameJoinsAKnownPerson() {
    List<Entity> e = resolve(new Doc("a", "قال أحمد الشرع ثم أضاف الشرع")
        .add("أحمد الشرع", EntityType.PER, "احمد الشرع", "isnad-test-sharaa", null, "alias_table")
        .model("الشرع", EntityType.PER));
    assertThat(e).hasSize(1);
  }

  @Test
  void testEntityWithoutKnownEntryHasAnArchiveWideIdAndType() {
    List<Entity> e = resolve(new Doc("a", "قال أحمد الشرع إن هيئة الأركان")
        .model("أحمد الشرع", EntityType.PER).model("هيئة الأركان", EntityType.ORG));
    assertThat(e).extracting(Entity::id).allMatch(id -> id.matches("(per|org)-[0-9a-f]{12}"));
    assertThat(e.get(0).id()).startsWith("per-");
    assertThat(e.get(1).id()).startsWith("org-");
    // the same name of the same type has the same id in another story, whichever spelling came first
    List<Entity> again = resolve(new Doc("b", "وقال احمد الشرع ثم أحمد الشرع ثم أحمد الشرع").model("احمد الشرع", EntityType.PER)
        .model("أحمد الشرع", EntityType.PER).model("أحمد الشرع", EntityType.PER));
    assertThat(again).singleElement().extracting(Entity::id).isEqualTo(e.get(0).id());
    assertThat(e).extracting(Entity::type).containsExactly(EntityType.PER, EntityType.ORG);
    assertThat(e).allSatisfy(x -> assertThat(x.geo()).isNull());
  }

  @Test
  void testPlaceRefIsPlaced() {
    List<Entity> e = resolve(new Doc("a", "وصل الوفد إلى قرقفنة")
        .add("قرقفنة", EntityType.LOC, "قرقفنه", TOWN, null, "gazetteer"));
    assertThat(e).singleElement().satisfies(x -> {
      assertThat(x.geo()).isNotNull();
      assertThat(x.geo().placeId()).isEqualTo(TOWN);
      assertThat(x.geo().precision()).isEqualTo("exact");
    });
  }

  @Test
  void testOneWordPlaceOfTheTaggerIsPlacedOnlyInACountryOfTheStory() {
    Doc withCountry = new Doc("a", "في جمهورية قرقفنستان قصفت القوات قرقفنة")
        .add("جمهورية قرقفنستان", EntityType.LOC, "جمهوريه قرقفنستان", COUNTRY, null, "gazetteer")
        .model("قرقفنة", EntityType.LOC);
    assertThat(withAlias(resolve(withCountry), "قرقفنة").geo()).extracting(g -> g.placeId()).isEqualTo(TOWN);
    Doc alone = new Doc("b", "قصفت القوات قرقفنة").model("قرقفنة", EntityType.LOC);
    assertThat(resolve(alone)).singleElement().satisfies(x -> assertThat(x.geo()).isNull());
  }
}
