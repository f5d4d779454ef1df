package org.isnad.store;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CleanArticle;
import org.isnad.model.Span;
import org.isnad.model.Token;
import org.isnad.model.TokenKind;

/**
 * A compact binary form of Isnad's model records (records of strings, numbers, booleans, enums,
 * dates, lists and other records), read and written through the records' own components and
 * canonical constructors, so the validation of every compact constructor runs again on reading.
 *
 * <p>Layout: a varint header (the length of the plain bytes, doubled, plus one when they are
 * deflated), then the plain bytes, as they are or deflated. In the plain bytes every component
 * follows its record's order: numbers as zig-zag varints, strings as UTF-8 with a varint length,
 * and a string met before in the same record (a token's key, a common word) as a back-reference to
 * its first occurrence; a span as the difference of its start from the previous span's and its
 * length; a nullable value carries its null-ness in its first varint. The layout follows the record
 * shapes, so a change to the model changes {@link #fingerprint}, which the store keeps and checks
 * instead of misreading old bytes. The store deflates raw inputs (HTML shrinks several times) and
 * keeps analyses plain: deflating them cost more time than all the rest of their encoding, for
 * half their size.
 *
 * <p>Each type is compiled once into a tree of {@link Codec}s, so encoding and decoding do no
 * reflection per value. Thread-safe.
 */
final class RecordCodec {

  private static final Map<Type, Codec> CODECS = new ConcurrentHashMap<>();
  private static final ThreadLocal<Deflater> DEFLATER =
      ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED));
  private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(Inflater::new);
  /** Each thread's buffer and string table, reused from one record to the next. */
  private static final ThreadLocal<Out> OUT = ThreadLocal.withInitial(Out::new);

  private RecordCodec() {}

  /** The record's bytes, deflated or not. */
  static byte[] encode(Record r, boolean deflate) {
    Out out = OUT.get();
    out.reset();
    try {
      codec(r.getClass()).write(out, r);
      return deflate ? deflate(out.bytes, out.size) : stored(out.bytes, out.size);
    } finally {
      out.release();
    }
  }

  /**
   * A 64-bit hash of a record's plain encoding (without building it): equal records hash equally,
   * in every process, so a stored hash tells whether a record changed since it was stored.
   */
  static long hash(Record r) {
    Hashing out = new Hashing();
    codec(r.getClass()).write(out, r);
    return out.value();
  }

  /** A record of type {@code type} from bytes {@link #encode} wrote. */
  static <T extends Record> T decode(byte[] data, Class<T> type) {
    In in = new In(data);
    T value = type.cast(codec(type).read(in));
    in.checkEnd();
    return value;
  }

  /** What an article's page shows of a stored analysis, without its tokens and mentions. */
  record ArticleHead(CleanArticle clean, String language, int sentences, int tokens) {}

  static {
    String[] head = Arrays.stream(AnalysedArticle.class.getRecordComponents()).limit(4)
        .map(RecordComponent::getName).toArray(String[]::new);
    if (!Arrays.equals(head, new String[] {"clean", "language", "sentences", "tokens"})) {
      throw new IllegalStateException("AnalysedArticle no longer starts with clean, language, sentences, tokens: "
          + String.join(", ", head) + "; update RecordCodec.articleHead");
    }
  }

  /**
   * The first components of an encoded {@link AnalysedArticle}, read in the order {@link #encode}
   * wrote them, and how many tokens follow, without inflating or decoding the tokens and mentions
   * (most of the bytes). For serving an article's page.
   */
  static ArticleHead articleHead(byte[] data) {
    In in = new In(data);
    if (in.varint() == 0) {
      throw new IllegalArgumentException("no article in these bytes");
    }
    Codec[] parts = ((RecordType) codec(AnalysedArticle.class)).parts();
    CleanArticle clean = (CleanArticle) parts[0].read(in);
    String language = (String) parts[1].read(in);
    List<?> sentences = (List<?>) parts[2].read(in);
    int tokens = Math.max(0, in.varint() - 1);
    return new ArticleHead(clean, language, sentences == null ? 0 : sentences.size(), tokens);
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
      seen.add(c.getName() + Arrays.toString(c.getEnumConstants()));
    }
  }

  // ---- compression ---------------------------------------------------------------------------

  /** The header: the plain length, doubled, plus one when deflated bytes follow (a varint). */
  private static int header(byte[] out, int size, boolean deflated) {
    int n = 0;
    for (long v = 2L * size + (deflated ? 1 : 0); ; v >>>= 7) {
      out[n++] = (byte) (v < 0x80 ? v : (v & 0x7F) | 0x80);
      if (v < 0x80) {
        return n;
      }
    }
  }

  private static byte[] stored(byte[] plain, int size) {
    byte[] head = new byte[10];
    int n = header(head, size, false);
    byte[] out = new byte[n + size];
    System.arraycopy(head, 0, out, 0, n);
    System.arraycopy(plain, 0, out, n, size);
    return out;
  }

  private static byte[] deflate(byte[] plain, int size) {
    Deflater d = DEFLATER.get();
    d.reset();
    d.setInput(plain, 0, size);
    d.finish();
    byte[] out = new byte[size / 2 + 64];
    int n = header(out, size, true);
    while (!d.finished()) {
      if (n == out.length) {
        out = Arrays.copyOf(out, out.length * 2);
      }
      n += d.deflate(out, n, out.length - n);
    }
    return Arrays.copyOf(out, n);
  }

  // ---- codecs --------------------------------------------------------------------------------

  /** Writes and reads values of one type. */
  private interface Codec {
    void write(Sink out, Object v);

    Object read(In in);
  }

  private static Codec codec(Type type) {
    Codec c = CODECS.get(type);
    if (c == null) {
      c = compile(type);
      Codec raced = CODECS.putIfAbsent(type, c);
      c = raced != null ? raced : c;
    }
    return c;
  }

  private static Codec compile(Type type) {
    Class<?> c = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (c == String.class) {
      return new Codec() {
        public void write(Sink out, Object v) {
          out.string((String) v);
        }

        public Object read(In in) {
          return in.string();
        }
      };
    } else if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
      return number(c);
    } else if (c == boolean.class || c == Boolean.class) {
      return bool(c == boolean.class);
    } else if (c == double.class || c == Double.class) {
      return real(c == double.class);
    } else if (c.isEnum()) {
      return enumeration(c.getEnumConstants());
    } else if (c == LocalDate.class) {
      return new Codec() {
        public void write(Sink out, Object v) {
          out.varint(v == null ? 0 : 1);
          if (v != null) {
            out.zigzag(((LocalDate) v).toEpochDay());
          }
        }

        public Object read(In in) {
          return in.varint() == 0 ? null : LocalDate.ofEpochDay(in.zigzag());
        }
      };
    } else if (c == OffsetDateTime.class) {
      return new Codec() {
        public void write(Sink out, Object v) {
          out.string(v == null ? null : v.toString());
        }

        public Object read(In in) {
          String s = in.string();
          return s == null ? null : OffsetDateTime.parse(s);
        }
      };
    } else if (c == Span.class) {
      return new Codec() {
        public void write(Sink out, Object v) {
          writeSpan(out, (Span) v);
        }

        public Object read(In in) {
          if (in.varint() == 0) {
            return null;
          }
          int start = Math.toIntExact(in.lastStart + in.zigzag());
          in.lastStart = start;
          return new Span(start, Math.addExact(start, in.varint()));
        }
      };
    } else if (c == Token.class && TokenType.fits()) {
      return new TokenType(new RecordType(c));
    } else if (c == List.class) {
      return new ListType(((ParameterizedType) type).getActualTypeArguments()[0]);
    } else if (c.isRecord()) {
      return new RecordType(c);
    }
    throw new IllegalArgumentException("the store cannot encode a " + c.getName());
  }

  /** A span: 0 for null, else 1, its start as a difference from the last span's, and its length. */
  private static void writeSpan(Sink out, Span span) {
    if (span == null) {
      out.varint(0);
      return;
    }
    out.varint(1);
    out.zigzag(span.start() - out.lastStart);
    out.varint(span.end() - span.start());
    out.lastStart = span.start();
  }

  /**
   * A {@link Token}, an article's most numerous record, written as {@link RecordType} writes it
   * (the same bytes) by direct calls instead of a look-up of each component's accessor and codec;
   * read by {@link RecordType}.
   */
  private static final class TokenType implements Codec {
    private final RecordType generic;

    TokenType(RecordType generic) {
      this.generic = generic;
    }

    /** Whether a token still has the components this codec writes, in this order. */
    static boolean fits() {
      RecordComponent[] rc = Token.class.getRecordComponents();
      return rc.length == 4 && rc[0].getType() == Span.class && rc[1].getType() == TokenKind.class
          && rc[2].getType() == String.class && rc[3].getType() == String.class
          && rc[2].getName().equals("norm") && rc[3].getName().equals("key");
    }

    public void write(Sink out, Object v) {
      if (v == null) {
        out.varint(0);
        return;
      }
      Token t = (Token) v;
      out.varint(1);
      writeSpan(out, t.span());
      out.varint(t.kind() == null ? 0 : t.kind().ordinal() + 1);
      out.string(t.norm());
      out.string(t.key());
    }

    public Object read(In in) {
      return generic.read(in);
    }
  }

  private static Codec number(Class<?> c) {
    boolean primitive = c.isPrimitive();
    boolean isLong = c == long.class || c == Long.class;
    return new Codec() {
      public void write(Sink out, Object v) {
        if (!primitive) {
          out.varint(v == null ? 0 : 1);
          if (v == null) {
            return;
          }
        }
        out.zigzag(((Number) v).longValue());
      }

      public Object read(In in) {
        if (!primitive && in.varint() == 0) {
          return null;
        }
        long n = in.zigzag();
        return isLong ? (Object) n : (Object) Math.toIntExact(n);
      }
    };
  }

  private static Codec bool(boolean primitive) {
    return new Codec() {
      public void write(Sink out, Object v) {
        out.varint(v == null ? 0 : ((Boolean) v) ? 2 : 1);
      }

      public Object read(In in) {
        int b = in.varint();
        return b == 0 && !primitive ? null : b == 2;
      }
    };
  }

  private static Codec real(boolean primitive) {
    return new Codec() {
      public void write(Sink out, Object v) {
        if (!primitive) {
          out.varint(v == null ? 0 : 1);
          if (v == null) {
            return;
          }
        }
        out.fixed64(Double.doubleToRawLongBits((Double) v));
      }

      public Object read(In in) {
        if (!primitive && in.varint() == 0) {
          return null;
        }
        return Double.longBitsToDouble(in.fixed64());
      }
    };
  }

  private static Codec enumeration(Object[] constants) {
    return new Codec() {
      public void write(Sink out, Object v) {
        out.varint(v == null ? 0 : ((Enum<?>) v).ordinal() + 1);
      }

      public Object read(In in) {
        int n = in.varint();
        return n == 0 ? null : constants[n - 1];
      }
    };
  }

  /** A list: its size plus one (0 for null), then its elements. */
  private static final class ListType implements Codec {
    private final Type element;
    private volatile Codec codec;

    ListType(Type element) {
      this.element = element;
    }

    private Codec element() {
      Codec c = codec;
      if (c == null) {
        codec = c = codec(element);
      }
      return c;
    }

    public void write(Sink out, Object v) {
      if (v == null) {
        out.varint(0);
        return;
      }
      List<?> list = (List<?>) v;
      out.varint(list.size() + 1);
      Codec e = element();
      for (int i = 0, n = list.size(); i < n; i++) {
        e.write(out, list.get(i));
      }
    }

    public Object read(In in) {
      int n = in.varint() - 1;
      if (n < 0) {
        return null;
      }
      Codec e = element();
      Object[] items = new Object[n];
      boolean nulls = false;
      for (int i = 0; i < n; i++) {
        items[i] = e.read(in);
        nulls |= items[i] == null;
      }
      return nulls ? java.util.Collections.unmodifiableList(Arrays.asList(items)) : List.of(items);
    }
  }

  /** A record component's accessor. */
  @FunctionalInterface
  private interface Getter {
    Object get(Object record);
  }

  /** A record: 1 (0 for null), then its components in order, built through its canonical constructor. */
  private static final class RecordType implements Codec {
    private final Class<?> type;
    private final Getter[] accessors;
    private final MethodHandle constructor;
    private volatile Codec[] parts;

    RecordType(Class<?> type) {
      this.type = type;
      RecordComponent[] rc = type.getRecordComponents();
      accessors = new Getter[rc.length];
      Class<?>[] raw = new Class<?>[rc.length];
      try {
        for (int i = 0; i < rc.length; i++) {
          accessors[i] = accessor(type, rc[i]);
          raw[i] = rc[i].getType();
        }
        constructor = MethodHandles.publicLookup().unreflectConstructor(type.getDeclaredConstructor(raw))
            .asSpreader(Object[].class, rc.length).asType(MethodType.methodType(Object.class, Object[].class));
      } catch (ReflectiveOperationException | LambdaConversionException e) {
        throw new IllegalStateException("the store cannot read or build a " + type.getName()
            + " through its public accessors and canonical constructor", e);
      }
    }

    /**
     * A component's accessor as a {@link Getter} (a small class of its own, which the JIT calls
     * and inlines better than a method handle held in an array).
     */
    private static Getter accessor(Class<?> type, RecordComponent c)
        throws ReflectiveOperationException, LambdaConversionException {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle get = lookup.unreflect(c.getAccessor());
      Class<?> result = MethodType.methodType(c.getType()).wrap().returnType();
      CallSite site = LambdaMetafactory.metafactory(lookup, "get", MethodType.methodType(Getter.class),
          MethodType.methodType(Object.class, Object.class), get, MethodType.methodType(result, type));
      try {
        return (Getter) site.getTarget().invoke();
      } catch (Throwable e) {
        throw new IllegalStateException("cannot make the accessor of " + type.getSimpleName() + "." + c.getName(), e);
      }
    }

    Codec[] parts() {
      Codec[] p = parts;
      if (p == null) {
        RecordComponent[] rc = type.getRecordComponents();
        p = new Codec[rc.length];
        for (int i = 0; i < rc.length; i++) {
          p[i] = codec(rc[i].getGenericType());
        }
        parts = p;
      }
      return p;
    }

    public void write(Sink out, Object v) {
      out.varint(v == null ? 0 : 1);
      if (v == null) {
        return;
      }
      Codec[] p = parts();
      for (int i = 0; i < p.length; i++) {
        p[i].write(out, get(i, v));
      }
    }

    private Object get(int i, Object v) {
      return accessors[i].get(v);
    }

    public Object read(In in) {
      if (in.varint() == 0) {
        return null;
      }
      Codec[] p = parts();
      Object[] args = new Object[p.length];
      for (int i = 0; i < p.length; i++) {
        args[i] = p[i].read(in);
      }
      try {
        return constructor.invokeExact(args);
      } catch (RuntimeException e) {
        throw new IllegalStateException("stored bytes do not make a valid " + type.getSimpleName() + ": "
            + e.getMessage(), e);
      } catch (Throwable e) {
        throw new IllegalStateException("cannot build a " + type.getSimpleName(), e);
      }
    }
  }

  // ---- plain bytes ---------------------------------------------------------------------------

  /** Where values are written: the plain bytes ({@link Out}) or a hash ({@link Hashing}). */
  private abstract static class Sink {
    /** The start of the last span written: spans are written as a difference from it. */
    int lastStart;

    abstract void varint(long v);

    abstract void fixed64(long v);

    abstract void string(String s);

    final void zigzag(long v) {
      varint((v << 1) ^ (v >> 63));
    }
  }

  /**
   * The plain bytes being written, with the strings written so far (for back-references). Reused by
   * its thread from one record to the next ({@link #reset}, {@link #release}).
   */
  private static final class Out extends Sink {
    /** A buffer grown past this is dropped after its record, not kept for the next. */
    private static final int KEPT = 1 << 20;
    byte[] bytes = new byte[8192];
    int size;
    private final StringTable strings = new StringTable();

    void reset() {
      size = 0;
      lastStart = 0;
      strings.clear();
    }

    /** Lets go of a buffer or table a very large record grew. */
    void release() {
      if (bytes.length > KEPT) {
        bytes = new byte[8192];
      }
      strings.release();
    }

    void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    @Override
    void varint(long v) {
      ensure(10);
      while ((v & ~0x7FL) != 0) {
        bytes[size++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      bytes[size++] = (byte) v;
    }

    @Override
    void fixed64(long v) {
      ensure(8);
      for (int i = 0; i < 8; i++) {
        bytes[size++] = (byte) (v >>> (8 * i));
      }
    }

    /** 0 for null; 1 then the UTF-8 length and bytes for a new string; 2 + n for the n-th string written. */
    @Override
    void string(String s) {
      if (s == null) {
        varint(0);
        return;
      }
      int seen = strings.indexOrAdd(s);
      if (seen >= 0) {
        varint(seen + 2L);
        return;
      }
      varint(1);
      utf8(s);
    }

    /**
     * The string's UTF-8 length and bytes, encoded straight into the buffer (the bytes {@code
     * String.getBytes(UTF_8)} gives, which a string with surrogates still goes through).
     */
    private void utf8(String s) {
      int length = utf8Length(s);
      if (length < 0) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
        return;
      }
      varint(length);
      ensure(length);
      byte[] b = bytes;
      int at = size;
      for (int i = 0, n = s.length(); i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          b[at++] = (byte) c;
        } else if (c < 0x800) {
          b[at++] = (byte) (0xC0 | c >> 6);
          b[at++] = (byte) (0x80 | c & 0x3F);
        } else {
          b[at++] = (byte) (0xE0 | c >> 12);
          b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
          b[at++] = (byte) (0x80 | c & 0x3F);
        }
      }
      size = at;
    }

    /** The UTF-8 length of a string without surrogates, or -1 when it has one. */
    private static int utf8Length(String s) {
      int n = s.length();
      int length = n;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c >= 0x80) {
          if (Character.isSurrogate(c)) {
            return -1;
          }
          length += c < 0x800 ? 1 : 2;
        }
      }
      return length;
    }
  }

  /**
   * The strings of one record in the order first written, each with its number: an open-addressing
   * table (no boxed numbers, and cleared rather than made anew for each record).
   */
  static final class StringTable {
    private static final int INITIAL = 1024;
    private String[] keys = new String[INITIAL];
    private int[] numbers = new int[INITIAL];
    private int count;

    /** The number of {@code s} if it was added before; otherwise adds it as the next and returns -1. */
    int indexOrAdd(String s) {
      int mask = keys.length - 1;
      for (int i = spread(s.hashCode()) & mask; ; i = (i + 1) & mask) {
        String k = keys[i];
        if (k == null) {
          keys[i] = s;
          numbers[i] = count++;
          if (count * 2 > keys.length) {
            grow();
          }
          return -1;
        }
        if (k.equals(s)) {
          return numbers[i];
        }
      }
    }

    int size() {
      return count;
    }

    void clear() {
      if (count > 0) {
        Arrays.fill(keys, null);
        count = 0;
      }
    }

    /** Clears, and goes back to the first size if a large record grew it. */
    void release() {
      if (keys.length > INITIAL * 64) {
        keys = new String[INITIAL];
        numbers = new int[INITIAL];
      }
      clear();
    }

    private void grow() {
      String[] oldKeys = keys;
      int[] oldNumbers = numbers;
      keys = new String[oldKeys.length * 2];
      numbers = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != null) {
          int i = spread(oldKeys[j].hashCode()) & mask;
          while (keys[i] != null) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          numbers[i] = oldNumbers[j];
        }
      }
    }

    private static int spread(int h) {
      h *= 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }

  /** What would be written, folded into a hash instead of kept (strings by their characters). */
  private static final class Hashing extends Sink {
    private long h = 0xcbf29ce484222325L;

    @Override
    void varint(long v) {
      h = (h ^ v) * 0x100000001b3L;
      h ^= h >>> 29;
    }

    @Override
    void fixed64(long v) {
      varint(v);
    }

    @Override
    void string(String s) {
      if (s == null) {
        varint(0);
        return;
      }
      varint(s.length() + 1L);
      h ^= Hashes.of(s);
    }

    long value() {
      return Hashes.mix(h);
    }
  }

  /**
   * Plain bytes being read: stored ones in place, deflated ones inflated on demand (so a head read
   * inflates only the head).
   */
  private static final class In {
    private final Inflater inflater;
    private final byte[] plain;
    /** The end of the plain bytes, and of those inflated so far. */
    private final int end;
    private int inflated;
    private int pos;
    long lastStart;
    private final java.util.ArrayList<String> strings = new java.util.ArrayList<>();

    In(byte[] data) {
      long header = 0;
      int start = 0;
      for (int shift = 0; ; shift += 7) {
        if (start >= data.length || shift > 35) {
          throw new IllegalArgumentException("stored bytes do not start with a length");
        }
        byte b = data[start++];
        header |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          break;
        }
      }
      long length = header >>> 1;
      if ((header & 1) == 0) {
        if (length != data.length - start) {
          throw new IllegalArgumentException("stored bytes hold " + (data.length - start) + " bytes, not " + length);
        }
        inflater = null;
        plain = data;
        pos = start;
        end = inflated = data.length;
      } else {
        if (length > Integer.MAX_VALUE - 16) {
          throw new IllegalArgumentException("stored bytes claim " + length + " plain bytes");
        }
        inflater = INFLATER.get();
        plain = new byte[(int) length];
        end = plain.length;
        inflater.reset();
        inflater.setInput(data, start, data.length - start);
      }
    }

    private void need(int n) {
      if (pos + n <= inflated) {
        return;
      }
      if (pos + n > end || inflater == null) {
        throw new IllegalArgumentException("stored bytes end early (" + end + " bytes)");
      }
      int want = Math.min(end, Math.max(pos + n, inflated + 16384));
      try {
        while (inflated < want) {
          int got = inflater.inflate(plain, inflated, want - inflated);
          if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
            throw new IllegalArgumentException("stored bytes are cut short");
          }
          inflated += got;
        }
      } catch (DataFormatException e) {
        throw new IllegalArgumentException("stored bytes do not inflate: " + e.getMessage(), e);
      }
    }

    int varint() {
      long v = varlong();
      if (v > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("stored bytes hold a count out of range: " + v);
      }
      return (int) v;
    }

    long varlong() {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        need(1);
        byte b = plain[pos++];
        v |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return v;
        }
      }
      throw new IllegalArgumentException("stored bytes hold a malformed number");
    }

    long zigzag() {
      long v = varlong();
      return (v >>> 1) ^ -(v & 1);
    }

    long fixed64() {
      need(8);
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v |= (plain[pos++] & 0xFFL) << (8 * i);
      }
      return v;
    }

    String string() {
      int tag = varint();
      if (tag == 0) {
        return null;
      }
      if (tag >= 2) {
        if (tag - 2 >= strings.size()) {
          throw new IllegalArgumentException("stored bytes refer to an unknown string");
        }
        return strings.get(tag - 2);
      }
      int n = varint();
      need(n);
      String s = new String(plain, pos, n, StandardCharsets.UTF_8);
      pos += n;
      strings.add(s);
      return s;
    }

    void checkEnd() {
      if (pos != end) {
        throw new IllegalArgumentException("stored bytes have " + (end - pos) + " bytes left over");
      }
    }
  }
}
