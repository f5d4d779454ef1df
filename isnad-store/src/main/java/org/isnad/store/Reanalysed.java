package org.isnad.store;

import java.nio.file.Path;

/**
 * What {@link Store#reanalyse} did.
 *
 * @param read the originals read from the old store
 * @param stored how many the new store holds
 * @param duplicates how many were duplicates (of an earlier original, by content or URL)
 * @param rejected how many could no longer be read (each reported to the caller with its reason)
 * @param previous where the old store is kept
 */
public record Reanalysed(long read, long stored, long duplicates, long rejected, Path previous) {}
