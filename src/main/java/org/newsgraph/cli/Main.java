package org.newsgraph.cli;

import java.io.PrintWriter;
import org.newsgraph.NewsgraphException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsgraph} command line. Exit codes: 0 ok, 1 failure (including any input that failed
 * in a batch), 2 usage error.
 *
 * <pre>{@code
 * newsgraph ingest news/ && newsgraph serve
 * }</pre>
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "News articles to a knowledge graph of who said what about whom.",
    subcommands = {IngestCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
        StatsCommand.class, ValidateCommand.class, DeleteCommand.class, CompactCommand.class, LoadCommand.class, BenchCommand.class,
        TrainCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line with the given output streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine(out, err);
    return cl.execute(args);
  }

  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      boolean verbose = parseResult.subcommand() != null
          && parseResult.subcommand().matchedOption("--verbose") != null;
      if (e instanceof NewsgraphException.Usage) {
        commandLine.getErr().println("newsgraph: " + e.getMessage());
        return 2;
      }
      String msg = e instanceof NewsgraphException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
      commandLine.getErr().println("newsgraph: " + msg);
      if (verbose) e.printStackTrace(commandLine.getErr());
      else if (!(e instanceof NewsgraphException)) commandLine.getErr().println("(run with --verbose for details)");
      commandLine.getErr().flush();
      return 1;
    });
    return cl;
  }

  /** The version from the jar manifest. */
  public static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"newsgraph " + version() + " (Apache Jena 5.6.0, Stanford CoreNLP 4.5.10)"};
    }
  }
}
