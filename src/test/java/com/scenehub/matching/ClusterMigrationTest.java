package com.scenehub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.support.PostgresDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cluster profile's migration (db/migration-cluster/{vendor}) applies after the regular ones on H2
 * and PostgreSQL, and creates exactly the tables Hibernate Search's outbox-polling coordination
 * validates against ({@code hbm2ddl.auto=validate} with {@code coordination.strategy=outbox-polling}).
 */
class ClusterMigrationTest {

    @Test
    void appliesOnH2AndMatchesWhatOutboxPollingExpects() throws SQLException {
        String url = "jdbc:h2:mem:cluster_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        var result = Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/migration-cluster/h2").load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrations).anyMatch(m -> m.version.equals("39"));
        validateWithOutboxPolling(url, "sa", "", "org.hibernate.dialect.H2Dialect", null);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(tableExists(c, null, "HSEARCH_OUTBOX_EVENT")).isTrue();
            assertThat(tableExists(c, null, "HSEARCH_AGENT")).isTrue();
        }
    }

    @Test
    void theRegularMigrationsDoNotCreateTheOutboxTables() throws SQLException {
        String url = "jdbc:h2:mem:single_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(tableExists(c, null, "HSEARCH_OUTBOX_EVENT")).isFalse();
        }
    }

    @Nested
    @ExtendWith(PostgresDatabase.class)
    class OnPostgresql {

        @Test
        void appliesOnPostgresqlAndMatchesWhatOutboxPollingExpects() throws SQLException {
            // A schema of its own, so the application tests sharing this database keep their Flyway history.
            String url = "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("scenehub.pgtest.database");
            var result = Flyway.configure().dataSource(url, "postgres", "").schemas("cluster_check")
                    .locations("classpath:db/migration", "classpath:db/migration-cluster/postgresql").load().migrate();
            assertThat(result.success).isTrue();
            validateWithOutboxPolling(url, "postgres", "", "org.hibernate.dialect.PostgreSQLDialect", "cluster_check");
            try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                assertThat(tableExists(c, "cluster_check", "hsearch_outbox_event")).isTrue();
                assertThat(tableExists(c, "cluster_check", "hsearch_agent")).isTrue();
            }
        }
    }

    /** Boots Hibernate ORM with Hibernate Search's outbox-polling entities only and validates the schema. */
    private static void validateWithOutboxPolling(String url, String user, String password, String dialect,
            String schema) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.connection.url", url);
        settings.put("hibernate.connection.username", user);
        settings.put("hibernate.connection.password", password);
        settings.put("hibernate.dialect", dialect);
        settings.put("hibernate.hbm2ddl.auto", "validate");
        if (schema != null) {
            settings.put("hibernate.default_schema", schema);
        }
        settings.put("hibernate.search.backend.type", "lucene");
        settings.put("hibernate.search.backend.directory.type", "local-heap");
        settings.put("hibernate.search.coordination.strategy", "outbox-polling");
        settings.put("hibernate.search.coordination.event_processor.enabled", "false");
        settings.put("hibernate.search.configuration_property_checking.strategy", "ignore");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            new MetadataSources(registry).buildMetadata().buildSessionFactory().close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    private static boolean tableExists(Connection c, String schema, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, schema, table, null)) {
            return rs.next();
        }
    }
}
