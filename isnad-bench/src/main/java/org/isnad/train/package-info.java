/**
 * Training commands: they read public data sets in place (never copied into the repository) and
 * write the bundled model files, with their provenance. The runtime never trains.
 */
package org.isnad.train;
