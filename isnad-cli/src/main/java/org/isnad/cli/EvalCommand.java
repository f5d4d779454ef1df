package org.isnad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The evaluations (opt-in, slow): {@code isnad eval stories}, {@code isnad eval copy}. */
@Command(name = "eval", description = "Evaluations of the stages on labelled or constructed data.",
    subcommands = {StoriesEvalCommand.class, CopyEvalCommand.class, NerCommands.Eval.class})
final class EvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return Main.USAGE;
  }
}
