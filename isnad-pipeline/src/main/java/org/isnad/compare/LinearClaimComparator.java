package org.isnad.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.isnad.model.Stance;
import org.isnad.model.Token;

/** {@link ClaimComparator} with a {@link StanceModel}. Immutable and thread-safe. */
final class LinearClaimComparator implements ClaimComparator {

  private final ClaimFeatures features;
  private final StanceModel model;

  LinearClaimComparator(ClaimFeatures features, StanceModel model) {
    this.features = Objects.requireNonNull(features, "features must not be null");
    this.model = Objects.requireNonNull(model, "model must not be null");
  }

  @Override
  public Stance compare(String a, String b) {
    Objects.requireNonNull(a, "a must not be null");
    Objects.requireNonNull(b, "b must not be null");
    return compare(features.tokens(a), features.tokens(b));
  }

  @Override
  public Stance compare(List<Token> a, List<Token> b) {
    return judge(a, b).stance();
  }

  @Override
  public Judgement judge(List<Token> a, List<Token> b) {
    Objects.requireNonNull(a, "a must not be null");
    Objects.requireNonNull(b, "b must not be null");
    FeatureVector.Builder v = new FeatureVector.Builder();
    List<String> cues = new ArrayList<>();
    features.extract(a, b, (name, value, relatedOnly) -> {
      v.add(name, value);
      if (name.startsWith("num:") || name.startsWith("neg:") || name.startsWith("opp:") || name.equals("swap")) {
        cues.add(name);
      }
    });
    double[] p = model.probabilities(v.build());
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return new Judgement(Stance.values()[best], p[0], p[1], p[2], cues);
  }

  @Override
  public List<Token> tokens(String text) {
    return features.tokens(text);
  }
}
