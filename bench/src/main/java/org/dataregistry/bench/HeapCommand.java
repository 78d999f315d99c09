package org.dataregistry.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench heap LOG}: one line, the peak heap of the JVM that wrote the garbage-collection log. */
@Command(
        name = "heap",
        mixinStandardHelpOptions = true,
        description = "Print \"heap: peak used N MiB, peak after GC N MiB\" from a JVM's garbage-collection log, "
                + "written with -Xlog:gc,gc+exit:file=LOG:tags.")
final class HeapCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "LOG", description = "The log file.")
    private Path log;

    @Override
    public Integer call() throws IOException {
        GcLogHeap heap = new GcLogHeap();
        try (BufferedReader lines = Files.newBufferedReader(log)) {
            lines.lines().forEach(heap::read);
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "heap: peak used %d MiB, peak after GC %d MiB%n",
                        heap.peakUsedMib(), heap.peakAfterCollectionMib());
        return 0;
    }
}
