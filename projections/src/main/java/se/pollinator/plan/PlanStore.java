package se.pollinator.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
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

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    /** Targets and values read back exactly as written (2.35, not a double near it). */
    private final ObjectReader goals;

    public PlanStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.goals = json.readerFor(GoalRecord.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
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

    /** A plan change that names a session's item as its source. */
    public record Citation(String planId, String municipalityId, String goalId, String goalTitle, String sessionId,
                           String itemId, String change, Instant at, String byId, String rationale) {
    }

    /** Records that the change names its source (a session's item). */
    void cite(String planId, String goalId, GoalRecord.Change change) {
        jdbc.update("INSERT INTO plan_citation (plan_id, seq, goal_id, session_id, item_id, change_kind, changed_at, "
                + "by_id, rationale) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", planId, change.seq(), goalId,
                change.source().sessionId(), change.source().itemId(), change.kind(), Timestamp.from(change.at()),
                change.byId(), change.rationale());
    }

    /** The plan changes that cite an item of the session, oldest first, with their goal's title as it is now. */
    public List<Citation> citationsOf(String sessionId) {
        return jdbc.query("SELECT c.plan_id, h.municipality_id, c.goal_id, g.state, c.session_id, c.item_id, "
                        + "c.change_kind, c.changed_at, c.by_id, c.rationale FROM plan_citation c "
                        + "JOIN plan_header h ON h.plan_id = c.plan_id "
                        + "JOIN plan_goal g ON g.plan_id = c.plan_id AND g.goal_id = c.goal_id "
                        + "WHERE c.session_id = ? ORDER BY c.changed_at, c.seq",
                (rs, row) -> {
                    GoalRecord goal = read(rs.getString(4));
                    return new Citation(rs.getString(1), rs.getString(2), rs.getString(3),
                            goal.details == null ? null : goal.details.title(), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getString(10));
                }, sessionId);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM plan_citation");
        jdbc.update("DELETE FROM plan_goal");
        jdbc.update("DELETE FROM plan_header");
    }

    private String write(GoalRecord goal) {
        try {
            return json.writeValueAsString(goal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A goal could not be written", e);
        }
    }

    private GoalRecord read(String stored) {
        try {
            return goals.readValue(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored goal could not be read", e);
        }
    }
}
