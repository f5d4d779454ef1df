/**
 * The server: a JSON API under {@code /api/v1} and the live web UI over an {@link
 * org.isnad.serve.Archive}, the read side of whatever holds the stories (a report file today, the
 * durable store later). Entry point: {@link org.isnad.serve.IsnadServer#start}.
 */
package org.isnad.serve;
