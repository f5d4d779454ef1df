/**
 * Stage 2, clean: separates article prose from page clutter. Entry point: {@link
 * org.isnad.clean.Cleaner}. A page is first {@linkplain org.isnad.clean.Cleaner#prepare prepared}
 * into lines (HTML is rendered to visible text, one block per line, with structural hints); lines
 * are then classified by general rules (wording from the language's {@link
 * org.isnad.clean.ClutterLexicon}, shape, position, repetition inside the page) and by statistics
 * over many pages of one outlet ({@link org.isnad.clean.TemplateModel}). The stage also finds the
 * title, the outlet (normalised through the bundled {@link org.isnad.clean.OutletTable}), the
 * dateline and the publication date.
 */
package org.isnad.clean;
