package com.scenehub.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default H2 settings lose no committed transaction when the process is killed: a child JVM
 * commits rows and reports each one; it is killed with SIGKILL mid-stream; every reported row must
 * be there when the database is opened again.
 */
class H2DurabilityTest {

    @TempDir
    Path dir;

    @Test
    void aKilledProcessLosesNoCommittedRow() throws Exception {
        Properties app = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            app.load(in);
        }
        String configured = app.getProperty("spring.datasource.url");
        assertThat(configured).startsWith("jdbc:h2:file:./data/scenehub");
        String url = configured.replace("./data/scenehub", dir.resolve("scenehub").toString());

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), H2CommitWriter.class.getName(), url)
                .redirectErrorStream(true).start();
        long lastReported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.matches("\\d+")) {
                    lastReported = Long.parseLong(line);
                    if (lastReported >= 300) {
                        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
                        break;
                    }
                }
            }
        }
        child.waitFor();
        assertThat(lastReported).isGreaterThanOrEqualTo(300);

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*), max(id) from committed_row")) {
            rows.next();
            assertThat(rows.getLong(2)).isGreaterThanOrEqualTo(lastReported);
            assertThat(rows.getLong(1)).isEqualTo(rows.getLong(2));
        }
    }
}
