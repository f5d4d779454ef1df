package org.isnad.model;

import java.util.Locale;

/** Why the cleaning stage removed a block of page text. The JSON code is the lower-case name. */
public enum RemovalReason {
  /** A player notice such as "if the video does not play, click the source link". */
  VIDEO_NOTICE,
  /** Masthead and staff credits: editor-in-chief, board chairman and their names. */
  MASTHEAD,
  /** Share and copy-link widgets: "تم نسخ الرابط", "شارك", social network names. */
  SHARE,
  /** Related-article blocks: "مرتبط", "اقرأ أيضا" and the headlines they introduce. */
  RELATED,
  /** A bare URL or a social-media embed link. */
  URL,
  /** An image caption: a short line repeated, or a credit line for a photo. */
  CAPTION,
  /** A copyright or "all rights reserved" line. */
  COPYRIGHT,
  /** A source footer naming the outlet: "المصدر: الجزيرة". */
  SOURCE_FOOTER,
  /** A section heading inside the body: a short unpunctuated line between paragraphs. */
  HEADING,
  /** The dateline that opens the body: "دمشق –غرفة الأخبار:". */
  DATELINE,
  /** An author's byline at the start of the body: "كتب فلان الفلاني:", "بقلم: فلان". */
  BYLINE,
  /** A line that only gives the publication date or time. */
  DATE_LINE,
  /** Navigation, menus, breadcrumbs, tags and other page chrome (HTML structure). */
  NAVIGATION,
  /** Subscription, newsletter, advertisement and app-download prompts. */
  PROMO,
  /** A line repeated across many pages of the same outlet, learned as template. */
  TEMPLATE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
