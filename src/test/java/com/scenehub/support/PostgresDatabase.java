package com.scenehub.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes a fresh database on the PostgreSQL server at 127.0.0.1:5432 once per test JVM (its own name,
 * so parallel runs never meet) and drops it when the JVM ends. Where no server answers the
 * PostgreSQL tests are skipped, but on CI (CI=true) that is a failure.
 */
public class PostgresDatabase implements BeforeAllCallback {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String NAME = "scenehub_test_" + ProcessHandle.current().pid();
    private static volatile Boolean ready;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (ready == null) {
            synchronized (PostgresDatabase.class) {
                if (ready == null) {
                    ready = create();
                }
            }
        }
        if (!ready) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL on 127.0.0.1:5432 is required on CI");
            }
            Assumptions.abort("PostgreSQL on 127.0.0.1:5432 is not running");
        }
        System.setProperty("scenehub.pgtest.database", NAME);
    }

    private static boolean create() {
        try {
            execute("drop database if exists " + NAME + " with (force)");
            execute("create database " + NAME);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // Shutdown hooks run side by side: wait for Spring's to close the application
                // contexts first. Dropping the database under them made each closing context wait
                // the pool's 30 s connection timeout for a connection that could no longer be made.
                awaitSpringShutdown();
                try {
                    execute("drop database if exists " + NAME + " with (force)");
                } catch (SQLException ignored) {
                    // the server may already be gone; the name is unique, nothing else uses it
                }
            }));
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Joins Spring's shutdown hook. The JVM starts the hooks one after another, so it may not be
     * running yet when this hook looks: look again for up to two seconds.
     */
    private static void awaitSpringShutdown() {
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < giveUp) {
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread != Thread.currentThread() && thread.getName().equals("SpringApplicationShutdownHook")) {
                    try {
                        thread.join(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
