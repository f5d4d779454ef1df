package org.isnad.compare;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.Stance;
import org.isnad.model.Token;

/**
 * Decides whether two claims about the same subject agree, disagree or are about different things:
 * two headlines, or what two articles say about one fact (a figure, a perpetrator, a place). The
 * claims are compared on the text stage's tokens ({@link ClaimFeatures}: overlap, numbers,
 * negation, opposites, leftover words) and a linear model trained by {@code isnad train stance}
 * weighs them ({@link StanceModel}). The comparison is symmetric: {@code compare(a, b)} equals
 * {@code compare(b, a)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public interface ClaimComparator {

  /**
   * The stance of two claims with its probabilities and the rule cues that fired: {@code num:same},
   * {@code num:diff}, {@code num:subset}, {@code num:one} (numbers), {@code neg:mismatch}, {@code
   * neg:both} (negation), {@code opp:AXIS} (opposite words, e.g. {@code opp:rise}), {@code swap}
   * (one word replaced by another, the rest shared).
   */
  record Judgement(Stance stance, double agree, double disagree, double other, List<String> cues) {
    public Judgement {
      java.util.Objects.requireNonNull(stance, "stance must not be null");
      cues = List.copyOf(cues);
    }

    /** The probability of {@code s}. */
    public double probability(Stance s) {
      return switch (s) {
        case AGREE -> agree;
        case DISAGREE -> disagree;
        case OTHER -> other;
      };
    }
  }

  /** Compares two texts (each analysed by the text stage); null is rejected. */
  Stance compare(String a, String b);

  /** Compares two runs of analysed tokens (e.g. spans of analysed articles); null is rejected. */
  Stance compare(List<Token> a, List<Token> b);

  /** The judgement on two runs of analysed tokens. */
  Judgement judge(List<Token> a, List<Token> b);

  /** The tokens the comparator reads from a text (the text stage's). */
  List<Token> tokens(String text);

  /** A comparator with the bundled model. */
  static ClaimComparator create(Language language) {
    return new LinearClaimComparator(ClaimFeatures.create(language), StanceModel.bundled());
  }

  /** A comparator with the given features and model. */
  static ClaimComparator create(ClaimFeatures features, StanceModel model) {
    return new LinearClaimComparator(features, model);
  }
}
