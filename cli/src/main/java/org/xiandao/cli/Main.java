package org.xiandao.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.xiandao.store.StoreException;
import org.xiandao.store.StoreUnavailableException;
import org.xiandao.store.tabular.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code xiandao} command. Exit codes: 0 success, 2 usage error, 65 bad input data, 1 anything else. */
@Command(name = "xiandao", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Xiandao (先导): the platform for Shanghai's program for integrated circuits, biomedicine and AI.",
        subcommands = {DemoCommand.class, ServeCommand.class, GenerateCommand.class, ImportCommand.class, PolicyCommand.class, FundCommand.class, ChainCommand.class, IngestCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 65;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command.");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; used by main and by the tests. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::handle);
        return cli.execute(args);
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.expandedArgs().contains("--verbose");
        PrintWriter err = cli.getErr();
        int code;
        if (e instanceof UsageProblem) {
            err.println(e.getMessage());
            cli.usage(err);
            return USAGE;
        } else if (e instanceof BadInputException bad) {
            err.println(bad.problems().stream().map(Object::toString).collect(Collectors.joining(System.lineSeparator())));
            err.println("Nothing was changed (" + bad.problems().size() + (bad.problems().size() == 1 ? " problem" : " problems") + ").");
            code = BAD_INPUT;
        } else if (e instanceof org.xiandao.core.policy.PolicyException bad) {
            err.println(bad.getMessage());
            err.println("Nothing was loaded (" + bad.errors().size() + (bad.errors().size() == 1 ? " error" : " errors") + ").");
            code = BAD_INPUT;
        } else if (e instanceof StoreUnavailableException || e instanceof StoreException) {
            err.println(e.getMessage());
            code = FAILURE;
        } else {
            err.println(e.getMessage() == null ? e.toString() : e.getMessage());
            code = FAILURE;
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"xiandao " + (v == null ? "development build" : v)};
        }
    }
}
