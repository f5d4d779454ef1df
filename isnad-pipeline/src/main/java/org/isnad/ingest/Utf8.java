package org.isnad.ingest;

/**
 * A text's UTF-8 form, {@code bytes[from, bytes.length)}, as read from its file: valid UTF-8 decodes
 * to the text and the text encodes back to exactly these bytes, so the content hash can read them
 * instead of encoding the text again. The array is the file's and is never changed.
 */
record Utf8(byte[] bytes, int from) {}
