/**
 * Stage 4, stories: articles grouped into stories online, as they arrive ({@link
 * org.isnad.story.StoryClusterer}, archive-level state over an active window), and the story-level
 * analysis of each story's members ({@link org.isnad.story.StoryBuilder}: copied passages,
 * direction, independent sources, title). See {@code docs/STORIES.md}.
 */
package org.isnad.story;
