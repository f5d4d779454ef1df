package org.isnad.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.isnad.store.JsonBytes;

/**
 * A JSON value kept as the UTF-8 bytes it was stored as, written into an answer as they are: a
 * story's JSON comes out of the store as bytes and goes into the response without being decoded to a
 * String, parsed, or encoded again. Jackson writes it through {@link #asJsonNode()} (a raw value
 * node), which is for writing only: its fields cannot be read.
 *
 * <p>Into a byte stream, a value of more than {@link #DIRECT} bytes is written straight to the stream
 * after the generator's buffer: Jackson would otherwise ask for a copy of it ({@link
 * #asUnquotedUTF8}) whenever it does not fit in what is left of its 8 KB buffer, a story's JSON of
 * up to a megabyte copied for every answer.
 */
final class Utf8Json implements SerializableString, JsonSerializable {

  /** Values larger than this go straight to the output stream. */
  static final int DIRECT = 2048;

  private final JsonBytes utf8;

  /** Takes {@code utf8} as it is (not copied): one well-formed JSON value, which nobody changes after. */
  Utf8Json(JsonBytes utf8) {
    this.utf8 = requireNonNull(utf8, "utf8 must not be null");
  }

  /** A node that writes these bytes as a value where it is placed in a tree. */
  JsonNode asJsonNode() {
    return JsonNodeFactory.instance.rawValueNode(new RawValue((JsonSerializable) this));
  }

  /**
   * Writes the value where the generator is; a large one straight to the generator's byte stream,
   * after its buffer is flushed (to the stream only: a generator that passes flushes on to its
   * stream sends the answer in more pieces).
   */
  @Override
  public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
    if (utf8.length() > DIRECT && g.getOutputTarget() instanceof OutputStream out) {
      g.writeRawValue(""); // the separator before a value, nothing else
      g.flush();
      utf8.writeTo(out);
    } else {
      g.writeRawValue((SerializableString) this);
    }
  }

  @Override
  public void serializeWithType(JsonGenerator g, SerializerProvider provider, TypeSerializer type) throws IOException {
    serialize(g, provider);
  }

  @Override
  public String getValue() {
    return new String(utf8.array(), utf8.offset(), utf8.length(), StandardCharsets.UTF_8);
  }

  @Override
  public int charLength() {
    return getValue().length();
  }

  @Override
  public byte[] asUnquotedUTF8() {
    return utf8.toByteArray();
  }

  @Override
  public int appendUnquotedUTF8(byte[] buffer, int offset) {
    if (offset + utf8.length() > buffer.length) {
      return -1;
    }
    System.arraycopy(utf8.array(), utf8.offset(), buffer, offset, utf8.length());
    return utf8.length();
  }

  @Override
  public int writeUnquotedUTF8(OutputStream out) throws IOException {
    utf8.writeTo(out);
    return utf8.length();
  }

  @Override
  public int putUnquotedUTF8(ByteBuffer buffer) {
    if (utf8.length() > buffer.remaining()) {
      return -1;
    }
    buffer.put(utf8.array(), utf8.offset(), utf8.length());
    return utf8.length();
  }

  @Override
  public int appendUnquoted(char[] buffer, int offset) {
    String s = getValue();
    if (offset + s.length() > buffer.length) {
      return -1;
    }
    s.getChars(0, s.length(), buffer, offset);
    return s.length();
  }

  // A raw value is never written as a JSON string (a name or a quoted value): Jackson asks for the
  // quoted forms only there.

  @Override
  public char[] asQuotedChars() {
    throw notAString();
  }

  @Override
  public byte[] asQuotedUTF8() {
    throw notAString();
  }

  @Override
  public int appendQuotedUTF8(byte[] buffer, int offset) {
    throw notAString();
  }

  @Override
  public int appendQuoted(char[] buffer, int offset) {
    throw notAString();
  }

  @Override
  public int writeQuotedUTF8(OutputStream out) {
    throw notAString();
  }

  @Override
  public int putQuotedUTF8(ByteBuffer buffer) {
    throw notAString();
  }

  private static UnsupportedOperationException notAString() {
    return new UnsupportedOperationException("a raw JSON value is written as it is, not as a JSON string");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Utf8Json other && utf8.equals(other.utf8);
  }

  @Override
  public int hashCode() {
    return utf8.hashCode();
  }

  @Override
  public String toString() {
    return getValue();
  }
}
