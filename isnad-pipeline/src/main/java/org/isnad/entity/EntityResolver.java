package org.isnad.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.Geo;
import org.isnad.model.Span;
import org.isnad.place.Geocoder;

/**
 * Story level: merges the entity mentions of a story's articles into entities. Mentions meet when
 * they match the same alias-table entry or gazetteer place, or when their folded forms are equal
 * once spaces are removed (so "نور الدين" and "نورالدين", hamza and taa-marbuta variants, and
 * diacritised forms meet). A person named by part of a name ("الشرع") joins the one person of the
 * story whose full name ends with it ("أحمد الشرع"). The canonical name is the alias table's, else
 * the most frequent longest form. Pure and thread-safe.
 */
public final class EntityResolver {

  private final KnownEntities known;
  private final Geocoder geocoder;

  public EntityResolver(KnownEntities known, Geocoder geocoder) {
    this.known = known;
    this.geocoder = geocoder;
  }

  private static final class Group {
    final List<Entity.Mention> mentions = new ArrayList<>();
    final List<EntityMention> raw = new ArrayList<>();
    /** Mentions per type, in the order the story met the types: a tie goes to the first met, whatever the hash codes. */
    final TypeCounts types = new TypeCounts();
    String ref;
    /** Set once the group was moved into another: it is out of the story's groups. */
    boolean merged;
    /** Written forms that are another name of the person ("أبو عمر" after "المكنى"): never the canonical. */
    Set<String> nicknames = Set.of(); // a set of its own once it has one
    /** Of the first mention, which never changes: computed once, compared many times. */
    private String form;
    private String[] words;
    /** The majority type, until the types change. */
    private EntityType majority;

    EntityType majority() {
      if (majority == null) {
        majority = EntityResolver.majority(this);
      }
      return majority;
    }

    String lastWord() {
      String[] w = words();
      return w[w.length - 1];
    }

    String form() {
      if (form == null) {
        form = EntityResolver.form(raw.get(0).norm());
      }
      return form;
    }

    String[] words() {
      if (words == null) {
        words = EntityResolver.words(raw.get(0).norm());
      }
      return words;
    }
  }

  public List<Entity> resolve(List<AnalysedArticle> members) {
    Map<Object, Group> groups = new LinkedHashMap<>();
    // each folded name's form, made once: a story names the same few names again and again, and
    // one string per form is hashed once and compared by identity in the group keys
    Map<String, String> forms = new HashMap<>();
    for (AnalysedArticle a : members) {
      for (EntityMention m : a.entities()) {
        Group g;
        if (m.ref() == null) {
          // key(m) as a record: the type's prefix and the form, which is the new group's form too
          // (such a group never loses its first mention, whose form it has)
          String form = forms.computeIfAbsent(m.norm(), EntityResolver::form);
          g = groups.get(new FormKey(m.type() == EntityType.PER, form));
          if (g == null) {
            g = new Group();
            g.form = form;
            groups.put(new FormKey(m.type() == EntityType.PER, form), g);
          }
        } else {
          g = groups.computeIfAbsent(key(m), k -> new Group());
        }
        g.mentions.add(new Entity.Mention(a.id(), m.span(), m.text()));
        g.raw.add(m);
        g.types.add(m.type(), 1);
        g.ref = g.ref == null ? m.ref() : g.ref;
      }
    }
    familyNamesOfAnother(members, groups);
    mergeCliticForms(groups);
    mergeVariants(groups);
    mergeTransliterations(groups);
    mergePartialNames(groups, new Countries(members));
    familyNamesAcrossArticles(members, groups);
    mergeNicknames(members, groups);
    reconsiderPlaces(groups);
    mergeSamePlaces(groups);
    Set<String> countries = contextCountries(groups);
    List<Entity> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Group g : groups.values()) {
      out.add(entity(g, ids, countries));
    }
    return out;
  }

  /**
   * Once an article of the story names a person in full ("إياد العموري"), the family name alone in
   * another article ("العموري", "للعموري") where no finder took it is that person, when exactly one
   * person of the story has a full name ending with it (within one article the recogniser does the
   * same). The new mentions have source {@code rule}.
   */
  private void familyNamesAcrossArticles(List<AnalysedArticle> members, Map<Object, Group> groups) {
    if (members.size() < 2) { // within one article the recogniser named them
      return;
    }
    org.isnad.lang.Language language = known.language();
    Map<String, Group> byFamilyName = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (Group g : groups.values()) {
      if (g.merged || g.majority() != EntityType.PER) {
        continue;
      }
      for (EntityMention m : g.raw) {
        String last = EntityRecognizer.familyName(m, language);
        if (last != null && byFamilyName.putIfAbsent(last, g) != null && byFamilyName.get(last) != g) {
          shared.add(last);
        }
      }
    }
    shared.forEach(byFamilyName::remove);
    if (byFamilyName.isEmpty()) {
      return;
    }
    EntityRecognizer.NameEnds ends = EntityRecognizer.NameEnds.of(byFamilyName.keySet());
    // A name is written bare or after 0 to 2 proclitic letters: a word of none of these forms is no name
    EntityRecognizer.WrittenForms nameForms = EntityRecognizer.writtenForms(byFamilyName.keySet());
    java.util.function.Predicate<String> known = byFamilyName::containsKey;
    for (AnalysedArticle a : members) {
      List<Span> taken = null; // made at the article's first name found
      String original = a.clean().original();
      List<org.isnad.model.Token> tokens = a.tokens();
      for (org.isnad.model.Sentence s : a.sentences()) {
        // the sentence's tokens by index, as tokensOf has them, without a view and its iterator per sentence
        for (int i = s.firstToken(), end = s.firstToken() + s.tokenCount(); i < end; i++) {
          org.isnad.model.Token t = tokens.get(i);
          String w = t.norm();
          if (!nameForms.mayBe(w)) {
            continue; // familyNameStrip would find no name: one bit of the word's kept hash
          }
          int strip = EntityRecognizer.familyNameStrip(w, ends, known);
          if (strip < 0) {
            continue;
          }
          taken = taken == null ? new ArrayList<>(a.entities().stream().map(EntityMention::span).toList()) : taken;
          if (overlaps(taken, t.span())) {
            continue;
          }
          String bare = EntityRecognizer.bareAfter(w, strip);
          Group g = byFamilyName.get(bare);
          Span span = new Span(EntityRecognizer.afterLetters(t, strip, original, language), t.span().end());
          EntityMention m = new EntityMention(span, EntityType.PER, span.in(original), bare, g.ref, null, null, "rule");
          g.mentions.add(new Entity.Mention(a.id(), span, m.text()));
          g.raw.add(m);
          g.types.add(EntityType.PER, 1);
          taken.add(span);
        }
      }
    }
  }

  /** Words that give a person's other name after his name: "خالد العبدالله المكنى "أبو عمر"", "ويكنى". */
  private static final java.util.regex.Pattern NICKNAMED = java.util.regex.Pattern.compile(
      "^[\\s،,\"“”«»']*(?:و?(?:المكنى|المكنّى|المكني|الملقب|الملقّب|يكنى|يكنّى|يلقب|المعروف|الشهير)(?:\\s+ب(?:اسم|ـ)?|\\s*بـ)?)[\\s\"“”«»']*$");

  /**
   * A person named and then given another name by a word of naming ("المدعو خالد محمود العبدالله المكنى
   * "أبو عمر القلموني""، "يدعى خالد العبدالله، ويكنى "أبو عمر القلموني"") is one person: the other name,
   * wherever the story writes it, joins the first, which stays the canonical name.
   */
  private static void mergeNicknames(List<AnalysedArticle> members, Map<Object, Group> groups) {
    Map<At, Group> at = null; // made at the first naming word: until then nothing moved
    java.util.regex.Matcher nicknamed = null;
    for (AnalysedArticle a : members) {
      List<EntityMention> persons = persons(a);
      if (persons.size() < 2) {
        continue;
      }
      String text = a.clean().original();
      nicknamed = nicknamed == null ? NICKNAMED.matcher(text) : nicknamed.reset(text);
      for (int i = 0; i + 1 < persons.size(); i++) {
        EntityMention name = persons.get(i);
        EntityMention other = persons.get(i + 1);
        // the gap between the names, searched in place: the pattern starts with ^, so a match starts
        // at the region's start and lookingAt finds what find would
        if (other.span().start() < name.span().end()
            || !mayBeNicknamed(text, name.span().end(), other.span().start())
            || !nicknamed.region(name.span().end(), other.span().start()).lookingAt()) {
          continue;
        }
        at = at == null ? groupsAt(groups) : at;
        Group target = at.get(new At(a.id(), name.span().start()));
        Group g = at.get(new At(a.id(), other.span().start()));
        if (target != null && g != null && target != g && !g.merged && g.ref == null) {
          target.nicknames = target.nicknames.isEmpty() ? new HashSet<>() : target.nicknames;
          g.raw.forEach(m -> target.nicknames.add(written(m)));
          target.nicknames.addAll(g.nicknames);
          moveInto(g, target);
          for (Entity.Mention m : g.mentions) {
            at.put(new At(m.article(), m.span().start()), target);
          }
          groups.values().remove(g);
        }
      }
    }
  }

  /** What {@link #NICKNAMED} lets open the gap before its word of naming: white space ({@code \s}), marks. */
  private static final String NICKNAME_LEAD = " \t\n\u000B\f\r،,\"“”«»'";

  /**
   * Whether the gap between two names may be a word of naming: after its leading marks and spaces,
   * it goes on with "و", "ا" or "ي", as every way of {@link #NICKNAMED} does. A test of a few
   * characters before the pattern, which most gaps (whole clauses) fail.
   */
  private static boolean mayBeNicknamed(String text, int from, int to) {
    int i = from;
    while (i < to && NICKNAME_LEAD.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i < to && "واي".indexOf(text.charAt(i)) >= 0;
  }

  /** The article's person mentions by start (a stable sort: ties keep the article's order). */
  private static List<EntityMention> persons(AnalysedArticle a) {
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention m : a.entities()) {
      if (m.type() == EntityType.PER) {
        out.add(m);
      }
    }
    if (out.size() > 1) {
      out.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
    }
    return out;
  }

  /** Where a mention starts: its article and offset (a map key, compared without building a string). */
  private record At(String article, int start) {}

  /** The group of each mention, by its article and start. */
  private static Map<At, Group> groupsAt(Map<Object, Group> groups) {
    Map<At, Group> at = new HashMap<>();
    for (Group g : groups.values()) {
      if (!g.merged) {
        for (Entity.Mention m : g.mentions) {
          at.put(new At(m.article(), m.span().start()), g);
        }
      }
    }
    return at;
  }

  /**
   * A known person's family name alone ("وأضاف الزبيدي") in an article that names another person of that
   * family in full ("العميد رعد الزبيدي") and never the known one is that other person.
   */
  private static void familyNamesOfAnother(List<AnalysedArticle> members, Map<Object, Group> groups) {
    Map<At, Group> at = null; // made at the first article that may move a mention: until then nothing moved
    for (AnalysedArticle a : members) {
      if (!hasKnownOneWordPerson(a)) {
        continue; // no mention here could move
      }
      at = at == null ? groupsAt(groups) : at;
      Map<String, Set<Group>> fullByLastWord = new HashMap<>();
      for (EntityMention m : a.entities()) {
        if (m.type() != EntityType.PER || m.ref() != null) {
          continue;
        }
        String[] w = words(m.norm());
        if (w.length >= 2) {
          fullByLastWord.computeIfAbsent(form(w[w.length - 1]), k -> new HashSet<>()).add(at.get(new At(a.id(), m.span().start())));
        }
      }
      if (fullByLastWord.isEmpty()) {
        continue;
      }
      for (EntityMention m : a.entities()) {
        if (m.type() != EntityType.PER || m.ref() == null || m.norm().indexOf(' ') >= 0) {
          continue;
        }
        Set<Group> others = fullByLastWord.get(form(m.norm()));
        if (others == null || others.size() != 1 || namedInFull(a, m.ref())) {
          continue;
        }
        Group from = at.get(new At(a.id(), m.span().start()));
        Group to = others.iterator().next();
        if (from != null && to != null && from != to) {
          moveMention(from, to, a.id(), m.span());
          if (from.mentions.isEmpty()) {
            groups.values().remove(from);
          }
        }
      }
    }
  }

  /** Whether the article names a known person by one word: only such a mention may move. */
  private static boolean hasKnownOneWordPerson(AnalysedArticle a) {
    for (EntityMention m : a.entities()) {
      if (m.type() == EntityType.PER && m.ref() != null && m.norm().indexOf(' ') < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean namedInFull(AnalysedArticle a, String ref) {
    return a.entities().stream().anyMatch(m -> ref.equals(m.ref()) && m.norm().contains(" "));
  }

  private static void moveMention(Group from, Group to, String article, Span span) {
    for (int i = 0; i < from.mentions.size(); i++) {
      Entity.Mention m = from.mentions.get(i);
      if (m.article().equals(article) && m.span().equals(span)) {
        EntityMention raw = from.raw.get(i);
        from.mentions.remove(i);
        from.raw.remove(i);
        from.types.removeOne(raw.type());
        from.majority = null;
        to.mentions.add(m);
        to.raw.add(new EntityMention(raw.span(), raw.type(), raw.text(), raw.norm(), null, raw.role(), raw.roleSpan(), raw.source()));
        to.types.add(raw.type(), 1);
        to.majority = null;
        return;
      }
    }
  }

  private static boolean overlaps(List<Span> spans, Span s) {
    for (Span o : spans) {
      if (o.start() < s.end() && s.start() < o.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The key mentions meet on: the matched entry, else type and the folded form without spaces. A
   * rule's mention that carries an entry is that entry's: a country named by an adjective ("غارة
   * إسرائيلية") is the gazetteer's country, a family name named again ("الشرع" after "أحمد الشرع")
   * the alias table's person.
   */
  static String key(EntityMention m) {
    if (m.ref() != null && "rule".equals(m.source())) {
      return (m.type() == EntityType.LOC ? "gazetteer:" : "alias_table:") + m.ref();
    }
    if (m.ref() != null) {
      return m.source() + ":" + m.ref();
    }
    return (m.type() == EntityType.PER ? "per:" : "name:") + form(m.norm());
  }

  /**
   * {@link #key} of a mention without a reference ("per:" or "name:" and its form), as a record:
   * no string is built, and no reference's key ("model:...", "gazetteer:...") can equal it.
   */
  private record FormKey(boolean person, String form) {}

  /** A folded name compared without spaces and without the article of its first word. */
  static String form(String norm) {
    return Clitics.dropArticle(norm).replace(" ", "");
  }

  /**
   * A name the tagger took with a joined conjunction or preposition ("لداعش", "ودمشق") joins the
   * same name written bare, when the story has it.
   */
  private static void mergeCliticForms(Map<Object, Group> groups) {
    Map<String, List<Group>> byForm = index(groups, Group::form);
    int[] options = new int[Clitics.MAX_OPTIONS];
    for (Object k : new ArrayList<>(groups.keySet())) {
      Group g = groups.get(k);
      if (g == null || g.ref != null) {
        continue;
      }
      String norm = g.raw.get(0).norm();
      int space = norm.indexOf(' ');
      int n = Clitics.optionForms(space < 0 ? norm : norm.substring(0, space), options);
      for (int i = 0; i < n; i++) {
        int strip = Clitics.strip(options[i]);
        // without proclitics the form is the group's own (of its first mention, as norm is)
        String rest = strip == 0 ? null : Clitics.afterProclitics(norm, strip);
        Group target = findByForm(byForm.getOrDefault(strip == 0 ? g.form() : form(rest), List.of()), g);
        if (target != null) {
          moveInto(g, target);
          groups.remove(k);
          break;
        }
      }
    }
  }

  /** Another group of {@code sameForm} still in the story, the first with a known reference, else the last. */
  private static Group findByForm(List<Group> sameForm, Group self) {
    Group found = null;
    for (Group o : sameForm) {
      if (o != self && !o.merged && (found == null || found.ref == null)) {
        found = o;
      }
    }
    return found;
  }

  private static void moveInto(Group g, Group target) {
    target.mentions.addAll(g.mentions);
    target.raw.addAll(g.raw);
    target.types.addAll(g.types);
    target.majority = null;
    target.ref = target.ref == null ? g.ref : target.ref;
    g.merged = true;
  }

  /** The groups by a property of theirs, each list in the story's order of groups. */
  private static Map<String, List<Group>> index(Map<Object, Group> groups, java.util.function.Function<Group, String> by) {
    Map<String, List<Group>> out = HashMap.newHashMap(groups.size());
    for (Group g : groups.values()) {
      String k = by.apply(g);
      if (k != null) {
        out.computeIfAbsent(k, x -> new ArrayList<>()).add(g);
      }
    }
    return out;
  }

  /**
   * A name given in part joins the only entity of its type whose full name ends with it ("البابا",
   * "الشرع", "الريحان" of "تل الريحان"), or, for a person, begins with it ("عبدالكريم" of "عبد الكريم
   * الصفار"); an organisation's name of two words or more joins the only one that begins with it
   * ("وزارة الداخلية" of "وزارة الداخلية السورية"). Compared without spaces, so joined and split writings meet.
   */
  private void mergePartialNames(Map<Object, Group> groups, Countries countries) {
    Map<String, List<Group>> byLastWord = index(groups, Group::lastWord);
    // looked up for persons only; merging keeps a group's majority, so no other group becomes a person
    Map<String, List<Group>> byStart = index(groups,
        o -> o.majority() == EntityType.PER && o.form().length() >= 3 ? o.form().substring(0, 3) : null);
    Map<String, List<Group>> orgsByFirstWord = orgsByFirstWord(groups);
    for (Object k : new ArrayList<>(groups.keySet())) {
      Group g = groups.get(k);
      if (g == null || g.ref != null) {
        continue;
      }
      EntityType type = g.majority();
      String part = g.form();
      String[] words = g.words();
      if (part.length() < 3) {
        continue;
      }
      Set<Group> longer = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (Group o : byLastWord.getOrDefault(g.lastWord(), List.of())) {
        if (o != g && !o.merged && o.majority() == type && endsWith(o.words(), words) && !fathersName(o.words(), words)) {
          longer.add(o);
        }
      }
      if (type == EntityType.PER) {
        for (Group o : byStart.getOrDefault(part.substring(0, 3), List.of())) {
          if (o != g && !o.merged && o.majority() == type && o.form().length() > part.length() + 2
              && o.form().startsWith(part) && o.words().length > words.length) {
            longer.add(o);
          }
        }
      }
      if (type == EntityType.ORG && words.length >= 2) {
        for (Group o : orgsByFirstWord.getOrDefault(words[0], List.of())) {
          if (o != g && !o.merged && writtenStartingWith(o, words) && !ofAnotherCountry(g, o, countries)) {
            longer.add(o);
          }
        }
        if (longer.isEmpty() && words.length >= 3 && GENERIC_QUALIFIERS.contains(words[words.length - 1])) {
          String[] base = java.util.Arrays.copyOf(words, words.length - 1);
          for (Group o : orgsByFirstWord.getOrDefault(words[0], List.of())) {
            if (o != g && !o.merged && writtenWithACountry(o, base) && !ofAnotherCountry(g, o, countries)) {
              longer.add(o);
            }
          }
        }
      }
      if (longer.size() == 1) {
        moveInto(g, longer.iterator().next());
        groups.remove(k);
      }
    }
  }

  /** Merges persons written with a short and a long form of one first name, before partial names. */
  private static void mergeVariants(Map<Object, Group> groups) {
    // only a person of two words or more is a variant or has one; no group here becomes a person
    Map<String, List<Group>> byLastWord = index(groups,
        o -> o.majority() == EntityType.PER && o.words().length >= 2 ? o.lastWord() : null);
    if (byLastWord.isEmpty()) {
      return;
    }
    for (Object k : new ArrayList<>(groups.keySet())) {
      Group g = groups.get(k);
      if (g == null || g.majority() != EntityType.PER || g.words().length < 2) {
        continue;
      }
      Group same = variant(byLastWord.getOrDefault(g.lastWord(), List.of()), g);
      if (same != null) {
        moveInto(g, same);
        groups.remove(k);
      }
    }
  }

  /**
   * The first other person with the same last name whose first name is a short form of this one's
   * or the reverse ("توم براك" and "توماس براك"), or with the same first name and one middle name
   * more ("إياد العموري", "إياد سليمان العموري"; "ياسر الهادي", "ياسر بن علي الهادي"): one person
   * written two ways; null when none.
   */
  private static Group variant(List<Group> sameLastWord, Group self) {
    String[] words = self.words();
    if (words.length < 2) {
      return null;
    }
    for (Group o : sameLastWord) {
      String[] w = o.words();
      if (o != self && !o.merged && o.majority() == EntityType.PER && w.length == words.length
          && shortForm(w[0], words[0])) {
        return o;
      }
      // "إياد العموري" and "إياد سليمان العموري": the same first and last name, one with the father's name
      // "عبد الله الشرعبي" and "عبد الله سالم الشرعبي": a compound first name is one given name
      int given = givenLength(words);
      if (o != self && !o.merged && o.majority() == EntityType.PER && w.length == words.length + 1
          && words.length == given + 1 && givenLength(w) == given && startsWith(w, java.util.Arrays.copyOf(words, given))) {
        return o;
      }
      // "ياسر الهادي" and "ياسر بن علي الهادي": the father's name after "بن" is one middle name too
      if (o != self && !o.merged && o.majority() == EntityType.PER && w.length == 4 && words.length == 2
          && w[0].equals(words[0]) && EntityRecognizer.LINEAGE.contains(w[1])) {
        return o;
      }
    }
    return null;
  }

  /**
   * How many words the given name opening a person's folded words has: two for a compound ("عبد
   * الله"، "أبو بكر"، "نور الدين"، "سيف الله") before a family name, else one.
   */
  private static int givenLength(String[] w) {
    return w.length >= 3 && (TitledNames.COMPOUND_FIRST.contains(w[0]) && !EntityRecognizer.LINEAGE.contains(w[0])
        || w[1].equals("الدين") || w[1].equals("الله")) ? 2 : 1;
  }

  /** Whether {@code part} is the father's name that ends {@code full} after "بن" ("طلال" of "الوليد بن طلال"). */
  private static boolean fathersName(String[] full, String[] part) {
    int before = full.length - part.length - 1;
    return before >= 0 && EntityRecognizer.LINEAGE.contains(full[before]);
  }

  /** The fewest letters a foreign family name keeps without its long vowels to be compared so. */
  private static final int MIN_SKELETON = 5;

  /**
   * Persons with the same first name and a family name written with and without a long vowel
   * ("ماركو بيرتولي", "ماركو برتولي"): a foreign name transliterated two ways is one person. Only a
   * family name without the article and of five letters or more once its inner long vowels are
   * dropped: Arabic names that differ by a vowel ("سعيد", "سعد"; "الشعيبي", "الشعبي") are two names.
   */
  private static void mergeTransliterations(Map<Object, Group> groups) {
    Map<String, Group> byKey = new HashMap<>();
    for (Object k : new ArrayList<>(groups.keySet())) {
      Group g = groups.get(k);
      if (g == null || g.merged || g.majority() != EntityType.PER || g.words().length != 2) {
        continue;
      }
      String last = g.words()[1];
      String skeleton = skeleton(last);
      if (last.startsWith("ال") || skeleton.length() < MIN_SKELETON) {
        continue;
      }
      Group first = byKey.putIfAbsent(g.words()[0] + " " + skeleton, g);
      if (first != null && !first.lastWord().equals(last)) {
        moveInto(g, first);
        groups.remove(k);
      }
    }
  }

  /** A word without the long vowels inside it: "بيرتولي" -> "برتلي". */
  static String skeleton(String w) {
    if (w.length() <= 2) {
      return w;
    }
    StringBuilder b = new StringBuilder().append(w.charAt(0));
    for (int i = 1; i < w.length() - 1; i++) {
      char c = w.charAt(i);
      if (c != '\u0627' && c != '\u0648' && c != '\u064A') { // alef, waw, yeh
        b.append(c);
      }
    }
    return b.append(w.charAt(w.length() - 1)).toString();
  }

  private static boolean shortForm(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    String tail = longer.substring(Math.min(shorter.length(), longer.length()));
    // "سامي"/"سامية" are two people: a feminine ending is not a longer spelling
    return shorter.length() >= 3 && !shorter.equals(longer) && longer.startsWith(shorter) && !tail.equals("ه")
        && !tail.equals("ة");
  }

  /** A one-word name whose article is joined to a prefix ("عبدالكريم" -> "عبد الكريم") is split there. */
  private static final java.util.regex.Pattern JOINED_ARTICLE = java.util.regex.Pattern.compile("^(\\S+?)(ال\\S{3,})$");

  /** A person's name as words, a joined compound ("نورالدين") split like its spaced form. */
  static String[] words(String norm) {
    if (norm.indexOf(' ') >= 0) {
      return norm.split(" ");
    }
    int at = joinedArticle(norm);
    if (at == ASK_THE_PATTERN) {
      return JOINED_ARTICLE.matcher(norm).replaceAll("$1 $2").split(" ");
    }
    return at < 0 ? new String[] {norm} : new String[] {norm.substring(0, at), norm.substring(at)};
  }

  /** {@link #joinedArticle} of a word with white space, a line end or a surrogate in it, which only the pattern reads right. */
  private static final int ASK_THE_PATTERN = -2;

  /**
   * Where {@link #JOINED_ARTICLE} splits a word, found without the pattern (each group asks, and most
   * names fail it): the first "ال" after the first letter with three letters or more after it; -1
   * when none, {@link #ASK_THE_PATTERN} when the word has white space ({@code \s}) or a line end
   * ({@code $} matches before one) in it, or a surrogate: the pattern counts the letters after the
   * "ال" by code point, and a letter outside the basic plane is one letter of two chars.
   */
  private static int joinedArticle(String word) {
    int at = word.indexOf("ال", 1);
    if (at < 0 || word.length() - at - 2 < 3) {
      return -1; // a later "ال" has fewer letters after it; a line end would leave fewer still
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (" \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(c) >= 0 || Character.isSurrogate(c)) {
        return ASK_THE_PATTERN;
      }
    }
    return at;
  }

  /** The organisations by the first word of each of their written forms. */
  private static Map<String, List<Group>> orgsByFirstWord(Map<Object, Group> groups) {
    Map<String, List<Group>> out = new HashMap<>();
    for (Group g : groups.values()) {
      if (g.majority() != EntityType.ORG) {
        continue;
      }
      for (EntityMention m : g.raw) {
        List<Group> list = out.computeIfAbsent(words(m.norm())[0], x -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != g) {
          list.add(g);
        }
      }
    }
    return out;
  }

  /** Per article, the mentions of countries, found when first asked (most stories never ask). */
  private final class Countries {
    private final List<AnalysedArticle> members;
    private Map<String, List<EntityMention>> byArticle;

    Countries(List<AnalysedArticle> members) {
      this.members = members;
    }

    List<EntityMention> of(String article) {
      byArticle = byArticle == null ? countriesByArticle(members) : byArticle;
      return byArticle.getOrDefault(article, List.of());
    }
  }

  /** Per article, the mentions of countries, in text order. */
  private Map<String, List<EntityMention>> countriesByArticle(List<AnalysedArticle> members) {
    Map<String, List<EntityMention>> out = new HashMap<>();
    for (AnalysedArticle a : members) {
      List<EntityMention> list = new ArrayList<>();
      for (EntityMention m : a.entities()) {
        if (m.type() == EntityType.LOC && geocoder.isCountry(m.ref())) {
          list.add(m);
        }
      }
      out.put(a.id(), list);
    }
    return out;
  }

  /**
   * Whether a body named without its country ("وزارة الخارجية") is written where another country is
   * in focus than the one that qualifies the longer name ("وزارة الخارجية التركية"): the last country
   * named before it, within {@value #FOCUS_CHARS} characters ("وأدانت المملكة العربية السعودية
   * ...، وأكدت وزارة الخارجية"). Such a body is that country's, not the longer name's.
   */
  private boolean ofAnotherCountry(Group part, Group longer, Countries countries) {
    String[] written = longer.raw.get(0).text().split(" ");
    String qualifier = written[written.length - 1];
    for (Entity.Mention m : part.mentions) {
      EntityMention focus = null;
      for (EntityMention c : countries.of(m.article())) {
        if (c.span().end() <= m.span().start() && m.span().start() - c.span().end() <= FOCUS_CHARS) {
          focus = c;
        }
      }
      if (focus != null && geocoder.namesAnotherCountry(qualifier, focus.ref())) {
        return true;
      }
    }
    return false;
  }

  private static final int FOCUS_CHARS = 200;

  /**
   * Qualifiers that name no country ("وزارة الصحة العامة"): a body written with one is the body of
   * the same name qualified by its country in another article ("وزارة الصحة اللبنانية"), unless
   * another country is in focus where it is written. Folded forms.
   */
  private static final Set<String> GENERIC_QUALIFIERS = Set.of("العامه", "العامة", "العام");

  /** True when one of the group's written forms is {@code base} and one word that names a country. */
  private boolean writtenWithACountry(Group g, String[] base) {
    for (EntityMention m : g.raw) {
      String[] w = words(m.norm());
      String[] written = m.text().split(" ");
      if (w.length == base.length + 1 && startsWith(w, base)
          && geocoder.countryNamedBy(written[written.length - 1]) != null) {
        return true;
      }
    }
    return false;
  }

  /** True when one of the group's written forms has more words than {@code part} and begins with them. */
  private static boolean writtenStartingWith(Group g, String[] part) {
    for (EntityMention m : g.raw) {
      if (startsWith(words(m.norm()), part)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code full} has more words than {@code part} and begins with all of them. */
  private static boolean startsWith(String[] full, String[] part) {
    if (full.length <= part.length) {
      return false;
    }
    for (int i = 0; i < part.length; i++) {
      if (!full[i].equals(part[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWith(String[] full, String[] part) {
    if (part.length >= full.length) {
      return false;
    }
    for (int i = 0; i < part.length; i++) {
      if (!full[full.length - part.length + i].equals(part[i])) {
        return false;
      }
    }
    return true;
  }

  private static EntityType majority(Group g) {
    return g.types.majority();
  }

  /**
   * Mentions per type, in the order the story met the types: a tie goes to the first met, whatever
   * the hash codes. A type whose count falls to 0 is forgotten, and met anew if it comes again.
   */
  private static final class TypeCounts {
    private static final EntityType[] TYPES = EntityType.values();
    private final int[] counts = new int[TYPES.length];
    /** The ordinals of the types counted, in the order met. */
    private final byte[] order = new byte[TYPES.length];
    private int size;

    void add(EntityType t, int c) {
      int i = t.ordinal();
      if (counts[i] == 0) {
        order[size++] = (byte) i;
      }
      counts[i] += c;
    }

    void removeOne(EntityType t) {
      int i = t.ordinal();
      if (--counts[i] == 0) {
        int k = 0;
        while (order[k] != i) {
          k++;
        }
        System.arraycopy(order, k + 1, order, k, size - k - 1);
        size--;
      }
    }

    /** Adds another's counts, its new types after this one's in its order. */
    void addAll(TypeCounts o) {
      for (int k = 0; k < o.size; k++) {
        add(TYPES[o.order[k]], o.counts[o.order[k]]);
      }
    }

    /** The type with the most mentions, the first met on a tie; MISC when none. */
    EntityType majority() {
      EntityType best = EntityType.MISC;
      int most = 0;
      for (int k = 0; k < size; k++) {
        int c = counts[order[k]];
        if (c > most) {
          best = TYPES[order[k]];
          most = c;
        }
      }
      return best;
    }
  }

  /** Counts the country of a place id by {@code delta} when the id is a country or a region. */
  private void countCountry(String ref, Map<String, Integer> named, int delta) {
    String country = geocoder.countrySituated(ref);
    if (country != null) {
      named.merge(country, delta, (x, y) -> x + y == 0 ? null : x + y);
    }
  }

  /**
   * A place whose name places of several countries share is read again against the story's other
   * places ("عمان" in a story about Jordan is Amman, not Oman; "عمّان" always is): the recogniser saw
   * only its sentence.
   */
  private void reconsiderPlaces(Map<Object, Group> groups) {
    // The countries the groups name (themselves or by a region), each with how many groups name
    // it, kept up to date as refs change: the countries of the groups other than g are those
    // counted once g's own is taken out, instead of a pass over all groups for each g.
    Map<String, Integer> named = new HashMap<>();
    for (Group o : groups.values()) {
      countCountry(o.ref, named, 1);
    }
    for (Group g : groups.values()) {
      String country = g.ref == null || g.majority() != EntityType.LOC ? null : geocoder.countryOf(g.ref);
      if (country == null || country.isEmpty()) {
        continue;
      }
      countCountry(g.ref, named, -1);
      // a view: reconsider only reads it, and the counts change only after it returns
      Set<String> others = java.util.Collections.unmodifiableSet(named.keySet());
      Set<String> written = new LinkedHashSet<>();
      for (EntityMention m : g.raw) {
        written.add(m.text());
      }
      g.ref = geocoder.reconsider(List.copyOf(written), g.ref, others);
      countCountry(g.ref, named, 1);
    }
  }

  /**
   * Groups that name one place after {@link #reconsiderPlaces} are one entity: "صور" read as the
   * Omani town in one article and as Tyre in the others is Tyre everywhere once set right.
   */
  private void mergeSamePlaces(Map<Object, Group> groups) {
    Map<String, Group> byPlace = new HashMap<>();
    for (Object k : new ArrayList<>(groups.keySet())) {
      Group g = groups.get(k);
      if (g.ref == null || g.majority() != EntityType.LOC || known.byId(g.ref) != null) {
        continue;
      }
      Group first = byPlace.putIfAbsent(g.ref, g);
      if (first != null) {
        moveInto(g, first);
        groups.remove(k);
      }
    }
  }

  private Set<String> contextCountries(Map<Object, Group> groups) {
    Set<String> out = new HashSet<>();
    for (Group g : groups.values()) {
      String country = geocoder.countrySituated(g.ref); // "جنوب لبنان" situates in LB
      if (country != null) {
        out.add(country);
      }
    }
    return out;
  }

  /**
   * An entity's identity across the archive, the same in every story that names it: the alias
   * table's id; {@code place-} and the gazetteer's id; else the type and a 48-bit hash of the folded
   * canonical name without spaces or article ({@code per-3f9a0c12be47}), so that the same name
   * of the same type is one entity in every story. {@code taken} keeps ids unique within a story.
   */
  private static String archiveId(Group g, KnownEntities.Known k, EntityType type, String canonical,
      Set<String> taken) {
    String id = k != null ? k.id() : g.ref != null ? "place-" + g.ref : nameId(type, formOf(g, canonical));
    String unique = id;
    for (int n = 2; !taken.add(unique); n++) {
      unique = id + "-" + n;
    }
    return unique;
  }

  private Entity entity(Group g, Set<String> ids, Set<String> countries) {
    KnownEntities.Known k = g.ref == null ? null : known.byId(g.ref);
    EntityType type = k != null ? k.type() : g.majority();
    List<String> aliases;
    List<String> roles;
    if (g.raw.size() == 1) { // most entities are named once: no set to keep their forms distinct
      EntityMention m = g.raw.get(0);
      aliases = List.of(written(m));
      roles = m.role() == null ? List.of() : List.of(m.role());
    } else {
      Set<String> a = new LinkedHashSet<>();
      Set<String> r = new LinkedHashSet<>();
      for (EntityMention m : g.raw) {
        a.add(written(m));
        if (m.role() != null) {
          r.add(m.role());
        }
      }
      aliases = List.copyOf(a);
      roles = List.copyOf(r);
    }
    String place = g.ref == null ? null : geocoder.nameOf(g.ref);
    String canonical = k != null ? k.canonical() : place != null ? place : canonical(g);
    Geo geo = type == EntityType.LOC ? geocoder.locate(aliases, g.ref, countries) : null;
    String id = archiveId(g, k, type, canonical, ids);
    return new Entity(id, type, canonical, aliases, roles, g.mentions, geo);
  }

  /** The type and a 48-bit FNV-1a hash of the type and the form: {@code per-3f9a0c12be47}. */
  static String nameId(EntityType type, String form) {
    String hex = Long.toHexString(fnv(TYPE_HASH[type.ordinal()], form) >>> 16);
    StringBuilder b = new StringBuilder(TYPE_PREFIX[type.ordinal()]);
    for (int i = hex.length(); i < 12; i++) {
      b.append('0');
    }
    return b.append(hex).toString();
  }

  /** Per type, the FNV-1a hash of its name and ":" that every {@link #nameId} of the type starts from. */
  private static final long[] TYPE_HASH = new long[EntityType.values().length];
  /** Per type, the start of its ids: its name in lower case and "-". */
  private static final String[] TYPE_PREFIX = new String[EntityType.values().length];

  static {
    for (EntityType t : EntityType.values()) {
      TYPE_HASH[t.ordinal()] = fnv(fnv(0xcbf29ce484222325L, t.name()), ":");
      TYPE_PREFIX[t.ordinal()] = t.name().toLowerCase(java.util.Locale.ROOT) + "-";
    }
  }

  /** FNV-1a over the chars of {@code s}, from the hash {@code h}. */
  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** The compared form of the canonical name: of the mention written so, else the group's. */
  private static String formOf(Group g, String canonical) {
    for (EntityMention m : g.raw) {
      if (written(m).equals(canonical)) {
        return form(m.norm());
      }
    }
    return g.form();
  }

  /** How many runs of white space a form has (its words less one). */
  private static int spaces(String s) {
    int n = 0;
    for (int i = 1; i < s.length(); i++) {
      n += Character.isWhitespace(s.charAt(i)) && !Character.isWhitespace(s.charAt(i - 1)) ? 1 : 0;
    }
    return n;
  }

  /**
   * A mention as a name is written on its own: the article that a joined preposition ل swallowed is
   * given back ("للجزيرة" was cut to "لجزيرة"; its name is "الجزيرة"; "للجنة" to "لجنة", "اللجنة").
   */
  static String written(EntityMention m) {
    String t = m.text();
    if (!m.norm().startsWith("ال") || !t.startsWith("ل") || t.startsWith("ال")) {
      return t;
    }
    return m.norm().startsWith("الل") ? "ال" + t : "ا" + t; // "للجنة": the article before "لجنة"
  }

  /**
   * The fullest form (most words), then the most frequent, then the longest; a form that is
   * another form with a joined conjunction or preposition ("لداعش") never wins.
   */
  private static String canonical(Group g) {
    String only = onlyWrittenForm(g);
    if (only != null) {
      return only; // one form: no other to be a nickname of or to lose to
    }
    Map<String, Integer> count = new HashMap<>();
    g.raw.forEach(m -> count.merge(written(m), 1, Integer::sum));
    if (!g.nicknames.containsAll(count.keySet())) {
      count.keySet().removeAll(g.nicknames);
    }
    // only a form starting with a proclitic letter can be another's with a proclitic: tested first
    count.keySet().removeIf(x -> !x.isEmpty() && "وفبلك".indexOf(x.charAt(0)) >= 0
        && count.keySet().stream().anyMatch(y -> !y.equals(x) && x.endsWith(y)
        && x.length() - y.length() <= 2 && spaces(x) == spaces(y)));
    // the max by (spaces, count, length); a tie keeps the first met, as Stream.max does
    String best = null;
    int bestSpaces = 0;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      String k = e.getKey();
      int sp = spaces(k);
      int c = e.getValue();
      if (best == null || sp > bestSpaces || sp == bestSpaces && (c > bestCount || c == bestCount && k.length() > best.length())) {
        best = k;
        bestSpaces = sp;
        bestCount = c;
      }
    }
    return best == null ? "" : best;
  }

  /** The group's written form when all its mentions are written alike, else null. */
  private static String onlyWrittenForm(Group g) {
    String only = written(g.raw.get(0));
    for (int i = 1; i < g.raw.size(); i++) {
      if (!written(g.raw.get(i)).equals(only)) {
        return null;
      }
    }
    return only;
  }
}
