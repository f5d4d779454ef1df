package org.isnad.reuse;

/**
 * Parameters of copy detection.
 *
 * @param shingle words per shingle (the unit of exact matching)
 * @param window winnowing window, in shingles: any exact match of at least {@code window + shingle -
 *     1} words shares a fingerprint
 * @param minWords the shortest passage reported
 * @param maxGap the most words a passage may skip on either side between two matching shingles (an
 *     edited or inserted word or two)
 * @param maxDrift the most words one side may gain on the other inside a passage (a dropped or added
 *     phrase)
 */
public record ReuseConfig(int shingle, int window, int minWords, int maxGap, int maxDrift) {

  public static final ReuseConfig DEFAULTS = new ReuseConfig(4, 8, 20, 12, 6);

  public ReuseConfig {
    if (shingle < 1 || window < 1 || minWords < shingle || maxGap < 1 || maxDrift < 0) {
      throw new IllegalArgumentException("invalid reuse config: " + shingle + ", " + window + ", "
          + minWords + ", " + maxGap + ", " + maxDrift);
    }
  }
}
