package org.isnad.model;

/** The kind of a named entity. The JSON code is the name. */
public enum EntityType {
  /** A person. */
  PER,
  /** An organisation: a government body, armed group, company, outlet, international body. */
  ORG,
  /** A place: country, region, town, site. */
  LOC,
  /** Another named thing (event, product, law). */
  MISC
}
