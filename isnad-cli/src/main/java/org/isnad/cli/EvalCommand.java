package org.isnad.cli;

import picocli.CommandLine.Command;

/** The evaluations (opt-in, slow): {@code isnad eval stories}, {@code isnad eval copy}. */
@Command(name = "eval", description = "Evaluations of the stages on labelled or constructed data.",
    subcommands = {StoriesEvalCommand.class, CopyEvalCommand.class, NerCommands.Eval.class})
final class EvalCommand extends GroupCommand {
}
