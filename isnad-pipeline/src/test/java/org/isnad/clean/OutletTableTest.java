package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.lang.Language;
import org.isnad.model.Outlet;
import org.junit.jupiter.api.Test;

/** Outlet identity is normalised: names, prefixes, the "نت" suffix and domains meet in one id. */
class OutletTableTest {

  private final OutletTable table = OutletTable.bundled(Language.arabic());

  @Test
  void namesAliasesAndDomainsOfOneOutletShareAnId() {
    assertThat(table.resolveName("الجزيرة", "t").id()).isEqualTo("aljazeera");
    assertThat(table.resolveName("الجزيرة نت", "t").id()).isEqualTo("aljazeera");
    assertThat(table.resolveName("قناة الجزيرة", "t").id()).isEqualTo("aljazeera");
    assertThat(table.resolveUrl("https://www.aljazeera.net/news/x", "t").orElseThrow().id()).isEqualTo("aljazeera");
    assertThat(table.resolveUrl("http://chinese.aljazeera.net/x", "t").orElseThrow().id()).isEqualTo("aljazeera");
  }

  @Test
  void aNameTwoOutletsShareOnceStrippedFindsOnlyByItsExactForm() {
    // "الشروق أونلاين" (Algeria) and "بوابة الشروق" (Egypt) are both "الشروق" without prefix and suffix
    assertThat(table.resolveName("الشروق أونلاين", "t").id()).isEqualTo("echorouk-dz");
    assertThat(table.resolveName("بوابة الشروق", "t").id()).isEqualTo("shorouk-eg");
    assertThat(table.byName("الشروق", "t")).isEmpty();
  }

  @Test
  void foldingIgnoresHamzaAndTaaMarbutaSpellings() {
    assertThat(table.resolveName("صحيفه عنب بلدي", "t").id()).isEqualTo("enab-baladi");
  }

  @Test
  void anUnknownNameGetsAStableDerivedId() {
    Outlet a = table.resolveName("صحيفة الوادي", "t");
    Outlet b = table.resolveName("الوادي", "t");
    assertThat(a.known()).isFalse();
    assertThat(a.id()).isEqualTo(b.id()).startsWith("name:");
    assertThat(a.name()).isEqualTo("صحيفة الوادي");
  }

  @Test
  void anUnknownDomainIsNamedByItsHost() {
    Outlet o = table.resolveUrl("https://www.alwadi.example/a/1", "t").orElseThrow();
    assertThat(o.id()).isEqualTo("domain:alwadi.example");
    assertThat(o.known()).isFalse();
  }

  @Test
  void garbageUrlsResolveToNothing() {
    assertThat(table.resolveUrl("not a url at all", "t")).isEmpty();
    assertThat(table.resolveUrl("", "t")).isEmpty();
  }

  @Test
  void theTableIsLarge() {
    assertThat(table.size()).isGreaterThan(100);
  }
}
