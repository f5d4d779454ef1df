package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A singular noun joined by "و" after a count is one more person ("ومدني"، "وامرأة"), but a verbal noun
 * of a derived verb ("وإلحاق أضرار"، "واندلاع حريق"، "وتدمير آليتين"، "وإخضاعهم") or a verb ("واستولت على
 * أسلحة") is what else the event did: no one more. On
 * sentences written for these tests.
 */
class ConjoinedVerbalNounsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأسفر القصف عن جرح اثنين وإلحاق أضرار بعدد من المنازل.|WOUNDED|2",
      "وجرح ثلاثة من رجال الشرطة ومدني في انفجار سيارة مفخخة.|WOUNDED|4",
      "وأسفر الهجوم عن مقتل جنديين وإنسان آخر.|KILLED|3",
      "وأصيب طفلان وامرأة في القصف.|WOUNDED|3",
      "وأدى الهجوم على السفينة إلى إصابة اثنين من أفراد طاقمها واندلاع حريق على متنها.|WOUNDED|2",
      "وأوضح البلاغ أنه تم توقيف 12 شخصا وإخضاعهم لبحث قضائي تحت إشراف النيابة العامة.|ARRESTED|12",
      "وقالت الجماعة إنها قتلت 30 جنديا وأسرت جنديين آخرين واستولت على أسلحة.|ABDUCTED|2",
      "وأسفر الهجوم عن مقتل 3 جنود وتدمير آليتين.|KILLED|3",
      "وأسفر الهجوم عن مقتل جنديين واحتراق سيارة.|KILLED|2",
      "وقتل ضابطان ومترجم في القصف.|KILLED|3",
      "وأصيب شرطي ومسعف في الانفجار.|WOUNDED|2",
      "وأصيب شرطيان وتلميذ.|WOUNDED|3",
      "وأصيب ثلاثة طلاب وتلميذة في الحافلة.|WOUNDED|4",
  })
  void aVerbalNounIsNoOneMore(String text, FigureKind kind, long value) {
    assertThat(Extraction.figures(text, LocalDate.of(2026, 11, 23)).stream()
        .filter(f -> f.kind() == kind).map(Figure::value))
        .containsExactly(value);
  }
}
