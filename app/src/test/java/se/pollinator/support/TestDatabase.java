package se.pollinator.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the PostgreSQL test database when it is missing, so that the README's test command
 * needs only a running PostgreSQL. Skipped when SPRING_DATASOURCE_URL points elsewhere.
 */
final class TestDatabase {

    static final String NAME = "pollinator_test";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static boolean checked;

    private TestDatabase() {
    }

    static synchronized void ensureExists() {
        if (checked || System.getenv("SPRING_DATASOURCE_URL") != null) {
            return;
        }
        checked = true;
        try (Connection server = DriverManager.getConnection(SERVER, "postgres", "");
             Statement statement = server.createStatement();
             ResultSet found = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + NAME + "'")) {
            if (!found.next()) {
                statement.execute("CREATE DATABASE " + NAME);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The tests need PostgreSQL on 127.0.0.1:5432 (user postgres): "
                    + e.getMessage(), e);
        }
    }
}
