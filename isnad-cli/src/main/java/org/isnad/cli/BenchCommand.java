package org.isnad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder group for the benchmarks; see the isnad-bench module. */
@Command(name = "bench", description = "Benchmarks (see 'isnad bench text').", subcommands = {TextBenchCommand.class, StoriesBenchCommand.class})
final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return Main.USAGE;
  }
}
