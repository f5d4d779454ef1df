package org.isnad.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.isnad.model.AnalysedArticle;

/**
 * A compact binary form of Isnad's model records (records of strings, numbers, booleans, enums,
 * dates, lists and other records), read and written through the records' own components and
 * canonical constructors, so the validation of every compact constructor runs again on reading.
 * Deflated. The layout follows the record shapes, so a change to the model changes {@link
 * #fingerprint}: the store keeps the fingerprint it was written with and re-analyses its stored
 * originals when it differs, instead of misreading old bytes.
 *
 * <p>Thread-safe (per-class metadata is cached in a concurrent map).
 */
final class RecordCodec {

  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  private RecordCodec() {}

  /** The record's bytes. */
  static byte[] encode(Record r) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    // Buffered before the deflater: DataOutputStream writes numbers byte by byte.
    try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
        new DeflaterOutputStream(bytes, deflater, 8192), 16384))) {
      write(out, r, r.getClass());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deflater.end();
    }
    return bytes.toByteArray();
  }

  /** A record of type {@code type} from bytes {@link #encode} wrote. */
  static <T extends Record> T decode(byte[] data, Class<T> type) {
    return inflated(data, in -> type.cast(read(in, type)));
  }

  /** What {@code reader} reads from the inflated bytes (buffered: numbers are read byte by byte). */
  private static <T> T inflated(byte[] data, Reader<T> reader) {
    java.util.zip.Inflater inflater = new java.util.zip.Inflater();
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(
        new InflaterInputStream(new ByteArrayInputStream(data), inflater, 8192), 16384))) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      inflater.end();
    }
  }

  @FunctionalInterface
  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  /** What an article's page shows of a stored analysis, without its tokens and mentions. */
  record ArticleHead(org.isnad.model.CleanArticle clean, String language, int sentences, int tokens) {}

  static {
    String[] head = java.util.Arrays.stream(AnalysedArticle.class.getRecordComponents()).limit(4)
        .map(RecordComponent::getName).toArray(String[]::new);
    if (!java.util.Arrays.equals(head, new String[] {"clean", "language", "sentences", "tokens"})) {
      throw new IllegalStateException("AnalysedArticle no longer starts with clean, language, sentences, tokens: "
          + String.join(", ", head) + "; update RecordCodec.articleHead");
    }
  }

  /**
   * The first components of an encoded {@link AnalysedArticle}, read in the order {@link #encode}
   * wrote them, and how many tokens follow, without decoding the tokens and mentions (most of the
   * bytes). For serving an article's page.
   */
  static ArticleHead articleHead(byte[] data) {
    return inflated(data, in -> {
      if (!in.readBoolean()) {
        throw new IllegalArgumentException("no article in these bytes");
      }
      Type[] types = shape(AnalysedArticle.class).types;
      org.isnad.model.CleanArticle clean = (org.isnad.model.CleanArticle) read(in, types[0]);
      String language = (String) read(in, types[1]);
      List<?> sentences = (List<?>) read(in, types[2]);
      int tokens = in.readBoolean() ? in.readInt() : 0;
      return new ArticleHead(clean, language, sentences == null ? 0 : sentences.size(), tokens);
    });
  }

  /** A hash of the shapes of {@code root} and every record reachable from it. */
  static String fingerprint(Class<? extends Record> root) {
    Set<String> seen = new LinkedHashSet<>();
    describe(root, seen);
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(String.join("\n", seen).getBytes(StandardCharsets.UTF_8)), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }

  private static void describe(Type t, Set<String> seen) {
    if (t instanceof ParameterizedType p) {
      describe(p.getActualTypeArguments()[0], seen);
    } else if (t instanceof Class<?> c && c.isRecord()) {
      StringBuilder s = new StringBuilder(c.getName()).append('(');
      for (RecordComponent rc : c.getRecordComponents()) {
        s.append(rc.getGenericType().getTypeName()).append(' ').append(rc.getName()).append(',');
      }
      if (seen.add(s.append(')').toString())) {
        for (RecordComponent rc : c.getRecordComponents()) {
          describe(rc.getGenericType(), seen);
        }
      }
    } else if (t instanceof Class<?> c && c.isEnum()) {
      seen.add(c.getName() + java.util.Arrays.toString(c.getEnumConstants()));
    }
  }

  private static void write(DataOutputStream out, Object v, Type type) throws IOException {
    Class<?> c = raw(type);
    if (!c.isPrimitive()) {
      out.writeBoolean(v != null);
      if (v == null) {
        return;
      }
    }
    if (c == String.class) {
      writeString(out, (String) v);
    } else if (c == int.class || c == Integer.class) {
      out.writeInt((Integer) v);
    } else if (c == long.class || c == Long.class) {
      out.writeLong((Long) v);
    } else if (c == double.class || c == Double.class) {
      out.writeDouble((Double) v);
    } else if (c == boolean.class || c == Boolean.class) {
      out.writeBoolean((Boolean) v);
    } else if (c.isEnum()) {
      out.writeShort(((Enum<?>) v).ordinal());
    } else if (c == LocalDate.class) {
      out.writeLong(((LocalDate) v).toEpochDay());
    } else if (c == OffsetDateTime.class) {
      writeString(out, v.toString());
    } else if (c == List.class) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      List<?> list = (List<?>) v;
      out.writeInt(list.size());
      for (Object e : list) {
        write(out, e, element);
      }
    } else if (c.isRecord()) {
      Shape shape = shape(c);
      for (int i = 0; i < shape.accessors.length; i++) {
        write(out, invoke(shape.accessors[i], v), shape.types[i]);
      }
    } else {
      throw new IllegalArgumentException("the store cannot encode a " + c.getName());
    }
  }

  private static Object read(DataInputStream in, Type type) throws IOException {
    Class<?> c = raw(type);
    if (!c.isPrimitive() && !in.readBoolean()) {
      return null;
    }
    if (c == String.class) {
      return readString(in);
    } else if (c == int.class || c == Integer.class) {
      return in.readInt();
    } else if (c == long.class || c == Long.class) {
      return in.readLong();
    } else if (c == double.class || c == Double.class) {
      return in.readDouble();
    } else if (c == boolean.class || c == Boolean.class) {
      return in.readBoolean();
    } else if (c.isEnum()) {
      return c.getEnumConstants()[in.readShort()];
    } else if (c == LocalDate.class) {
      return LocalDate.ofEpochDay(in.readLong());
    } else if (c == OffsetDateTime.class) {
      return OffsetDateTime.parse(readString(in));
    } else if (c == List.class) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      int n = in.readInt();
      List<Object> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(read(in, element));
      }
      return list;
    } else if (c.isRecord()) {
      Shape shape = shape(c);
      Object[] args = new Object[shape.types.length];
      for (int i = 0; i < args.length; i++) {
        args[i] = read(in, shape.types[i]);
      }
      return construct(shape.constructor, args);
    }
    throw new IllegalArgumentException("the store cannot decode a " + c.getName());
  }

  /** Strings as a length and UTF-8 bytes (writeUTF stops at 64 KB; articles are longer). */
  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static Class<?> raw(Type t) {
    return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
  }

  private record Shape(Method[] accessors, Type[] types, Constructor<?> constructor) {}

  private static Shape shape(Class<?> c) {
    return SHAPES.computeIfAbsent(c, k -> {
      RecordComponent[] rc = k.getRecordComponents();
      Method[] accessors = new Method[rc.length];
      Type[] types = new Type[rc.length];
      Class<?>[] raw = new Class<?>[rc.length];
      for (int i = 0; i < rc.length; i++) {
        accessors[i] = rc[i].getAccessor();
        types[i] = rc[i].getGenericType();
        raw[i] = rc[i].getType();
      }
      try {
        return new Shape(accessors, types, k.getDeclaredConstructor(raw));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record without its canonical constructor: " + k.getName(), e);
      }
    });
  }

  private static Object invoke(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + m, e);
    }
  }

  private static Object construct(Constructor<?> c, Object[] args) {
    try {
      return c.newInstance(args);
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("stored bytes do not make a valid " + c.getDeclaringClass().getSimpleName(), e);
    }
  }
}
