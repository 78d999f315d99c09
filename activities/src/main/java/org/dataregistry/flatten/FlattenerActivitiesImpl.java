package org.dataregistry.flatten;

import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.Deflater;

import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import org.dataregistry.export.ExportNames;
import org.dataregistry.export.InputFile;
import org.dataregistry.job.JobFiles;
import org.dataregistry.ocds.flatten.FlattenOptions;
import org.dataregistry.ocds.flatten.Flattener;
import org.dataregistry.ocds.read.OcdsReadException;
import org.dataregistry.task.FailureTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Flattens an exported file with the ocds {@link Flattener}, which writes both outputs under temporary names,
 * renames them into place when complete, deletes what a crashed attempt left and, when it makes no Excel file,
 * the Excel file of an earlier attempt. The engine reports no progress, so it runs in a {@link HeartbeatingRun}:
 * cancelling the activity interrupts it.
 */
@Component
@EnableConfigurationProperties(FlattenProperties.class)
public class FlattenerActivitiesImpl implements FlattenerActivities {

    /** Far below {@code TaskOptions.FLATTEN}'s heartbeat timeout, so that a cancellation is seen within seconds. */
    static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(10);

    private final JobFiles files;
    private final Flattener flattener;
    private final Duration heartbeatInterval;

    @Autowired
    public FlattenerActivitiesImpl(JobFiles files, FlattenProperties properties) {
        this(files, properties, HEARTBEAT_INTERVAL);
    }

    FlattenerActivitiesImpl(JobFiles files, FlattenProperties properties, Duration heartbeatInterval) {
        this.files = files;
        this.flattener = new Flattener(
                new FlattenOptions(true, properties.maxXlsxInputBytes(), Deflater.DEFAULT_COMPRESSION),
                properties.threads());
        this.heartbeatInterval = heartbeatInterval;
    }

    @Override
    public FlattenResult flatten(FlattenRequest request) {
        String name = request.fileName();
        if (!ExportNames.isJsonLines(name)) {
            throw ApplicationFailure.newNonRetryableFailure("Not the name of an exported file: '" + name
                    + "' (full, undated or a year, then .jsonl.gz)", FailureTypes.INVALID_DATA);
        }
        Path directory = files.exportDir(request.jobId());
        InputFile input = new InputFile(directory.resolve(name),
                "The exported file " + name + " is gone: restart the job from the exporter.",
                "The exported file " + name + " can't be read (restart the job from the exporter)");
        input.requirePresent();
        try {
            var result = HeartbeatingRun.run(Activity.getExecutionContext(), heartbeatInterval, "flatten " + name,
                    () -> flattener.flatten(input.path(), directory));
            return new FlattenResult(result.csvArchive().getFileName().toString(),
                    result.xlsx() == null ? null : result.xlsx().getFileName().toString(), result.xlsxSkipped());
        } catch (OcdsReadException e) {
            throw input.failure(e);
        }
    }
}
