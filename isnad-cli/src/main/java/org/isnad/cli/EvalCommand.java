package org.isnad.cli;

import picocli.CommandLine.Command;

/** The evaluations (opt-in, slow): {@code isnad eval stories}, {@code copy}, {@code ner}, {@code time}, {@code stance}. */
@Command(name = "eval", description = "Evaluations of the stages on labelled or constructed data.",
    subcommands = {StoriesEvalCommand.class, CopyEvalCommand.class, NerCommands.Eval.class,
        TimeEvalCommand.class, StanceCommands.Eval.class})
final class EvalCommand extends GroupCommand {
}
