package org.dataregistry.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dataregistry.AppTest;
import org.dataregistry.audit.AuditAction;
import org.dataregistry.audit.AuditEntry;
import org.dataregistry.audit.AuditFilter;
import org.dataregistry.audit.AuditLog;
import org.dataregistry.audit.FieldChange;
import org.dataregistry.refusal.ActionRefusedException;
import org.dataregistry.refusal.InvalidInputException;
import org.dataregistry.translation.Translations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
class PublicationsTest {

    @Autowired
    Publications publications;

    @Autowired
    PublicationRepository repository;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(roles = "VIEWER")
    void viewerCannotSave() {
        assertThatThrownBy(() -> publications.save(publication("Tenders"))).isInstanceOf(AccessDeniedException.class);
        assertThat(repository.count()).isZero();
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void viewerCannotPublishOrFreeze() {
        long id = repository.save(publication("Tenders")).getId();

        assertThatThrownBy(() -> publications.setPublished(id, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publications.setFrozen(id, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findById(id))
                .get()
                .satisfies(stored ->
                        assertThat(stored.isPublished() || stored.isFrozen()).isFalse());
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void contributorCannotDelete() {
        long id = publications.save(publication("Tenders")).getId();

        assertThatThrownBy(() -> publications.delete(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(repository.existsById(id)).isTrue();
    }

    @Test
    @WithMockUser(
            username = "carla",
            roles = {"VIEWER", "CONTRIBUTOR"})
    void creatingRecordsTheFilledInFields() {
        Publication saved = publications.save(publication("Tenders"));

        AuditEntry entry = latestEntry();
        assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
        assertThat(entry.username()).isEqualTo("carla");
        assertThat(entry.objectRepr()).isEqualTo("Tenders (" + saved.getId() + ")");
        assertThat(entry.changes())
                .contains(
                        new FieldChange("source ID", "", "tenders"),
                        new FieldChange("title", "", "Tenders"),
                        new FieldChange("country [en]", "", "Portugal"));
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void updatingRecordsOnlyTheChangedFields() {
        long id = publications.save(publication("Tenders")).getId();
        Publication edited = publications.get(id);
        edited.setRetrievalFrequency(RetrievalFrequency.WEEKLY);
        edited.getSummary().setEs("Buenos datos.");

        publications.save(edited);

        AuditEntry entry = latestEntry();
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.changes())
                .containsExactly(
                        new FieldChange("retrieval frequency", "MONTHLY", "WEEKLY"),
                        new FieldChange("quality summary [es]", "", "Buenos datos."));
    }

    @ParameterizedTest
    @MethodSource("switches")
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void eachSwitchIsRecordedAsItsOwnAction(
            PublicationSwitch.Setter flip, Predicate<Publication> isOn, String field, AuditAction on, AuditAction off) {
        long id = publications.save(publication("Tenders")).getId();

        flip.set(publications, id, true);
        assertThat(isOn.test(repository.findById(id).orElseThrow())).isTrue();
        assertThat(latestEntry()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(on);
            assertThat(entry.changes()).containsExactly(new FieldChange(field, "false", "true"));
        });

        flip.set(publications, id, false);
        assertThat(isOn.test(repository.findById(id).orElseThrow())).isFalse();
        assertThat(latestEntry()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(off);
            assertThat(entry.changes()).containsExactly(new FieldChange(field, "true", "false"));
        });
    }

    static Stream<Arguments> switches() {
        return Stream.of(
                argumentSet(
                        "publish, unpublish",
                        (PublicationSwitch.Setter) Publications::setPublished,
                        (Predicate<Publication>) Publication::isPublished,
                        "public",
                        AuditAction.PUBLISH,
                        AuditAction.UNPUBLISH),
                argumentSet(
                        "freeze, unfreeze",
                        (PublicationSwitch.Setter) Publications::setFrozen,
                        (Predicate<Publication>) Publication::isFrozen,
                        "frozen",
                        AuditAction.FREEZE,
                        AuditAction.UNFREEZE));
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void freezingWhatIsFrozenAlreadyRecordsNothing() {
        long id = publications.save(publication("Tenders")).getId();
        publications.setFrozen(id, true);
        int entries = auditLog.count(AuditFilter.ALL);

        publications.setFrozen(id, true);

        assertThat(auditLog.count(AuditFilter.ALL)).isEqualTo(entries);
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void aToggleKeepsWhatOthersSavedMeanwhile() {
        long id = publications.save(publication("Tenders")).getId();
        Publication theirs = publications.get(id);
        theirs.setTitle("Public tenders");
        publications.save(theirs);

        publications.setPublished(id, true);

        Publication stored = repository.findById(id).orElseThrow();
        assertThat(stored.getTitle()).isEqualTo("Public tenders");
        assertThat(stored.isPublished()).isTrue();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void aFormOpenedBeforeAToggleCannotSaveOverIt() {
        long id = publications.save(publication("Tenders")).getId();
        Publication mine = publications.get(id);
        publications.setFrozen(id, true);

        mine.setTitle("Changed by me");

        assertThatThrownBy(() -> publications.save(mine))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("Someone else changed this publication");
        Publication stored = repository.findById(id).orElseThrow();
        assertThat(stored.getTitle()).isEqualTo("Tenders");
        assertThat(stored.isFrozen()).isTrue();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void aStaleEditIsRefusedRatherThanOverwritingSomeoneElsesChange() {
        long id = publications.save(publication("Tenders")).getId();
        Publication mine = publications.get(id);
        Publication theirs = publications.get(id);
        theirs.setOcidPrefix("ocds-abc123");
        publications.save(theirs);

        mine.setTitle("Changed by me");

        assertThatThrownBy(() -> publications.save(mine)).isInstanceOf(ActionRefusedException.class);
        assertThat(repository.findById(id).orElseThrow().getTitle()).isEqualTo("Tenders");
    }

    @ParameterizedTest
    @MethodSource("invalidInputs")
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void invalidInputSavesNothing(Consumer<Publication> mistake, String property, String message) {
        Publication publication = publication("Tenders");
        mistake.accept(publication);

        assertThatThrownBy(() -> publications.save(publication))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new InvalidInputException.Violation(property, message)));
        assertThat(repository.count()).isZero();
        assertThat(auditLog.count(AuditFilter.ALL)).isZero();
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                argumentSet("missing title", (Consumer<Publication>) p -> p.setTitle(" "), "title", "Enter a title."),
                argumentSet(
                        "missing source ID",
                        (Consumer<Publication>) p -> p.setSourceId(""),
                        "sourceId",
                        "Enter the source ID: the Kingfisher Collect spider, or a short name for a download."),
                argumentSet(
                        "ftp source URL",
                        (Consumer<Publication>) p -> p.setSourceUrl("ftp://example.com/data.json"),
                        "sourceUrl",
                        "Enter a web address starting with http:// or https://."),
                argumentSet(
                        "dates out of order",
                        (Consumer<Publication>) p -> {
                            p.setDateFrom(LocalDate.of(2024, 6, 1));
                            p.setDateTo(LocalDate.of(2024, 1, 1));
                        },
                        "dateRangeInOrder",
                        Publication.DATES_OUT_OF_ORDER),
                argumentSet(
                        "HTTP collector without a URL",
                        (Consumer<Publication>) p -> {
                            p.setCollector(Collector.HTTP);
                            p.setSourceUrl("");
                        },
                        "sourceUrlGivenForDownload",
                        Publication.SOURCE_URL_NEEDED));
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void theActiveJobMustBeOneOfThePublicationsSuccessfulJobs() {
        long id = publications.save(publication("Tenders")).getId();
        long other = publications.save(publication("Other")).getId();
        long othersJob = completedJob(jdbc, other);
        long ownJob = completedJob(jdbc, id);

        Publication wrong = publications.get(id);
        wrong.setActiveJobId(othersJob);
        assertThatThrownBy(() -> publications.save(wrong))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Choose one of this publication's successful jobs.");

        Publication right = publications.get(id);
        right.setActiveJobId(ownJob);
        publications.save(right);
        assertThat(repository.findById(id).orElseThrow().getActiveJobId()).isEqualTo(ownJob);
    }

    @Test
    @WithMockUser(
            username = "root",
            roles = {"VIEWER", "CONTRIBUTOR", "OPERATOR", "SUPERUSER"})
    void superuserDeletesAPublicationWithItsActiveJob() {
        Publication saved = publications.save(publication("Tenders"));
        long job = completedJob(jdbc, saved.getId());
        Publication withJob = publications.get(saved.getId());
        withJob.setActiveJobId(job);
        publications.save(withJob);

        publications.delete(saved.getId());

        assertThat(repository.existsById(saved.getId())).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM job").query(Long.class).single())
                .isZero();
        assertThat(latestEntry()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.DELETE);
            assertThat(entry.objectRepr()).isEqualTo("Tenders (" + saved.getId() + ")");
            assertThat(entry.username()).isEqualTo("root");
        });
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR", "OPERATOR", "SUPERUSER"})
    void aPublicationWhoseJobIsStillRunningIsNotDeleted() {
        Publication saved = publications.save(publication("Tenders"));
        jdbc.sql("INSERT INTO job (publication_id, status, start) VALUES (:p, 'RUNNING', now())")
                .param("p", saved.getId())
                .update();

        assertThatThrownBy(() -> publications.delete(saved.getId()))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("cancel it first");
        assertThat(repository.existsById(saved.getId())).isTrue();
    }

    private AuditEntry latestEntry() {
        List<AuditEntry> entries = auditLog.find(AuditFilter.ALL, 0, 1);
        assertThat(entries).isNotEmpty();
        return entries.getFirst();
    }

    /** A valid publication that the tests change. */
    static Publication publication(String title) {
        Publication publication = new Publication();
        publication.setTitle(title);
        publication.setSourceId(title.toLowerCase().replace(' ', '_'));
        publication.setCountry(Translations.english("Portugal"));
        publication.setRetrievalFrequency(RetrievalFrequency.MONTHLY);
        return publication;
    }

    /** A job that completed successfully, inserted as the workflow would leave it; returns its id. */
    static long completedJob(JdbcClient jdbc, long publicationId) {
        return jdbc.sql("""
                        INSERT INTO job (publication_id, status, start, "end")
                        VALUES (:publication, 'COMPLETED', :start, :end) RETURNING id
                        """)
                .param("publication", publicationId)
                .param("start", Timestamp.from(Instant.parse("2026-11-01T10:00:00Z")))
                .param("end", Timestamp.from(Instant.parse("2026-11-02T10:00:00Z")))
                .query(Long.class)
                .single();
    }
}
