package org.isnad.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One article as read from its input: decoded to text, not yet cleaned.
 *
 * @param id stable identifier, derived from the source and the content
 * @param source where it came from: a path, a path plus item locator ({@code feed.xml#3}), or a URL
 * @param type the markup of {@code content}
 * @param content the decoded content (plain text or HTML)
 * @param metadata what the input says about the article
 * @param issues problems met while reading that did not prevent it (e.g. an encoding conversion)
 */
public record RawArticle(
    String id,
    String source,
    MediaType type,
    String content,
    SourceMetadata metadata,
    List<String> issues) {

  public RawArticle {
    requireNonNull(id, "id must not be null");
    requireNonNull(source, "source must not be null");
    requireNonNull(type, "type must not be null");
    requireNonNull(content, "content must not be null");
    requireNonNull(metadata, "metadata must not be null");
    issues = List.copyOf(issues);
  }
}
