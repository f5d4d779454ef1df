package org.isnad.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.Sentence;
import org.isnad.model.Span;
import org.isnad.model.Token;
import org.isnad.place.Gazetteer;
import org.isnad.place.Place;

/**
 * Finds the named-entity mentions of an article, sentence by sentence: names of the alias table and
 * places of the gazetteer first (their matches are exact), then the statistical tagger's names
 * that do not overlap them. A person's title or role written just before the name ("المتحدث باسم
 * وزارة الداخلية", "الرئيس الأميركي") is kept with the mention. Pure and thread-safe.
 */
public final class EntityRecognizer {

  private static final int MAX_ROLE_WORDS = 6;

  private final Language language;
  private final NerTagger tagger;
  private final KnownEntities known;
  private final Gazetteer gazetteer;
  private final InstitutionNames institutions;
  private final TitledNames titledNames;
  /** A word of the alias table's organisations that is no word of its persons ("الصحة", "الإنسان"). */
  private final java.util.function.Predicate<String> bodyWord;
  private final java.util.Set<String> wawNames;
  /** Per tag index of the model, what the tag says. */
  private final ModelTag[] modelTags;

  public EntityRecognizer(Language language, NerModel model, KnownEntities known, Gazetteer gazetteer) {
    this.language = language;
    NerFeatures.Gazetteers lists = NerResources.bundled(language);
    this.tagger = NerTagger.of(model, lists);
    this.known = known;
    this.gazetteer = gazetteer;
    this.institutions = new InstitutionNames(language);
    // a word of the alias table's organisations that is no word of its persons ("الصحة", "الإنسان")
    java.util.function.Predicate<String> bodyWord = w -> {
      String core = NerFeatures.withoutClitics(w);
      return lists.organisations().contains(core) && !lists.persons().contains(core);
    };
    this.bodyWord = bodyWord;
    this.titledNames = new TitledNames(language, model, institutions::isHead, bodyWord);
    java.util.Set<String> waw = new java.util.HashSet<>();
    for (String n : WAW_NAMES) {
      waw.add(language.normalizer().fold(n));
    }
    this.wawNames = java.util.Set.copyOf(waw);
    this.modelTags = ModelTag.of(model.tags());
  }

  /** The bundled model, alias table and gazetteer. */
  public static EntityRecognizer bundled(Language language) {
    return new EntityRecognizer(language, NerModel.bundled(), KnownEntities.bundled(language),
        Gazetteer.bundled(language));
  }

  public AnalysedArticle recognize(AnalysedArticle a) {
    List<EntityMention> out = new ArrayList<>();
    ArticleCountries countries = new ArticleCountries(a);
    String[] outletName = outletName(a);
    for (Sentence s : a.sentences()) {
      out.addAll(sentence(a, a.tokensOf(s), countries, outletName));
    }
    out.addAll(namedAgain(a, out));
    out.sort(Comparator.comparing(EntityMention::span));
    return a.withEntities(out);
  }

  /**
   * The countries an article names (a country, a governorate or region of it, a country's adjective),
   * and those of all the places its names may be, found only when a sentence asks: whether "في مسقط"
   * is Muscat depends on Oman named elsewhere.
   */
  private final class ArticleCountries {
    private final AnalysedArticle article;
    private java.util.Set<String> countries;
    /** Per country, how many gazetteer names of the article have their first place in it. */
    private java.util.Map<String, Integer> ofPlaces;
    /** Per country, how many gazetteer names of the article have all their places in it. */
    private java.util.Map<String, Integer> placesIn;
    /** The countries of {@link #countries} that only names of two places ("عمان") name. */
    private java.util.Set<String> byUsualNames;
    /** The countries whose one-word name the article writes as an adjective ("العمانية"), found at the first question. */
    private java.util.Set<String> adjectives;
    /** The countries of the article's adjectives of nationality, found at the first question. */
    private java.util.Set<String> nationalities;

    ArticleCountries(AnalysedArticle article) {
      this.article = article;
    }

    boolean names(String country) {
      find();
      return countries.contains(country);
    }

    /**
     * Whether the article's gazetteer names situate it in other countries than {@code country}, which
     * at most one of them is in (the town asked about itself), and no word of the article is of its
     * nationality ("الشرطة المصرية" keeps Mansoura in Egypt beside a dateline in London).
     */
    boolean elsewhereThan(String country) {
      find();
      return ofPlaces.getOrDefault(country, 0) <= 1 && ofPlaces.size() > (ofPlaces.containsKey(country) ? 1 : 0)
          && !ofNationality(country);
    }

    /**
     * The one candidate of a place name of several countries that the article situates: in the
     * country its title names right after the same name ("في طرابلس شمالي لبنان" above "بمدينة
     * طرابلس"); else, among the best known kind only (a country "صور" stays before a town), of the
     * article's adjectives of nationality ("الجيش اللبناني"), else of the countries it names; null
     * when none or several. The place a name means without a cue ({@link Gazetteer#usual}: "عمان",
     * Amman) counts with the best known kind, and then so do the countries of the article's places of
     * one country each ("عمان" beside "الزرقاء" is Amman, beside "صلالة" Oman).
     */
    Place situating(List<Place> candidates) {
      find();
      String country = titleSituates(candidates);
      Place p = country == null ? null : inCountry(candidates, country);
      if (p != null) {
        return p;
      }
      int best = 0;
      for (Place c : candidates) {
        best = Math.max(best, c.rank());
      }
      Place usual = gazetteer.usual(candidates);
      Place byNationality = null;
      Place named = null;
      Place placed = null;
      int nationalities = 0;
      int names = 0;
      int places = 0;
      for (Place c : candidates) {
        if (c.rank() < best && c != usual) {
          continue;
        }
        if (usual != null && placesIn.containsKey(c.country()) && !c.equals(placed)) {
          placed = c;
          places++;
        }
        if ((ofNationality(c.country()) || usual != null && c.kind().equals("country") && ofAdjective(c.country()))
            && !c.equals(byNationality)) {
          byNationality = c;
          nationalities++;
        }
        if (names(c.country()) && !(usual != null && byUsualNames.contains(c.country())) && !c.equals(named)) {
          named = c;
          names++;
        }
      }
      return nationalities == 1 ? byNationality : names == 1 ? named : places == 1 ? placed : null;
    }

    /** Per list of places of a name in the title, the country the title situates it in. */
    private java.util.Map<List<Place>, String> titled;

    private String titleSituates(List<Place> candidates) {
      if (titled == null) {
        titled = new java.util.IdentityHashMap<>();
        String title = article.clean().title();
        if (title != null && !title.isBlank()) {
          String[] norms = java.util.Arrays.stream(TITLE_WORDS.split(language.normalizer().fold(title)))
              .filter(w -> !w.isEmpty()).toArray(String[]::new);
          var found = gazetteer.names().find(new PhraseDictionary.Words(norms));
          for (var m : found) {
            Place p = oneCountry(m.value()) ? null : situatedRightAfter(m, found, norms);
            if (p != null) {
              titled.putIfAbsent(m.value(), p.country());
            }
          }
        }
      }
      return titled.get(candidates);
    }

    /** Whether a word of the article is an adjective of the country's nationality ("المصرية", "سوريين"). */
    private boolean ofNationality(String country) {
      if (nationalities == null) { // read once per article, when a quarter first asks
        nationalities = new java.util.HashSet<>();
        for (Token t : article.tokens()) {
          String w = NerFeatures.withoutClitics(t.norm());
          String code = w.length() >= 4 ? language.eventLexicon().labelOfPrefix(w, "nationality") : null;
          if (code != null) {
            nationalities.add(code);
          }
        }
      }
      return nationalities.contains(country);
    }

    /**
     * Whether a word of the article with the article is the adjective of the country's one-word name
     * ("العماني", "العمانية" of "عمان"): the nationality lexicon does not list every country.
     */
    private boolean ofAdjective(String country) {
      if (adjectives == null) {
        adjectives = new java.util.HashSet<>();
        for (Token t : article.tokens()) {
          String w = NerFeatures.withoutClitics(t.norm());
          int cut = w.endsWith("يه") ? 2 : w.endsWith("ي") ? 1 : 0;
          if (cut > 0 && w.length() - cut >= 3 && t.norm().endsWith("ال" + w)) {
            for (Place p : gazetteer.candidates(w.substring(0, w.length() - cut))) {
              if (p.kind().equals("country")) {
                adjectives.add(p.country());
              }
            }
          }
        }
      }
      return adjectives.contains(country);
    }

    private void find() {
      if (countries != null) {
        return;
      }
      countries = new java.util.HashSet<>();
      ofPlaces = new java.util.HashMap<>();
      placesIn = new java.util.HashMap<>();
      byUsualNames = new java.util.HashSet<>();
      for (Sentence s : article.sentences()) {
        String[] norms = article.tokensOf(s).stream().map(Token::norm).toArray(String[]::new);
        for (var m : gazetteer.names().find(new PhraseDictionary.Words(norms))) {
          Place p = m.value().get(0);
          ofPlaces.merge(p.country(), 1, Integer::sum);
          boolean usual = gazetteer.usual(m.value()) != null;
          if ((p.kind().equals("country") || p.kind().equals("admin1") || p.kind().equals("region"))
              && countries.add(p.country()) && usual) {
            byUsualNames.add(p.country()); // "عمان" names Oman for "في مسقط", not for itself
          } else if (!usual) {
            byUsualNames.remove(p.country());
          }
          if (usual) {
            continue;
          }
          if (oneCountry(m.value()) && !p.country().isEmpty()) {
            placesIn.merge(p.country(), 1, Integer::sum);
          }
        }
      }
    }
  }

  /** Runs of white space, between the words of a name (compiled once: {@code split("\\s+")} compiles at each call). */
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** What separates the words of a title. */
  private static final java.util.regex.Pattern TITLE_WORDS = java.util.regex.Pattern.compile("[\\s\\p{P}&&[^-]]+");

  private List<EntityMention> sentence(AnalysedArticle a, List<Token> tokens, ArticleCountries countries,
      String[] outletName) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    String[] norms = new String[tokens.size()];
    String[] keys = new String[tokens.size()];
    for (int i = 0; i < norms.length; i++) {
      norms[i] = tokens.get(i).norm();
      keys[i] = tokens.get(i).key();
    }
    boolean[] taken = new boolean[tokens.size()];
    List<EntityMention> out = new ArrayList<>();
    int[] entries = new int[norms.length];
    int[] tags = tagger.tag(norms, keys, entries);
    WordStarts starts = wordStarts(norms, entries);
    Gaps gaps = Gaps.of(tokens, a.clean().original());
    boolean[] quoted = gaps.quoted();
    List<Segment> segments = segments(norms, quoted);
    for (var m : inSegments(known.names(), segments, starts.known())) {
      if (anotherPersonsFamilyName(m, norms, tags) || mediaOf(norms, m.start()) || eraAdjective(m, norms)
          || mannerNoun(m, norms, gaps.breaks())) {
        continue;
      }
      out.add(mention(a, tokens, m.start(), m.end(), m.strip(), m.value().type(), m.value().id(), "alias_table", taken));
    }
    outletNamed(outletName, norms).forEach(m -> {
      if (free(taken, m[0], m[1])) {
        out.add(mention(a, tokens, m[0], m[1], m[2], EntityType.ORG, null, "rule", taken));
      }
    });
    int lastPlace = -2;
    var places = inSegments(gazetteer.names(), segments, starts.places());
    java.util.Map<Integer, EntityMention> adjectives = new java.util.HashMap<>();
    int[] placeEnd = new int[norms.length];
    java.util.Map<Integer, EntityMention> placesAt = new java.util.HashMap<>();
    for (var m : places) {
      // "ومدينة نابلس وبلدة قباطية": a name joined by "و" to the place before it is listed with it,
      // unless it is a common word ("قباطية، وأن مسلحين": a particle, not Van)
      boolean listed = m.start() == lastPlace && norms[m.start()].startsWith("و") && !isCommonWord(norms[m.start()], m.strip())
          || listedBefore(m, places, norms, tags);
      if (free(taken, m.start(), m.end()) && !noPlaceAsWritten(a, tokens, m, norms) && !partOfAnotherName(m, places, norms)
          && !opensAQuotedMedium(norms, quoted, m.start(), m.end())
          && (listed || placeLike(m, norms, tags) || namedCountrysCity(m, norms, countries))) {
        lastPlace = m.end();
        Place p = inContext(m, places, norms, countries);
        boolean quarter = quarterElsewhere(m, p, norms, countries) || saidToBeElsewhere(m, places, norms);
        EntityMention place = mention(a, tokens, m.start(), m.end(), m.strip(), EntityType.LOC, quarter ? null : p.id(),
            quarter ? "rule" : "gazetteer", taken);
        out.add(place);
        placeEnd[m.start()] = m.end();
        placesAt.put(m.start(), place);
        if (m.end() == m.start() + 1 && m.strip() == 0 && isRelativeAdjective(norms[m.start()])) {
          adjectives.put(m.start(), place);
        }
      }
    }
    boolean[] breaks = gaps.breaks();
    for (int k = 0; k + 1 < norms.length; k++) {
      int end = taken[k + 1] || quoted[k + 1] ? -1 : villageEnd(norms, tags, breaks, starts.flags(), k + 1);
      EntityMention second = end == k + 3 && placeEnd[k + 2] == k + 3 ? placesAt.get(k + 2) : null;
      if (second != null) { // "قرية كفر عانة": the village, not Anah in Iraq
        out.remove(second);
        adjectives.remove(k + 2);
        placesAt.remove(k + 2);
        placeEnd[k + 2] = 0;
        taken[k + 2] = false;
      }
      if (end > 0 && free(taken, k + 1, end)) {
        out.add(mention(a, tokens, k + 1, end, 0, EntityType.LOC, null, "rule", taken));
      }
    }
    for (int[] m : mediumNames(norms, taken, gaps.breaks(), quoted)) {
      out.add(mention(a, tokens, m[0], m[1], m[2], EntityType.ORG, null, "rule", taken));
    }
    // "وزارة الصحة السورية": a country's adjective after an institution's name belongs to the name
    boolean[] forNames = taken.clone();
    adjectives.keySet().forEach(k -> forNames[k] = false);
    for (var m : institutions.find(norms, starts.institutionFacts(), forNames, breaks, placeEnd)) {
      for (int k = m.start(); k < m.end(); k++) {
        EntityMention adjective = adjectives.get(k);
        // "دائرة صحة ذي قار": the place inside the body's name
        EntityMention place = m.end() - m.start() > 2 ? placesAt.get(k) : null;
        if (adjective != null || place != null) {
          out.remove(adjective != null ? adjective : place);
          for (int t = k; t < (place != null ? placeEnd[k] : k + 1); t++) {
            taken[t] = false;
          }
        }
      }
      EntityMention body = mention(a, tokens, m.start(), m.end(), m.strip(), EntityType.ORG, null, "rule", taken);
      out.add(institutions.headAfterArticle(norms[m.start()], m.strip()) ? withArticle(body,
          m.end() > m.start() + 1 && isRelativeAdjective(norms[m.start() + 1])) : body);
    }
    boolean[] punctuation = gaps.punctuation();
    for (var m : titledNames.find(norms, starts.titles(), taken.clone(), persons(tokens, out), punctuation, breaks,
        clauseOpeners(norms))) {
      int end = withAli(a.clean().original(), tokens, taken, breaks, m.end());
      out.add(mention(a, tokens, m.start(), end, 0, EntityType.PER, null, "rule", taken));
    }
    addModelMentions(a, tokens, norms, tags, taken, punctuation, quoted, out, countries);
    out.sort(Comparator.comparing(EntityMention::span));
    return withoutOthersRoles(out, language);
  }

  /**
   * Whether the word at {@code i}, which the tagger alone reads as a place, has the article with no
   * proclitic and follows a place the gazetteer matched with no punctuation between ("من مملكة
   * البحرين الشاعران": the two poets from Bahrain): the tagger ran the place on over it, and it is no
   * place of its own. A place joined by "و" or a preposition ("عمان والحيرة", "للشام") stays one.
   */
  private static boolean rightAfterAPlace(List<Token> tokens, String[] norms, boolean[] taken,
      boolean[] punctuation, List<EntityMention> found, int i) {
    if (i == 0 || !taken[i - 1] || punctuation[i] || !norms[i].startsWith("ال")) {
      return false;
    }
    int before = tokens.get(i - 1).span().end();
    for (EntityMention m : found) {
      if (m.type() == EntityType.LOC && m.span().end() == before && m.source().equals("gazetteer")) {
        return true;
      }
    }
    return false;
  }

  /** "إن" with its hamza below, and with a pronoun, as written. */
  private static final java.util.Set<String> INNA = java.util.Set.of("إن", "إنه", "إنها", "إنهم");

  /**
   * Where a titled name ending at {@code end} ends once "علي" after it is taken in: written so, with
   * "ي", before "إن" or punctuation, it is the name Ali ("المتحدث باسم الجهاز أسامة علي إن"), which
   * folds like the preposition "على" ("وشدد الشيخ مبارك على أن" stays his name alone). {@code breaks}
   * tells per token whether punctuation stands before it.
   */
  private static int withAli(String original, List<Token> tokens, boolean[] taken, boolean[] breaks, int end) {
    if (end >= tokens.size() || taken[end] || !tokens.get(end).span().in(original).equals("علي")) {
      return end;
    }
    boolean closes = end + 1 >= tokens.size() || breaks[end + 1]
        || INNA.contains(tokens.get(end + 1).span().in(original));
    return closes ? end + 1 : end;
  }

  /** Per token, whether a person's mention found so far covers it. */
  private static boolean[] persons(List<Token> tokens, List<EntityMention> found) {
    boolean[] out = new boolean[tokens.size()];
    for (EntityMention m : found) {
      for (int k = 0; m.type() == EntityType.PER && k < tokens.size() && tokens.get(k).span().start() < m.span().end(); k++) {
        out[k] |= m.span().overlaps(tokens.get(k).span());
      }
    }
    return out;
  }

  /** A relative adjective with the article ("السورية", "الأردني"; folded): a country's adjective. */
  private static boolean isRelativeAdjective(String w) {
    return w.startsWith("ال") && w.length() > 5 && (w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يين")
        || w.endsWith("يون"));
  }

  /**
   * Where the sentence names the article's own outlet by its name of two words or more ("لـ"صوت
   * المدينة"", "لقناة المدى"): {start, end, strip} per occurrence. The outlet is an organisation, and
   * the words of its name are no place ("الشام" of an outlet's name).
   */
  private static List<int[]> outletNamed(String[] name, String[] norms) {
    if (name.length < 2) {
      return List.of();
    }
    List<int[]> out = new ArrayList<>();
    String head = name[0];
    char last = head.isEmpty() ? 0 : head.charAt(head.length() - 1);
    for (int i = 0; i + name.length <= norms.length; i++) {
      String w = norms[i];
      // the first word of the name or it after up to two proclitic letters: the length, the last
      // letter and the name's first are compared first, as they rule out most words without
      // comparing the rest
      int extra = w.length() - head.length();
      if (!head.isEmpty() && (extra < 0 || extra > 2 || w.charAt(w.length() - 1) != last
          || w.charAt(extra) != head.charAt(0))) {
        continue;
      }
      int strip = w.equals(name[0]) ? 0 : w.length() > name[0].length() && w.endsWith(name[0])
          && w.length() - name[0].length() <= 2 && w.substring(0, w.length() - name[0].length()).chars()
              .allMatch(c -> "وفبل".indexOf(c) >= 0) ? w.length() - name[0].length() : -1;
      boolean rest = strip >= 0;
      for (int k = 1; rest && k < name.length; k++) {
        rest = norms[i + k].equals(name[k]);
      }
      if (rest) {
        out.add(new int[] {i, i + name.length, strip});
        i += name.length - 1;
      }
    }
    return out;
  }

  /**
   * The folded words of the article's outlet's name, none when the outlet is unknown. Made once per
   * article, not per sentence: folding and splitting it by a regular expression was most of the
   * cost of {@link #outletNamed}.
   */
  private String[] outletName(AnalysedArticle a) {
    var outlet = a.clean().outlet();
    if (outlet == null || outlet.name() == null || outlet.id().equals(org.isnad.model.Outlet.UNKNOWN.id())) {
      return new String[0];
    }
    return SPACES.split(language.normalizer().fold(outlet.name()).strip());
  }

  /**
   * Per token, what stands between it and the token before: a quotation mark or bracket ({@code
   * quoted}), any punctuation ({@code breaks}), a comma, a full stop or other sentence punctuation
   * ({@code punctuation}). Found in one pass over the gaps between a sentence's tokens.
   */
  private record Gaps(boolean[] quoted, boolean[] breaks, boolean[] punctuation) {

    static Gaps of(List<Token> tokens, String original) {
      int n = tokens.size();
      boolean[] quoted = new boolean[n];
      boolean[] breaks = new boolean[n];
      boolean[] punctuation = new boolean[n];
      int end = n > 0 ? tokens.get(0).span().end() : 0;
      for (int i = 1; i < n; i++) {
        Span span = tokens.get(i).span();
        for (int at = end; at < span.start(); at++) {
          char c = original.charAt(at);
          if (!Character.isWhitespace(c)) {
            breaks[i] = true;
            quoted[i] |= QUOTES.indexOf(c) >= 0;
            punctuation[i] |= SENTENCE_PUNCTUATION.indexOf(c) >= 0;
          }
        }
        end = span.end();
      }
      return new Gaps(quoted, breaks, punctuation);
    }
  }

  private static final String QUOTES = "\"“”«»()[]'";

  /**
   * The dictionary's names in the stretches of the sentence between quotation marks and brackets: a
   * listed name never runs over one ("وحدات حماية الشعب" الكردية, قناة "الإخبارية السورية").
   * {@code starts} gives per word of the sentence its {@link PhraseDictionary#startOptions}.
   */
  private static <V> List<PhraseDictionary.Match<V>> inSegments(PhraseDictionary<V> dictionary,
      List<Segment> segments, int[] starts) {
    List<PhraseDictionary.Match<V>> out = new ArrayList<>();
    for (Segment segment : segments) {
      int from = segment.from();
      for (var m : dictionary.find(segment.words(), starts, from)) {
        out.add(from == 0 ? m : new PhraseDictionary.Match<>(m.start() + from, m.end() + from, m.value(), m.strip()));
      }
    }
    return out;
  }

  /**
   * Per word of a sentence, what depends on the word alone: which of its clitic options may start a
   * name of the alias table, and of the gazetteer ({@link PhraseDictionary#startOptions}); whether a person's name may follow it as a title ({@link
   * TitledNames#opensName}); what the institutions' rules ask of it ({@link InstitutionNames#wordFacts});
   * and all its {@link #wordFlags} ({@link #COMPOUND_HEAD}, the cues of a settlement's name).
   */
  private record WordStarts(int[] known, int[] places, boolean[] titles, int[] institutionFacts,
      int[] flags) {}

  /** Bits of a word's flags in the tagger's word cache: whether the others are known, then each. */
  private static final int STARTS_KNOWN = 1;
  private static final int OPENS_TITLED_NAME = 8;
  private static final int COMPOUND_HEAD = 16;
  /** "قرية" or "بلدة", with or without a proclitic: a village's name follows ({@link #villageNameAt}). */
  private static final int VILLAGE_CUE = 32;
  /** "ناحية", with or without a proclitic: a subdistrict's name may follow. */
  private static final int SUBDISTRICT_CUE = 64;
  /** "مديرية", with or without a proclitic: a district's name may follow. */
  private static final int DIRECTORATE_CUE = 128;
  /** The shift of a word's {@link InstitutionNames#wordFacts} (four bits) above the bits before. */
  private static final int INSTITUTION_FACTS = 8;
  /** The shifts of the word's start options in the alias table and in the gazetteer (four bits each). */
  private static final int ALIAS_OPTIONS = 12;
  private static final int PLACE_OPTIONS = 16;

  /**
   * What each word of a sentence is ({@link WordStarts}): found once per distinct word and kept in
   * the flags of its entry in the tagger's word cache ({@code entries}), as most words are none of
   * these and news repeats them; the rules then test an array, not a set or a dictionary per word.
   */
  private WordStarts wordStarts(String[] norms, int[] entries) {
    NerTagger.WordFlags flags = tagger.flags();
    int[] alias = new int[norms.length];
    int[] place = new int[norms.length];
    boolean[] title = new boolean[norms.length];
    int[] all = new int[norms.length];
    int[] institution = new int[norms.length];
    for (int i = 0; i < norms.length; i++) {
      int f = flags.flags(entries[i]);
      if ((f & STARTS_KNOWN) == 0) {
        f = wordFlags(norms[i]);
        flags.setFlags(entries[i], f);
      }
      alias[i] = f >>> ALIAS_OPTIONS & 0xF;
      place[i] = f >>> PLACE_OPTIONS & 0xF;
      title[i] = (f & OPENS_TITLED_NAME) != 0;
      all[i] = f;
      institution[i] = f >>> INSTITUTION_FACTS & 0xF;
    }
    return new WordStarts(alias, place, title, institution, all);
  }

  /** The bits of {@link #wordStarts} of one folded word. */
  private int wordFlags(String w) {
    return STARTS_KNOWN | known.names().startOptions(w) << ALIAS_OPTIONS
        | gazetteer.names().startOptions(w) << PLACE_OPTIONS
        | (titledNames.opensName(w) ? OPENS_TITLED_NAME : 0)
        | (COMPOUND_HEADS.contains(w) ? COMPOUND_HEAD : 0) | settlementCue(w)
        | institutions.wordFacts(w) << INSTITUTION_FACTS;
  }

  /**
   * Which cue of a settlement's name the folded word is ({@link #VILLAGE_CUE}, {@link
   * #SUBDISTRICT_CUE}, {@link #DIRECTORATE_CUE}), after a proclitic letter or not; 0 for none.
   */
  private static int settlementCue(String cue) {
    int lead = cue.length() > 4 && "وفبل".indexOf(cue.charAt(0)) >= 0 ? 1 : 0;
    // the cue words have four to six letters: most words are ruled out by their length, and the
    // others are compared in place, without cutting the proclitic off every word
    int length = cue.length() - lead;
    if (length < 4 || length > 6 || "نمقب".indexOf(cue.charAt(lead)) < 0) {
      return 0;
    }
    return isAt(cue, lead, "قريه") || isAt(cue, lead, "بلده") ? VILLAGE_CUE
        : isAt(cue, lead, "ناحيه") ? SUBDISTRICT_CUE : isAt(cue, lead, "مديريه") ? DIRECTORATE_CUE : 0;
  }

  /** A stretch of a sentence between quotation marks, from its word {@code from}. */
  private record Segment(int from, PhraseDictionary.Words words) {}

  /**
   * The stretches of {@link #inSegments}, made once per sentence: the alias table and the gazetteer
   * then share what each word is tested by first ({@link PhraseDictionary.Words}) instead of computing it twice.
   */
  private static List<Segment> segments(String[] norms, boolean[] quoted) {
    List<Segment> out = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= norms.length; i++) {
      if (i == norms.length || quoted[i]) {
        String[] part = from == 0 && i == norms.length ? norms : java.util.Arrays.copyOfRange(norms, from, i);
        out.add(new Segment(from, new PhraseDictionary.Words(part)));
        from = i;
      }
    }
    return out;
  }

  /** How far after a place the country or region that situates it may stand: "صور جنوب لبنان". */
  private static final int SITUATING_REACH = 3;

  /**
   * The place a name means here, among the gazetteer's places of that name: the one in the country of
   * a place named right after it ("مدينة صور جنوب لبنان", "صور في لبنان"), else in a country of the
   * article's other places that have one meaning, else the gazetteer's first (the better known kind).
   */
  private Place inContext(PhraseDictionary.Match<List<Place>> m, List<PhraseDictionary.Match<List<Place>>> places,
      String[] norms, ArticleCountries countries) {
    List<Place> candidates = m.value();
    Place first = candidates.get(0);
    if (oneCountry(candidates)) {
      return first;
    }
    Place listed = countryListedWithCountries(m, places, norms);
    if (listed != null) {
      return listed;
    }
    Place situated = situatedRightAfter(m, places, norms);
    if (situated != null) {
      return situated;
    }
    for (var other : places) {
      if (other != m && oneCountry(other.value())) {
        Place p = inCountryOf(candidates, other.value());
        if (p != null) {
          return p;
        }
      }
    }
    situated = countries.situating(candidates);
    Place usual = gazetteer.usual(candidates);
    return situated != null ? situated : usual != null ? usual : first;
  }

  /**
   * The candidate of a place name in the country of a place named right after it ("طرابلس شمالي
   * لبنان", "في طرابلس بلبنان") or of the adjective right after it ("طرابلس اللبنانية"), or null.
   */
  private Place situatedRightAfter(PhraseDictionary.Match<List<Place>> m,
      List<PhraseDictionary.Match<List<Place>>> places, String[] norms) {
    for (var other : places) {
      if (other.start() >= m.end() && other.start() - m.end() <= SITUATING_REACH) {
        Place p = inCountryOf(m.value(), other.value());
        if (p != null) {
          return p;
        }
      }
    }
    String after = m.end() < norms.length ? norms[m.end()] : "";
    String nationality = after.startsWith("ال") && after.length() > 5
        ? language.eventLexicon().labelOfPrefix(after.substring(2), "nationality") : null;
    return nationality == null ? null : inCountry(m.value(), nationality);
  }

  /**
   * The country among a name's places when the name is listed with "و" right after or before a
   * country ("الكويت والبحرين وقطر وعمان", "تجار عمان واليمن": Oman, not Amman), or null.
   */
  private static Place countryListedWithCountries(PhraseDictionary.Match<List<Place>> m,
      List<PhraseDictionary.Match<List<Place>>> places, String[] norms) {
    Place country = null;
    for (Place c : m.value()) {
      country = country == null && c.kind().equals("country") ? c : country;
    }
    if (country == null) {
      return null;
    }
    for (var other : places) {
      boolean before = other.end() == m.start() && m.strip() > 0 && norms[m.start()].charAt(0) == 'و';
      boolean after = other.start() == m.end() && other.strip() > 0 && norms[other.start()].charAt(0) == 'و';
      if ((before || after) && other.value().stream().allMatch(p -> p.kind().equals("country"))) {
        return country;
      }
    }
    return null;
  }

  /**
   * Whether the text says a place that is no country is in a country where none of its places is, by a
   * direction between ("مقاطعة يونان في جنوب غربي الصين", "بلدة صور شرقي عمان" read as Oman): the place
   * stays, with no place of the gazetteer and so no point on the map in the wrong country.
   */
  private static boolean saidToBeElsewhere(PhraseDictionary.Match<List<Place>> m,
      List<PhraseDictionary.Match<List<Place>>> places, String[] norms) {
    if (m.value().stream().anyMatch(c -> c.kind().equals("country") || c.kind().equals("region"))) {
      return false;
    }
    for (var other : places) {
      int gap = other.start() - m.end();
      if (gap < 1 || gap > SITUATING_REACH || other.value().size() != 1 || !other.value().get(0).kind().equals("country")) {
        continue;
      }
      boolean direction = false;
      for (int k = m.end(); k < other.start(); k++) {
        direction |= DIRECTIONS.contains(norms[k]);
        if (!DIRECTIONS.contains(norms[k]) && !norms[k].equals("في")) {
          return false;
        }
      }
      String country = other.value().get(0).country();
      return direction && m.value().stream().noneMatch(c -> c.country().equals(country));
    }
    return false;
  }

  /** The one candidate in the country {@code country}, or null when none or several are. */
  private static Place inCountry(List<Place> candidates, String country) {
    Place out = null;
    for (Place c : candidates) {
      if (c.country().equals(country)) {
        if (out != null) {
          return null;
        }
        out = c;
      }
    }
    return out;
  }

  /**
   * Whether a gazetteer match is no place as the text writes it: the particle "إن" or "أن" written
   * with its hamza ("وإن سيارات الإسعاف", "بأن", "لأن"), which folds to a town's name ("وان", Van),
   * or a word whose article differs from every name of the place ({@link Gazetteer#articlesAgree}:
   * "تفتقر الى العمران" is no Amran, "منطقة باب التبانة" no al-Bab).
   */
  private boolean noPlaceAsWritten(AnalysedArticle a, List<Token> tokens, PhraseDictionary.Match<List<Place>> m,
      String[] norms) {
    if (m.end() - m.start() != 1) {
      return false; // "شرق أوسط جديد" is still the Middle East
    }
    if (hamzaParticle(tokens.get(m.start()).span().in(a.clean().original()))) {
      return true;
    }
    String w = norms[m.start()].substring(m.strip());
    int written = Clitics.dropArticle(w).equals(w) ? 0 : 1;
    if (m.value().get(0).kind().equals("country") && written == 1) {
      return false; // "الباكستان"; "القوات السورية": a country's adjective, read as its place on purpose
    }
    // "للبنان": ل + لبنان, or ل + the article
    int either = m.strip() > 0 && norms[m.start()].charAt(m.strip() - 1) == 'ل' && w.startsWith("ل") ? 1 : 0;
    return !gazetteer.articlesAgree(m.value(), written, either);
  }

  /**
   * Whether a one-word place is part of another word or name: reached through the preposition ك
   * before no article ("بآيات كريمة" is no Raymah, "السفير كلاوس" no Laos; "كالنمسا" is Austria) or through ب in a common word ("وبنوا": they
   * built, no Nawa), after a word of lineage ("ملعب ثاني بن جاسم":
   * a man's name, no Jasim), or an adjective of direction after another place ("بألمانيا الشرقية"
   * is East Germany, no Eastern Province).
   */
  private boolean partOfAnotherName(PhraseDictionary.Match<List<Place>> m,
      List<PhraseDictionary.Match<List<Place>>> places, String[] norms) {
    if (m.end() - m.start() != 1) {
      return false;
    }
    String w = norms[m.start()];
    int conjunction = w.charAt(0) == 'و' || w.charAt(0) == 'ف' ? 1 : 0;
    if (w.substring(0, m.strip()).indexOf('ك') >= 0 && !w.startsWith("ال", m.strip()) // "كالنمسا" is "like Austria"
        || m.strip() > conjunction && w.charAt(conjunction) == 'ب' && isCommonWord(w.substring(conjunction), 0)) {
      return true; // "وبنوا مدارسهم" (they built) is no Nawa
    }
    String before = m.start() > 0 ? norms[m.start() - 1] : "";
    if (m.strip() == 0 && (LINEAGE.contains(before) || before.equals("ال"))) {
      return true; // "آل" folds to "ال"
    }
    if (m.strip() > 0 || !DIRECTION_ADJECTIVES.contains(w)) {
      return false;
    }
    for (var other : places) {
      if (other.end() == m.start()) {
        return true;
      }
    }
    return false;
  }

  /** What a pronoun adds to the particle "إن"/"أن" ("إنه", "أنها"). */
  private static final java.util.Set<String> PARTICLE_ENDINGS = java.util.Set.of("", "ه", "ها", "هم", "هما", "هن",
      "ني", "نا", "ك", "كم");

  /**
   * Whether a word as written is the particle "إن" or "أن" with its hamza, after proclitics or not
   * and with a pronoun or not ("وإن", "فإن", "بأن", "لأن", "وأنه"): never a place, though folded it
   * is a town's name ("وان", Van).
   */
  static boolean hamzaParticle(String written) {
    StringBuilder b = new StringBuilder(written.length());
    for (int k = 0; k < written.length(); k++) {
      char c = written.charAt(k);
      if (!(c >= 0x064B && c <= 0x0652) && c != 0x0640) { // diacritics and tatweel: "أنّ"
        b.append(c);
      }
    }
    String w = b.toString();
    int s = w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? 1 : 0;
    s += w.length() - s > 2 && "بلك".indexOf(w.charAt(s)) >= 0 ? 1 : 0;
    String rest = w.substring(s);
    return rest.length() >= 2 && (rest.charAt(0) == 'أ' || rest.charAt(0) == 'إ') && rest.charAt(1) == 'ن'
        && PARTICLE_ENDINGS.contains(rest.substring(2));
  }

  /** Whether all the places are in the country of the first. */
  private static boolean oneCountry(List<Place> places) {
    String country = places.get(0).country();
    for (Place p : places) {
      if (!p.country().equals(country)) {
        return false;
      }
    }
    return true;
  }

  /** The first candidate in the country of one of {@code situating}'s places (itself excluded), or null. */
  private static Place inCountryOf(List<Place> candidates, List<Place> situating) {
    for (Place c : candidates) {
      for (Place s : situating) {
        if (!s.id().equals(c.id()) && s.country().equals(c.country())) {
          return c;
        }
      }
    }
    return null;
  }

  /** Words before the name of a camp, a quarter or a settlement (folded, without the article). */
  private static final java.util.Set<String> SETTLEMENT_WORDS = java.util.Set.of("مخيم", "معسكر", "حي", "قريه",
      "بلده", "مدينه", "ضاحيه", "مخيمي", "حيي");

  /**
   * Buildings named after a person ("مستشفى ناصر", "مستشفى كمال عدوان", "مسجد عمر بن الخطاب"; folded,
   * without the article): the name after them is a site's, no person mentioned.
   */
  private static final java.util.Set<String> SITE_WORDS = java.util.Set.of("مستشفي", "مستوصف", "مسجد", "جامع",
      "مدرسه", "كنيسه");

  /** Kinds of medium before its name (folded, without the article): a paper, a channel, a radio, an agency. */
  private static final java.util.Set<String> MEDIUM_WORDS = java.util.Set.of("صحيفه", "جريده", "مجله", "قناه",
      "اذاعه", "وكاله", "تلفزيون", "محطه", "شبكه", "راديو");
  /** The last letters of {@link #MEDIUM_WORDS}: a word ending otherwise is none of them (clitics are leading). */
  private static final String MEDIUM_ENDINGS = MEDIUM_WORDS.stream().map(w -> w.substring(w.length() - 1)).distinct()
      .collect(java.util.stream.Collectors.joining());

  /**
   * Kinds of firm, team and hotel before their name in construct, without the article (folded): "شركة
   * اشرف المحدودة"، "فندق الريتز كارلتون"، "فريق ميلان الإيطالي" name no person ("الفريق" with the article is
   * the rank, "الفريق عبدالرحيم محمد حسين").
   */
  private static final java.util.Set<String> FIRM_WORDS = java.util.Set.of("شركه", "شركتا", "فندق", "مصرف", "بنك",
      "فريق");

  static boolean firmWord(String norm) {
    int n = norm.length(); // the words have 3 to 5 letters, 6 with a proclitic: most words are ruled out here
    return n >= 3 && n <= 6 && (FIRM_WORDS.contains(norm)
        || n > 4 && "وبل".indexOf(norm.charAt(0)) >= 0 && FIRM_WORDS.contains(norm.substring(1)));
  }

  /** Currencies, which name no entity ("مليار دولار", "الدولار", "يورو"; folded, without the article). */
  private static final java.util.Set<String> CURRENCIES = java.util.Set.of("دولار", "دولارا", "دولارات", "يورو",
      "ليره", "ليرات", "دينار", "دينارا", "دنانير", "ريال", "ريالا", "ريالات", "درهم", "درهما", "دراهم", "جنيه",
      "جنيها", "جنيهات", "شيكل", "شيكلا", "شواكل", "تومان", "روبل", "يوان", "فرنك", "استرليني", "بيتكوين");

  private static boolean isCurrency(String norm) {
    return CURRENCIES.contains(NerFeatures.withoutClitics(norm));
  }

  /** Nouns an adjective of kind or route follows ("معبر بري", "هجوم جوي"; folded). */
  private static final java.util.Set<String> ADJECTIVE_HEADS = java.util.Set.of("معبر", "ممر", "منفذ", "طريق",
      "خط", "هجوم", "توغل", "قصف", "نقل", "شحن", "جسر", "اجتياح", "غزو", "حدود");

  /**
   * Whether the one word the tagger calls a person at {@code i} is a relative adjective ("بري",
   * overland) qualifying the noun before it: after another indefinite relative adjective ("ممر تجاري
   * بري") or after a noun of routes and attacks ("معبر بري"). Names after titles or verbs are kept.
   */
  private boolean adjectiveAfterNoun(String[] norms, int i) {
    String w = norms[i];
    if (i == 0 || w.length() < 3 || !w.endsWith("ي") || w.startsWith("ال")) {
      return false;
    }
    String prev = norms[i - 1];
    if (ADJECTIVE_HEADS.contains(NerFeatures.withoutClitics(prev))) {
      return true;
    }
    return prev.length() >= 4 && prev.endsWith("ي") && !prev.startsWith("ال") && Clitics.certain(prev) == 0
        && !language.titles().contains(prev) && tagger.model().lexicon().bits(NerFeatures.wordHash(prev)) == 0;
  }

  /** The longest quoted name a word inside it is no place of its own ("نداء الشام" between quotes). */
  private static final int MAX_QUOTED_NAME = 4;

  /**
   * Whether a place's name opens a medium's quoted name that goes on after it, told to or named as a
   * medium: "لـ«حوران اليوم»"، "صحيفة «عدن الغد»" name an outlet, not Hauran or Aden.
   */
  private static boolean opensAQuotedMedium(String[] norms, boolean[] quoted, int start, int end) {
    if (start == 0 || !quoted[start] || end >= norms.length || quoted[end]) {
      return false;
    }
    int close = end;
    while (close < quoted.length && !quoted[close]) {
      close++;
    }
    String before = norms[start - 1];
    return close - start <= MAX_QUOTED_NAME && (before.equals("ل") || before.equals("لـ") || mediumWord(before));
  }

  /**
   * Whether tokens {@code [start, end)} lie inside a quoted name of two to four words and do not open
   * it: a word of an outlet's or a work's name ("لموقع "نداء الشام""), not a place.
   */
  private static boolean insideQuotedName(boolean[] quoted, int start, int end) {
    if (quoted == null || quoted[start]) {
      return false;
    }
    int open = start;
    while (open > 0 && !quoted[open]) {
      open--;
    }
    if (!quoted[open]) {
      return false;
    }
    int close = end;
    while (close < quoted.length && !quoted[close]) {
      close++;
    }
    return close < quoted.length && close - open >= 2 && close - open <= MAX_QUOTED_NAME;
  }

  /**
   * What a tag of the model says, read once from its name ("B-PERS") rather than per word tagged:
   * whether it is {@code O}, the type of entity it tags, the index of the tag that continues its
   * name ("I-PERS"; -1 when the model has none) and whether its name ends in "LOC".
   */
  private record ModelTag(boolean outside, EntityType type, int inside, boolean loc) {

    static ModelTag[] of(List<String> names) {
      ModelTag[] out = new ModelTag[names.size()];
      for (int k = 0; k < out.length; k++) {
        String t = names.get(k);
        boolean outside = t.equals("O");
        String kind = outside || t.length() < 2 ? null : t.substring(2);
        out[k] = new ModelTag(outside, kind == null ? null : EntityRecognizer.type(kind), kind == null ? -1 : names.indexOf("I-" + kind),
            t.endsWith("LOC"));
      }
      return out;
    }
  }

  private void addModelMentions(AnalysedArticle a, List<Token> tokens, String[] norms, int[] tags,
      boolean[] taken, boolean[] punctuation, boolean[] quoted, List<EntityMention> out, ArticleCountries countries) {
    int named = 0; // the end of the last name taken whole: the tagger's pieces inside it are no names of their own
    for (int i = 0; i < tags.length; ) {
      ModelTag t = modelTags[tags[i]];
      if (t.outside() || i < named) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < tags.length && tags[end] == t.inside()) {
        end++;
      }
      if (t.type() == EntityType.PER && end < tags.length && endsInLineage(norms, end) && !punctuation[end]
          && Character.isLetter(norms[end].charAt(0))) {
        end++; // "يتابع الوليد بن طلال أعماله": the tagger's "الوليد بن" and "طلال" are one name
      }
      int cut = nameEnd(norms, punctuation, i, end);
      EntityType type = t.type();
      boolean common = t.loc() && commonWordAlone(norms, i, cut);
      if (type == EntityType.PER && i > 0 && SETTLEMENT_WORDS.contains(NerFeatures.withoutClitics(norms[i - 1]))) {
        type = EntityType.LOC; // "مخيم أبو شوك", "حي أبو سليم": a camp or a quarter named like a person
      }
      if (type == EntityType.ORG && cut == i + 1 && i > 0 && !norms[i].startsWith("ال")
          && FACILITY_CUES.contains(NerFeatures.withoutClitics(norms[i - 1]))) {
        type = EntityType.LOC; // "هاجم مسلحون سجن كونتاغورا": the town of the prison, no body
      }
      if (type == EntityType.PER && cut > i + 1 && LANDFORMS.contains(NerFeatures.withoutClitics(norms[i]))) {
        type = EntityType.LOC; // "خور أبو فارغة", "وادي أبو جميل": a stream or a valley named like a person
      }
      if (type == EntityType.PER && i > 0 && (mediumWord(norms[i - 1]) || quoted[i] && norms[i - 1].equals("ل")
          || firmWord(norms[i - 1]))) { // "سائق فريق بار"، "شركة اشرف المحدودة"
        type = EntityType.ORG; // "لصحيفة "لو فيغارو"", "قال لـ"رؤيا" إن": a medium named like a person
      }
      if (type == EntityType.PER && cut > i + 1 && mediumWord(norms[i])) {
        type = EntityType.ORG; // "وذكر راديو مونتريال أن": the tagger's person opens with the kind of medium
      }
      boolean none = common || isCurrency(norms[i])
          || cut == i + 1 && timeOfDayBeforeTime(norms, i) // "ليل الأحد": the night, no Lille
          || type == EntityType.PER && weaponAt(norms, i) // "قذائف هاون", "صواريخ غراد": arms, no person
          || type == EntityType.PER && i > 0 && KIND_WORDS.contains(norms[i - 1]) && weaponBefore(norms, i - 1) // "بصواريخ من نوع "غراد""
          || type == EntityType.PER && i > 0 && SITE_WORDS.contains(NerFeatures.withoutClitics(norms[i - 1]))
          || type == EntityType.PER && cut == i + 1 && adjectiveAfterNoun(norms, i)
          || type == EntityType.PER && i > 0 && isTitle(language, norms[i - 1]) && TitledNames.namesFacility(norms, i - 1)
          || type == EntityType.PER && DIRECTIONS.contains(NerFeatures.withoutClitics(norms[i])) // "شرقي العاصمة"
          || type == EntityType.LOC && insideQuotedName(quoted, i, cut)
          || type == EntityType.LOC && cut == i + 1 && adverbInYa(norms, i)
          || type == EntityType.LOC && cut == i + 1 && adjectiveOfAnAccusative(norms, i)
          || type == EntityType.LOC && cut == i + 1 && PLACE_CUES.contains(NerFeatures.withoutClitics(norms[i]))
          || type == EntityType.LOC && cut == i + 1 && verbalNounBeforeMin(norms, i)
          || type == EntityType.LOC && cut == i + 1 && adjectiveOfAPlaceWord(norms, i) // "في منطقة زراعية"
          || type == EntityType.LOC && cut == i + 1 && hamzaParticle(tokens.get(i).span().in(a.clean().original()))
          || type == EntityType.LOC && cut == i + 1 && rightAfterAPlace(tokens, norms, taken, punctuation, out, i)
          || type == EntityType.LOC && cut == i + 1 && commonWordCity(norms, taken, i, countries) // "في سيول جارفة": floods
          // "ريف محافظة اللاذقية": a word that announces a place is no place's name alone
          || type == EntityType.PER && cut == i + 1 && norms[i].startsWith("و")
              && saysAt(java.util.Arrays.asList(norms), i); // "ودان وزير الخارجية": a verb, no name
      Place office = type == EntityType.PER ? placeOfTitle(norms, i, cut) : null;
      int from = office != null ? i + 1 : i;
      if (type == EntityType.PER && office == null && !none) {
        int[] whole = apposed(norms, punctuation, taken, i, cut);
        from = whole[0]; // "، خديدا حجي إلياس،": the tagger found "حجي إلياس"
        cut = whole[1]; // "الطبيب شيرزاد خلف.": the tagger found "شيرزاد"
        cut = withAli(a.clean().original(), tokens, taken, punctuation, cut);
        named = cut > end ? cut : named;
      }
      if (type == EntityType.PER && cut - from > 1 && TitledNames.ALIAS_WORDS.contains(norms[from])) {
        from++; // "القتيل يدعى حسن محمد عواضة": the verb of naming is no part of the name
      }
      if (type == EntityType.PER && cut - from > 1 && onBehalfOf(norms, from)) {
        from++; // "الناطقة باسم ميركل": "on behalf of", not the given name باسم
      }
      if (free(taken, i, cut) && !none) {
        if (office != null) { // "محافظ تعز عبده سالم الشرعبي": Taiz, then the governor's name
          out.add(mention(a, tokens, i, i + 1, 0, EntityType.LOC, office.id(), "gazetteer", taken));
        }
        int strip = type == EntityType.PER ? personStrip(norms[from]) : modelStrip(norms[from]);
        if (type == EntityType.PER && strip == 1 && norms[from].charAt(0) == 'و' && unknownAfterOffice(norms, taken, punctuation, from)
            && !(from > 0 && persons(tokens, out)[from - 1])) { // "الرئيس جورج بوش ورايس": "و" joins two persons
          strip = 0; // "المتحدث باسم شرطة ولاية النيجر واسيو أبيودون": the name opens with و
        }
        out.add(mention(a, tokens, from, cut, strip, type, null, "model", taken));
      }
      i = end;
    }
  }

  /**
   * Whether the tagger's one-word place at {@code i} is a city whose name is also a common word
   * ("سيول": Seoul, and floods) with neither a word of place before it ("مدينة سيول", "العاصمة
   * الكورية سيول") nor its country named in the article: the common word then.
   */
  private boolean commonWordCity(String[] norms, boolean[] taken, int i, ArticleCountries countries) {
    Place p = gazetteer.cityNamedByACommonWord(NerFeatures.withoutClitics(norms[i]));
    boolean listed = i > 0 && taken[i - 1] && norms[i].startsWith("و"); // "بكين وسيول": with another place
    return p != null && !listed && !(i > 0 && PLACE_CUES.contains(NerFeatures.withoutClitics(norms[i - 1])))
        && !capitalBefore(norms, i) && !countries.names(p.country());
  }

  /** The most words of a medium's own name after the kind of medium ("صحيفة ديلي تراست"). */
  private static final int MAX_MEDIUM_NAME = 3;

  /** Kinds of medium whose own name follows them without the article ("صحيفة ديلي تراست"), folded. */
  private static final java.util.Set<String> NAMED_MEDIA = java.util.Set.of("صحيفه", "جريده", "مجله", "قناه", "اذاعه",
      "وكاله", "تلفزيون", "راديو");

  /** "أنباء" (folded): "وكالة أنباء انتارا" names the agency after it. */
  private static final String NEWS = "انباء";

  /** Kinds of medium that are loanwords and part of the medium's name ("راديو دبنقا"), folded. */
  private static final java.util.Set<String> NAMING_MEDIA = java.util.Set.of("راديو", "تلفزيون");

  /**
   * The names of media written without the article after the kind of medium ("صحيفة ديلي تراست"،
   * "لراديو دبنقا"، "وكالة أعماق"، "صحيفة "ديلي تراست""): {start, end, strip} per name, the free words after the kind that
   * may be part of a name, no adjective ("صحيفة محلية"), up to punctuation. A loanword kind is part of
   * the name ("راديو دبنقا"); an Arabic one is not ("ديلي تراست").
   */
  private List<int[]> mediumNames(String[] norms, boolean[] taken, boolean[] breaks, boolean[] quoted) {
    List<int[]> out = new ArrayList<>();
    List<String> words = java.util.Arrays.asList(norms);
    for (int k = 0; k + 1 < norms.length; k++) {
      String kind = taken[k] || !mediumWord(norms[k]) ? null : mediumKind(norms[k]);
      if (kind == null || !NAMED_MEDIA.contains(kind) || (norms[k].startsWith("ال") || Clitics.certain(norms[k]) > 0)) {
        continue; // "الصحيفة فقط"، "محطة تكرير": no medium's own name follows
      }
      boolean naming = NAMING_MEDIA.contains(kind) && !(k + 1 < norms.length && breaks[k + 1]); // not "تلفزيون " X ""
      int start = k + 1 < norms.length && norms[k + 1].equals(NEWS) && !breaks[k + 1] ? k + 2 : k + 1; // "وكالة أنباء"
      int end = start;
      // "صحيفة "ديلي تراست" النيجيرية": the name may open with a quotation mark
      while (end < norms.length && end - start < MAX_MEDIUM_NAME && !taken[end]
          && (!breaks[end] || end == start && quoted[end]) && mediumNameWord(words, end)
          && !norms[end].endsWith("يه") && !(naming && norms[end].endsWith("ي"))) {
        end++;
      }
      if (end > start && end < norms.length && !taken[end] && !breaks[end] && definiteOfAName(words, end)) {
        end++; // "لإذاعة نهر الخير المحلية": a noun in construct closes the name, not the adjective
      }
      if (end > start && !(end < norms.length && taken[end] && !breaks[end])) { // "إذاعة صوت فلسطين": left whole to others
        out.add(new int[] {naming ? k : start, end, naming ? norms[k].length() - kind.length() : 0});
        k = end - 1;
      }
    }
    return out;
  }

  /** The kind of medium of a {@link #mediumWord}, without its proclitics ("لراديو": "راديو"). */
  private static String mediumKind(String norm) {
    if (MEDIUM_WORDS.contains(norm)) {
      return norm;
    }
    String w = NerFeatures.withoutClitics(norm);
    return MEDIUM_WORDS.contains(w) || w.length() <= 4 ? w : w.substring(1);
  }

  /**
   * Whether the word at {@code k} is a noun with the article that may close a name in construct ("نهر
   * الخير"): no relative adjective, word of events or time, title or common word.
   */
  private boolean definiteOfAName(List<String> words, int k) {
    String w = words.get(k);
    return w.startsWith("ال") && w.length() >= 5 && !isRelativeAdjective(w) && !isTitle(language, w)
        && language.time().word(w).isEmpty() && !language.commonWords().contains(w.substring(2))
        && language.eventLexicon().allAt(words, k).isEmpty();
  }

  /**
   * A word of a medium's name: a {@link #nameWord}, or a loanword of five letters or more that opens
   * like a present verb and is no word of events ("تراست", "تايمز").
   */
  private boolean mediumNameWord(List<String> words, int k) {
    String w = words.get(k);
    if (w.length() > 2 && w.charAt(0) == 'و' && TitledNames.STOP.contains(w.substring(1))) {
      return false; // "مجلة وما يربو": "و" and a particle
    }
    return nameWord(words, k) || w.length() >= 5 && "يتن".indexOf(w.charAt(0)) >= 0
        && !TitledNames.STOP.contains(w) && language.eventLexicon().allAt(words, k).isEmpty();
  }

  /**
   * The mention of a head starting with ل after "لل", whose folded words took the article wrongly:
   * with an adjective after it the head has the article ("للجنة الدولية": ل + "اللجنة"), in construct
   * it has none ("للجنة الانتخابات": ل + "لجنة"); never ل + "الجنة".
   */
  private static EntityMention withArticle(EntityMention m, boolean adjective) {
    String head = m.norm().substring(m.norm().startsWith("ال") ? 1 : 0);
    String norm = adjective ? "ال" + head : head;
    return new EntityMention(m.span(), m.type(), m.text(), norm, m.ref(), m.role(), m.roleSpan(), m.source());
  }

  /** Words before the name of a make or a type ("من نوع"، "من طراز"), folded: no person follows. */
  private static final java.util.Set<String> KIND_WORDS = java.util.Set.of("نوع", "طراز");

  /** Whether a weapon word of five letters or more stands among the three words before {@code k}. */
  private boolean weaponBefore(String[] norms, int k) {
    List<String> words = java.util.Arrays.asList(norms);
    for (int t = k - 1; t >= 0 && t >= k - 3; t--) {
      if (norms[t].length() >= 5 && weapon(words, t)) {
        return true;
      }
    }
    return false;
  }

  /** Facilities named after the town they are in, without the article ("سجن كونتاغورا"), folded. */
  private static final java.util.Set<String> FACILITY_CUES = java.util.Set.of("سجن", "مطار", "معبر", "ميناء",
      "مرفا", "قاعده");

  /** Words of a time of day before a day's name ("ليل الأحد"، "فجر الجمعة"), folded. */
  private static final java.util.Set<String> TIMES_OF_DAY = java.util.Set.of("ليل", "ليله", "فجر", "صباح", "مساء",
      "ظهر", "عصر", "ضحي");

  /** Whether the word at {@code i} is a time of day and a word of time follows it ("ليل الأحد"). */
  private boolean timeOfDayBeforeTime(String[] norms, int i) {
    return i + 1 < norms.length && norms[i + 1].length() >= 3 && TIMES_OF_DAY.contains(NerFeatures.withoutClitics(norms[i]))
        && language.time().word(norms[i + 1]).isPresent();
  }

  /** Landforms named like persons ("خور أبو فارغة"، "وادي أبو جميل"), folded. */
  private static final java.util.Set<String> LANDFORMS = java.util.Set.of("خور", "وادي", "جبل", "تله", "سهل");

  /**
   * Whether the tagger's person at {@code i} is a weapon: the language's word of a weapon opens it or
   * stands right before it ("قذائف هاون"، "صواريخ غراد").
   */
  private boolean weaponAt(String[] norms, int i) {
    List<String> words = java.util.Arrays.asList(norms);
    // a weapon word of five letters or more before it: "لغم فيديل كاسترو القاعدة" (mined) is a verb
    return weapon(words, i) || i > 0 && words.get(i - 1).length() >= 5 && weapon(words, i - 1);
  }

  private boolean weapon(List<String> words, int k) {
    for (var m : language.eventLexicon().allAt(words, k)) {
      if (m.category().equals("weapon")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the tagger's one-word place at {@code i} is an indefinite relative adjective right after a
   * word that announces a place ("في منطقة زراعية"، "مناطق سكنية"، "قرية نائية"), which the gazetteer
   * does not know: it says what kind of place, no name.
   */
  private boolean adjectiveOfAPlaceWord(String[] norms, int i) {
    String w = norms[i];
    String cue = NerFeatures.withoutClitics(norms[Math.max(0, i - 1)]);
    // the adjective agrees with the word: "منطقة زراعية"، "حي سكني"; not "منطقة تيمبافاتي"، "مدينة كنيدي"
    boolean agrees = cue.endsWith("ه") ? w.endsWith("يه") : w.endsWith("ي");
    return i > 0 && placeCue(norms[i - 1]) && !w.startsWith("ال") && w.length() >= 5 && agrees
        && gazetteer.candidates(w).isEmpty();
  }

  /** "بن"، "ابن"، "بنت" (folded): the word before a father's name. */
  static final java.util.Set<String> LINEAGE = java.util.Set.of("بن", "ابن", "بنت");

  /**
   * Whether the word before {@code end} is "بن"، "ابن"، "بنت" or "آل" (folded), which never end a name, and
   * the word at {@code end} is a name, not a kinship noun with a pronoun ("الأمير زيان ابن أخيه").
   */
  private static boolean endsInLineage(String[] norms, int end) {
    String w = norms[end - 1];
    String next = norms[end];
    boolean kin = next.endsWith("يه") || next.endsWith("ها") || next.endsWith("هم") || next.equals("عمه")
        || next.equals("خاله");
    return (LINEAGE.contains(w) || w.equals("ال")) && !kin;
  }

  /** The most words of a name set off by commas, or by a title and punctuation. */
  private static final int MAX_APPOSED_WORDS = 4;

  /**
   * The whole name around a person's name the tagger found in part, when it stands alone between
   * commas ("قائممقام القضاء، خديدا حجي إلياس، لوكالة") or between a title and punctuation ("الطبيب
   * شيرزاد خلف."): the free words before and after it that are no article word, particle, title or
   * word of events, up to four words in all ("علي" inside a name is the name Ali: "مبارك علي زعبنوت").
   * Else the tokens {@code [start, end)} themselves.
   */
  private int[] apposed(String[] norms, boolean[] punctuation, boolean[] taken, int start, int end) {
    List<String> words = java.util.Arrays.asList(norms);
    int from = start;
    while (from > 0 && !punctuation[from] && !taken[from - 1] && end - from < MAX_APPOSED_WORDS
        && nameWord(words, from - 1)) {
      from--;
    }
    int to = end;
    while (to < norms.length && !punctuation[to] && !taken[to] && to - from < MAX_APPOSED_WORDS
        && (nameWord(words, to) || norms[to].equals("علي") && to + 1 < norms.length && !punctuation[to + 1]
            && !taken[to + 1] && nameWord(words, to + 1)
            || to > from && KUNYA.contains(norms[to - 1]) && norms[to].startsWith("ال"))) { // "خالد أبو الهيجاء"
      to++;
    }
    boolean titled = from > 0 && isTitle(language, norms[from - 1])
        || from > 1 && norms[from - 1].startsWith("ال") && isTitle(language, norms[from - 2]) // "النقيب الطيار"
        || from > 0 && taken[from - 1] && titleBefore(norms, punctuation, from - 1); // "رئيسة البعثة في اليمن دافني"
    boolean opened = punctuation[from] || titled;
    boolean closed = to == norms.length || punctuation[to] || titled && to == end && INNA_FOLDED.contains(norms[to]);
    return (opened || aged(norms, to)) && closed && from > 0 ? new int[] {from, to} : new int[] {start, end};
  }

  /** "إن" and "أن" with or without a pronoun, folded: the words said follow the speaker's name. */
  private static final java.util.Set<String> INNA_FOLDED = java.util.Set.of("ان", "انه", "انها");

  /** How far before a name its title may stand, over the words of its office. */
  private static final int TITLE_REACH = 8;

  /** Whether a title stands among the few words before {@code k}, with no punctuation between. */
  private boolean titleBefore(String[] norms, boolean[] punctuation, int k) {
    for (int t = k; t >= 0 && t > k - TITLE_REACH; t--) {
      if (isTitle(language, norms[t])) {
        return true;
      }
      if (punctuation[t]) {
        return false;
      }
    }
    return false;
  }

  /** Words of a family name that take a word with the article after them ("أبو الهيجاء", "آل الشيخ"), folded. */
  private static final java.util.Set<String> KUNYA = java.util.Set.of("ابو", "ابي", "ام", "ال", "بن", "ابن", "بنت");

  /** Words of years after a number: an age in parentheses ("(24 عاما)"), folded. */
  private static final java.util.Set<String> YEARS = java.util.Set.of("عاما", "عام", "سنه", "سنوات");

  /**
   * Whether a number of years in parentheses follows the token before {@code to}: "عمر فايز جرادات (24
   * عاما)" after "استشهد الشاب" is a whole name however it opens.
   */
  private static boolean aged(String[] norms, int to) {
    return to + 1 < norms.length && !norms[to].isEmpty() && Character.isDigit(norms[to].charAt(0))
        && YEARS.contains(norms[to + 1]);
  }

  /**
   * A word that may be part of a person's name: no article, particle, title or word of events, and no
   * present-tense verb shape or word after "و" the name lists do not know ("ويدعى سامر الحلو").
   */
  private boolean nameWord(List<String> words, int k) {
    String w = words.get(k);
    boolean verbOrAnd = w.length() >= 4 && "يتنو".indexOf(w.charAt(0)) >= 0; // "ويدعى سامر الحلو"
    // the name lists are asked only about such a word: whether they know it as a name
    return w.length() >= 3 && (!verbOrAnd || wawNames.contains(w) || tagger.model().lexicon().bits(NerFeatures.wordHash(w)) != 0) && Character.isLetter(w.charAt(0)) && !w.startsWith("ال") && !TitledNames.STOP.contains(w)
        && !language.commonWords().contains(w) && !isTitle(language, w) && language.eventLexicon().allAt(words, k).isEmpty();
  }

  /**
   * The place a person's name the tagger found begins with, of the title before it ("محافظ تعز
   * عبده سالم الشرعبي": the governor of Taiz, named), a country, province or city the gazetteer knows,
   * two name words after.
   */
  private Place placeOfTitle(String[] norms, int i, int cut) {
    if (i == 0 || cut - i < 3 || !isTitle(language, norms[i - 1])) {
      return null;
    }
    return gazetteer.candidates(norms[i]).stream().filter(p -> OFFICE_PLACES.contains(p.kind())).findFirst().orElse(null);
  }

  /**
   * "محاولة للنيل من متانة العلاقات" (to undermine): a word after "لل" with "من" right after it, which
   * the gazetteer does not know as it is written, is the verbal noun of a verb taking "من", no place.
   */
  private boolean verbalNounBeforeMin(String[] norms, int i) {
    return norms[i].startsWith("لل") && i + 1 < norms.length && norms[i + 1].equals("من")
        && gazetteer.candidates(norms[i]).isEmpty() && gazetteer.candidates("ال" + norms[i].substring(2)).isEmpty();
  }

  /** Kinds of place an office is of ("محافظ تعز", "سفير فرنسا"); not a village, whose name may be a given name. */
  private static final java.util.Set<String> OFFICE_PLACES = java.util.Set.of("country", "admin1", "region", "city");

  /** Whether a folded word is a title of the language, as written or without its clitics ("والوزير"). */
  static boolean isTitle(Language language, String w) {
    WordSet titles = titles(language);
    return titles.contains(w) || titles.containsCore(w);
  }

  /** The language's titles and the set they were read into, kept for the next call. */
  private record Titles(java.util.Set<String> words, WordSet set) {}

  private static volatile Titles titles;

  /**
   * The language's titles as a set asked about a word's end without cutting it; made once per set
   * of titles (the language's set is a constant, so in practice once).
   */
  static WordSet titles(Language language) {
    Titles t = titles;
    java.util.Set<String> words = language.titles();
    if (t == null || t.words() != words) {
      t = new Titles(words, new WordSet(words));
      titles = t;
    }
    return t.set();
  }

  /**
   * True when the name at {@code start} follows "وسائل" ("ذكرت وسائل إعلام سورية", "وسائل الإعلام
   * الرسمية"): the media of a country or a kind, not the ministry whose name it reads like.
   */
  private static boolean mediaOf(String[] norms, int start) {
    String w = start > 0 ? norms[start - 1] : "";
    return w.endsWith("وسايل") && w.length() <= "وسايل".length() + 1; // "ووسائل", "لوسائل", "بوسائل"
  }

  /** Whether a word names a kind of medium, with its clitics ("لصحيفة", "وقناة", "بالإذاعة"). */
  private static boolean mediumWord(String norm) {
    if (norm.isEmpty() || MEDIUM_ENDINGS.indexOf(norm.charAt(norm.length() - 1)) < 0) {
      return false; // most words: no medium's last letter, no clitics to cut
    }
    String w = NerFeatures.withoutClitics(norm);
    return MEDIUM_WORDS.contains(w) || MEDIUM_WORDS.contains(norm) // "وكالة": no "و" to cut
        || w.length() > 4 && (w.charAt(0) == 'ل' || w.charAt(0) == 'ب') && MEDIUM_WORDS.contains(w.substring(1));
  }

  /**
   * A word the gazetteer does not know, ending in "يا" after a word that does not place it: an adverb
   * made of a relative adjective ("مكفول دستوريًا", "معترف به دوليًا"), no place. An unknown place
   * follows a preposition or a settlement word ("في بيتونيا", "بلدة بيتونيا").
   */
  private static boolean adverbInYa(String[] norms, int i) {
    String w = norms[i];
    if (w.length() < 6 || !w.endsWith("يا") || i == 0) {
      return false;
    }
    String before = NerFeatures.withoutClitics(norms[i - 1]);
    return !PLACE_PREPOSITIONS.contains(norms[i - 1]) && !SETTLEMENT_WORDS.contains(before)
        && !PLACE_CUES.contains(Clitics.dropArticle(norms[i - 1])) && !norms[i].startsWith("ب");
  }

  /**
   * Whether the word at {@code i}, ending in "يا", agrees as an adjective with an indefinite noun in the
   * accusative before it ("على بعد 60 ميلا بحريا": nautical, no place), which ends in "ا" too.
   */
  private static boolean adjectiveOfAnAccusative(String[] norms, int i) {
    String w = norms[i];
    if (w.length() < 5 || !w.endsWith("يا") || i == 0) {
      return false;
    }
    String before = norms[i - 1];
    // "وطنها ميديا": a noun with a pronoun is no accusative
    return before.length() >= 3 && before.endsWith("ا") && !before.startsWith("ال") && !before.endsWith("يا")
        && !before.endsWith("ها") && !before.endsWith("نا")
        && !PLACE_PREPOSITIONS.contains(before) && before.chars().allMatch(Character::isLetter);
  }

  /**
   * Whether the word at an index opens a clause with "و" (a reporting verb, "وقال") or is a clause
   * particle; answered on demand, as only the few words after a title are asked (computing it for
   * every word of every sentence looked each word starting with "و" up in the event lexicon).
   */
  private java.util.function.IntPredicate clauseOpeners(String[] norms) {
    List<String> words = java.util.Arrays.asList(norms);
    return k -> CLAUSE_OPENERS.contains(norms[k]) || norms[k].startsWith("و") && reportingAt(words, k);
  }

  /** Words spelled like a title without its article that are prepositions ("أمام", in front of; "الإمام"). */
  private static final java.util.Set<String> NOT_TITLES = java.util.Set.of("امام");

  /** Family names of four letters or more that are no ordinal or epithet ("الثاني" of a king), folded. */
  private static final java.util.Set<String> NOT_FAMILY_NAMES = java.util.Set.of("الاول", "الثاني", "الثالث",
      "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الابن", "الاب", "الكبير", "الصغير",
      "الاكبر", "الاصغر", "باشا", "بيك", "افندي");

  /**
   * A person the article names in full ("إياد العموري") is named again by the family name alone
   * ("العموري", "للعموري") or by the full name where the tagger missed it: those words, not in a
   * mention yet, become mentions of the person (source {@code rule}). Only names of two words or
   * more, whose last word has four letters or more and is no common word or ordinal.
   */
  private List<EntityMention> namedAgain(AnalysedArticle a, List<EntityMention> found) {
    java.util.Map<String, String> lastWords = new java.util.HashMap<>();
    for (EntityMention m : found) {
      String last = familyName(m, language);
      if (last != null) {
        lastWords.putIfAbsent(last, m.ref());
      }
    }
    if (lastWords.isEmpty()) {
      return List.of();
    }
    List<EntityMention> out = new ArrayList<>();
    NameEnds ends = NameEnds.of(lastWords.keySet());
    WrittenForms written = writtenForms(lastWords.keySet());
    Found byStart = new Found(found);
    java.util.function.Predicate<String> named = lastWords::containsKey; // made once, not per word
    for (Sentence s : a.sentences()) {
      List<Token> tokens = a.tokensOf(s);
      boolean[] taken = taken(tokens, byStart);
      for (int i = 0; i < tokens.size(); i++) {
        String w = tokens.get(i).norm();
        if (taken[i] || !written.mayBe(w)) {
          continue; // most words: one bit of their kept hash, where each way of stripping them was tested
        }
        int strip = familyNameStrip(w, ends, named);
        if (strip >= 0 && !beforeLineage(tokens, i)) {
          out.add(mention(a, tokens, i, i + 1, strip, EntityType.PER, lastWords.get(bareAfter(w, strip)), "rule", taken));
        }
      }
    }
    return out;
  }

  /**
   * Every word in which {@link #familyNameStrip} may find one of {@code names}: the name, and a
   * name with the article after the proclitics it strips (و, ف, ب, ل, two of them, "لل" for "ل"
   * and the article). A word that is none of these is no family name, whatever its proclitics.
   */
  static WrittenForms writtenForms(java.util.Collection<String> names) {
    return WrittenForms.of(names);
  }

  /**
   * The written forms of {@link #writtenForms} as a bit filter over their hash codes, which are
   * computed from each name's hash code without building the forms: a word it rules out is none of
   * them; a word it lets through may still be none ({@link #familyNameStrip} decides).
   */
  static final class WrittenForms {

    private static final int BITS = 1 << 13;

    private final long[] bits = new long[BITS / 64];

    private WrittenForms() {}

    static WrittenForms of(java.util.Collection<String> names) {
      WrittenForms out = new WrittenForms();
      for (String n : names) {
        int h = n.hashCode();
        out.add(h);
        if (!n.startsWith("ال")) {
          continue; // a stripped word is a name only with its article
        }
        int pow = pow31(n.length());
        // "للعموري": the preposition ل swallowed the article's alif (as long as the name)
        int lam = h + ('ل' - n.charAt(0)) * pow31(n.length() - 1);
        for (char c : PROCLITICS.toCharArray()) {
          out.add(c * pow + h);
          out.add(c * pow + lam);
          out.add((c * 31 + 'ب') * pow + h);
          out.add((c * 31 + 'ل') * pow + h);
        }
        out.add(lam);
      }
      return out;
    }

    /** False when {@code w} is none of the forms. */
    boolean mayBe(String w) {
      int b = bit(w.hashCode());
      return (bits[b >>> 6] & 1L << b) != 0;
    }

    private void add(int hash) {
      int b = bit(hash);
      bits[b >>> 6] |= 1L << b;
    }

    private static int bit(int hash) {
      int h = hash * 0x9E3779B9;
      return (h ^ h >>> 16) & (BITS - 1);
    }

    /** 31 to the power {@code n}, overflowing as {@link String#hashCode} does. */
    private static int pow31(int n) {
      int p = 1;
      for (int i = 0; i < n; i++) {
        p *= 31;
      }
      return p;
    }
  }

  /** The proclitic letters {@link #familyNameStrip} strips first. */
  private static final String PROCLITICS = "وفبل";

  /**
   * Whether the word at {@code i} is followed by "بن" or "ابن": a given name of another person ("ملعب
   * ثاني بن جاسم" after "الشيخ حمد بن خليفة آل ثاني"), never a family name alone.
   */
  private static boolean beforeLineage(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).norm();
    return next.equals("بن") || next.equals("ابن") || next.equals("بنت");
  }

  /**
   * The spans of the mentions found, by their start, with the furthest end of each and those before
   * it: the mentions that may overlap a sentence are found by two binary searches, not by testing
   * the whole article's mentions for every sentence.
   */
  private static final class Found {
    final int[] starts;
    final int[] ends;
    /** Per mention (by start), the furthest end of it and the mentions before it. */
    final int[] reach;

    Found(List<EntityMention> found) {
      Span[] spans = new Span[found.size()];
      for (int k = 0; k < spans.length; k++) {
        spans[k] = found.get(k).span();
      }
      java.util.Arrays.sort(spans, Comparator.comparingInt(Span::start));
      starts = new int[spans.length];
      ends = new int[spans.length];
      reach = new int[spans.length];
      for (int k = 0; k < spans.length; k++) {
        starts[k] = spans[k].start();
        ends[k] = spans[k].end();
        reach[k] = Math.max(ends[k], k > 0 ? reach[k - 1] : Integer.MIN_VALUE);
      }
    }

    /** The first mention (by start) whose reach passes {@code from}: none before it ends after {@code from}. */
    int firstReaching(int from) {
      int lo = 0;
      int hi = reach.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (reach[mid] > from) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }

    /** The first mention that starts at {@code to} or after. */
    int firstFrom(int to) {
      int lo = 0;
      int hi = starts.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] >= to) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }
  }

  /** Which tokens overlap a mention already found. */
  private static boolean[] taken(List<Token> tokens, Found found) {
    boolean[] taken = new boolean[tokens.size()];
    if (tokens.isEmpty()) {
      return taken;
    }
    int from = Integer.MAX_VALUE;
    int to = Integer.MIN_VALUE;
    for (Token t : tokens) {
      from = Math.min(from, t.span().start());
      to = Math.max(to, t.span().end());
    }
    // Only the few mentions within the sentence's reach are checked token by token: the others
    // start at its end or after, or end at its start or before
    int last = found.firstFrom(to);
    for (int k = found.firstReaching(from); k < last; k++) {
      int start = found.starts[k];
      int end = found.ends[k];
      if (start < to && from < end) {
        for (int i = 0; i < taken.length; i++) {
          Span t = tokens.get(i).span();
          taken[i] |= start < t.end() && t.start() < end;
        }
      }
    }
    return taken;
  }

  /**
   * The family name of a person's mention of two words or more that may name the person alone: its
   * last word, of four letters or more and no common word, title or ordinal; else null.
   */
  static String familyName(EntityMention m, Language language) {
    if (m.type() != EntityType.PER) {
      return null;
    }
    // the last two words as split(" ") gives them (trailing spaces dropped), cut without splitting the
    // whole name: asked of every person's mention of every article
    String norm = m.norm();
    int end = norm.length();
    while (end > 0 && norm.charAt(end - 1) == ' ') {
      end--;
    }
    int space = norm.lastIndexOf(' ', end - 1);
    String last = norm.substring(space + 1, end);
    boolean ok = space >= 0 && last.length() >= 4 && !NOT_FAMILY_NAMES.contains(last)
        && !language.commonWords().contains(last) && !language.titles().contains(NerFeatures.withoutClitics(last))
        && !LINEAGE.contains(norm.substring(norm.lastIndexOf(' ', space - 1) + 1, space)); // "الوليد بن طلال": "طلال" alone is his father
    return ok ? last : null;
  }

  /**
   * How many proclitic letters ("و", "ف", "ب", "ل") stand before a family name in the folded word
   * {@code w} ("للعموري", "والعموري"), 0 for the name itself, or -1 when no known name is there.
   */
  static int familyNameStrip(String w, java.util.function.Predicate<String> known) {
    return familyNameStrip(w, NameEnds.ANY, known);
  }

  /**
   * {@link #familyNameStrip(String, java.util.function.Predicate)} where every known name passes
   * {@code ends}, which rules out most words before any of their forms is cut and looked up.
   */
  static int familyNameStrip(String w, NameEnds ends, java.util.function.Predicate<String> known) {
    for (int strip = 0; strip <= 2 && strip < w.length() - 3; strip++) {
      // The proclitic letters are tested before the bare word is cut: most words have none, and
      // cutting them for every token of every article was most of this method's cost.
      if (strip > 0 && (PROCLITICS.indexOf(w.charAt(0)) < 0 || strip == 2 && "بل".indexOf(w.charAt(1)) < 0)) {
        continue;
      }
      // the bare word's letters, without cutting it: "ا" + the rest when ل swallowed the article
      boolean alif = strip > 0 && w.startsWith("لل", strip - 1);
      char first = alif ? 'ا' : w.charAt(strip);
      if (!ends.mayBe(first, w.charAt(w.length() - 1), w.length() - strip + (alif ? 1 : 0))) {
        continue;
      }
      String bare = bareAfter(w, strip);
      if (known.test(bare) && (strip == 0 || bare.startsWith("ال"))) {
        return strip;
      }
    }
    return -1;
  }

  /**
   * The first letters, last letters and lengths of a set of names, as bits of a small set: a quick
   * test that rules out most words as one of the names (a word passing it may still be none).
   */
  static final class NameEnds {

    /** Passes every word. */
    static final NameEnds ANY = new NameEnds(null);

    private static final int BITS = 1 << 12;

    /** Bits of each name's first letter, last letter and length; null to pass every word. */
    private final long[] bits;

    private NameEnds(long[] bits) {
      this.bits = bits;
    }

    static NameEnds of(java.util.Collection<String> names) {
      long[] bits = new long[BITS / 64];
      for (String n : names) {
        if (n.isEmpty()) {
          return ANY;
        }
        int b = bit(n.charAt(0), n.charAt(n.length() - 1), n.length());
        bits[b >>> 6] |= 1L << b;
      }
      return new NameEnds(bits);
    }

    /** False when no name starts with {@code first}, ends with {@code last} and has {@code length} letters. */
    boolean mayBe(char first, char last, int length) {
      if (bits == null) {
        return true;
      }
      int b = bit(first, last, length);
      return (bits[b >>> 6] & 1L << b) != 0;
    }

    private static int bit(char first, char last, int length) {
      int h = ((first * 31 + last) * 31 + length) * 0x9E3779B9;
      return (h ^ h >>> 16) & (BITS - 1);
    }
  }

  /** The word without its first {@code strip} letters; "للعموري": the ل swallowed the article's alif. */
  static String bareAfter(String w, int strip) {
    String rest = w.substring(strip);
    return strip > 0 && w.startsWith("لل", strip - 1) && w.charAt(strip - 1) == 'ل' ? "ا" + rest : rest;
  }

  /** The original offset after the first {@code letters} letters of a token (diacritics skipped). */
  static int afterLetters(Token t, int letters, String original, Language language) {
    if (letters == 0) {
      return t.span().start();
    }
    int seen = 0;
    for (int i = t.span().start(); i < t.span().end(); i++) {
      if (!language.normalizer().fold(String.valueOf(original.charAt(i))).isEmpty()) {
        if (seen == letters) {
          return i;
        }
        seen++;
      }
    }
    return t.span().start();
  }

  /** Names that start with the letter و, which is then no conjunction (folded in the constructor). */
  private static final String[] WAW_NAMES = {"وليد", "وائل", "وفاء", "وسام", "وجدي", "وجيه", "وديع", "وضاح",
    "وعد", "وداد", "ولاء", "وصفي", "وحيد", "واثق", "وهبي", "وهبة", "واصل", "وهيب", "وردة", "وصال", "وئام", "وليم",
    "ويليام", "وارد", "وفيق", "وسيم", "وصفية", "واشنطن", "وهران", "وادي", "وارسو", "ويلز", "وجدة", "واسط",
    "ورقلة", "وزيرستان", "واغادوغو", "ويندهوك", "وزان", "ولاية", "وكالة", "وزارة", "وحدة", "وحدات"};

  /**
   * How many leading letters of the first word of a tagger's name are proclitics: those before an
   * article ({@link Clitics#certain}), and a conjunction و glued to a name ("وصدام حسين", "وانكلترا"),
   * unless the whole word is a name that starts with و ("وليد", "واشنطن") or what remains is too short.
   */
  int modelStrip(String w) {
    int certain = Clitics.certain(w);
    if (w.length() == 4 && certain == 0 && w.charAt(0) == 'و' && !wawNames.contains(w)) {
      return gluedToName(w) ? 1 : 0;
    }
    if (certain > 0 || w.length() < 5 || w.charAt(0) != 'و') {
      return certain;
    }
    if (wawNames.contains(w) || tagger.model().lexicon().bits(NerFeatures.wordHash(w)) != 0) {
      return 0;
    }
    return 1;
  }

  /**
   * Whether a person's name at {@code i} opening with "و" follows a title or the name of an office
   * with no punctuation between, and the name lists know neither the word nor the word after "و": the
   * "و" is the name's letter ("واسيو"), as no name was listed before it.
   */
  private boolean unknownAfterOffice(String[] norms, boolean[] taken, boolean[] punctuation, int i) {
    var lexicon = tagger.model().lexicon();
    String w = norms[i];
    return i > 0 && !punctuation[i] && (taken[i - 1] && titleBefore(norms, punctuation, i - 1) || isTitle(language, norms[i - 1]))
        && lexicon.bits(NerFeatures.wordHash(w.substring(1))) == 0;
  }

  /** Spokesmen's words (folded) before which "باسم" is "on behalf of": "المتحدث باسم"، "الناطقة باسم". */
  private static final java.util.Set<String> SPOKESMEN = java.util.Set.of("المتحدث", "متحدث", "المتحدثه", "متحدثه",
      "الناطق", "ناطق", "الناطقه", "ناطقه", "والمتحدث", "والناطق");

  /** Whether the word at {@code i} is "باسم" after a spokesman's word. */
  private static boolean onBehalfOf(String[] norms, int i) {
    return i > 0 && norms[i].equals("باسم") && SPOKESMEN.contains(norms[i - 1]);
  }

  /**
   * {@link #modelStrip} for a person's name, and a preposition ل or ب glued to it ("تحول الى جزء من
   * حياة لنجيب محفوظ"، "فوجئت برضا يشن هجوما"، "بسبب تعرضه لفرناندو توريس"): left out when the name
   * lists know what remains as a person's name and the whole word as no name at all ("لطفي"، "بشار"،
   * "بوش" are names of their own).
   */
  int personStrip(String w) {
    int strip = modelStrip(w);
    if (strip > 0 || w.length() < 4 || "لب".indexOf(w.charAt(0)) < 0) {
      return strip;
    }
    int person = NameLexicon.whole(1) | NameLexicon.part(1);
    var lexicon = tagger.model().lexicon();
    boolean rest = (lexicon.bits(NerFeatures.wordHash(w.substring(1))) & person) != 0;
    return rest && lexicon.bits(NerFeatures.wordHash(w)) == 0 ? 1 : 0;
  }

  /**
   * Whether a word of four letters in "و" is the conjunction and a name of three letters that the
   * name lists know as a person's, while they know the whole word as none ("ونور الشريف"، "وقصي هاشم"،
   * "وعلي الحجار"، "وبول سكولز" in lists of names; "وليد"، "وسام" are names of their own).
   */
  private boolean gluedToName(String w) {
    int person = NameLexicon.whole(1) | NameLexicon.part(1);
    var lexicon = tagger.model().lexicon();
    return (lexicon.bits(NerFeatures.wordHash(w.substring(1))) & person) != 0
        && (lexicon.bits(NerFeatures.wordHash(w)) & person) == 0;
  }

  /**
   * Where a name the tagger found in tokens {@code [start, end)} really ends: before punctuation
   * ("المنظمة، وسنصل") and before a word that opens a new clause with "و" (a verb in the future,
   * "وسنصل", "وستبدأ", or a reporting verb, "وقال"), which no name runs over.
   */
  int nameEnd(String[] norms, boolean[] punctuation, int start, int end) {
    List<String> words = java.util.Arrays.asList(norms);
    for (int k = start + 1; k < end; k++) {
      String w = norms[k];
      if (punctuation[k] || CLAUSE_OPENERS.contains(w) || TitledNames.ALIAS_WORDS.contains(w) || w.length() > 3 && w.startsWith("وس") && "يتن".indexOf(w.charAt(2)) >= 0
          || w.startsWith("و") && reportingAt(words, k)) {
        return k;
      }
    }
    return end;
  }

  /** Whether a verb of reporting or condemning starts at {@code k} ("وقال", "ودان", "وأدانت"). */
  private boolean saysAt(List<String> words, int k) {
    for (var m : language.eventLexicon().allAt(words, k)) {
      if (m.category().equals("reporting") || m.category().equals("condemning")) {
        return true;
      }
    }
    return false;
  }

  private boolean reportingAt(List<String> words, int k) {
    for (var m : language.eventLexicon().allAt(words, k)) {
      if (m.category().equals("reporting")) {
        return true;
      }
    }
    return false;
  }

  /** Particles that open a clause and are no part of a name (folded). */
  private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of(
      "وقد", "لكن", "ولكن", "وهو", "وهي", "وهم", "حيث", "بينما", "فيما", "الذي", "التي", "الذين");

  private static final String SENTENCE_PUNCTUATION = ",،.:;؛!?؟()«»\"“”";

  /**
   * "الضفة الغربية لنهر الفرات": a bank of a river named after it, not the region of that name (the
   * West Bank is the bank of the Jordan, "الضفة الغربية لنهر الأردن").
   */
  private static boolean bankOfRiver(PhraseDictionary.Match<List<Place>> m, String[] norms) {
    int after = m.end();
    return m.end() - m.start() > 1 && Clitics.dropArticle(norms[m.start()]).startsWith("ضفه") && after < norms.length
        && (norms[after].equals("لنهر") || norms[after].equals("للنهر"))
        && !(after + 1 < norms.length && norms[after + 1].equals("الاردن"));
  }

  /** Adjectives of direction with the article (folded), also the names of provinces ("الشرقية"). */
  private static final java.util.Set<String> DIRECTION_ADJECTIVES = java.util.Set.of("الشرقيه", "الغربيه", "الشماليه",
      "الجنوبيه", "الوسطي");

  /**
   * "في الأحياء الشرقية للبلدة": an adjective of direction alone after a definite noun agrees with
   * it, and is no province of that name (Saudi Arabia's "الشرقية"); "في الشرقية" may be one.
   */
  private static boolean directionOfNounBefore(PhraseDictionary.Match<List<Place>> m, String[] norms) {
    int i = m.start();
    if (m.end() - i != 1 || i == 0) {
      return false;
    }
    String before = norms[i - 1];
    if (norms[i].startsWith("و") && DIRECTION_ADJECTIVES.contains(norms[i].substring(1))) {
      return DIRECTION_ADJECTIVES.contains(before); // "على الواجهتين الشمالية والشرقية": two sides of one noun
    }
    return DIRECTION_ADJECTIVES.contains(norms[i]) && before.startsWith("ال") && before.length() > 3
        && !PLACE_PREPOSITIONS.contains(before);
  }

  /**
   * "على الحدود الشمالية للمملكة": a name that ends in an adjective of direction, followed by "لل" and
   * what it is the side of, is that side (the border of the kingdom), not the province of that name.
   */
  private static boolean sideOfWhatFollows(PhraseDictionary.Match<List<Place>> m, String[] norms) {
    int after = m.end();
    return m.end() - m.start() > 1 && DIRECTION_ADJECTIVES.contains(norms[after - 1]) && after < norms.length
        && norms[after].startsWith("لل") && norms[after].length() > 4;
  }

  /**
   * Whether a gazetteer match reads as a place here. A name of two words or more, a country or a
   * governorate is taken; a one-word town name only where the tagger sees a place, a place word
   * precedes it ("مدينة", "ريف", "قرب"), or it follows another place with "و", since many town names
   * are also common words ("الباب").
   */
  private boolean placeLike(PhraseDictionary.Match<List<Place>> m, String[] norms, int[] tags) {
    Place p = m.value().get(0);
    if (bankOfRiver(m, norms) || directionOfNounBefore(m, norms) || sideOfWhatFollows(m, norms)) {
      return false;
    }
    if (m.end() - m.start() > 1 || p.kind().equals("country")) {
      return true;
    }
    boolean common = isCommonWord(norms[m.start()], m.strip());
    if ((p.kind().equals("admin1") || p.kind().equals("region")) && !common) {
      return true; // "الحرفيون المهرة" (skilled): a governorate named by a common word is one below
    }
    String word = Clitics.dropArticle(norms[m.start()]);
    if (PLACE_CUES.contains(word) || word.length() < 3) {
      return false;
    }
    boolean cued = m.start() > 0 && placeCue(norms[m.start() - 1]) || capitalBefore(norms, m.start());
    if (common) {
      // "في مشهد مصور" is a scene: a common word names a place only after a place word ("مدينة
      // مشهد") or before a direction ("مشهد شمال شرق إيران"), whatever the tagger says
      return cued || placedAfter(norms, m.end());
    }
    if ((p.kind().equals("city") || p.kind().equals("town")) && (m.start() > 0 && PLACE_PREPOSITIONS.contains(norms[m.start() - 1])
        || eventNounBefore(norms, m.start()) // "في قصف سراقب": the town the event noun is in construct with
        || m.strip() > 0 && norms[m.start()].charAt(m.strip() - 1) == 'ب')) {
      return true; // "منزلا في الموصل", "بالموصل", "المجلس المحلي في إعزاز": a city or a town after a preposition of place, whatever the tagger says
    }
    String tag = tagger.model().tags().get(tags[m.start()]);
    if (tag.endsWith("-LOC") || tag.endsWith("-MISC")) {
      return true; // a name the tagger sees (as a place, or of no kind it knows) that the gazetteer knows as a place
    }
    return cued;
  }

  /**
   * True for a known person's family name alone ("الزبيدي") right after a word the tagger reads as a
   * person's name, a given name after a title ("العميد رعد الزبيدي") or a compound name ("عبد الأمير الزبيدي"):
   * another person of that family,
   * not the known one.
   */
  private boolean anotherPersonsFamilyName(PhraseDictionary.Match<KnownEntities.Known> m, String[] norms, int[] tags) {
    if (m.value().type() != EntityType.PER || m.end() - m.start() != 1 || m.start() == 0 || m.strip() > 0) {
      return false;
    }
    return tagger.model().tags().get(tags[m.start() - 1]).endsWith("-PER")
        || titledNames.givenNameAfterTitle(norms, m.start() - 1)
        || m.start() >= 2 && norms[m.start() - 2].equals("عبد") // "حيدر عبد الأمير الزبيدي": after a compound name
        || anotherGivenNameInLineage(m, norms);
  }

  /**
   * Whether a known person's family name ends a lineage ("خالد بن هلال البوسعيدي") whose given name,
   * its first word, is not the known person's ("بدر البوسعيدي"): another person of that family.
   */
  private boolean anotherGivenNameInLineage(PhraseDictionary.Match<KnownEntities.Known> m, String[] norms) {
    int k = m.start() - 1;
    while (k >= 2 && LINEAGE.contains(norms[k - 1]) && !norms[k - 2].isEmpty()
        && Character.isLetter(norms[k - 2].charAt(0))) {
      k -= 2; // "عبدالله بن حمد": back over each "بن" to the given name
    }
    if (k == m.start() - 1) {
      return false;
    }
    String[] known = SPACES.split(language.normalizer().fold(m.value().canonical()));
    return known.length > 1 && !NerFeatures.withoutClitics(norms[k]).equals(known[0]) && !norms[k].equals(known[0]);
  }

  /** Nouns of time a relative adjective of an era qualifies (folded, without the article). */
  private static final java.util.Set<String> ERA_NOUNS = java.util.Set.of("قرن", "شهر", "تقويم", "عام", "سنه",
      "تاريخ", "عصر");

  /**
   * Whether a one-word person of the alias table is a relative adjective of a noun of time before it,
   * over an ordinal or a year in brackets: "القرن الرابع الهجري"، "التقويم الهجري القمري"، "عام ( 1321 )
   * هجري" name the Hijri era, not the sheikh "الهجري" of the table ("وقال الشيخ الهجري" stays his).
   */
  private boolean eraAdjective(PhraseDictionary.Match<KnownEntities.Known> m, String[] norms) {
    String w = norms[m.start()];
    if (m.value().type() != EntityType.PER || m.end() - m.start() != 1 || m.strip() > 0 || !w.endsWith("ي")) {
      return false;
    }
    int k = m.start() - 1;
    while (k >= 0 && k >= m.start() - 4 && (norms[k].isEmpty() || !Character.isLetter(norms[k].charAt(0)))) {
      k--; // "عام ( 1321 ) هجري": the year and its brackets
    }
    if (k >= 1 && k == m.start() - 1 && norms[k].startsWith("ال") && !isTitle(language, norms[k])
        && ERA_NOUNS.contains(bareNoun(norms[k - 1]))) {
      k--; // "القرن الرابع الهجري": an ordinal between
    }
    return k >= 0 && ERA_NOUNS.contains(bareNoun(norms[k]));
  }

  /** Words after a noun of manner ("يؤكد بحماس أن"، "بحماس كبير"): a complement or an adjective, folded. */
  private static final java.util.Set<String> AFTER_MANNER = java.util.Set.of("ان", "انه", "انها", "علي", "كبير",
      "شديد", "بالغ", "واضح", "لافت", "منقطع", "شديدا", "كبيرا");

  /**
   * Whether a one-word organisation of the table written with "ب" after a verb is a noun of manner
   * ("يؤكد بحماس أن": with enthusiasm, no Hamas): a verb in the present before it, and an adjective,
   * a complement or punctuation after it.
   */
  private boolean mannerNoun(PhraseDictionary.Match<KnownEntities.Known> m, String[] norms, boolean[] breaks) {
    int i = m.start();
    if (m.value().type() != EntityType.ORG || m.end() != i + 1 || m.strip() != 1 || norms[i].charAt(0) != 'ب' || i == 0
        || breaks[i]) {
      return false;
    }
    String verb = norms[i - 1];
    boolean present = verb.length() >= 3 && "يتن".indexOf(verb.charAt(0)) >= 0 && !verb.startsWith("ال");
    boolean after = i + 1 >= norms.length || breaks[i + 1] || AFTER_MANNER.contains(norms[i + 1]);
    return after && (present || i + 1 < norms.length && AFTER_MANNER.contains(norms[i + 1]) && !breaks[i + 1]
        && norms[i + 1].length() > 3);
  }

  private static String bareNoun(String w) {
    return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
  }

  /** "حي" (a quarter of a city), with a proclitic or not (folded). */
  private static final java.util.Set<String> QUARTER = java.util.Set.of("حي", "بحي", "وحي", "لحي", "فحي", "وبحي");

  /**
   * Whether a town's name after "حي" (a quarter) names a quarter of a city of the article, not the
   * town the gazetteer knows: the article's other places are in other countries than the town's ("حي
   * المنصورة" in a report from Aden is no Mansoura in Egypt). The quarter stays a place, with no
   * place of the gazetteer and so no point on the map.
   */
  private static boolean quarterElsewhere(PhraseDictionary.Match<List<Place>> m, Place p, String[] norms,
      ArticleCountries countries) {
    if (m.start() == 0 || !(p.kind().equals("city") || p.kind().equals("town"))
        || !QUARTER.contains(norms[m.start() - 1])) {
      return false;
    }
    return countries.elsewhereThan(p.country());
  }

  /**
   * A city whose name is also a common word, after a preposition of place ("في مسقط", "بمسقط"), is the
   * city when the article names its country elsewhere ("سلطنة عمان", "اليمن") or has a word of its
   * nationality ("مسؤول يمني"); so is a town or governorate written without the article ("في حجة")
   * when no noun follows in construct ("في صدد متابعة" is "about to follow up").
   */
  private boolean namedCountrysCity(PhraseDictionary.Match<List<Place>> m, String[] norms, ArticleCountries countries) {
    if (m.end() - m.start() != 1 || !isCommonWord(norms[m.start()], m.strip())) {
      return false;
    }
    boolean afterPreposition = m.start() > 0 && PLACE_PREPOSITIONS.contains(norms[m.start() - 1])
        || m.strip() > 0 && norms[m.start()].charAt(m.strip() - 1) == 'ب';
    // "إلى مسقط رأسه": the place of one's birth, not the city
    boolean idiom = m.end() < norms.length && (norms[m.end()].startsWith("راس") || norms[m.end()].startsWith("الراس"));
    // "إلى الدور الثالث" (the round): a smaller place only when written without the article
    boolean smaller = !Clitics.afterProclitics(norms[m.start()], m.strip()).startsWith("ال") && !inConstruct(norms, m.end());
    return afterPreposition && !idiom && m.value().stream()
        .anyMatch(p -> (p.kind().equals("city") || smaller && (p.kind().equals("town") || p.kind().equals("admin1")))
            && (countries.names(p.country()) || countries.ofNationality(p.country())));
  }

  /**
   * Whether the word at {@code i} is the second noun of a construct after a common word ("في صدد
   * متابعة", "بحجة وجود"): a word of four letters or more without the article, a glued conjunction or
   * preposition or a digit that is no direction, preposition, time word or particle. A town's name is followed by none ("في حجة أمس").
   */
  private boolean inConstruct(String[] norms, int i) {
    if (i >= norms.length) {
      return false;
    }
    String w = norms[i];
    return w.length() >= 4 && w.chars().allMatch(Character::isLetter) && !w.startsWith("ال") && "وفلب".indexOf(w.charAt(0)) < 0
        && !DIRECTIONS.contains(w) && !PREPOSITIONS.contains(w) && !PLACE_PREPOSITIONS.contains(w)
        && !CLAUSE_OPENERS.contains(w) && language.time().word(w).isEmpty();
  }

  /**
   * Whether a one-word place is the first of a list whose next member, joined by "و" right after
   * it, reads as a place by itself ("مسقط والمنامة"): like the member after a place with "و".
   */
  private boolean listedBefore(PhraseDictionary.Match<List<Place>> m, List<PhraseDictionary.Match<List<Place>>> places,
      String[] norms, int[] tags) {
    if (m.end() >= norms.length || !norms[m.end()].startsWith("و")) {
      return false;
    }
    for (var next : places) {
      if (next.start() == m.end()) {
        return next.strip() > 0 && placeLike(next, norms, tags);
      }
    }
    return false;
  }

  /** Prepositions and adverbs of place or time that may follow "قرية" (folded). */
  private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("علي", "الي", "منذ", "قرب", "بعد",
      "قبل", "عند", "لدي", "حيث", "بين", "تحت", "فوق", "دون", "ضمن", "خلف", "امام", "نحو", "حول", "عبر", "مع", "غير",
      "كل", "اي", "لها", "فيها", "منها");

  /** Words after "قرية" or "بلدة" that are no village's name: adjectives and particles (folded). */
  private static final java.util.Set<String> NOT_VILLAGE_NAMES = java.util.Set.of("اخري", "واحده", "ثانيه",
      "بعيده", "قريبه", "مجاوره", "صغيره", "كبيره", "نائيه", "حدوديه", "اخرى", "مهجوره", "كامله",
      // what places the village, not its name: "في قرية بريف مدينة جبلة", "بلدة قرب الحدود"
      "بريف", "ريف", "قرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط",
      "بمحافظه", "بمدينه", "محافظه", "مدينه", "قضاء", "بقضاء", "منطقه", "بمنطقه", "ضواحي", "بضواحي",
      "محيط", "بمحيط", "اطراف", "باطراف", "داخل", "خارج", "عند", "تابعه", "التابعه");

  /**
   * Where the name of a settlement unknown to the gazetteer that starts at {@code i}, after its cue, ends;
   * -1 when there is none. A name that opens on a word such as "دير", "بيت", "كفر" or "عين" has a second
   * word ("قرية دير ياسين", "بلدة كفر قدوم", "قرية عين حوض"): without it there is no name, for the first
   * word alone would put the village in the wrong place or make two ("كفر" and "عانة", Anah in Iraq).
   * {@code flags} are the words' {@link #wordFlags}.
   */
  private int villageEnd(String[] norms, int[] tags, boolean[] breaks, int[] flags, int i) {
    if ((flags[i] & COMPOUND_HEAD) == 0) {
      return villageNameAt(norms, tags, flags, i) ? i + 1 : -1;
    }
    if ((flags[i - 1] & VILLAGE_CUE) == 0 || i + 1 >= norms.length || breaks[i + 1]) {
      return -1;
    }
    String w = norms[i + 1];
    boolean nameWord = w.length() >= 2 && w.chars().allMatch(Character::isLetter) && !NOT_VILLAGE_NAMES.contains(w)
        && !PREPOSITIONS.contains(w) && !PLACE_PREPOSITIONS.contains(w) && !CLAUSE_OPENERS.contains(w)
        && !DIRECTIONS.contains(w) && !ARTICLE_PARTICLES.contains(w) && language.time().word(w).isEmpty();
    return nameWord ? i + 2 : -1;
  }

  /** First words of two-word settlement names (folded): "دير ياسين", "بيت جبرين", "كفر قدوم", "تل رفعت". */
  private static final java.util.Set<String> COMPOUND_HEADS = java.util.Set.of("دير", "بيت", "كفر", "عين", "تل",
      "خربه", "ام", "ابو", "بني", "بير", "جبل", "وادي", "برج", "راس", "مزرعه", "النبي", "سيدي", "عرب"); // folded: "بئر" is "بير"

  /**
   * Whether the word at {@code i} names a village the gazetteer does not know: it follows "قرية" or
   * "بلدة" without the article ("في قرية سجو", "بلدة الزيادية": a noun in construct, so what follows
   * is its name), has three letters or more, is no common or time word and no indefinite adjective
   * ("قرية صغيرة", "بلدة مجاورة": no article and a feminine ending) or verb ("قرية يسكنها"), unless the
   * tagger sees a name there; so is a district's name after "مديرية" ({@link #districtAt}).
   */
  private boolean villageNameAt(String[] norms, int[] tags, int[] flags, int i) {
    int cues = flags[i - 1]; // the cue before the name: most words are none ({@link #settlementCue})
    if ((cues & (VILLAGE_CUE | SUBDISTRICT_CUE | DIRECTORATE_CUE)) == 0) {
      return false;
    }
    String cue = norms[i - 1];
    int lead = cue.length() > 4 && "وفبل".indexOf(cue.charAt(0)) >= 0 ? 1 : 0;
    boolean subdistrict = (cues & SUBDISTRICT_CUE) != 0; // "ناحية سنوني"; "من ناحية الأمن" is "as for security"
    boolean district = (cues & DIRECTORATE_CUE) != 0 && districtAt(norms, i, lead) && !isCommonWord(norms[i], 0)
        && !bodyWord.test(norms[i]) && !FIELDS.contains(norms[i]);
    if ((cues & VILLAGE_CUE) == 0 && !subdistrict && !district) {
      return false;
    }
    String w = norms[i];
    if (subdistrict && w.startsWith("ال")) {
      return false;
    }
    if (w.length() < 3 || w.chars().anyMatch(Character::isDigit) || NOT_VILLAGE_NAMES.contains(w)
        || isCommonWord(w, 0) || language.time().word(w).isPresent() || CLAUSE_OPENERS.contains(w)
        || language.titles().contains(NerFeatures.withoutClitics(w))) {
      return false;
    }
    boolean tagged = !modelTags[tags[i]].outside();
    if (w.startsWith("ال")) {
      return w.length() > 4 && !ARTICLE_PARTICLES.contains(w);
    }
    // a name may end in "ا" ("بلدة طيردبا"); an adjective of a feminine settlement word ends in "ة", a verb's object in "ها"
    boolean adjectiveOrVerb = w.endsWith("ه") || w.endsWith("ها") || w.endsWith("ين") || w.endsWith("ات")
        || "يتنو".indexOf(w.charAt(0)) >= 0 || PREPOSITIONS.contains(w);
    return tagged || district || !adjectiveOrVerb; // a district's place after it leaves no adjective
  }

  /** Whether {@code w} from letter {@code from} is {@code word}: {@code w.substring(from).equals(word)}. */
  private static boolean isAt(String w, int from, String word) {
    return w.length() - from == word.length() && w.startsWith(word, from);
  }

  /** Fields a directorate is named by (folded): "مديرية التربية بمحافظة درعا" is no district. */
  private static final java.util.Set<String> FIELDS = java.util.Set.of("التربيه", "الصحه", "الزراعه", "الاوقاف", "المياه",
      "الكهرباء", "الاعلام", "الماليه", "الاشغال", "النقل", "المرور", "الجوازات", "الامن", "الشرطه", "البيئه", "العمل",
      "الشوون", "التعليم", "الثقافه", "السياحه", "الاتصالات", "الطرق", "الدفاع", "الخدمات", "البلديه", "الاحوال", "الجمارك");

  /**
   * Whether "مديرية" before the word at {@code i} is a district, not a directorate: a place ("في
   * مديرية" or "بمديرية") with its governorate right after the name ("بمديرية التحيتا بمحافظة الحديدة",
   * "بمديرية التحيتا جنوب محافظة الحديدة"), as Yemeni news places a village; a directorate is named by
   * its field, a common word ("اجتماع في مديرية الصحة بمحافظة حمص" names no place).
   */
  private static boolean districtAt(String[] norms, int i, int lead) {
    boolean placed = lead > 0 && norms[i - 1].charAt(0) == 'ب' || i >= 2 && norms[i - 2].equals("في");
    int j = i + 1;
    if (!placed || j >= norms.length) {
      return false;
    }
    if (DIRECTIONS.contains(norms[j]) || norms[j].equals("في")) {
      j++;
    }
    return j < norms.length && GOVERNORATE_WORDS.contains(norms[j]);
  }

  /** "محافظة" as it follows a district's name, folded. */
  private static final java.util.Set<String> GOVERNORATE_WORDS = java.util.Set.of("محافظه", "بمحافظه", "المحافظه",
      "بالمحافظه");

  /** Words with the article that are particles, no name ("القرية التي", "بلدة الآن"). */
  private static final java.util.Set<String> ARTICLE_PARTICLES = java.util.Set.of("التي", "الذي", "الان");

  /**
   * Whether the words from {@code i} place what is before them: a direction ("مشهد شمال شرق
   * إيران") or a place word after "في" ("الطبقة في ريف الرقة", "الطبقة بريف الرقة").
   */
  private static boolean placedAfter(String[] norms, int i) {
    if (i >= norms.length) {
      return false;
    }
    String w = norms[i];
    return DIRECTIONS.contains(w) || w.equals("في") && i + 1 < norms.length && PLACE_CUES.contains(Clitics.dropArticle(norms[i + 1]))
        || w.startsWith("ب") && PLACE_CUES.contains(w.substring(1));
  }

  /**
   * Whether a one-word place the tagger found is a common word with no place word before it nor a
   * direction after it ("في مشهد مصور"): no place then.
   */
  private boolean commonWordAlone(String[] norms, int start, int end) {
    return end == start + 1 && isCommonWord(norms[start], Clitics.certain(norms[start]))
        && !(start > 0 && placeCue(norms[start - 1])) && !placedAfter(norms, end);
  }

  /**
   * Whether a folded word is a word that announces a place ({@link #PLACE_CUES}), with the article or
   * with up to two proclitics before it ("بولاية"، "وبمحافظة"، "والمنطقة").
   */
  private static boolean placeCue(String w) {
    if (PLACE_CUES.contains(Clitics.dropArticle(w))) {
      return true;
    }
    for (int s = 1; s <= 2 && s + 2 < w.length() && "وفبل".indexOf(w.charAt(s - 1)) >= 0; s++) {
      if (PLACE_CUES.contains(Clitics.dropArticle(w.substring(s)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an indefinite noun of an event stands right before {@code i} ("في قصف سراقب"، "بعد هجوم
   * تدمر"): the place after it is in construct with it.
   */
  private boolean eventNounBefore(String[] norms, int i) {
    if (i == 0 || norms[i - 1].startsWith("ال")) {
      return false;
    }
    for (var m : language.eventLexicon().allAt(java.util.Arrays.asList(norms), i - 1)) {
      if (m.category().equals("event") && m.length() == 1) {
        return true;
      }
    }
    return false;
  }

  /** "العاصمة العمانية مسقط", "المدينة الساحلية صور": a place word and an adjective of it before the name. */
  private static boolean capitalBefore(String[] norms, int i) {
    if (i < 2 || !norms[i - 1].startsWith("ال") || !(norms[i - 1].endsWith("يه") || norms[i - 1].endsWith("ي"))) {
      return false;
    }
    String cue = NerFeatures.withoutClitics(norms[i - 2]);
    return cue.equals("عاصمه") || cue.equals("مدينه") || cue.equals("بلده") || cue.equals("قريه");
  }

  /** Whether the word, without its proclitics and article, is a common word of the language. */
  private boolean isCommonWord(String norm, int strip) {
    String bare = Clitics.afterProclitics(norm, strip);
    String word = bare.startsWith("ال") ? bare.substring(2) : bare;
    // a number word is a common word too: "خمس تلال" names no Khoms
    return language.commonWords().contains(word) || language.numbers().read(List.of(word), 0) != null;
  }

  /** Prepositions before a city's name: "في الموصل", "من الموصل", "إلى الموصل" (folded). */
  private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("في", "من", "الي", "الى", "قرب",
      "داخل");

  /** Directions that place what is before them: "مشهد شمال شرق إيران" (folded). */
  static final java.util.Set<String> DIRECTIONS = java.util.Set.of("شمال", "جنوب", "شرق", "غرب", "شمالي",
      "جنوبي", "شرقي", "غربي", "وسط");

  /** Words that announce a place, folded and without the article. */
  private static final java.util.Set<String> PLACE_CUES = java.util.Set.of("قرب", "بالقرب",
      "مدينه", "بلده", "قريه", "ريف", "محافظه", "منطقه", "مناطق", "شرق", "غرب", "شمال", "جنوب", "وسط", "شرقي",
      "غربي", "شمالي", "جنوبي", "بلدتي", "مدينتي", "قضاء", "عاصمه", "ناحيه", "مخيم", "بادية", "باديه", "حي", "مطار", "معبر",
      "ميناء", "بميناء", "مرفا", "بمرفا", "سواحل", "بسواحل", "مديريه", "بمديريه", "نهر", "بنهر", "ولايه", "اقليم",
      "مقاطعه");

  private static EntityType type(String ner) {
    return switch (ner) {
      case "PERS" -> EntityType.PER;
      case "ORG" -> EntityType.ORG;
      case "LOC" -> EntityType.LOC;
      default -> EntityType.MISC;
    };
  }

  private static boolean free(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private EntityMention mention(AnalysedArticle a, List<Token> tokens, int start, int end, int strip,
      EntityType type, String ref, String source, boolean[] taken) {
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
    String original = a.clean().original();
    int from = afterLetters(tokens.get(start), strip, original, language);
    Span span = new Span(from, tokens.get(end - 1).span().end());
    Span role = type == EntityType.PER ? role(tokens, start, original) : null;
    return new EntityMention(span, type, span.in(original), norm(tokens, start, end, strip), ref,
        role == null ? null : role.in(original), role, source);
  }

  /** The folded words of tokens {@code [start, end)}, the first without {@code strip} letters. */
  private static String norm(List<Token> tokens, int start, int end, int strip) {
    String first = Clitics.afterProclitics(tokens.get(start).norm(), strip);
    if (end == start + 1) {
      return first; // most mentions have one word: no builder
    }
    StringBuilder norm = new StringBuilder(first);
    for (int i = start + 1; i < end; i++) {
      norm.append(' ').append(tokens.get(i).norm());
    }
    return norm.toString();
  }

  /**
   * The title or role phrase right before a person's name, from the nearest title word; a comma may
   * stand right before the name (an apposition, "محافظ حلب، ماهر العبدالله"), no other punctuation,
   * and no word that joins another person with a pronoun ("وزير الخارجية أسعد الشيباني ونظيره
   * الأميركي ماركو روبيو": the role of the second is not the first's).
   */
  private Span role(List<Token> tokens, int start, String original) {
    if (start >= 2 && tokens.get(start - 1).norm().equals("باسم") && SPOKESMEN.contains(tokens.get(start - 2).norm())) {
      return null; // "الناطقة باسم ميركل": the spokeswoman's office is hers, not Merkel's
    }
    for (int i = start - 1; i >= Math.max(0, start - MAX_ROLE_WORDS); i--) {
      int gapFrom = tokens.get(i).span().end();
      int gapTo = tokens.get(i + 1).span().start();
      boolean apposition = i == start - 1 && loneComma(original, gapFrom, gapTo);
      if (!apposition && stops(original, gapFrom, gapTo)) {
        return null;
      }
      String w = tokens.get(i).norm();
      Span written = tokens.get(i).span();
      if (w.length() > 4 && w.charAt(0) == '\u0648'
          && (endsWith(original, written, "ه") || endsWith(original, written, "ها") || endsWith(original, written, "هم"))
          && !language.titles().contains(w)) { // a pronoun suffix, not a taa marbuta ("وزارة")
        return null;
      }
      boolean title = isTitle(language, w);
      if (ROLE_BREAKS.contains(w) || companion(tokens, i) || !title && (presentVerb(w)
          || endsWith(original, written, "ته") || endsWith(original, written, "تها"))) {
        return null; // "مدير المؤسسة فريدون موافق ان المستثمر حسين ثابت", "للصليب الاحمر اجرته سوسن حسين"
      }
      if (title && !NOT_TITLES.contains(w)) {
        i = outerTitle(tokens, i, start, original);
        w = tokens.get(i).norm();
        // "ووزير الخارجية": the conjunction glued to the title is no part of the role
        int lead = Clitics.certain(w) > 0 || language.titles().contains(w) || w.length() < 4 || w.charAt(0) != 'و' ? Clitics.certain(w) : 1;
        int from = afterLetters(tokens.get(i), lead, original, language);
        int to = tokens.get(start - 1).span().end();
        return new Span(from, to);
      }
    }
    return null;
  }

  /**
   * Particles, relative pronouns and reporting verbs (folded) that end the clause of a title before a
   * name: "وقالت رئيسة الوزراء هيلين كلارك إن دام تي كانت" gives "دام تي" no role.
   */
  private static final java.util.Set<String> ROLE_BREAKS = java.util.Set.of("ان", "انه", "انها", "بان", "يا",
      "الذي", "التي", "الذين", "لكن", "ولكن", "قال", "قالت", "وقال", "وقالت");

  /** Definite verbal nouns of an office's remit before "مع" (folded): "رئيس فريق التفاوض مع إسرائيل". */
  private static final java.util.Set<String> REMITS = java.util.Set.of("التفاوض", "المفاوضات", "العلاقات", "التعامل",
      "التواصل", "الحوار", "التنسيق", "التعاون", "الاتصال");

  /**
   * Whether "مع" at {@code i} joins a companion and so ends the clause of a title before a name ("خلال مؤتمر
   * صحفي مشترك مع نظيره المصري بدر عبد العاطي": "صحفي" is the conference's, no title of his), not the
   * remit of an office ("المبعوث الأمريكي الخاص للتعامل مع إيران روبرت مالي", "رئيس فريق التفاوض مع
   * إسرائيل").
   */
  private static boolean companion(List<Token> tokens, int i) {
    String w = tokens.get(i).norm();
    if (!w.equals("مع") && !w.equals("ومع")) {
      return false;
    }
    String before = i > 0 ? tokens.get(i - 1).norm() : "";
    return !before.startsWith("لل") && !REMITS.contains(before);
  }

  /** The shape of a verb in the present ("يتلقي", "يدعي"): no word of a role. */
  private static boolean presentVerb(String w) {
    return w.length() >= 4 && w.length() <= 6 && w.charAt(0) == 'ي';
  }

  /**
   * The mentions with the role of a person whose title is another person's: a person's mention
   * inside a role ("الرئيس الفلسطيني ياسر عرفات والقذافي": the title is Arafat's, not Gaddafi's;
   * "الشيخ حمد بن خليفة آل ثاني" before "الشيخ تميم") leaves the later person without it.
   */
  private static List<EntityMention> withoutOthersRoles(List<EntityMention> found, Language language) {
    List<EntityMention> out = new ArrayList<>(found.size());
    for (EntityMention m : found) {
      out.add(m.roleSpan() != null && holdsAnotherPerson(m, found, language)
          ? new EntityMention(m.span(), m.type(), m.text(), m.norm(), m.ref(), null, null, m.source()) : m);
    }
    return out;
  }

  /** Whether a person other than {@code m} stands inside its role; a lone title word is none ("أمير قطر تميم"). */
  private static boolean holdsAnotherPerson(EntityMention m, List<EntityMention> found, Language language) {
    for (EntityMention o : found) {
      if (o != m && o.type() == EntityType.PER && o.span().start() >= m.roleSpan().start()
          && o.span().end() <= m.roleSpan().end() && !isTitle(language, o.norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first title of a chain of titles ending with the one at {@code i}: "المتحدث العسكري المصري
   * العقيد" (the spokesman, a colonel) is one role, whose head a later "المتحدث" refers to. Only words
   * with the article and no punctuation stand between the titles, and the body of an office after
   * "باسم" ("المتحدث الرسمي باسم وزارة الداخلية العميد": the spokesman of the ministry, a brigadier).
   */
  private int outerTitle(List<Token> tokens, int i, int start, String original) {
    int first = i;
    int low = Math.max(0, start - MAX_ROLE_WORDS);
    for (int k = i - 1; k >= low; k--) {
      String w = tokens.get(k).norm();
      String after = tokens.get(k + 1).norm();
      boolean office = w.equals(IN_NAME_OF) || officeBody(tokens, k, low);
      if (!blank(original, tokens.get(k).span().end(), tokens.get(k + 1).span().start()) || !w.startsWith("ال") && !office
          || after.startsWith("و") && !language.titles().contains(after) && !w.equals(IN_NAME_OF)) {
        break; // "الرئيس ووزير الخارجية": two people, joined by "و"
      }
      if (isTitle(language, w) && !NOT_TITLES.contains(w)) {
        first = k;
      }
    }
    return first;
  }

  /**
   * Whether {@code text[from, to)} is one comma ("،" or ","), with white space only around it: its
   * {@code strip()} is a comma. Read in place, as are the gaps of {@link #stops} and {@link #blank}.
   */
  private static boolean loneComma(String text, int from, int to) {
    int marks = 0;
    boolean comma = false;
    for (int at = from; at < to; at++) {
      char c = text.charAt(at);
      if (!Character.isWhitespace(c)) {
        marks++;
        comma = c == '،' || c == ',';
      }
    }
    return marks == 1 && comma;
  }

  /** Whether {@code text[from, to)} holds punctuation a role does not run over: , ، . : " ( */
  private static boolean stops(String text, int from, int to) {
    for (int at = from; at < to; at++) {
      char c = text.charAt(at);
      if (c == ',' || c == '،' || c == '.' || c == ':' || c == '"' || c == '(') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text[from, to)} is white space only ({@link String#isBlank}). */
  private static boolean blank(String text, int from, int to) {
    for (int at = from; at < to; at++) {
      if (!Character.isWhitespace(text.charAt(at))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text of {@code span} ends with {@code suffix}. */
  private static boolean endsWith(String text, Span span, String suffix) {
    return span.end() - span.start() >= suffix.length() && text.startsWith(suffix, span.end() - suffix.length());
  }

  /** "باسم", folded: the office's body follows ("المتحدث باسم الوزارة"). */
  private static final String IN_NAME_OF = "باسم";

  /** Whether token {@code k} is a word of a body's name right after "باسم", within two words. */
  private static boolean officeBody(List<Token> tokens, int k, int low) {
    for (int j = k - 1; j >= Math.max(low, k - 2); j--) {
      if (tokens.get(j).norm().equals(IN_NAME_OF)) {
        return true;
      }
    }
    return false;
  }
}
