package com.scenehub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** Layering rules that Spring Modulith does not check by itself. */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.scenehub");

    @Test
    void servicesAndEntitiesNeverReachIntoViews() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().resideOutsideOfPackage("com.scenehub.shell..")
                .should().dependOnClassesThat().resideInAPackage("com.scenehub..ui..")
                .check(CLASSES);
    }

    @Test
    void viewsNeverTouchRepositoriesOrEntitiesDirectly() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(CLASSES);
    }

    @Test
    void entitiesAreNotPublic() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void everyViewDeclaresWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
                .check(CLASSES);
    }

    @Test
    void servicesLiveInTheirModulesRootPackage() {
        classes().that().areAnnotatedWith(Service.class).should().resideOutsideOfPackage("..ui..").check(CLASSES);
    }
}
