/**
 * Evaluations: metrics of Isnad's stages on labelled or constructed data, each run by an {@code
 * isnad eval ...} command (opt-in, never part of {@code verify}).
 */
package org.isnad.eval;
