package se.pollinator.web;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * After the database dropped a connection, the pool's other connections are most likely dead
 * too (a restart or failover ends them all); evicting them at once spares the next requests from
 * failing one by one on them.
 */
@Component
class StaleConnections {

    private static final long AT_MOST_EVERY_NANOS = 1_000_000_000L;

    private final DataSource dataSource;
    private final AtomicLong lastEviction = new AtomicLong(System.nanoTime() - AT_MOST_EVERY_NANOS);

    StaleConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void evict() {
        long last = lastEviction.get();
        long now = System.nanoTime();
        if (now - last < AT_MOST_EVERY_NANOS || !lastEviction.compareAndSet(last, now)) {
            return;
        }
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The connection pool could not be reached", e);
        }
    }
}
