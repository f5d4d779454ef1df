package org.isnad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {

  private static boolean allowed(String robots, String path) {
    return RobotsRules.parse(robots, "Isnad").allowed(URI.create("https://example.org" + path));
  }

  @Test
  void disallowIsAPathPrefix() {
    String r = "User-agent: *\nDisallow: /private/\n";
    assertThat(allowed(r, "/private/x.html")).isFalse();
    assertThat(allowed(r, "/private")).isTrue();
    assertThat(allowed(r, "/news/1.html")).isTrue();
  }

  @Test
  void longestMatchWinsAndAllowWinsTies() {
    String r = "User-agent: *\nDisallow: /a/\nAllow: /a/open/\nDisallow: /a/open/shut\nAllow: /t\nDisallow: /t\n";
    assertThat(allowed(r, "/a/x")).isFalse();
    assertThat(allowed(r, "/a/open/x")).isTrue();
    assertThat(allowed(r, "/a/open/shut.html")).isFalse();
    assertThat(allowed(r, "/t")).isTrue();
  }

  @Test
  void wildcardAndEndAnchor() {
    String r = "User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\n";
    assertThat(allowed(r, "/doc/a.pdf")).isFalse();
    assertThat(allowed(r, "/doc/a.pdf.html")).isTrue();
    assertThat(allowed(r, "/news/1?print=1")).isFalse();
    assertThat(allowed(r, "/news/1?page=2")).isTrue();
  }

  @Test
  void ourGroupHidesTheStarGroupAndAgentNamesIgnoreCaseAndVersion() {
    String r = "User-agent: *\nDisallow: /\n\nUser-agent: OtherBot\nUser-agent: ISNAD/2.0\nDisallow: /x\n";
    assertThat(allowed(r, "/news")).isTrue();
    assertThat(allowed(r, "/x/1")).isFalse();
  }

  @Test
  void groupsNamingUsAreMerged() {
    String r = "User-agent: isnad\nDisallow: /a\n\nUser-agent: other\nDisallow: /b\n\nUser-agent: isnad\nDisallow: /c\n";
    assertThat(allowed(r, "/a")).isFalse();
    assertThat(allowed(r, "/b")).isTrue();
    assertThat(allowed(r, "/c")).isFalse();
  }

  @Test
  void emptyDisallowAllowsAllAndAGroupWithoutRulesStillApplies() {
    assertThat(allowed("User-agent: *\nDisallow:\n", "/anything")).isTrue();
    assertThat(allowed("User-agent: *\nDisallow: /\n\nUser-agent: Isnad\n", "/anything")).isTrue();
  }

  @Test
  void commentsSitemapsAndUnknownLinesDoNotBreakGroups() {
    String r = "# hello\nUser-agent: * # all\nSitemap: https://example.org/s.xml\nCrawl-delay: 5\nDisallow: /p # private\n";
    assertThat(allowed(r, "/p/1")).isFalse();
    assertThat(allowed(r, "/q")).isTrue();
  }

  @Test
  void robotsTxtItselfIsAlwaysAllowed() {
    assertThat(allowed("User-agent: *\nDisallow: /\n", "/robots.txt")).isTrue();
    assertThat(allowed("User-agent: *\nDisallow: /\n", "/")).isFalse();
  }

  @Test
  void arabicPathsMatchTheirPercentEncodedForm() {
    String r = "User-agent: *\nDisallow: /أخبار/خاص\n";
    URI encoded = URI.create("https://example.org/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/%D8%AE%D8%A7%D8%B5/1");
    assertThat(RobotsRules.parse(r, "Isnad").allowed(encoded)).isFalse();
    assertThat(allowed(r, "/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/1")).isTrue();
  }

  @Test
  void noGroupForUsAndNoStarAllowsAll() {
    assertThat(allowed("User-agent: OtherBot\nDisallow: /\n", "/x")).isTrue();
  }
}
