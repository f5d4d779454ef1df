package org.isnad.facts;

/**
 * Where a mention starts: its article and offset. A map key for the story's entities by mention,
 * compared without building a string per lookup.
 */
record MentionAt(String article, int start) {}
