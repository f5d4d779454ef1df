/**
 * Live feeds: polls RSS and Atom feeds politely and hands each new article page to a {@link
 * org.isnad.watch.PageSink}. Entry point: {@link org.isnad.watch.FeedWatcher#create}. Politeness:
 * conditional GET on feeds, robots.txt on article hosts, at most one request at a time per host and
 * a minimum delay between them, exponential backoff with jitter on errors, {@code Retry-After}
 * honoured. What was seen is kept in a small state file so a restart does not fetch a page twice.
 * See docs/WATCH.md.
 */
package org.isnad.watch;
