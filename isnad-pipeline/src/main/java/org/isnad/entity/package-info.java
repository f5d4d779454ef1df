/**
 * Stage 6, entities: named-entity mentions in each article ({@link
 * org.isnad.entity.EntityRecognizer}: the trained {@link org.isnad.entity.NerModel}, the alias
 * table and the gazetteer, with the titles and roles before names), and their resolution across
 * the articles of a story into entities ({@link org.isnad.entity.EntityResolver}).
 */
package org.isnad.entity;
