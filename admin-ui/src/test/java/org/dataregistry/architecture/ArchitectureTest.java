package org.dataregistry.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;
import io.temporal.activity.ActivityInterface;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries (ocds ← workflows ← activities ← catalogue ← admin-ui; ocds and workflows independent)
 * and the package conventions of STYLE.md. Modules share feature packages, so a class's module is told by where
 * it was compiled, not by its package.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importAllModules() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dataregistry");
    }

    @Test
    void ocdsEnginesArePureJava() {
        noClasses()
                .that(inModule("ocds"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "io.temporal..", "java.sql..", "javax.sql..", "com.vaadin..")
                .orShould()
                .dependOnClassesThat(inModule("workflows")
                        .or(inModule("activities"))
                        .or(inModule("catalogue"))
                        .or(inModule("admin-ui")))
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * The engines' packages stand on floors: the root package (JSON settings, staged files) depends on none of the
     * others, and no two packages need each other, so each can be read, tested and moved on its own.
     */
    @Test
    void ocdsPackagesFormNoCycle() {
        noClasses()
                .that()
                .resideInAPackage("org.dataregistry.ocds")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.dataregistry.ocds.(*)..")
                .check(classes);
        slices().matching("org.dataregistry.ocds.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    @Test
    void workflowsDependOnTheTemporalSdkAlone() {
        noClasses()
                .that(inModule("workflows"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "com.vaadin..", "java.net.http..")
                .orShould()
                .dependOnClassesThat(inModule("ocds")
                        .or(inModule("activities"))
                        .or(inModule("catalogue"))
                        .or(inModule("admin-ui")))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void activitiesKnowNothingOfTheUi() {
        noClasses()
                .that(inModule("activities"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "org.springframework.security..")
                .orShould()
                .dependOnClassesThat(inModule("catalogue").or(inModule("admin-ui")))
                .check(classes);
    }

    @Test
    void thePublicSiteKnowsNothingOfTheAdminUi() {
        noClasses()
                .that(inModule("catalogue"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "org.springframework.security..")
                .orShould()
                .dependOnClassesThat(inModule("admin-ui"))
                .check(classes);
    }

    /** Its own query classes are the public site's one way into the database: what it shows is read there. */
    @Test
    void thePublicSiteReadsTheDatabaseOnlyThroughItsQueryClasses() {
        noClasses()
                .that(inModule("catalogue"))
                .and()
                .haveSimpleNameNotEndingWith("Queries")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.jdbc..", "java.sql..", "javax.sql..", "org.springframework.data..")
                .check(classes);
        noClasses()
                .that(inModule("catalogue"))
                .should()
                .dependOnClassesThat(inModule("activities").and(readsTheDatabase()))
                .check(classes);
    }

    @Test
    void viewsGoThroughFacadesNeverRepositoriesOrTemporal() {
        noClasses()
                .that()
                .areAssignableTo(Component.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(org.springframework.data.repository.Repository.class)
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "io.temporal.client..")
                .check(classes);
    }

    /**
     * Activities run in Temporal's workers, which retry them, time them out and record them in the workflow's history:
     * only workflows call activity methods (through Temporal's stubs), and no class but an activity implementation
     * depends on one. What else needs an activity's work (a control in the admin UI) calls what the activity adapts.
     */
    @Test
    void activityBeansAreCalledOnlyThroughTemporal() {
        noClasses()
                .that(DescribedPredicate.not(inModule("workflows")))
                .and(DescribedPredicate.not(anActivityImplementation()))
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "the method is an activity's", call -> isActivity(call.getTargetOwner())))
                .orShould()
                .dependOnClassesThat(anActivityImplementation())
                .check(classes);
    }

    @Test
    void packagesAreFeaturesNotLayers() {
        ArchRule rule = noClasses()
                .should()
                .resideInAnyPackage(
                        "..util..",
                        "..utils..",
                        "..common..",
                        "..helpers..",
                        "..service..",
                        "..services..",
                        "..controller..",
                        "..impl..",
                        "..dto..");
        rule.check(classes);
    }

    /** Repositories and query classes of the activities module (Spring's {@code @Repository}). */
    private static DescribedPredicate<JavaClass> readsTheDatabase() {
        return DescribedPredicate.describe(
                "read the database",
                javaClass -> javaClass.isAnnotatedWith(org.springframework.stereotype.Repository.class)
                        || javaClass.isAssignableTo(org.springframework.data.repository.Repository.class));
    }

    /** An activity implementation, or a class nested in one. */
    private static DescribedPredicate<JavaClass> anActivityImplementation() {
        return DescribedPredicate.describe("are activity implementations", javaClass -> {
            JavaClass outermost = javaClass;
            while (outermost.getEnclosingClass().isPresent()) {
                outermost = outermost.getEnclosingClass().get();
            }
            return !outermost.isInterface() && isActivity(outermost);
        });
    }

    /** An activity interface ({@code @ActivityInterface}) or a class implementing one. */
    private static boolean isActivity(JavaClass javaClass) {
        return javaClass.isAnnotatedWith(ActivityInterface.class)
                || javaClass.getAllRawInterfaces().stream()
                        .anyMatch(type -> type.isAnnotatedWith(ActivityInterface.class));
    }

    private static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe(
                "in module " + module,
                javaClass -> javaClass
                        .getSource()
                        .map(source -> source.getUri().toString())
                        .map(uri -> uri.contains("/" + module + "/target/classes/") || uri.contains("/" + module + "-"))
                        .orElse(false));
    }
}
