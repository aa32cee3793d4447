package com.scenehub.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/** Child process for {@link H2DurabilityTest}: commits rows one by one and reports each commit. */
public final class H2CommitWriter {

    private H2CommitWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table if not exists committed_row (id bigint primary key)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into committed_row (id) values (?)")) {
                for (long id = 1; ; id++) {
                    insert.setLong(1, id);
                    insert.executeUpdate();
                    connection.commit();
                    System.out.println(id);
                    System.out.flush();
                }
            }
        }
    }
}
