package org.dataregistry.task;

import java.util.Arrays;
import java.util.List;

/** The five tasks of a job, in the order they run. */
public enum TaskType {
    /** Get the publication's raw OCDS data (built-in download, or Kingfisher Collect through Scrapyd). */
    COLLECT("collect"),
    /** Turn the collected packages into compiled releases (built-in, or Kingfisher Process). */
    PROCESS("process"),
    /** Pull the compiled releases into the job's staging file, computing coverage and counts on the way. */
    PULL("pull"),
    /** Publish full.jsonl.gz, one file per year and undated.jsonl.gz. */
    EXPORTER("exporter"),
    /** Flatten each exported file to CSV (and Excel when it fits). */
    FLATTENER("flattener");

    private final String value;

    TaskType(String value) {
        this.value = value;
    }

    /** The name stored in the database and shown to administrators, e.g. {@code "exporter"}. */
    public String value() {
        return value;
    }

    /** 1-based place in the job's plan, e.g. 4 for the exporter. */
    public int position() {
        return ordinal() + 1;
    }

    /** This task and the ones after it: what a run started from this task does. */
    public List<TaskType> andAfter() {
        return Arrays.asList(values()).subList(ordinal(), values().length);
    }

    public static TaskType fromValue(String value) {
        for (TaskType type : values()) {
            if (type.value.equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown task type: " + value);
    }
}
