package org.isnad.model;

/** What a reported figure counts. */
public enum FigureKind {
  KILLED,
  WOUNDED,
  ARRESTED,
  ABDUCTED,
  MISSING,
  /** Documents signed: agreements, memoranda of understanding ("وقع الوزيران أربع مذكرات تفاهم"), since 1.9.0. */
  SIGNED,
  /** People rescued alive: survivors of a wreck or a collapse ("إنقاذ 41 مهاجرا"، "38 ناجيا"), since 1.10.0. */
  RESCUED,
  /** People released from captivity: prisoners, detainees, hostages ("أفرج عن 215 أسيرا"), since 1.11.0. */
  RELEASED,
  /**
   * People or families driven from their homes by an event ("نزوح 640 أسرة"، "نزح أكثر من ثلاثة آلاف
   * شخص"); counted only beside an event word of the sentence, since 1.12.0.
   */
  DISPLACED;

  /** The JSON name: {@code killed}, {@code wounded}, ... */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
