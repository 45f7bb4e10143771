package org.procuredesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;

/**
 * The package structure as rules: features with borders, views at the edge, no field injection, no expression
 * evaluated but by the classes named in {@link ExpressionCallers}.
 */
class ArchitectureTest {

    static JavaClasses application;

    @BeforeAll
    static void importClasses() {
        application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.procuredesk");
    }

    @Test
    void featuresDoNotDependOnEachOtherInACycle() {
        check(slices().matching("org.procuredesk.(*)..").should().beFreeOfCycles());
    }

    @Test
    void aFeaturesViewsAreUsedByNoOtherFeature() {
        check(slices().matching("org.procuredesk.(*).ui..").should().notDependOnEachOther()
                .ignoreDependency(JavaClass.Predicates.resideInAnyPackage("org.procuredesk..ui.."),
                        JavaClass.Predicates.resideInAPackage("org.procuredesk.system.ui.."))
                .because("system.ui is the shared kit every feature's views are built from"));
        check(noClasses().that().resideOutsideOfPackages("org.procuredesk.people..", "org.procuredesk.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.procuredesk.people.ui.."));
    }

    @Test
    void nothingButTheUiDependsOnVaadinViews() {
        check(noClasses().that().resideOutsideOfPackages("..ui..", "org.procuredesk")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component.."));
    }

    @Test
    void processDelegatesNeverDependOnViews() {
        check(noClasses().that().implement(JavaDelegate.class)
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.vaadin..")
                .allowEmptyShould(true));
    }

    @Test
    void repositoriesStayInsideTheirFeature() {
        check(classes().that().areAssignableTo(Repository.class).should().notBePublic()
                .because("a feature's repositories are its own; other features use its public services"));
    }

    @Test
    void everyViewSaysWhoMayOpenIt() {
        check(classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(PermitAll.class).orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class).orShould().beAnnotatedWith(DenyAll.class)
                .because("a view without an access annotation is denied, which is never what its author meant"));
    }

    @Test
    void dependenciesAreInjectedThroughConstructors() {
        check(fields().should().notBeAnnotatedWith(Autowired.class));
    }

    @Test
    void onlyNamedClassesCreateOrEvaluateExpressionsScriptsOrModels() {
        check(ExpressionCallers.onlyNamedClassesEvaluate());
    }

    private static void check(ArchRule rule) {
        rule.check(application);
    }
}
