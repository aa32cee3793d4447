package com.scenehub.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes a fresh {@code scenehub_test} database on 127.0.0.1:5432 once per JVM. Where no server
 * answers the PostgreSQL tests are skipped, but on CI (CI=true) that is a failure.
 */
public class PostgresDatabase implements BeforeAllCallback {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static volatile Boolean ready;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (ready == null) {
            synchronized (PostgresDatabase.class) {
                if (ready == null) {
                    ready = recreate();
                }
            }
        }
        if (!ready) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL on 127.0.0.1:5432 is required on CI");
            }
            Assumptions.abort("PostgreSQL on 127.0.0.1:5432 is not running");
        }
    }

    private static boolean recreate() {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists scenehub_test with (force)");
            statement.execute("create database scenehub_test");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
