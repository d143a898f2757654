package se.pollinator.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.pollinator.session.SessionKind;

import java.nio.file.Path;
import java.util.Arrays;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boundaries of DESIGN.md, kept by the build: the domain knows no Spring, the session kernel
 * knows no kind of session, the kinds of session know nothing of each other, a kind is named only
 * in its own packages and where it is registered, and the infrastructure that serves every
 * session reaches the kinds only through the kernel.
 */
class ArchitectureTest {

    /** Every kind of session the kernel knows of, each in the packages named after it (THINK_TANK: thinktank). */
    private static final String[] KINDS = Arrays.stream(SessionKind.values())
            .map(kind -> "se.pollinator." + kind.name().toLowerCase(java.util.Locale.ROOT).replace("_", "") + "..")
            .toArray(String[]::new);
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.pollinator");
    }

    @Test
    void theDomainKnowsNoSpringNoSqlAndNoJson() {
        JavaClasses domain = new ClassFileImporter().importPath(Path.of("..", "domain", "target", "classes"));
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                "javax.sql..", "com.fasterxml.jackson..", "jakarta.persistence..").check(domain);
    }

    @Test
    void everyKindOfSessionLivesInPackagesOfItsOwn() {
        for (String kind : KINDS) {
            String name = kind.substring(0, kind.length() - 2);
            assertThat(classes.stream().anyMatch(type -> type.getPackageName().startsWith(name)))
                    .as("classes in " + name).isTrue();
        }
    }

    /** Where a guest may go is said where each handler is and checked by the kernel, not matched against URLs. */
    @Test
    void guestsAreFencedByTheKernelNotByUrlPatterns() {
        noClasses().that().resideInAnyPackage("se.pollinator.security..", "se.pollinator.session..")
                .and().haveSimpleNameContaining("Guest")
                .should().dependOnClassesThat().resideInAPackage("java.util.regex..").check(classes);
    }

    @Test
    void theSessionKernelKnowsNoKindOfSession() {
        noClasses().that().resideInAPackage("se.pollinator.session..")
                .should().dependOnClassesThat().resideInAnyPackage(KINDS).check(classes);
    }

    @Test
    void noKindOfSessionKnowsAnother() {
        for (String kind : KINDS) {
            String[] others = Arrays.stream(KINDS).filter(other -> !other.equals(kind))
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(kind).should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true).check(classes);
        }
    }

    /**
     * A kind is registered once, as a constant of {@link SessionKind} (which says its page, its
     * commands' path and its names): nothing outside the kind's own packages names it, so the
     * kernel and the infrastructure serve a new kind as they serve the others.
     */
    @Test
    void aKindIsNamedOnlyInItsOwnPackagesAndWhereItIsRegistered() {
        for (SessionKind kind : SessionKind.values()) {
            String own = "se.pollinator." + kind.name().toLowerCase(java.util.Locale.ROOT).replace("_", "") + "..";
            noClasses().that().resideOutsideOfPackage(own).and().doNotBelongToAnyOf(SessionKind.class)
                    .should().accessField(SessionKind.class, kind.name()).check(classes);
        }
    }

    @Test
    void liveConnectionsSecurityPeopleAxonAndTheWebLayerReachKindsOnlyThroughTheKernel() {
        noClasses().that().resideInAnyPackage("se.pollinator.live..", "se.pollinator.security..",
                        "se.pollinator.people..", "se.pollinator.web..", "se.pollinator.axon..")
                .should().dependOnClassesThat().resideInAnyPackage(KINDS).check(classes);
    }
}
