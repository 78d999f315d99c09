package org.dataregistry.flatten;

import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.zip.Deflater;
import org.dataregistry.export.ExportNames;
import org.dataregistry.export.InputFile;
import org.dataregistry.job.JobFiles;
import org.dataregistry.ocds.flatten.FlattenOptions;
import org.dataregistry.ocds.flatten.FlattenProgress;
import org.dataregistry.ocds.flatten.Flattener;
import org.dataregistry.ocds.read.OcdsReadException;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskHeartbeat;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Flattens an exported file with the ocds {@link Flattener}, which writes both outputs under temporary names,
 * renames them into place when complete, deletes what a crashed attempt left and, when it makes no Excel file,
 * the Excel file of an earlier attempt. It heartbeats the engine's progress (releases flattened, then rows
 * written); a cancellation stops the engine at its next report or, while it compresses, by interrupting it, and
 * the engine deletes its temporary files before the activity ends.
 */
@Component
@EnableConfigurationProperties(FlattenProperties.class)
public class FlattenerActivitiesImpl implements FlattenerActivities {

    /** The heartbeat's units, in the engine's two passes. */
    static final String RELEASES_FLATTENED = "compiled releases flattened";

    static final String ROWS_WRITTEN = "rows written";

    private final JobFiles files;
    private final Flattener flattener;

    public FlattenerActivitiesImpl(JobFiles files, FlattenProperties properties) {
        this.files = files;
        this.flattener = new Flattener(
                new FlattenOptions(true, properties.maxXlsxInputBytes(), Deflater.DEFAULT_COMPRESSION),
                properties.threads());
    }

    @Override
    public FlattenResult flatten(FlattenRequest request) {
        String name = request.fileName();
        if (!ExportNames.isJsonLines(name)) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "Not the name of an exported file: '" + name + "' (full, undated or a year, then .jsonl.gz)",
                    FailureTypes.INVALID_DATA);
        }
        Path directory = files.exportDir(request.jobId());
        InputFile input = new InputFile(
                directory.resolve(name),
                "The exported file " + name + " is gone: restart the job from the exporter.",
                "The exported file " + name + " can't be read (restart the job from the exporter)");
        input.requirePresent();
        try (TaskHeartbeat heartbeat = TaskHeartbeat.start(RELEASES_FLATTENED)) {
            heartbeat.interruptOnStop();
            try {
                var result = flattener.flatten(input.path(), directory, progressOf(heartbeat));
                return new FlattenResult(
                        result.csvArchive().getFileName().toString(),
                        result.xlsx() == null
                                ? null
                                : result.xlsx().getFileName().toString(),
                        result.xlsxSkipped());
            } catch (OcdsReadException e) {
                heartbeat.check();
                throw input.failure(e);
            } catch (IOException e) {
                heartbeat.check();
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                // An engine interrupted by a cancellation fails with whatever it was doing: that is the cancellation.
                heartbeat.check();
                throw e;
            }
        }
    }

    private static FlattenProgress progressOf(TaskHeartbeat heartbeat) {
        return new FlattenProgress() {
            @Override
            public void valuesFlattened(long values) {
                heartbeat.done(values);
            }

            @Override
            public void rowsWritten(long rows, long totalRows) {
                if (rows == 0) {
                    heartbeat.phase(ROWS_WRITTEN, totalRows);
                }
                heartbeat.done(rows);
            }
        };
    }
}
