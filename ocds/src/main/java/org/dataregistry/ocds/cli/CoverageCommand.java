package org.dataregistry.ocds.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dataregistry.ocds.OcdsJson;
import org.dataregistry.ocds.coverage.CoverageCounter;
import org.dataregistry.ocds.coverage.CoverageReport;
import org.dataregistry.ocds.read.JsonLinesInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ocds coverage}: coverage statistics of compiled releases, as one JSON object. */
@Command(
        name = "coverage",
        mixinStandardHelpOptions = true,
        description = {
            "Count, over compiled releases (JSON Lines, plain or .gz), the non-empty occurrences of each "
                    + "path as OCDS Cardinal's coverage does, and write to standard output one JSON object: lines, "
                    + "ocidCount, dateFrom, dateTo, counts (the Data Registry's 14 job counts) and coverage (path to count)."
        })
final class CoverageCommand implements Callable<Integer> {

    @ParentCommand
    private OcdsCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--last-date",
            paramLabel = "YYYY-MM-DD",
            description = "The latest release date counted in the date range (default: today, UTC).")
    private LocalDate lastDate;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Inputs; none or - for standard input.")
    private List<Path> files;

    @Override
    public Integer call() {
        CoverageCounter counter = new CoverageCounter(lastDate == null ? LocalDate.now(ZoneOffset.UTC) : lastDate);
        for (Path input : Inputs.orStdin(files)) {
            if (Inputs.isStdin(input)) {
                try (JsonLinesInput in = JsonLinesInput.open(new KeepOpenStream(parent.stdin()), Inputs.STDIN_NAME)) {
                    counter.addAll(in);
                }
            } else {
                counter.addAll(input);
            }
        }
        CoverageReport report = counter.report();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lines", report.lines());
        json.put("ocidCount", report.ocidCount());
        json.put("dateFrom", report.dateFrom());
        json.put("dateTo", report.dateTo());
        json.put("counts", report.counts().byJobField());
        json.put("coverage", report.coverage());
        PrintWriter out = spec.commandLine().getOut();
        out.println(OcdsJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        return 0;
    }
}
