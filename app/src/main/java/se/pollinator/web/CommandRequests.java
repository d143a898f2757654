package se.pollinator.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Commands that came with an Idempotency-Key, and their answers, kept for {@link #KEPT}. */
@Repository
public class CommandRequests {

    static final Duration KEPT = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public CommandRequests(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A request answered earlier: its method and path, and its answer as JSON. */
    record Remembered(String request, String answer) {
    }

    Optional<Remembered> find(String personId, String key) {
        return jdbc.query("SELECT request, answer FROM command_request WHERE person_id = ? AND idempotency_key = ?",
                (rs, row) -> new Remembered(rs.getString(1), rs.getString(2)), personId, key).stream().findFirst();
    }

    /** Must run in the command's transaction: a second request with the key fails on the primary key. */
    void remember(String personId, String key, String request, String answer) {
        jdbc.update("INSERT INTO command_request (person_id, idempotency_key, request, answer, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", personId, key, request, answer, Timestamp.from(clock.instant()));
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    public void forgetOld() {
        jdbc.update("DELETE FROM command_request WHERE created_at < ?", Timestamp.from(clock.instant().minus(KEPT)));
    }
}
