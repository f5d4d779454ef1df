package org.isnad.store;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * JSON text in UTF-8: {@code length} bytes of {@code array} from {@code offset}. The array may be
 * shared with other values (the store keeps JSON it hands out several times in large shared
 * arrays), so it is read, never changed.
 *
 * @param array the bytes (not copied)
 * @param offset where the JSON starts in {@code array}
 * @param length how many bytes it takes
 */
public record JsonBytes(byte[] array, int offset, int length) {

  public JsonBytes {
    Objects.requireNonNull(array, "array must not be null");
    Objects.checkFromIndexSize(offset, length, array.length);
  }

  /** All of {@code json}. */
  public static JsonBytes of(byte[] json) {
    return new JsonBytes(json, 0, json.length);
  }

  /** Writes the JSON to {@code out}. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(array, offset, length);
  }

  /** A copy of the JSON's bytes. */
  public byte[] toByteArray() {
    return Arrays.copyOfRange(array, offset, offset + length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonBytes other
        && Arrays.equals(array, offset, offset + length, other.array, other.offset, other.offset + other.length);
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + array[i];
    }
    return h;
  }

  @Override
  public String toString() {
    return new String(array, offset, length, java.nio.charset.StandardCharsets.UTF_8);
  }
}
