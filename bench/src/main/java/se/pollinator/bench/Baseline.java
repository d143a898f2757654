package se.pollinator.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PostgreSQL's own rate of durable single-row inserts (each its own committed transaction) at a
 * given concurrency, measured in the same run: the yardstick the app's write rate is read against.
 */
final class Baseline {

    private Baseline() {
    }

    /** Rows per second, with {@code threads} connections inserting {@code rows} rows in all. */
    static double insertsPerSecond(Options options, int threads, int rows) throws Exception {
        try (Connection setup = connect(options); Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench_baseline (id BIGSERIAL PRIMARY KEY, payload TEXT)");
        }
        AtomicLong left = new AtomicLong(rows);
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                try (Connection connection = connect(options);
                     PreparedStatement insert = connection.prepareStatement(
                             "INSERT INTO bench_baseline (payload) VALUES (?)")) {
                    while (left.getAndDecrement() > 0) {
                        insert.setString(1, "a card of about the size people write on a board");
                        insert.executeUpdate();
                    }
                } catch (SQLException e) {
                    failures.add(e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Connection cleanup = connect(options); Statement statement = cleanup.createStatement()) {
            statement.execute("DROP TABLE bench_baseline");
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return rows / seconds;
    }

    static Connection connect(Options options) throws SQLException {
        return DriverManager.getConnection(options.jdbc(), options.jdbcUser(), options.jdbcPassword());
    }
}
