package se.pollinator.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.pollinator.plan.NeedsEvents.Score;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The needs analyses read model: each section's current text and last author, and every assessment. */
@Repository
public class NeedsStore {

    private static final TypeReference<Map<MaturityDimension, Score>> SCORES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public NeedsStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record Section(NeedsSection section, String text, String byId, Instant at) {

        /** A section is named by what it is about, which a page's merge takes as its id. */
        @com.fasterxml.jackson.annotation.JsonProperty("id")
        public String id() {
            return section.name();
        }
    }

    public record Assessment(String id, String byId, Instant at, Map<MaturityDimension, Score> scores) {
    }

    public record Needs(String analysisId, long seq, List<Section> sections, List<Assessment> assessments) {
    }

    public Needs needs(String analysisId) {
        List<Long> seq = jdbc.queryForList("SELECT seq FROM needs_header WHERE analysis_id = ?", Long.class, analysisId);
        List<Section> sections = jdbc.query("SELECT section, text, by_id, changed_at FROM needs_section "
                        + "WHERE analysis_id = ?",
                (rs, row) -> new Section(NeedsSection.valueOf(rs.getString("section")), rs.getString("text"),
                        rs.getString("by_id"), rs.getTimestamp("changed_at").toInstant()), analysisId);
        List<Assessment> assessments = jdbc.query("SELECT assessment_id, by_id, assessed_at, scores "
                        + "FROM maturity_assessment WHERE analysis_id = ? ORDER BY position",
                (rs, row) -> new Assessment(rs.getString("assessment_id"), rs.getString("by_id"),
                        rs.getTimestamp("assessed_at").toInstant(), read(rs.getString("scores"))), analysisId);
        return new Needs(analysisId, seq.isEmpty() ? -1 : seq.get(0), sections, assessments);
    }

    long seq(String analysisId) {
        List<Long> seq = jdbc.queryForList("SELECT seq FROM needs_header WHERE analysis_id = ?", Long.class, analysisId);
        return seq.isEmpty() ? -1 : seq.get(0);
    }

    void start(String analysisId, String municipalityId, long seq) {
        jdbc.update("INSERT INTO needs_header (analysis_id, municipality_id, seq) VALUES (?, ?, ?)", analysisId,
                municipalityId, seq);
    }

    void revise(String analysisId, NeedsSection section, String text, String byId, Instant at, long seq) {
        int updated = jdbc.update("UPDATE needs_section SET text = ?, by_id = ?, changed_at = ? "
                + "WHERE analysis_id = ? AND section = ?", text, byId, Timestamp.from(at), analysisId, section.name());
        if (updated == 0) {
            jdbc.update("INSERT INTO needs_section (analysis_id, section, text, by_id, changed_at) "
                    + "VALUES (?, ?, ?, ?, ?)", analysisId, section.name(), text, byId, Timestamp.from(at));
        }
        moved(analysisId, seq);
    }

    void assess(String analysisId, String assessmentId, Map<MaturityDimension, Score> scores, String byId, Instant at,
                long seq) {
        jdbc.update("INSERT INTO maturity_assessment (analysis_id, assessment_id, position, by_id, assessed_at, scores) "
                + "VALUES (?, ?, ?, ?, ?, ?)", analysisId, assessmentId, seq, byId, Timestamp.from(at), write(scores));
        moved(analysisId, seq);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM maturity_assessment");
        jdbc.update("DELETE FROM needs_section");
        jdbc.update("DELETE FROM needs_header");
    }

    private void moved(String analysisId, long seq) {
        jdbc.update("UPDATE needs_header SET seq = ? WHERE analysis_id = ?", seq, analysisId);
    }

    private String write(Map<MaturityDimension, Score> scores) {
        try {
            return json.writeValueAsString(scores);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An assessment could not be written", e);
        }
    }

    private Map<MaturityDimension, Score> read(String stored) {
        try {
            return json.readValue(stored, SCORES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored assessment could not be read", e);
        }
    }
}
