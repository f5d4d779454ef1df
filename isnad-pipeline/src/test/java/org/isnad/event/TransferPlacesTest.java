package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the wounded were taken, where something was brought from, who speaks, who leads or backs a force and
 * the subject of a clause after "إن" are not where the event happened; on sentences written for these tests.
 */
class TransferPlacesTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأصيب خمسة أشخاص في الانفجار، ونقلوا إلى مستشفيات في طرطوس.",
      "قتل ثلاثة أشخاص وأصيب سبعة، وقد أسعف الجرحى إلى مستشفى في طرطوس.",
      "وأصيب خمسة أشخاص في الانفجار، وقالت محافظة حمص إن ثلاثة منهم بحالة خطرة.",
      "وردا على الهجوم قال الرئيس الأميركي دونالد ترامب إن الولايات المتحدة سترد على التنظيم.",
      "وبعد الانفجار أكد الوزير أن فرنسا ستدعم التحقيق.",
      "ونفذت القوات عملية مشتركة مع قوات التحالف الدولي بقيادة الولايات المتحدة.",
  })
  void noEventIsPlacedWhereTheWoundedWereTakenNorWhereItsSpeakerIs(String text) {
    AnalysedArticle a = extract(text);
    assertThat(a.events()).isNotEmpty();
    for (EventMention e : a.events()) {
      assertThat(e.place()).as(text + " -> " + (e.place() == null ? "" : e.place().in(text))).isNull();
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقتل ثلاثة أشخاص في قصف على مدينة حمص، ونقل الجرحى إلى مستشفيات طرطوس.|حمص",
      "قتل ثلاثة أشخاص في اشتباك مع مسلحين قالت السلطات إنهم من فلول النظام في قرية بريف مدينة جبلة.|جبلة",
      // the backer after "المدعومة من" is no place: the village after it is
      "قتل طفلان جراء انفجار لغم من مخلفات المليشيا المدعومة من إيران، في قرية الكدف بمديرية التحيتا.|الكدف",
  })
  void theEventsOwnPlaceBeforeTheTransferStays(String text, String place) {
    AnalysedArticle a = extract(text);
    assertThat(a.events()).anySatisfy(e -> assertThat(e.place().in(text)).contains(place));
  }
}
