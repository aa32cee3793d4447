package com.scenehub;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * SceneHub (场景汇): the Yuxi High-tech Zone's platform for scene opportunities and innovation vouchers.
 */
@SpringBootApplication
@EnableAsync
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/scenehub.css")
@PWA(name = "SceneHub 场景汇", shortName = "SceneHub")
public class SceneHubApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(SceneHubApplication.class, args);
    }
}
