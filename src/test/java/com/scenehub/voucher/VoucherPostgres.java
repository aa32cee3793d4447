package com.scenehub.voucher;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Like {@code @PostgresTest}, but on a database of the voucher tests' own ({@code scenehub_voucher_test}),
 * so that their long concurrent runs neither disturb nor are disturbed by other suites recreating
 * {@code scenehub_test} on the same server. Skipped without a server, failing on CI.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(VoucherPostgres.Database.class)
@SpringBootTest
@ActiveProfiles({"test", "pgtest"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/scenehub_voucher_test")
public @interface VoucherPostgres {

    class Database implements BeforeAllCallback {

        private static volatile Boolean ready;

        @Override
        public void beforeAll(ExtensionContext context) {
            synchronized (Database.class) {
                if (ready == null) {
                    ready = recreate();
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
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
                    "postgres", ""); Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists scenehub_voucher_test with (force)");
                statement.execute("create database scenehub_voucher_test");
                return true;
            } catch (SQLException e) {
                return false;
            }
        }
    }
}
