package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code isnad} command line. {@code System.exit} is called here and nowhere else. */
@Command(
    name = "isnad",
    mixinStandardHelpOptions = true,
    version = "isnad 0.1.0",
    description = "Reads Arabic news from many outlets: what happened, who says so, who copied whom.",
    subcommands = {AnalyzeCommand.class, EvalCommand.class, BenchCommand.class, TrainCommand.class,
      GazetteerCommand.class, ExportCommand.class, IngestCommand.class, ReanalyseCommand.class, SearchCommand.class,
      WatchCommand.class, ServeCommand.class,
      CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all inputs analysed",
      "1:report written, but some inputs were rejected (see the report's \"rejected\")",
      "2:usage error, or a file that cannot be read or written",
      "3:internal error"
    })
public final class Main implements Runnable {

  public static final int OK = 0;
  public static final int SOME_REJECTED = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: try 'isnad analyze PATH...'");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line and returns its exit code; used by main and by tests. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INTERNAL);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
        // a file that cannot be read or written (its name and the reason are in the message): no bug
        cmd.getErr().println("isnad: " + e.getMessage());
        return USAGE;
      }
      cmd.getErr().println("isnad: internal error: " + e + " (please report this)");
      if (Boolean.getBoolean("isnad.stacktrace")) {
        e.printStackTrace(cmd.getErr());
      }
      return INTERNAL;
    });
    cl.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("isnad: " + e.getMessage());
      e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return USAGE;
    });
    return cl.execute(args);
  }
}
