package org.dataregistry.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Workflow code is replayed by Temporal, so it must make the same decisions every time: no wall clock, randomness,
 * threads, I/O, Spring or LoggerFactory in a {@code *WorkflowImpl} (nor in its nested classes). Use
 * {@code Workflow.currentTimeMillis()}, {@code Workflow.randomUUID()}, {@code Workflow.sleep()},
 * {@code Workflow.getLogger()} and activities instead.
 */
class WorkflowDeterminismTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importWorkflows() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dataregistry");
    }

    @Test
    void workflowCodeReadsNoWallClock() {
        workflowCode()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(System.class, "nanoTime")
                .orShould()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(OffsetDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(Clock.class)
                .check(classes);
    }

    @Test
    void workflowCodeDrawsNoRandomness() {
        workflowCode()
                .callMethod(UUID.class, "randomUUID")
                .orShould()
                .callMethod(Math.class, "random")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(java.util.Random.class)
                .check(classes);
    }

    @Test
    void workflowCodeStartsNoThreadsAndDoesNoIo() {
        workflowCode()
                .dependOnClassesThat()
                .areAssignableTo(Thread.class)
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("java.util.concurrent..", "java.io..", "java.nio..", "java.net..", "java.sql..")
                .check(classes);
    }

    @Test
    void workflowCodeUsesNeitherSpringNorLoggerFactory() {
        ArchRule rule = workflowCode()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.slf4j.LoggerFactory");
        rule.check(classes);
    }

    private static com.tngtech.archunit.lang.syntax.elements.ClassesShould workflowCode() {
        return noClasses()
                .that()
                .haveSimpleNameEndingWith("WorkflowImpl")
                .or()
                .haveNameMatching(".*WorkflowImpl\\$.*")
                .should();
    }
}
