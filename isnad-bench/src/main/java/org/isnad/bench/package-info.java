/**
 * Benchmarks, each reporting its figures as a ratio to a reference measured in the same run on the
 * same text. Opt-in: run through {@code isnad bench ...}, never part of {@code verify}.
 */
package org.isnad.bench;
