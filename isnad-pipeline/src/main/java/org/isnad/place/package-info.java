/**
 * Places: the bundled gazetteer of the region ({@link org.isnad.place.Gazetteer}), its extension
 * from GeoNames dumps, and geocoding with disambiguation by context.
 */
package org.isnad.place;
