package org.isnad.store;

import java.util.List;

/**
 * What one ingest call did, and where its time went.
 *
 * @param outcomes one per input article (and per unreadable input), in input order
 * @param touchedStories the stories that gained articles and were rebuilt
 * @param millis wall time of the call
 * @param analyseMillis time in the pipeline (cleaning, text, entities, events, clustering)
 * @param buildMillis time rebuilding the touched stories (story level of the pipeline)
 * @param writeMillis time writing and durably committing articles and stories to the database
 * @param indexMillis time adding to and committing the search index
 * @param cpuMillis CPU time of the calling thread during the call, all phases (waits for the disk
 *     excluded): what the call cost a core
 * @param cpu the same CPU time split by phase
 * @param rebuilds how many times stale stories were rebuilt ({@link StaleStories}), and how many
 *     stories those rebuilds built in all
 */
public record IngestReport(List<IngestOutcome> outcomes, List<String> touchedStories, long millis,
    long analyseMillis, long buildMillis, long writeMillis, long indexMillis, long cpuMillis, PhaseCpu cpu, Rebuilds rebuilds) {

  /**
   * CPU time of the calling thread in each phase, in milliseconds: unlike the phases' wall times, it
   * leaves out waits for the disk and for other processes, so it compares runs on a loaded machine.
   */
  public record PhaseCpu(long analyse, long build, long write, long index) {}

  /**
   * The rebuilds of stale stories during the call.
   *
   * @param times how many rebuild transactions there were
   * @param stories how many stories they rebuilt in all (a story rebuilt twice counts twice)
   */
  public record Rebuilds(int times, int stories) {}

  public IngestReport {
    outcomes = List.copyOf(outcomes);
    touchedStories = List.copyOf(touchedStories);
  }

  public long count(IngestOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  /** {@code 12 stored, 3 duplicates, 1 rejected; 5 stories updated (840 ms)}. */
  public String summary() {
    return count(IngestOutcome.Status.STORED) + " stored, " + count(IngestOutcome.Status.DUPLICATE)
        + " duplicates, " + count(IngestOutcome.Status.REJECTED) + " rejected; "
        + touchedStories.size() + " stories updated (" + millis + " ms)";
  }
}
