package org.isnad.model;

/**
 * The kinds of event Isnad extracts, with their codes in ACLED (political violence, protests and
 * strategic developments) and in PLOVER (every kind).
 */
public enum EventType {
  ATTACK("Battles", "Armed clash", "ASSAULT"),
  ARMED_CLASH("Battles", "Armed clash", "FIGHT"),
  BOMBING("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT"),
  SUICIDE_BOMBING("Explosions/Remote violence", "Suicide bomb", "ASSAULT"),
  AIRSTRIKE("Explosions/Remote violence", "Air/drone strike", "FIGHT"),
  SHELLING("Explosions/Remote violence", "Shelling/artillery/missile attack", "FIGHT"),
  RAID("Strategic developments", "Other", "COERCE"),
  ARREST("Strategic developments", "Arrests", "COERCE"),
  ABDUCTION("Violence against civilians", "Abduction/forced disappearance", "ASSAULT"),
  KILLING("Violence against civilians", "Attack", "ASSAULT"),
  PROTEST("Protests", "Peaceful protest", "PROTEST"),
  THREAT(null, null, "THREATEN"),
  CLAIM("Strategic developments", "Other", "CLAIM"),
  DIPLOMATIC_CONTACT(null, null, "CONSULT"),
  AGREEMENT("Strategic developments", "Agreement", "AGREE"),
  /**
   * Deaths, missing and rescued of a cause that is no violence (a boat that capsized, a fire, a
   * collapse, a flood), since 1.10.0: neither ACLED nor PLOVER codes it.
   */
  ACCIDENT(null, null, null),
  /**
   * Prisoners or detainees released, alone or in an exchange ("صفقة تبادل الأسرى", "أفرجت الجماعة عن 152
   * محتجزا"), since 1.11.0: ACLED's strategic development "Agreement" (which lists prisoner releases
   * and exchanges), PLOVER's CONCEDE (CAMEO's "yield: release persons").
   */
  RELEASE("Strategic developments", "Agreement", "CONCEDE");

  private final String acledType;
  private final String acledSubType;
  private final String plover;

  EventType(String acledType, String acledSubType, String plover) {
    this.acledType = acledType;
    this.acledSubType = acledSubType;
    this.plover = plover;
  }

  /** ACLED's {@code event_type}, or null when ACLED does not code this kind. */
  public String acledEventType() {
    return acledType;
  }

  /** ACLED's {@code sub_event_type}, or null. */
  public String acledSubEventType() {
    return acledSubType;
  }

  /** The PLOVER event type, or null when PLOVER does not code this kind (an accident). */
  public String plover() {
    return plover;
  }

  /** True for events in which people are hurt: their casualty figures belong to them. */
  public boolean violent() {
    return switch (this) {
      case ATTACK, ARMED_CLASH, BOMBING, SUICIDE_BOMBING, AIRSTRIKE, SHELLING, KILLING -> true;
      default -> false;
    };
  }

  /** The JSON name: {@code attack}, {@code armed_clash}, ... */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
