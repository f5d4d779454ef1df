package org.isnad.cli;

import picocli.CommandLine.Command;

/** The evaluations (opt-in, slow): {@code isnad eval stories}, {@code copy}, {@code ner}, {@code time}, {@code stance}; {@code sample} writes the comparison set of real text. */
@Command(name = "eval", description = "Evaluations of the stages on labelled or constructed data.",
    subcommands = {StoriesEvalCommand.class, CopyEvalCommand.class, NerCommands.Eval.class,
        TimeEvalCommand.class, StanceCommands.Eval.class, SampleCommand.class})
final class EvalCommand extends GroupCommand {
}
