package se.pollinator.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The plans read model: per plan a header row (its municipality project and the sequence number
 * it is folded up to) and one row per goal with the goal's history. An event rewrites the one goal
 * it is about and the header, so its cost does not grow with the plan.
 */
@Repository
public class PlanStore {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final JdbcTemplate jdbc;

    public PlanStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored plan, folded up to its stored sequence number. */
    public Optional<PlanFold> plan(String planId) {
        List<PlanFold> headers = jdbc.query("SELECT municipality_id, seq, updated_at FROM plan_header WHERE plan_id = ?",
                (rs, row) -> {
                    PlanFold plan = new PlanFold();
                    plan.planId = planId;
                    plan.municipalityId = rs.getString("municipality_id");
                    plan.seq = rs.getLong("seq");
                    plan.updatedAt = rs.getTimestamp("updated_at").toInstant();
                    return plan;
                }, planId);
        if (headers.isEmpty()) {
            return Optional.empty();
        }
        PlanFold plan = headers.get(0);
        jdbc.query("SELECT state FROM plan_goal WHERE plan_id = ? ORDER BY position", rs -> {
            GoalRecord goal = read(rs.getString("state"));
            plan.goals.put(goal.id, goal);
        }, planId);
        return Optional.of(plan);
    }

    /** The sequence number the plan is folded up to; -1 for a plan not started. */
    long seq(String planId) {
        List<Long> seq = jdbc.queryForList("SELECT seq FROM plan_header WHERE plan_id = ?", Long.class, planId);
        return seq.isEmpty() ? -1 : seq.get(0);
    }

    Optional<GoalRecord> goal(String planId, String goalId) {
        return jdbc.query("SELECT state FROM plan_goal WHERE plan_id = ? AND goal_id = ?",
                (rs, row) -> read(rs.getString("state")), planId, goalId).stream().findFirst();
    }

    void start(String planId, String municipalityId, long seq, Instant at) {
        jdbc.update("INSERT INTO plan_header (plan_id, municipality_id, seq, updated_at) VALUES (?, ?, ?, ?)",
                planId, municipalityId, seq, Timestamp.from(at));
    }

    void save(String planId, GoalRecord goal, boolean isNew, long seq, Instant at) {
        if (isNew) {
            jdbc.update("INSERT INTO plan_goal (plan_id, goal_id, position, state) VALUES (?, ?, ?, ?)",
                    planId, goal.id, goal.position, write(goal));
        } else {
            jdbc.update("UPDATE plan_goal SET state = ? WHERE plan_id = ? AND goal_id = ?", write(goal), planId,
                    goal.id);
        }
        jdbc.update("UPDATE plan_header SET seq = ?, updated_at = ? WHERE plan_id = ?", seq, Timestamp.from(at),
                planId);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM plan_goal");
        jdbc.update("DELETE FROM plan_header");
    }

    private static String write(GoalRecord goal) {
        try {
            return JSON.writeValueAsString(goal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A goal could not be written", e);
        }
    }

    private static GoalRecord read(String json) {
        try {
            return JSON.readValue(json, GoalRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored goal could not be read", e);
        }
    }
}
