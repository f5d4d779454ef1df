package org.isnad.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.isnad.model.Span;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class TermExtractorTest {

  @Test
  void hashedTermsAreTheStringTermsWithoutBuildingThem() {
    String text = "قتل 3 جنود وأصيب خمسة آخرون في هجوم على دورية قرب مدينة تدمر، وقال المتحدث إن 12 شخصا اعتقلوا.";
    AnalysedArticle a = TextAnalyzer.create(Language.arabic()).analyze(org.isnad.model.Paragraphs.one(text));
    TermExtractor extractor = new TermExtractor(Language.arabic());
    Map<Integer, Integer> expected = new HashMap<>();
    extractor.terms(a).forEach((term, count) -> expected.merge(term.hashCode(), count, Integer::sum));
    Map<Integer, Integer> hashed = new HashMap<>();
    extractor.forEachTerm(a, hash -> hashed.merge(hash, 1, Integer::sum));
    assertThat(hashed).isEqualTo(expected).hasSizeGreaterThan(20);
  }

  @Test
  void pairsOfTheTitlesContentWordsAreTermsToo() {
    String body = "قالت الوزارة في بيان إن القرار جاء بعد استنفاد قنوات الحوار.";
    org.isnad.model.CleanArticle c = new org.isnad.model.CleanArticle("a", "a", body, List.of(new Span(0, body.length())),
        "الجزائر تستدعي سفيرها في باريس", null, org.isnad.model.Outlet.UNKNOWN, null, null, null, List.of(), List.of());
    AnalysedArticle a = TextAnalyzer.create(Language.arabic()).analyze(c);
    TermExtractor extractor = new TermExtractor(Language.arabic());
    Map<String, Integer> terms = extractor.terms(a);
    java.util.function.UnaryOperator<String> key = w -> Language.arabic().stemmer().key(Language.arabic().normalizer().fold(w));
    assertThat(terms).containsKey(key.apply("تستدعي") + "_" + key.apply("سفيرها")) // pairs of adjacent title words
        .doesNotContainKey(key.apply("سفيرها") + "_" + key.apply("في"));
    Map<Integer, Integer> hashed = new HashMap<>();
    extractor.forEachTerm(a, hash -> hashed.merge(hash, 1, Integer::sum));
    Map<Integer, Integer> expected = new HashMap<>();
    terms.forEach((term, count) -> expected.merge(term.hashCode(), count, Integer::sum));
    assertThat(hashed).isEqualTo(expected);
  }

  @Test
  void anchorsAreTownsPeopleAndUnknownPlacesNotCountriesNorOrganisations() {
    String text = "قتل سبعة في غارة على مخيم النصيرات وسط قطاع غزة، وقال سامر الحلو إن الجيش الإسرائيلي قصف حي الزيتون.";
    AnalysedArticle a = TextAnalyzer.create(Language.arabic()).analyze(org.isnad.model.Paragraphs.one(text));
    Span camp = span(text, "مخيم النصيرات");
    a = a.withEntities(List.of(
        new EntityMention(camp, EntityType.LOC, "مخيم النصيرات", "مخيم النصيرات", "ps-nuseirat", null, null, "gazetteer"),
        mention(text, "قطاع غزة", EntityType.LOC, "ps-gaza", "gazetteer"),
        mention(text, "سامر الحلو", EntityType.PER, null, "model"),
        mention(text, "الجيش الإسرائيلي", EntityType.ORG, "idf", "alias_table"),
        mention(text, "حي الزيتون", EntityType.LOC, null, "model")));
    a = a.withEvents(List.of(new EventMention(EventType.AIRSTRIKE, span(text, "غارة"), new Span(0, text.length()),
        List.of(), null, false, camp, null, null)), List.of());
    TermExtractor extractor = new TermExtractor(Language.arabic(), id -> id.equals("ps-gaza"));
    // the camp twice (named, and the place of the strike); the governorate and the army are no anchors
    assertThat(extractor.anchors(a)).containsExactlyInAnyOrder(
        "P:ps-nuseirat", "P:ps-nuseirat", "E~سامر الحلو", "P~حي الزيتون");
    List<Integer> hashed = new java.util.ArrayList<>();
    extractor.forEachAnchor(a, hashed::add);
    assertThat(hashed).isEqualTo(extractor.anchors(a).stream().map(String::hashCode).toList());
  }

  @Test
  void aTownOfTheHeadlineIsAnAnchorButNotACountryNorACommonWord() {
    String body = "أدانت الأمم المتحدة، اليوم الاثنين، الهجوم بطائرة مسيرة على المستشفى في ولاية شمال دارفور.";
    org.isnad.model.CleanArticle c = new org.isnad.model.CleanArticle("a", "a", body, List.of(new Span(0, body.length())),
        "الأمم المتحدة تدين قصف مستشفى الفاشر في السودان", null, org.isnad.model.Outlet.UNKNOWN, null, null, null,
        List.of(), List.of());
    AnalysedArticle a = TextAnalyzer.create(Language.arabic()).analyze(c);
    Map<String, String> gazetteer = Map.of("الفاشر", "sd-el-fasher", "السودان", "sd");
    TermExtractor extractor = new TermExtractor(Language.arabic(), id -> id.equals("sd"), gazetteer::get);
    assertThat(extractor.anchors(a)).contains("P:sd-el-fasher").doesNotContain("P:sd");
    assertThat(new TermExtractor(Language.arabic()).anchors(a)).doesNotContain("P:sd-el-fasher");
  }

  private static Span span(String text, String part) {
    int at = text.indexOf(part);
    return new Span(at, at + part.length());
  }

  private static EntityMention mention(String text, String name, EntityType type, String ref, String source) {
    return new EntityMention(span(text, name), type, name, name, ref, null, null, source);
  }
}
