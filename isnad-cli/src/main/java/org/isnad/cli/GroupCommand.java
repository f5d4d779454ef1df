package org.isnad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;

/** A command that only groups subcommands: called alone, it is a usage error naming them. */
abstract class GroupCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: one of "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
