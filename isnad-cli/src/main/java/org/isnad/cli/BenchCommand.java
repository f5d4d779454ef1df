package org.isnad.cli;

import picocli.CommandLine.Command;

/** Placeholder group for the benchmarks; see the isnad-bench module. */
@Command(name = "bench", description = "Benchmarks (see 'isnad bench text').", subcommands = {TextBenchCommand.class, StoriesBenchCommand.class, PipelineBenchCommand.class,
    ExtractBenchCommand.class, StoreBenchCommand.class, ServeBenchCommand.class})
final class BenchCommand extends GroupCommand {
}
