package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.CleanArticle;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures written as nouns of the victims with no number: a singular noun is one ("سقوط قتيل"), a
 * dual two ("وجريحين"), "آخر" after a casualty word one more; on sentences written for these tests.
 */
class NominalFiguresTest {

  private static List<Figure> figures(String text) {
    CleanArticle clean = org.isnad.model.Paragraphs.one(text);
    return Extraction.of(clean).events().stream()
        .flatMap(e -> e.figures().stream()).toList();
  }

  private static long count(List<Figure> figures, FigureKind kind) {
    return figures.stream().filter(f -> f.kind() == kind && !f.perpetrator()).mapToLong(Figure::value).sum();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأسفر القصف المدفعي على السوق عن سقوط قتيل وجريحين من المدنيين.|1|2",
      "وأسفر الانفجار عن سقوط ثلاثة قتلى وعشرات الجرحى في صفوف المارة.|3|-1",
      "وأطلق مسلحون النار على سيارة مدنية ما أدى إلى مقتل شخصين وإصابة آخر بجروح.|2|1",
      "وأدى القصف إلى سقوط شهيدين وإصابة ثلاثة آخرين في مخيم النصيرات.|2|3",
      "وأفادت مصادر محلية بسقوط قتيلين وجريح في اشتباكات بين عشيرتين شرقي دير الزور.|2|1",
      "وتعرضت دورية للجيش لكمين أسفر عن مقتل جندي وإصابة آخر في ريف درعا.|1|1",
      "وجرى تطبيق قواعد الاشتباك، ما أسفر عن مقتل 4 مهربين وفرار آخرين إلى العمق السوري.|4|0",
  })
  void nounsOfTheVictimsCountWithoutANumber(String text, long killed, long wounded) {
    List<Figure> found = figures(text);
    assertThat(count(found, FigureKind.KILLED)).as("killed in %s: %s", text, found).isEqualTo(killed);
    if (wounded >= 0) {
      assertThat(count(found, FigureKind.WOUNDED)).as("wounded in %s: %s", text, found).isEqualTo(wounded);
    }
    for (Figure f : found) {
      assertThat(f.vague()).as("%s", f).isEqualTo(f.value() >= 10 && text.contains("عشرات"));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وارتفع عدد القتلى إلى 12 بعد وفاة جريح متأثرا بإصابته.",
      "وتفقد الوزير القتيل والجرحى في المستشفى.",
      "ونقل الجريح إلى مستشفى المدينة لتلقي العلاج.",
      "وتعهدت الحكومة بصرف تعويض لكل شهيد سقط في الحرب ولكل جريح.",
      "وأعلنت الوزارة تسجيل أول مصاب بفيروس كورونا في المدينة.",
      "وأكد مصدر طبي أن حصيلة القتلى ارتفعت إلى خمسة، بعد وفاة طفل متأثرا بجروحه.",
  })
  void aDefiniteOrDescribedVictimIsNoNewCount(String text) {
    assertThat(figures(text)).as("%s", text)
        .noneMatch(f -> f.kind() == FigureKind.WOUNDED || f.kind() == FigureKind.KILLED && f.value() == 1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "أصيب عشرون متظاهرا بجروح خلال مواجهات مع الشرطة.|0|20",
      "قتل ثلاثون شخصا في الهجوم على القرية.|30|0",
      "وأصيب خمسون مدنيا في القصف.|0|50",
  })
  void theTensInTheNominativeAreNumbersNotAGroupThatActs(String text, long killed, long wounded) {
    List<Figure> found = figures(text);
    assertThat(count(found, FigureKind.KILLED)).as("killed in %s: %s", text, found).isEqualTo(killed);
    assertThat(count(found, FigureKind.WOUNDED)).as("wounded in %s: %s", text, found).isEqualTo(wounded);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "أطلق مجهولون النار على سيارة مدير الناحية في ريف دير الزور، ما أسفر عن مقتله على الفور.|1",
      "استهدفت غارة سيارة القياديين في الحركة، ما أدى إلى مقتلهما.|2",
      "استهدفت غارة منزل العائلة في المخيم، ما أدى إلى مقتلهم.|0",
      "وقالت القيادة إن الهجوم أسفر عن مقتل جنديين، مشيرة إلى أنه جرى اشتباك مع المسلح أدى إلى مقتله.|2",
  })
  void theDeathOfSomeoneNamedBeforeAfterAVerbOfResultCountsByItsPronoun(String text, long killed) {
    List<Figure> found = figures(text);
    assertThat(count(found, FigureKind.KILLED)).as("killed in %s: %s", text, found).isEqualTo(killed);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "توفي ثلاثة أشخاص وأصيب خمسة آخرون في حادث سير على الطريق الدولي.|3",
      "وقضى أربعة أشخاص غرقا في السيول التي اجتاحت المدينة.|4",
      "قضى الرئيس ثلاثة أيام في العاصمة الفرنسية.|0",
      "وتوفي ثلاثة من الجرحى في المستشفى.|0",
  })
  void aVerbOfDyingCountsTheDeadOnlyInASentenceThatTellsAnEvent(String text, long killed) {
    List<Figure> found = figures(text);
    assertThat(count(found, FigureKind.KILLED)).as("killed in %s: %s", text, found).isEqualTo(killed);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأصيب عشرة أشخاص بجروح، ثلاثة منهم في حالة خطرة، جراء الانفجار.|0|10",
      "قتل خمسة أشخاص وأصيب سبعة، أربعة منهم من عناصر الأمن، في الهجوم.|5|7",
  })
  void someOfThemAfterACountArePartOfItNotACountOfTheirOwn(String text, long killed, long wounded) {
    List<Figure> found = figures(text);
    assertThat(figures("وكانت الشرطة قد أعلنت اعتقال 12 متظاهرا، أُفرج عن سبعة منهم بكفالة صباح اليوم."))
        .anyMatch(f -> f.kind() == FigureKind.RELEASED && f.value() == 7);
    assertThat(count(found, FigureKind.KILLED)).as("killed in %s: %s", text, found).isEqualTo(killed);
    assertThat(count(found, FigureKind.WOUNDED)).as("wounded in %s: %s", text, found).isEqualTo(wounded);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأعلنت الشرطة اعتقال مشتبه به في الهجوم.|1",
      "وأعلنت الشرطة اعتقال مشتبه بهما في الهجوم.|2",
      "وأعلنت الشرطة اعتقال مشتبه بهم في الهجوم.|0",
  })
  void theSuspectsPronounTellsHowManyWereArrested(String text, long arrested) {
    List<Figure> found = figures(text);
    assertThat(count(found, FigureKind.ARRESTED)).as("arrested in %s: %s", text, found).isEqualTo(arrested);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "قُتل مدير أمن مديرية المخا العقيد ناصر الحميري وثلاثة من مرافقيه بانفجار سيارة مفخخة.|KILLED|4",
      "وقتل القيادي في الحركة محمد علي واثنان من أبنائه في غارة على منزله.|KILLED|3",
      "واعتقلت الشرطة المتهم محمد حسن واثنين من أشقائه في مداهمة فجر اليوم.|ARRESTED|3",
      "وأسفرت العملية عن القبض على قيادي بارز في داعش وخمسة من أعوانه.|ARRESTED|6",
      "وأصيب جندي في الهجوم.|WOUNDED|1",
      // no count joined to the name, or none that is his people's: no figure
      "وأصيب الرئيس محمد حسن وعدد من مرافقيه في الحادث.|WOUNDED|0",
      "وقتل العقيد أحمد سالم بعد أسبوع من اعتقال ثلاثة من أبنائه.|KILLED|1",
  })
  void aNamedVictimAndACountOfHisPeopleAreOneMore(String text, FigureKind kind, long value) {
    assertThat(count(figures(text), kind)).as("%s: %s", text, figures(text)).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأصيبت والدتهما بجروح خطيرة في القصف.|WOUNDED|1",
      "وأسفرت الغارة عن مقتل ابنيه وإصابة زوجته.|KILLED|2",
      "وأسفرت الغارة عن مقتل ابنيه وإصابة زوجته.|WOUNDED|1",
      "وقتل ولداه في القصف على الحي.|KILLED|2",
      "وأصيب أبناؤه في القصف على الحي.|WOUNDED|0",
  })
  void aRelativeWithHisPronounIsOneAndTheirDualTwo(String text, FigureKind kind, long value) {
    assertThat(count(figures(text), kind)).as("%s: %s", text, figures(text)).isEqualTo(value);
  }

  @org.junit.jupiter.api.Test
  void kinCountsOnlySingularAndDualNounsOfKinWithAPronoun() {
    assertThat(FigureFinder.kin("والدتهما")).isEqualTo(1);
    assertThat(FigureFinder.kin("اخيه")).isEqualTo(1);
    assertThat(FigureFinder.kin("والديه")).isEqualTo(2);
    assertThat(FigureFinder.kin("طفلاهما")).isEqualTo(2);
    assertThat(FigureFinder.kin("ابناوه")).isZero();
    assertThat(FigureFinder.kin("والد")).isZero();
    assertThat(FigureFinder.kin("وزيره")).isZero();
  }
}
