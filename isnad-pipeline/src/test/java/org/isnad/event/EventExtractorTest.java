package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.isnad.model.QuoteMention;
import org.isnad.model.SourceType;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures, events and quotations on sentences written for these tests. */
class EventExtractorTest {

  private static final TextAnalyzer TEXT = TextAnalyzer.create(Language.arabic());
  private static final EventExtractor EVENTS = EventExtractor.create(Language.arabic());

  private static AnalysedArticle extract(String text) {
    return EVENTS.extract(TEXT.analyze(org.isnad.model.Paragraphs.one(text)));
  }

  private static List<Figure> figures(String text) {
    return extract(text).events().stream().flatMap(e -> e.figures().stream()).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "أسفر القصف عن مقتل أربعة مدنيين في البلدة.|KILLED|4",
      "وأدى الانفجار إلى مقتل شرطيين اثنين وإصابة سبعة آخرين.|KILLED|2",
      "قتل جنديين وسائق مدني في الكمين.|KILLED|3",
      "أعلنت الشرطة اعتقال 12 شخصا في المدينة.|ARRESTED|12",
      "وأسفرت الغارة عن إصابة خمسة عشر شخصا.|WOUNDED|15",
      "وأسفر الهجوم عن مقتل ضابطين إلى جانب مترجم.|KILLED|3",
      "الجنود الأربعة قتلوا في الهجوم.|KILLED|4",
  })
  void readsTheFigure(String sentence, FigureKind kind, long value) {
    assertThat(figures(sentence)).anyMatch(f -> f.kind() == kind && f.value() == value && !f.perpetrator());
  }

  @Test
  void theAttackerIsNotAVictim() {
    List<Figure> found = figures("وأسفر الهجوم عن مقتل عنصرين من الشرطة، فيما قتل المهاجم بعد اشتباك.");
    assertThat(found).anyMatch(f -> f.kind() == FigureKind.KILLED && f.value() == 2 && !f.perpetrator());
    assertThat(found).anyMatch(f -> f.kind() == FigureKind.KILLED && f.perpetrator());
  }

  @Test
  void vagueAmountsAreFlagged() {
    assertThat(figures("وأدى القصف إلى إصابة العشرات من السكان.")).anyMatch(f -> f.vague() && f.value() == 20);
  }

  @Test
  void aFigureAttributedWithAccordingToCarriesItsAuthority() {
    assertThat(figures("أسفر التفجير عن مقتل ثلاثة أشخاص، بحسب وزارة الصحة."))
        .anyMatch(f -> f.value() == 3 && f.authority() != null && f.authority().contains("وزارة الصحة"));
  }

  @Test
  void hypotheticalAttacksAreNotEvents() {
    List<EventMention> events = extract("وحذرت الوزارة من هجمات محتملة في الأيام المقبلة.").events();
    assertThat(events).noneMatch(e -> e.type().violent());
  }

  @Test
  void aSecurityOperationThatArrestsIsOneArrest() {
    List<EventMention> events = extract("نفذت الشرطة عملية أمنية أسفرت عن اعتقال ستة أشخاص.").events();
    assertThat(events).hasSize(1);
    assertThat(events.get(0).type()).isEqualTo(EventType.ARREST);
  }

  @Test
  void theDeadOfAnOperationThatArrestsAreTheOperations() {
    List<EventMention> events = extract("وقال المتحدث إن العملية أسفرت عن القبض على 6 عناصر من الخلية، ومقتل اثنين من أفرادها "
        + "بعد اشتباكهما مع القوة المداهمة، واستشهاد عنصر من الأمن العام.").events();
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ARREST);
      assertThat(e.figures()).extracting(Figure::kind, Figure::value).containsExactly(
          org.assertj.core.groups.Tuple.tuple(FigureKind.ARRESTED, 6L), org.assertj.core.groups.Tuple.tuple(FigureKind.KILLED, 2L),
          org.assertj.core.groups.Tuple.tuple(FigureKind.KILLED, 1L));
    });
    assertThat(extract("وأعلنت الوزارة القبض على 6 عناصر ومقتل اثنين من أفراد الخلية.").events()).singleElement()
        .satisfies(e -> assertThat(e.figures()).hasSize(2));
  }

  @Test
  void aSideAfterAgainstIsTheTargetNotTheDoer() {
    assertThat(extract("ولم تتبن أي جهة الغارة، كما لم يتضح ما إذا كانت مرتبطة بالعمليات الجارية ضد خلايا تنظيم داعش.")
        .events()).filteredOn(e -> e.type() == EventType.AIRSTRIKE).singleElement()
        .satisfies(e -> assertThat(e.actor1()).isNull());
  }

  @Test
  void aDeathInAClauseOfItsOwnWithItsViolenceIsNoneOfTheArrests() {
    List<EventMention> events = extract("اعتقلت القوات الأمنية 12 مطلوبا في الأنبار، وقتل جنديان في هجوم بعبوة ناسفة قرب الرمادي.")
        .events();
    assertThat(events).filteredOn(e -> e.type() == EventType.ARREST).singleElement()
        .satisfies(e -> assertThat(e.figures()).extracting(Figure::kind).containsOnly(FigureKind.ARRESTED));
    assertThat(events).filteredOn(e -> e.type().violent()).singleElement()
        .satisfies(e -> assertThat(e.figures()).extracting(Figure::value).containsExactly(2L));
  }

  @Test
  void aCallToDisarmAndTheRuleOfAManAreNoSeizureNorSentence() {
    assertThat(extract("ودعا الوزير إلى نزع سلاح الفصائل التي أطلقت صواريخ على المستوطنات.").events())
        .anyMatch(e -> e.type().violent());
    assertThat(extract("وأفرجت السلطات عن 20 معتقلا اعتقلوا خلال فترة حكم الرئيس السابق.").events())
        .anyMatch(e -> e.type() == EventType.RELEASE);
  }

  @Test
  void aDeathBeforeTheArrestsOrToldBesideThemIsAnAttackOfItsOwn() {
    assertThat(extract("واعتقلت الشرطة 5 أشخاص بعد مقتل جندي في المدينة.").events()).extracting(EventMention::type)
        .containsExactlyInAnyOrder(EventType.ARREST, EventType.ATTACK);
    assertThat(extract("وأعلنت الشرطة اعتقال 12 متظاهرا، مشيرة إلى إصابة عدد من منتسبيها بالحجارة.").events())
        .filteredOn(e -> e.type() == EventType.ARREST).singleElement()
        .satisfies(e -> assertThat(e.figures()).extracting(Figure::kind).containsOnly(FigureKind.ARRESTED));
  }

  @Test
  void aChainOfTransmissionEndsWithTheSpeaker() {
    AnalysedArticle a = extract("ونقلت وكالة الأنباء الرسمية عن الوزير قوله: إن المفاوضات ستستأنف الأسبوع المقبل.");
    assertThat(a.quotes()).isNotEmpty();
    QuoteMention q = a.quotes().get(0);
    assertThat(q.chain()).anyMatch(l -> l.name().contains("وكالة الأنباء"));
    assertThat(q.span().in(a.clean().original())).contains("المفاوضات ستستأنف");
  }

  @Test
  void anAnonymousSourceIsAnonymous() {
    AnalysedArticle a = extract("وقال مصدر عسكري إن الاشتباكات استمرت حتى الفجر.");
    assertThat(a.quotes()).anyMatch(q -> q.sourceType() == SourceType.ANONYMOUS_SOURCE
        && q.speaker().startsWith("مصدر") && q.span().in(a.clean().original()).startsWith("الاشتباكات"));
  }

  @Test
  void wordsBeforeTheVerbAreQuotedWhenTheSpeakerClosesTheSentence() {
    AnalysedArticle a = extract("«لن نسمح بتكرار ما حدث في المدينة»، قال الوزير سامر الخطيب.");
    assertThat(a.quotes()).hasSize(1);
    QuoteMention q = a.quotes().get(0);
    assertThat(q.direct()).isTrue();
    assertThat(q.span().in(a.clean().original())).contains("لن نسمح بتكرار ما حدث");
    assertThat(q.speaker()).contains("الخطيب");
  }

  @Test
  void noEventsInTextWithoutThem() {
    AnalysedArticle a = extract("افتتح معرض الكتاب أبوابه أمام الزوار بمشاركة واسعة من دور النشر.");
    assertThat(a.events()).isEmpty();
  }
}
