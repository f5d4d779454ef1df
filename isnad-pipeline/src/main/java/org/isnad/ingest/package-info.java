/**
 * Stage 1, ingest: turns files and folders into {@link org.isnad.model.RawArticle}s (decoded text or
 * HTML plus metadata) and {@link org.isnad.model.Rejection}s. Entry point: {@link
 * org.isnad.ingest.Ingester}. Formats: plain text, HTML, JSON and JSON lines, RSS and Atom feeds.
 * Bytes are decoded here (UTF-8, or windows-1256 and ISO-8859-6 detected and converted), so no later
 * stage sees bytes.
 */
package org.isnad.ingest;
