package org.isnad.store;

import java.nio.file.Path;

/** A store written in a format this version of Isnad does not know: it is never read or changed. */
public final class StoreVersionException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final int found;
  private final int supported;

  public StoreVersionException(Path dir, int found, int supported) {
    super("the store at " + dir.toAbsolutePath() + " has format version " + found
        + ", but this Isnad reads format version " + supported
        + (found > supported ? " (written by a newer Isnad: upgrade Isnad)"
            : " (written by an older Isnad, whose layout this one does not read: open it with that Isnad,"
                + " or ingest the sources again into a new store)"));
    this.found = found;
    this.supported = supported;
  }

  public int found() {
    return found;
  }

  public int supported() {
    return supported;
  }
}
