package org.dataregistry.process;

import io.temporal.failure.ApplicationFailure;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import org.dataregistry.job.TaskNotes;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskNoteRecord;
import org.dataregistry.task.TaskType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Component
@EnableConfigurationProperties(KingfisherProcessProperties.class)
public class KingfisherProcessActivitiesImpl implements KingfisherProcessActivities {

    static final String NO_COMPILED_COLLECTION = "No compiled collection";

    private static final Logger log = LoggerFactory.getLogger(KingfisherProcessActivitiesImpl.class);

    private final KingfisherProcessProperties properties;
    private final TaskNotes taskNotes;
    private final HttpClient http = KingfisherProcessClient.httpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    public KingfisherProcessActivitiesImpl(KingfisherProcessProperties properties, TaskNotes taskNotes) {
        this.properties = properties;
        this.taskNotes = taskNotes;
    }

    @Override
    public ProcessResult awaitCollection(KingfisherProcessRequest request) {
        KingfisherProcessClient client = client();
        JsonNode tree = client.tree(request.processId());
        JsonNode original = collection(tree, "");
        JsonNode compiled = collection(tree, "compile-releases");
        if (original == null) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "Kingfisher Process's tree of collection " + request.processId() + " has no original collection",
                    FailureTypes.EXTERNAL_SERVICE_ERROR);
        }
        if (compiled == null) {
            return new ProcessResult(0, 0, 0, PublicationMetadata.NONE, null, NO_COMPILED_COLLECTION);
        }
        if (!original.hasNonNull("completed_at") || !compiled.hasNonNull("completed_at")) {
            throw ApplicationFailure.newFailure(
                    "Kingfisher Process is still processing collection " + request.processId(),
                    FailureTypes.STILL_RUNNING);
        }

        long compiledId = compiled.path("id").asLong();
        PublicationMetadata metadata = metadata(client.metadata(compiledId));
        List<TaskNoteRecord> notes = notes(client.notes(original.path("id").asLong()));
        taskNotes.replace(request.jobId(), TaskType.PROCESS, notes);

        boolean empty = original.path("expected_files_count").isNumber()
                && original.path("expected_files_count").asLong() == 0;
        long releases = original.path("cached_releases_count").asLong(0)
                + original.path("cached_records_count").asLong(0);
        return new ProcessResult(
                releases,
                compiled.path("cached_compiled_releases_count").asLong(0),
                notes.size(),
                metadata,
                compiledId,
                empty ? ProcessActivitiesImpl.EMPTY : null);
    }

    @Override
    public void wipe(KingfisherProcessRequest request) {
        if (request.processId() == null || request.processId().isBlank()) {
            log.warn("Job {} has no Kingfisher Process collection to wipe", request.jobId());
            return;
        }
        client().delete(request.processId());
    }

    private KingfisherProcessClient client() {
        return new KingfisherProcessClient(properties.url(), http);
    }

    private static JsonNode collection(JsonNode tree, String transformType) {
        for (JsonNode collection : tree) {
            if (transformType.equals(collection.path("transform_type").asString(null))) {
                return collection;
            }
        }
        return null;
    }

    /** Kingfisher Process's metadata, possibly empty or partial: a missing date is null, a missing text "". */
    private static PublicationMetadata metadata(JsonNode metadata) {
        return new PublicationMetadata(
                DatePart.of(text(metadata, "published_from")),
                DatePart.of(text(metadata, "published_to")),
                text(metadata, "ocid_prefix"),
                text(metadata, "license"),
                text(metadata, "publication_policy"));
    }

    /** {@code {"WARNING": [[note, data], ...], "ERROR": [...]}}, aggregated as the original does. */
    private List<TaskNoteRecord> notes(JsonNode byLevel) {
        ProcessNotes notes = new ProcessNotes();
        for (JsonNode note : byLevel.path(TaskNoteRecord.WARNING)) {
            JsonNode data = note.path(1);
            switch (data.path("type").asString("")) {
                case ProcessNotes.DUPLICATE_ID ->
                    data.path("paths")
                            .properties()
                            .forEach(path -> notes.duplicateIds(
                                    path.getKey(), path.getValue().asLong(0)));
                case ProcessNotes.REPEATED_DATE ->
                    notes.repeatedDate(data.path("date").asString(""));
                default -> notes.warning(note.path(0).asString(""), map(data));
            }
        }
        for (JsonNode note : byLevel.path(TaskNoteRecord.ERROR)) {
            notes.error(note.path(0).asString(""), map(note.path(1)));
        }
        return notes.notes();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(JsonNode data) {
        return data.isObject() ? json.treeToValue(data, Map.class) : Map.of();
    }

    private static String text(JsonNode object, String field) {
        return object.hasNonNull(field) ? object.get(field).asString("") : "";
    }
}
