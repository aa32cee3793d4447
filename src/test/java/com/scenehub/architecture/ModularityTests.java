package com.scenehub.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.SceneHubApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SceneHubApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        modules.verify();
    }

    @Test
    void everyCapabilityIsAModule() {
        assertThat(modules.stream().map(ApplicationModule::getName))
                .contains("shared", "security", "organisation", "referencedata", "notification", "shell", "demo");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
        assertThat(new java.io.File("target/spring-modulith-docs/all-docs.adoc")).exists();
    }
}
