package org.isnad.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.lang.Language;

/**
 * Persons named right after their title, a rule for the names no list knows and the tagger misses:
 * a title word of the language ("وزير", "الرئيس", "محافظ"), the words of the office after it (with
 * the article, "الخارجية الأردني"; other titles, "نائب رئيس الوزراء وزير الخارجية"; a conjunction
 * and a noun before a word with the article, "وشؤون المغتربين"; names already found, "محافظ حلب"; a
 * few linking words, "باسم"), then a name of two to four words whose first word has no article, is
 * no common word and is a person's name or part of one in the model's name lists ("إياد العموري").
 * A comma between office and name needs one after the name too (an apposition: "محافظ حلب، ماهر
 * العبدالله،"). The name ends at punctuation, a title, a particle or preposition, a word that opens a
 * clause with "و" ("ونظيره"), or a name already found. Immutable and thread-safe.
 */
final class TitledNames {

  private static final int MAX_OFFICE_WORDS = 7;
  /** Places named after a titled person ("مستشفى الأمير", "مدينة الملك", "جامعة الملك"; folded, without clitics). */
  static final Set<String> FACILITIES = Set.of("مستشفي", "جامعه", "مطار", "شارع", "مسجد", "جامع",
      "مدرسه", "قاعده", "جسر", "ميناء", "ملعب", "مجمع", "كليه", "ستاد"); // not "قصر الرئيس عمر البشير": his
  private static final int MAX_NAME_WORDS = 4;

  /** Words that link a title to its office without the article ("المتحدث باسم الجيش"), folded. */
  private static final Set<String> OFFICE_LINKS = Set.of("باسم", "لشوون", "شوون", "عام",
      "باسمها", "باسمه", "باسمهم", "باسمهما"); // "المتحدث باسمها عبد الرحمن ديناري"

  /** Particles, prepositions and time words that no name runs over (folded). */
  static final Set<String> STOP = Set.of("في", "من", "الي", "الى", "علي", "على", "عن", "مع", "خلال", "بعد",
      "قبل", "منذ", "حول", "ان", "لا", "لم", "لن", "قد", "كما", "الذي", "التي", "الذين", "اليوم", "امس", "غدا",
      "صباح", "مساء", "يوم", "اثناء", "عقب", "لدي", "بين", "عند", "حين", "بان", "انه", "انها", "ما", "او",
      "ثم", "كان", "كانت", "هو", "هي", "هذا", "هذه", "ذلك", "تلك", "قوله", "قولها", "بيان", "امام", "ضد", "نحو",
      "بشان", "حيال", "ازاء", "بسبب", "وفق", "بحسب", "عبر", "داخل", "خارج", "ضمن", "وسط",
      // quantifiers and prepositions that open a noun phrase, never a name ("زعيم أحد الأجنحة المتمردة",
      // "امام احدى الواجهات", "التزام لبنان بجميع شروط القرار", "الفريق برغم الخلاف")
      "احد", "احدي", "جميع", "بجميع", "كل", "بعض", "معظم", "رغم", "برغم", "بخصوص", "اللذين", "اللتين",
      "اللذان", "اللتان", "اللواتي", "اللاتي");

  /**
   * Words that give a person a name or another (folded): "خالد العبدالله المكنى "أبو عمر" والملقب بـ"الحجي"",
   * "القتيل يدعى حسن محمد". They end the name before them and are no part of the name after them.
   */
  static final Set<String> ALIAS_WORDS = Set.of("المكني", "المكناه", "الملقب", "الملقبه", "والملقب", "والملقبه",
      "المعروف", "المعروفه", "والمعروف", "والمعروفه", "المدعو", "المدعوه", "الشهير", "الشهيره", "ويكني", "ويلقب",
      "ويعرف", "يدعي", "تدعي", "ويدعي", "وتدعي");

  /** Heads of parties, movements and delegations (folded): "رئيس حركة النهضة", "رئيس وفد الجيش" name an office, no person. */
  private static final Set<String> PARTY_HEADS = Set.of("حركه", "حزب", "جبهه", "تيار", "تجمع", "ائتلاف", "كتله",
      "اتحاد", "جمعيه", "رابطه", "نقابه", "وفد");

  record Match(int start, int end) {}

  private final Language language;
  private final NerModel model;
  /** Rejects most words before the two look-ups of {@link #isTitle} (one after building a substring). */
  private final org.isnad.lang.EndingFilter titleEndings;

  /** Head nouns of institutions ("وزارة", "جمعية"): "رئيسة جمعية المرأة العمانية" names an office, no person. */
  private final java.util.function.Predicate<String> institutionHead;

  /** Words of bodies' names that are no person's ("الصحه", "الانسان"): an office's, never a family name. */
  private final java.util.function.Predicate<String> bodyWord;

  TitledNames(Language language, NerModel model, java.util.function.Predicate<String> institutionHead,
      java.util.function.Predicate<String> bodyWord) {
    this.language = language;
    this.model = model;
    this.institutionHead = institutionHead;
    this.bodyWord = bodyWord;
    this.titleEndings = new org.isnad.lang.EndingFilter(language.titles(), 3);
  }

  /**
   * Whether a person's name may follow the folded word as its title, by the word alone: a title that
   * is no particle or time word ({@link #STOP}) and no kind of firm ("فريق"). The same for every
   * occurrence of a word, so a caller may keep it per distinct word.
   */
  boolean opensName(String w) {
    return !STOP.contains(w) && !EntityRecognizer.firmWord(w) && isTitle(w);
  }

  /**
   * True when the title at {@code title} follows a word of a facility in construct with it, without the
   * article ("مستشفى الأمير", "بمطار الملك"); not "مدير مستشفى المدينة، الطبيب فلان".
   */
  static boolean namesFacility(String[] norms, int title) {
    if (title == 0) {
      return false;
    }
    String w = norms[title - 1];
    return FACILITIES.contains(w) || w.length() > 3 && "وبلف".indexOf(w.charAt(0)) >= 0 && FACILITIES.contains(w.substring(1));
  }

  /**
   * The names after titles in one sentence's folded words.
   *
   * @param opens per word, whether it {@link #opensName}
   * @param taken the words already in a mention
   * @param person the words already in a person's mention: a title before one names no other person
   * @param comma per word, whether a comma (or other sentence punctuation) stands before it
   * @param breaks per word, whether any punctuation stands before it
   * @param opensClause whether the word at an index opens a clause with "و" (a reporting verb, "وقد");
   *     asked only of the few words after a title, so it may be computed on demand
   */
  List<Match> find(String[] norms, boolean[] opens, boolean[] taken, boolean[] person, boolean[] comma,
      boolean[] breaks, java.util.function.IntPredicate opensClause) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < norms.length; i++) {
      if (taken[i] || !opens[i] || namesFacility(norms, i) || givenName(norms, i)) {
        continue; // "مستشفى الأمير راشد بن الحسن العسكري": a place named after a person, no mention of him
      }
      int j = i + 1;
      while (j < norms.length && j - i <= MAX_OFFICE_WORDS && !breaks[j] && !person[j] && isOfficeWord(norms, taken, j)
          && !definiteGivenName(norms, breaks, j)) {
        j++;
      }
      if (j >= norms.length || j - i > MAX_OFFICE_WORDS || person[j]) {
        continue; // "الأمين العام للأمم المتحدة أنطونيو غوتيريش": the title's person is named already
      }
      boolean apposition = breaks[j];
      if (apposition && !commaOnly(comma, breaks, j)) {
        continue;
      }
      int end = nameEnd(norms, taken, breaks, opensClause, j);
      int commaName = apposition ? -1 : namedAfterComma(norms, taken, comma, breaks, opensClause, end);
      if (commaName > end) { // "مدير إعلام الدائرة، حسين الجابري،": the words before the comma were the office
        j = end;
        end = commaName;
        apposition = true;
      }
      if (end - j < 2 || !firstNameWord(norms, j, end) || verbalNounPhrase(norms, j, end)
          || end < norms.length && person[end] && !breaks[end]
          || clauseCut(norms, breaks, j, end) && !personWord(norms[j])) {
        continue; // "المفوض السامي لحقوق الإنسان فولكر تورك": words before a known name are the office's
      }
      if (apposition && end < norms.length && !breaks[end]) {
        continue;
      }
      if (officeBeforeTitle(norms, breaks, j, end)) {
        continue; // "مدير إعلام الشرطة العقيد فلان": the words before the rank are the office
      }
      out.add(new Match(j, end));
      for (int k = j; k < end; k++) {
        taken[k] = true;
      }
      i = end - 1;
    }
    return out;
  }

  /**
   * The end of a person's name set off by commas right after {@code end} ("، حسين الجابري،"), whose
   * first word the model's lists know as a person's; -1 when none follows.
   */
  private int namedAfterComma(String[] norms, boolean[] taken, boolean[] comma, boolean[] breaks,
      java.util.function.IntPredicate opensClause, int end) {
    if (end >= norms.length || !commaOnly(comma, breaks, end)) {
      return -1;
    }
    int after = nameEnd(norms, taken, breaks, opensClause, end);
    boolean closed = after >= norms.length || breaks[after];
    return after - end >= 2 && closed && personWord(norms[end]) ? after : -1;
  }

  /**
   * Whether the two words after an office are a verbal noun and its object, no name ("وأعلن مكتب
   * النائب العام فتح تحقيق"): the second is an indefinite verbal noun of the forms تفعيل، افتعال or
   * استفعال ("تحقيق"، "اجتماع"، "استجواب") that the name lists do not know ("توفيق" is a name).
   */
  private boolean verbalNounPhrase(String[] norms, int j, int end) {
    if (end - j != 2) {
      return false;
    }
    String w = norms[j + 1];
    int n = w.length();
    boolean taf3il = n == 5 && w.charAt(0) == 'ت' && w.charAt(3) == 'ي';
    boolean ifti3al = (n == 5 || n == 6) && w.charAt(0) == 'ا' && w.charAt(n - 2) == 'ا' && !w.startsWith("ال");
    return (taf3il || ifti3al) && !personWord(w);
  }

  /**
   * Whether the words {@code [j, end)} after a title, ending in a word with the article, are followed
   * right away by another title ("مدير إعلام الشرطة العقيد أحمد"): the first title's office, and the
   * person's name comes after the second; not when the lists know the first word as a person's.
   */
  private boolean officeBeforeTitle(String[] norms, boolean[] breaks, int j, int end) {
    return end < norms.length && !breaks[end] && isTitle(norms[end]) && hasArticle(norms[end - 1])
        && !personWord(norms[j]) && !compoundEnd(norms, j, end); // not "الباحث إياد جمال الدين عضو"
  }

  /** Whether the words {@code [j, end)} end in a compound name ("جمال الدين"، "عبد الله"، "أبو بكر"). */
  private static boolean compoundEnd(String[] norms, int j, int end) {
    String last = norms[end - 1];
    return last.equals("الدين") || last.equals("الله") || end - 2 >= j && COMPOUND_FIRST.contains(norms[end - 2]);
  }

  /** Given names written with the article ("الطيب عبد الرحيم"، "الصادق المهدي"), folded. */
  static final Set<String> DEFINITE_GIVEN = Set.of("الطيب", "الصادق", "الهادي", "الطاهر", "الامين",
      "البشير", "الحبيب", "الفاتح", "المختار", "الخضر", "الشاذلي", "المنصف", "الوليد", "المعتصم",
      "المنجي", "العربي", "الزبير");

  /**
   * Whether the word at {@code j}, after a title, is a given name with the article before a name
   * without it ("الدكتور الطيب عبد الرحيم"): the name starts there, not the office.
   */
  private boolean definiteGivenName(String[] norms, boolean[] breaks, int j) {
    if (!DEFINITE_GIVEN.contains(norms[j]) || j + 1 >= norms.length || breaks[j + 1]) {
      return false;
    }
    String next = norms[j + 1];
    return COMPOUND_FIRST.contains(next) || !hasArticle(next) && personWord(next) && !isTitle(next);
  }

  /** Whether the model's name lists know a folded word as a person's name or part of one. */
  private boolean personWord(String w) {
    int per = 1; // NameLexicon kinds: place 0, person 1, organisation 2
    return (model.lexicon().bits(NerFeatures.wordHash(w)) & (NameLexicon.whole(per) | NameLexicon.part(per))) != 0;
  }

  private static boolean commaOnly(boolean[] comma, boolean[] breaks, int j) {
    return comma[j] && breaks[j];
  }

  private boolean isOfficeWord(String[] norms, boolean[] taken, int j) {
    String w = norms[j];
    if (STOP.contains(w)) {
      return false; // "المسؤول الذي رفض الكشف"، "ممثل البحرين الذي رأست دولته": a relative clause, no name
    }
    if (taken[j] || isTitle(w) && !givenName(norms, j) || OFFICE_LINKS.contains(w)) {
      return true;
    }
    if (hasArticle(w)) {
      return true;
    }
    // "وشؤون المغتربين": a conjunction and a noun in construct with the next word
    return w.length() > 3 && w.charAt(0) == 'و' && j + 1 < norms.length && hasArticle(norms[j + 1]);
  }

  private static boolean hasArticle(String w) {
    return w.length() > 3 && (w.startsWith("ال") || Clitics.certain(w) > 0);
  }

  private int nameEnd(String[] norms, boolean[] taken, boolean[] breaks, java.util.function.IntPredicate opensClause,
      int j) {
    int k = j;
    int words = 0;
    while (k < norms.length && words < MAX_NAME_WORDS && !taken[k] && (k == j || !breaks[k])
        && (afterConnector(norms, j, k) || k == j && givenName(norms, k) || (isNameWord(norms[k]) || compoundPart(norms, j, k)
            || middleName(norms, taken, breaks, j, k))
        && !(k > j && (opensClause.test(k) || startsWithAnd(norms[k]) || afterFamilyName(norms, j, k)
            || prepositionalVerbalNoun(norms[k]) || outsideName(norms, j, k))))) {
      words += CONNECTORS.contains(norms[k]) ? 0 : 1;
      k++;
    }
    while (k > j && CONNECTORS.contains(norms[k - 1])) {
      k--; // a name never ends in "بن" or "آل"
    }
    return k;
  }

  /**
   * Whether the word at {@code k}, after the name's first word, is what the sentence goes on with and
   * no word the model's name lists know as a person's: a time word ("كوندوليزا رايس الأربعاء"), a verb
   * in the present or future ("صدام حسين يشكل تهديدا", "ستثير"), a word of events ("ناجي صبري عقد
   * اجتماعا"), a noun in "ة" without the article ("عبدالرحيم محمد حسين جولة", "جورج بوش اعادة النظر";
   * the lists know the names in "ة": "حمزة", "أسامة") or a preposition glued to the article ("فرانك
   * باسكوال للجزيرة"). The verbs, words of events and nouns only after a given and a family name.
   */
  private boolean outsideName(String[] norms, int j, int k) {
    String w = norms[k];
    if (roleHead(norms, k)) {
      return true; // "اللواء سمير عوض مساعد وزير الداخلية": his office, though "مساعد" is a given name too
    }
    if (personWord(w) || COMPOUND_FIRST.contains(norms[k - 1]) || w.equals("الله")) {
      return false;
    }
    boolean time = language.time().word(w).isPresent();
    boolean preposition = w.length() >= 5 && (w.startsWith("لل") || w.startsWith("بال"));
    if (time || preposition || verbShape(w) || w.startsWith("ال") && taf3il(w) || prepositionalPhrase(norms, k)) {
      return true; // "الرئيس بوش تجاوز صلاحياته"، "الرئيس لحود التدخل": the clause, even after one word of a name
    }
    // after a given and a family name only: "موشيه يعلون", "سامر عودة الخوالدة", "عبد الكريم حمادة" are names
    String before = norms[k - 1];
    boolean afterTwo = k - j >= 2 && !COMPOUND_FIRST.contains(norms[k - 2]) && !before.equals("الدين")
        && !before.equals("الله");
    boolean verb = w.length() >= 4 && w.length() <= 6 && w.charAt(0) == 'ي' || futureVerb(w); // not "يودويونو"
    // a family name with the article may end in "ة" ("سامر عودة الخوالدة", "المعايطة")
    boolean taa = w.length() >= 4 && (w.endsWith("ه") || w.endsWith("ة")) && !w.startsWith("ال");
    return afterTwo && (verb || taa || !language.eventLexicon().allAt(java.util.Arrays.asList(norms), k).isEmpty())
        || lineageEnded(norms, j, k);
  }

  /**
   * Shapes of a verb or an adverbial verbal noun that no name has, after a name's first word: a past
   * of the derived forms تفاعل، افتعل، استفعل ("الرئيس بوش تجاوز صلاحياته"، "الجنرال جيمس جونز توافر
   * الشروط"; ending in a root letter, not in a vowel or "ن" as transcribed names do: "آشتون"), a
   * present of the forms يتفعّل، يتفاعل، يستفعل ("الرئيس عباس يتحدث عن"; not "موشيه يعلون"), the
   * passive auxiliary "تم" ("جاك شيراك تم إذاعته") and an adverbial accusative تفعيلاً ("الرئيس مبارك
   * تكريما لجلالة الملك"; not "تيريزا").
   */
  static boolean verbShape(String w) {
    int n = w.length();
    if (w.equals("تم") || w.equals("تمت") || w.equals("التقي") || w.equals("التقت")) { // "إيهود أولمرت التقى"
      return true;
    }
    if (n < 5 || "اويهةن".indexOf(w.charAt(n - 1)) >= 0 && !(n == 6 && w.charAt(0) == 'ت')) {
      return false;
    }
    boolean tafaa3al = n == 5 && w.charAt(0) == 'ت' && w.charAt(2) == 'ا';
    boolean ifta3al = n == 5 && w.charAt(0) == 'ا' && w.charAt(2) == 'ت';
    boolean istaf3al = n == 6 && w.startsWith("است") && "اويهةن".indexOf(w.charAt(5)) < 0;
    boolean present = n == 5 && w.startsWith("يت") || n == 6 && w.startsWith("يست") && "اويهةن".indexOf(w.charAt(5)) < 0;
    boolean tafeel = n == 6 && w.charAt(0) == 'ت' && w.charAt(3) == 'ي' && w.charAt(5) == 'ا' && "يو".indexOf(w.charAt(1)) < 0;
    return tafaa3al || ifta3al || istaf3al || present || tafeel;
  }

  /** Nouns of a deputy's or a secretary's office, in construct with a title or with the article (folded). */
  private static final Set<String> ROLE_HEADS = Set.of("مساعد", "معاون", "وكيل", "سكرتير", "السكرتير",
      "سكرتيره", "السكرتيره");

  /**
   * Whether the word at {@code k}, after a name's first word, opens the person's office: a noun of a
   * deputy or a secretary before a title ("محمد حجازي مساعد وزير الخارجية") or with the article ("عثمان محمد
   * عثمان السكرتير العام"). After "بن" it is a father's name ("عبدالله بن مساعد"), which nameEnd takes first.
   */
  private boolean roleHead(String[] norms, int k) {
    String w = norms[k];
    return ROLE_HEADS.contains(w) && (w.startsWith("ال") || k + 1 < norms.length && isTitle(norms[k + 1]));
  }

  /**
   * Whether a preposition ب or ل glued to a noun the name lists do not know, before a word with the article,
   * opens a phrase of the clause: "وزير الداخلية سعيد صيام بمقر الرئاسة"، "الأمير زيان بخطورة القلعة".
   */
  private boolean prepositionalPhrase(String[] norms, int k) {
    String w = norms[k];
    return w.length() >= 4 && "بل".indexOf(w.charAt(0)) >= 0 && k + 1 < norms.length && hasArticle(norms[k + 1])
        && !personWord(w.substring(1)) && !CONNECTORS.contains(w);
  }

  /** The shape of a verb in the future, "س" before a prefix of the present ("سيترأس", "ستثير"). */
  private static boolean futureVerb(String w) {
    return w.length() >= 5 && w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0;
  }

  /**
   * Whether the name at {@code j} was cut before the words of its clause at {@code end}: then only a
   * first word the lists know names a person ("الرئيس شافيز مواقفه الكبيرة بالنسبة"، "فريق فيراري
   * بلقب الموسم للصانعين": the words before the clause are no name of their own).
   */
  private boolean clauseCut(String[] norms, boolean[] breaks, int j, int end) {
    return end < norms.length && !breaks[end] && isNameWord(norms[end]) && !startsWithAnd(norms[end])
        && outsideName(norms, j, end) && !lineageEnded(norms, j, end); // "اياد العموري ونظيره": not cut so
  }

  /**
   * Whether the name of a lineage ended before {@code k}: after "بن" and the father's name only another
   * word of lineage, a family name with the article or a word the lists know as a person's goes on
   * ("زين العابدين بن علي استقبل" names "زين العابدين بن علي"; "عبدالعزيز بن سلطان الشمري").
   */
  private static boolean lineageEnded(String[] norms, int j, int k) {
    String w = norms[k];
    if (k - 2 >= j && norms[k - 2].equals("ال")) {
      return true; // "آل ثاني" ends the name: "مؤسسة الشيخ عيد بن محمد آل ثاني الخيرية"
    }
    return k - 2 >= j && CONNECTORS.contains(norms[k - 2]) && !CONNECTORS.contains(w) && !w.startsWith("ال")
        && !COMPOUND_FIRST.contains(norms[k - 1]);
  }

  /**
   * Whether a title word without the article at {@code k} is a given name: the lists know it as a
   * person's and the next word is a person's name without the article. A rank before a name takes the
   * article ("الرائد"، "العقيد"), so "الخبير القانوني رائد حمزة العبيدي" names "رائد حمزة العبيدي", and
   * "الأمير سلطان بن عبد العزيز" "سلطان بن عبد العزيز"; "أمير قطر" stays a title.
   */
  private boolean givenName(String[] norms, int k) {
    String w = norms[k];
    if (k + 1 >= norms.length || hasArticle(w) || !personWord(w)) {
      return false;
    }
    String next = norms[k + 1];
    return !hasArticle(next) && !isTitle(next) && !STOP.contains(next) && personWord(next);
  }

  /**
   * Words of a lineage, folded ("بن", "ابن", "بنت", "آل"): they link two names and do not count
   * towards a name's length ("الشيخ حمد بن جاسم بن جبر آل ثاني").
   */
  private static final Set<String> CONNECTORS = Set.of("بن", "ابن", "بنت", "ال");

  /**
   * Whether the word at {@code k} follows a word of lineage inside the name: it is the father's or the
   * family's name whatever else it may be, a title ("الأمير بندر بن سلطان"), an ordinal ("آل ثاني")
   * or "علي" folded as the preposition ("زين العابدين بن علي").
   */
  private static boolean afterConnector(String[] norms, int j, int k) {
    return k > j && CONNECTORS.contains(norms[k - 1]) && norms[k].length() >= 2
        && Character.isLetter(norms[k].charAt(0)) && !CONNECTORS.contains(norms[k]);
  }

  /**
   * Whether a particle at {@code k} that the model's lists know as a given name ("علي", folded as "على"
   * is) is a father's name: inside a name, after a word of it with no article and before a family name
   * with the article ending in "ي" that is no common word ("الدكتور فؤاد علي الشرعبي"); "على الفور",
   * "على الهاتف" after a name are the clause's.
   */
  private boolean middleName(String[] norms, boolean[] taken, boolean[] breaks, int j, int k) {
    if (k == j || k + 1 >= norms.length || taken[k + 1] || breaks[k] || breaks[k + 1] || !STOP.contains(norms[k])
        || !personWord(norms[k]) || norms[k - 1].startsWith("ال")) {
      return false;
    }
    if (k + 2 < norms.length && !breaks[k + 2] && hasArticle(norms[k + 2])) {
      return false; // "أحمد على المبنى الجديد"، "أحمد على جمال المدينة": a preposition and its noun phrase
    }
    String family = norms[k + 1];
    return family.startsWith("ال") && family.length() >= 5 && family.endsWith("ي")
        && !language.commonWords().contains(family.substring(2)) || personWord(family) && !hasArticle(family);
  }

  /**
   * True when the family name with the article before {@code k} ends the name: "محافظ ذي قار مرتضى
   * الابراهيمي تعطيل الدوام" names "مرتضى الابراهيمي", the verbal noun after it is what he announced.
   * Not the second part of a compound given name ("عبد الله حمدوك", "نور الدين") nor before a word the
   * model's lists know as part of a person's name.
   */
  private boolean afterFamilyName(String[] norms, int j, int k) {
    String family = norms[k - 1];
    if (!family.startsWith("ال") || k - 1 == j) {
      return false;
    }
    if (hasArticle(norms[k])) { // "العقيد عبد الكريم الصفار التعليق على": a common noun after it is the clause's
      String w = norms[k];
      // "ووصف المحافظ محمد عبد الرحمن القصف بأنه": a word of events with the article is the object
      return w.startsWith("ال") && (language.commonWords().contains(w.substring(2)) || taf3il(w)
          || !language.eventLexicon().allAt(java.util.Arrays.asList(norms), k).isEmpty()) && !personWord(w);
    }
    boolean compound = k - 2 >= j && COMPOUND_FIRST.contains(norms[k - 2]) || family.equals("الدين") || family.equals("الله");
    // "هشام عبد الحميد دعم بلاده": a compound after a given name is the family name, and ends it too
    boolean familyCompound = compound && k - 2 > j;
    return (!compound || familyCompound) && !personWord(norms[k]);
  }

  /**
   * A verbal noun of the derived forms with the preposition "ب" ("بانسحاب", "باستهداف", "باعتقال"):
   * what a person demanded or was accused of, never the next word of a name ("باشراحيل" is one).
   */
  private boolean prepositionalVerbalNoun(String w) {
    if (w.length() < 7 || w.charAt(0) != 'ب' || personWord(w)) {
      return false;
    }
    String r = w.substring(1);
    boolean derived = r.charAt(1) == 'ن' || r.charAt(2) == 'ت' || r.startsWith("است");
    return r.charAt(0) == 'ا' && r.charAt(r.length() - 2) == 'ا' && derived;
  }

  /**
   * A verbal noun of the pattern التفعيل or التفعّل with the article ("التعليق", "التنسيق", "التوصل"): what a
   * person did or refused, never a family name (those of that shape end in "ي": "التكريتي", "التركي").
   */
  private static boolean taf3il(String w) {
    return w.length() == 7 && w.charAt(2) == 'ت' && w.charAt(5) == 'ي' && w.charAt(6) != 'ي'
        || w.length() == 6 && w.charAt(2) == 'ت' && w.charAt(5) != 'ي' && w.charAt(5) != 'ه'; // التفعّل: "التوصل"
  }

  /**
   * A title word with the article right after "عبد" inside a name is the second part of a compound
   * name ("حيدر عبد الأمير الزبيدي"، "عبد الملك"), not a title that ends it.
   */
  private static boolean compoundPart(String[] norms, int j, int k) {
    return k > j && norms[k - 1].equals("عبد") && norms[k].startsWith("ال") && norms[k].length() >= 4;
  }

  /** First words of compound given names whose second word has the article: "عبد الرحمن", "أبو بكر". */
  static final Set<String> COMPOUND_FIRST = Set.of("عبد", "ابو", "ابي", "ابن", "بن", "بنت");

  /** A word glued to "و" after a name starts the next phrase ("ونظيره", "ووزير"), never a name's part. */
  private static boolean startsWithAnd(String w) {
    return w.length() > 3 && w.charAt(0) == 'و';
  }

  private boolean isNameWord(String w) {
    if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || STOP.contains(w) || ALIAS_WORDS.contains(w)) {
      return false;
    }
    return !isTitle(w);
  }

  /** A title word, bare or with clitics ("وزير" itself starts with the letter و). */
  private boolean isTitle(String w) {
    // withoutClitics only removes letters before the last three (its "لل" -> "ال" keeps them too),
    // so a word whose ending no title has is neither a title nor one with clitics
    return titleEndings.mayMatch(w)
        && EntityRecognizer.isTitle(language, w);
  }

  /** True when the word at {@code j} is a given name right after a title ("العميد رعد الزبيدي"), before a family name. */
  boolean givenNameAfterTitle(String[] norms, int j) {
    return j >= 1 && j + 1 < norms.length && isTitle(norms[j - 1]) && !isTitle(norms[j]) && firstNameWord(norms, j, j + 2);
  }

  /**
   * Whether the name may start at {@code j}: a person's name or part of one in the model's name
   * lists; else a word that is no verb or word of events the language knows and no present-tense
   * verb shape, before a family name with the article ("إياد العموري", not "يتفقد مواقع").
   */
  private boolean firstNameWord(String[] norms, int j, int end) {
    String w = norms[j];
    if (DEFINITE_GIVEN.contains(w)) {
      return true;
    }
    if (hasArticle(w) || w.length() < 3 || language.commonWords().contains(w) || STOP.contains(w)
        || institutionHead.test(w) || PARTY_HEADS.contains(w)
        || EntityRecognizer.DIRECTIONS.contains(w)) { // "بحي الأمين شرقي العاصمة": where, never who
      return false;
    }
    if (personWord(w)) {
      return true;
    }
    if (verbShape(w)) {
      return false; // "خالد شيخ استطاع المحققون": a verb after a title word, no name
    }
    boolean presentTense = w.length() >= 4 && "يتن".indexOf(w.charAt(0)) >= 0 || futureVerb(w);
    // "نفى المتحدث باسم الجماعة صحة الاتهامات": an unknown word in "ة" before a word with the article
    // is a noun in construct (the lists know the names in "ة": "أسامة", "فاطمة")
    boolean construct = w.endsWith("ه") || w.endsWith("ة");
    // "وزير حقوق الإنسان", "مدير مكتب الصحة": an office whose last word names bodies, never persons
    String last = norms[end - 1];
    return !presentTense && !construct && end - j <= 3 && last.startsWith("ال") && last.length() >= 5
        && !(bodyWord.test(last) && !personWord(last))
        && language.eventLexicon().allAt(java.util.Arrays.asList(norms), j).isEmpty();
  }
}
