package org.dataregistry.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The tools the {@code bench/} scripts run, {@code java -jar bench/target/bench.jar <command>}: {@code generate} (the
 * synthetic publication), {@code heap} (a JVM's peak heap from its garbage-collection log) and {@code job} (one job
 * through a running app, timed from its task rows). Kept out of the {@code ocds} engine jar and the app.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmark tools of the Data Registry.",
        subcommands = {GenerateCommand.class, HeapCommand.class, JobCommand.class})
public final class BenchCommand {

    private BenchCommand() {}

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }
}
