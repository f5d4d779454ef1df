/**
 * Stage 7, time: temporal expressions (dates, times, durations, recurrences) in each article with
 * TimeML-style values ({@link org.isnad.time.TimeTagger}), resolved against the publication date or
 * a date inferred from the text. The grammar reads the roles a language gives words ({@link
 * org.isnad.lang.TimeWords}, {@link org.isnad.lang.MonthNames}, {@link org.isnad.lang.NumberWords});
 * see docs/TIME.md.
 */
package org.isnad.time;
