package org.isnad.store;

/** The store cannot be opened or written (an I/O or database failure, a format it does not know). */
public class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
