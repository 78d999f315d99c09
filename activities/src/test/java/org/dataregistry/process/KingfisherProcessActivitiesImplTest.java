package org.dataregistry.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dataregistry.process.ActivityTesting.applicationFailure;

import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import org.dataregistry.database.PersistenceTest;
import org.dataregistry.job.TaskNotes;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskNoteRecord;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceTest
class KingfisherProcessActivitiesImplTest {

    private static final String TREE = "GET /api/collections/1/tree/";
    private static final String METADATA = "GET /api/collections/2/metadata/";
    private static final String NOTES = "GET /api/collections/1/notes/?level=WARNING&level=ERROR";
    private static final String COMPLETED_TREE = """
            [{"id": 1, "transform_type": "", "completed_at": "2024-01-01T00:00:00Z", "expected_files_count": 1,
              "cached_releases_count": 250, "cached_records_count": null},
             {"id": 2, "transform_type": "compile-releases", "completed_at": "2024-01-01T00:00:00Z",
              "expected_files_count": null, "cached_compiled_releases_count": 90}]
            """;

    @Autowired
    TaskNotes taskNotes;

    @Autowired
    JdbcClient jdbc;

    StubHttpServer kingfisherProcess;
    KingfisherProcessActivities activities;
    long job;

    @BeforeEach
    void setUp() {
        kingfisherProcess = new StubHttpServer();
        // The original drops any path of the base URL: paths are absolute.
        activities = new KingfisherProcessActivitiesImpl(
                new KingfisherProcessProperties(kingfisherProcess.url() + "/ignored/", null), taskNotes);
        job = new TestJobRows(jdbc).job();
    }

    @AfterEach
    void tearDown() {
        kingfisherProcess.close();
    }

    @Test
    void anUnfinishedCollectionIsStillRunningAndPolledAgain() {
        kingfisherProcess.on(TREE, 200, """
                [{"id": 1, "transform_type": "", "completed_at": null, "expected_files_count": 1},
                 {"id": 2, "transform_type": "compile-releases", "completed_at": null}]
                """);

        ApplicationFailure failure = applicationFailure(() -> activities.awaitCollection(request()));

        assertThat(failure.getType()).isEqualTo(FailureTypes.STILL_RUNNING);
        assertThat(failure.isNonRetryable()).isFalse();
    }

    @Test
    void aTreeWithoutACompiledCollectionFails() {
        kingfisherProcess.on(TREE, 200, """
                [{"id": 1, "transform_type": "", "completed_at": "2024-01-01T00:00:00Z", "expected_files_count": 1}]
                """);

        ProcessResult result = activities.awaitCollection(request());

        assertThat(result.failureReason()).isEqualTo("No compiled collection");
        assertThat(result.compiledCollectionId()).isNull();
    }

    @Test
    void aCompletedCollectionGivesItsMetadataAndAggregatedNotes() {
        taskNotes.replace(job, TaskType.PROCESS, List.of(new TaskNoteRecord("ERROR", "Old note", Map.of())));
        kingfisherProcess.on(TREE, 200, COMPLETED_TREE).on(METADATA, 200, """
                {"published_from": "2024-05-01 16:30:04.160T12:00:00Z", "published_to": "2024-12-31",
                 "license": "CC-BY-4.0", "publication_policy": "https://example.com/publication-policy",
                 "ocid_prefix": "ocds-213czf"}
                """).on(NOTES, 200, """
                {"WARNING": [
                  ["Warning 1", {"type": "DuplicateIdValueWarning", "paths": {"/releases/0/id": 5, "/releases/1/id": 3}}],
                  ["Warning 2", {"type": "DuplicateIdValueWarning", "paths": {"/releases/0/id": 2}}],
                  ["Warning 3", {"type": "OtherType", "data": "test data"}],
                  ["Warning 4", {"type": "RepeatedDateValueWarning", "date": "2022-01-04T15:21:48Z", "index": 1}],
                  ["Warning 5", {"type": "RepeatedDateValueWarning", "date": "2022-01-04T15:21:48Z", "index": 2}],
                  ["Warning 6", {"type": "RepeatedDateValueWarning", "date": "2021-06-09T12:25:02+01:00", "index": 3}]
                 ],
                 "ERROR": [["Error 1", {"type": "ErrorType", "message": "test message"}]]}
                """);

        ProcessResult result = activities.awaitCollection(request());

        assertThat(result.compiledCollectionId()).isEqualTo(2);
        assertThat(result.failureReason()).isNull();
        assertThat(result.metadata())
                .isEqualTo(new PublicationMetadata(
                        "2024-05-01",
                        "2024-12-31",
                        "ocds-213czf",
                        "CC-BY-4.0",
                        "https://example.com/publication-policy"));
        assertThat(result.releases()).isEqualTo(250);
        assertThat(result.compiledReleases()).isEqualTo(90);
        assertThat(taskNotes.of(job, TaskType.PROCESS))
                .containsExactly(
                        new TaskNoteRecord(
                                "WARNING", "DuplicateIdValueWarning", Map.of("count", 7, "path", "/releases/0/id")),
                        new TaskNoteRecord(
                                "WARNING", "DuplicateIdValueWarning", Map.of("count", 3, "path", "/releases/1/id")),
                        new TaskNoteRecord(
                                "WARNING",
                                "RepeatedDateValueWarning",
                                Map.of("count", 1, "date", "2021-06-09T12:25:02+01:00")),
                        new TaskNoteRecord(
                                "WARNING",
                                "RepeatedDateValueWarning",
                                Map.of("count", 2, "date", "2022-01-04T15:21:48Z")),
                        new TaskNoteRecord("WARNING", "Warning 3", Map.of("type", "OtherType", "data", "test data")),
                        new TaskNoteRecord("ERROR", "Error 1", Map.of("type", "ErrorType", "message", "test message")));
        assertThat(result.notes()).isEqualTo(6);
    }

    @Test
    void emptyMetadataLeavesDatesUnknownAndTextsEmpty() {
        kingfisherProcess
                .on(TREE, 200, COMPLETED_TREE)
                .on(METADATA, 200, "{}")
                .on(NOTES, 200, "{\"WARNING\": [], \"ERROR\": []}");

        ProcessResult result = activities.awaitCollection(request());

        assertThat(result.metadata()).isEqualTo(PublicationMetadata.NONE);
        assertThat(result.compiledCollectionId()).isEqualTo(2);
        assertThat(result.failureReason()).isNull();
        assertThat(taskNotes.of(job, TaskType.PROCESS)).isEmpty();
    }

    @Test
    void aCollectionThatExpectedNoFileIsEmpty() {
        kingfisherProcess
                .on(TREE, 200, COMPLETED_TREE.replace("\"expected_files_count\": 1", "\"expected_files_count\": 0"))
                .on(METADATA, 200, "{}")
                .on(NOTES, 200, "{\"WARNING\": [], \"ERROR\": []}");

        assertThat(activities.awaitCollection(request()).failureReason()).isEqualTo("Collection is empty");
    }

    @Test
    void anUnknownCollectionFailsForGood() {
        ApplicationFailure failure = applicationFailure(() -> activities.awaitCollection(request()));

        assertThat(failure.getType()).isEqualTo(FailureTypes.EXTERNAL_SERVICE_ERROR);
        assertThat(failure.isNonRetryable()).isTrue();
    }

    @Test
    void aServerErrorIsTemporary() {
        kingfisherProcess.on(TREE, 503, "");

        assertThatThrownBy(() -> activities.awaitCollection(request()))
                .isNotInstanceOf(ApplicationFailure.class)
                .hasMessageContaining("HTTP 503");
    }

    @Test
    void anUnreachableServerIsTemporary() {
        kingfisherProcess.close();

        assertThatThrownBy(() -> activities.awaitCollection(request()))
                .isNotInstanceOf(ApplicationFailure.class)
                .hasMessageContaining("could not be reached");
    }

    @Test
    void wipeDeletesTheCollectionAndCanRunTwice() {
        kingfisherProcess.on("DELETE /api/collections/1/", 202, "");

        activities.wipe(request());
        activities.wipe(request());

        assertThat(kingfisherProcess.requests())
                .containsExactly("DELETE /api/collections/1/", "DELETE /api/collections/1/");
    }

    @Test
    void noUrlIsAConfigurationError() {
        KingfisherProcessActivities unconfigured =
                new KingfisherProcessActivitiesImpl(new KingfisherProcessProperties("", null), taskNotes);

        assertThat(applicationFailure(() -> unconfigured.awaitCollection(request()))
                        .getType())
                .isEqualTo(FailureTypes.CONFIGURATION);
    }

    private KingfisherProcessRequest request() {
        return new KingfisherProcessRequest(job, "1");
    }
}
