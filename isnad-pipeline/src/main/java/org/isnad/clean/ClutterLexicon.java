package org.isnad.clean;

import java.util.Optional;
import org.isnad.model.RemovalReason;

/**
 * What page clutter looks like in one language: the phrases of players, share widgets, related-link
 * blocks, mastheads, copyright lines and source footers. All methods take a line already folded by
 * the language's normaliser. Implementations are immutable and thread-safe.
 */
public interface ClutterLexicon {

  /**
   * The reason a whole short line is clutter by its wording alone (a share widget, a related-links
   * marker, a player notice, a copyright or promo line), or empty.
   *
   * @param normalizedLine the folded line
   * @param words its word count
   */
  Optional<RemovalReason> lineReason(String normalizedLine, int words);

  /** Whether the line is a related-links marker ({@code مرتبط}, {@code اقرا ايضا}). */
  boolean isRelatedMarker(String normalizedLine);

  /**
   * Whether the folded line is a breaking-news ticker: a breaking label and a separator before a
   * headline ({@code عاجل: ...}, {@code عاجل | ...}). Read only above the article's text.
   */
  default boolean isTicker(String normalizedLine) {
    return false;
  }

  /**
   * Whether the folded line is a tag list's label alone ({@code الوسوم}, {@code كلمات مفتاحية}), the
   * tags on the lines below it.
   */
  default boolean isTagLabel(String normalizedLine) {
    return false;
  }

  /** Whether the line names a masthead role ({@code رئيس التحرير}) with at most a name after it. */
  boolean isMastheadRole(String normalizedLine);

  /**
   * When the line is a source footer ({@code المصدر: الجزيرة}), the name it gives (empty when the name
   * is on the next line); otherwise empty optional.
   */
  Optional<String> sourceFooter(String normalizedLine);

  /**
   * Whether the folded line is nothing but the name of a social network or a share button ({@code
   * فيسبوك}, {@code واتساب}, {@code إكس}): part of a share bar when such lines come together.
   */
  default boolean isShareWordLine(String normalizedLine) {
    return false;
  }

  /**
   * Whether a folded word is one of a site menu's or a section label's ({@code الرئيسية}, {@code سياسة},
   * {@code مباشر}), so that a short line holding it at the top of a page is no site name.
   */
  default boolean isMenuWord(String foldedWord) {
    return false;
  }

  /**
   * Whether a folded word names a correspondent ({@code مراسل}, {@code مراسلنا}), who may sign a line
   * above the text with the place he writes from ("مراسل الموقع - دمشق").
   */
  default boolean isCorrespondentWord(String foldedWord) {
    return false;
  }

  /** Whether a folded word opens an author's byline ({@code كتب}, {@code بقلم}, {@code حوار}). */
  default boolean isBylineWord(String foldedWord) {
    return false;
  }

  /** Whether the words are a newsroom credit of a dateline ({@code غرفة الاخبار}, {@code وكالات}). */
  boolean isDatelineCredit(String normalizedWords);

  /**
   * Whether a folded word belongs to the wording of copyright lines ({@code جميع الحقوق محفوظة},
   * {@code all rights reserved}), so that what remains of such a line names the publisher.
   */
  boolean isCopyrightWord(String foldedWord);

  /** Words that turn an outlet name into a description of one ({@code قناة}, {@code صحيفة}, {@code موقع}). */
  java.util.Set<String> outletPrefixes();
}
