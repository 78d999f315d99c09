package org.dataregistry.ocds.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code ocds} command line: {@code java -jar ocds.jar <command>}, with the commands
 * {@code compile}, {@code export}, {@code flatten} and {@code coverage}.
 *
 * <p>Exit codes: 0 on success, 1 when the input cannot be read or an output written (with a
 * one-line message on standard error naming the file and position), 2 for a bad command line.
 */
@Command(
        name = "ocds",
        mixinStandardHelpOptions = true,
        version = "ocds 0.1.0",
        description = "OCDS data engines of the Data Registry: compile, export, flatten, coverage.",
        subcommands = {CompileCommand.class, ExportCommand.class, FlattenCommand.class, CoverageCommand.class})
public final class OcdsCommand implements Runnable {

    /** Exit code when the input cannot be read or an output cannot be written. */
    public static final int INPUT_ERROR = 1;

    /** Exit code for a bad command line. */
    public static final int USAGE_ERROR = 2;

    @Spec
    private CommandSpec spec;

    private final InputStream stdin;
    private final OutputStream stdout;

    /**
     * A command line reading {@code stdin} where a command reads standard input.
     *
     * @param stdout standard output, for commands that write bytes rather than text (flush the
     *               command line's {@link CommandLine#getOut() text output}, which writes to it too,
     *               before writing)
     */
    OcdsCommand(InputStream stdin, OutputStream stdout) {
        this.stdin = stdin;
        this.stdout = stdout;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(execute(args, System.in, out, err));
    }

    /**
     * Runs a command line in this process, as {@link #main} does but without exiting.
     *
     * @param stdout standard output, flushed at the end (not closed)
     * @return the exit code
     */
    public static int execute(String[] args, InputStream stdin, OutputStream stdout, PrintWriter err) {
        OcdsCommand top = new OcdsCommand(stdin, stdout);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        CommandLine commandLine = new CommandLine(top)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((exception, failed, parseResult) -> {
                    err.println(prefix(failed) + describe(exception));
                    return INPUT_ERROR;
                })
                .setParameterExceptionHandler((exception, arguments) -> {
                    err.println(prefix(exception.getCommandLine()) + oneLine(exception.getMessage()) + " (see --help)");
                    return USAGE_ERROR;
                });
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
            try {
                stdout.flush();
            } catch (IOException e) {
                err.println("ocds: cannot write standard output: " + e.getMessage());
            }
        }
    }

    /** Standard input, for commands given no file or {@code -}. */
    InputStream stdin() {
        return stdin;
    }

    /** Standard output as bytes (see {@link #OcdsCommand the constructor}). */
    OutputStream stdout() {
        return stdout;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }

    /** {@code ocds <command>: }, or {@code ocds: } for the command line as a whole. */
    private static String prefix(CommandLine command) {
        return command.getParent() == null ? "ocds: " : "ocds " + command.getCommandName() + ": ";
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    /** A failure in one line, without a stack trace. */
    private static String describe(Throwable exception) {
        return oneLine(describeCause(exception));
    }

    private static String describeCause(Throwable exception) {
        Throwable cause = exception instanceof UncheckedIOException ? exception.getCause() : exception;
        if (cause instanceof FileSystemException fileSystem) {
            String reason = switch (fileSystem) {
                case NoSuchFileException ignored -> "no such file or directory";
                case AccessDeniedException ignored -> "permission denied";
                case FileAlreadyExistsException ignored -> "already exists";
                default -> fileSystem.getReason() == null ? cause.getClass().getSimpleName() : fileSystem.getReason();
            };
            return fileSystem.getFile() + ": " + reason;
        }
        if (cause instanceof IOException || cause.getMessage() == null) {
            return cause.toString();
        }
        return cause.getMessage();
    }
}
