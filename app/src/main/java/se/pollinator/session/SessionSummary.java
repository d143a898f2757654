package se.pollinator.session;

import java.time.Instant;
import java.util.List;

/**
 * What a session came to, to take away, for the kinds whose summary is its sections of items (a
 * think tank's questions and recommendations, a café's tables and harvest): the same shape in
 * JSON, Markdown and CSV. {@code section}, {@code kind} and a detail's {@code label} are keys, which
 * the formats put in words.
 */
public record SessionSummary(String sessionId, SessionKind kind, String title, String about, Integer module,
                             List<String> municipalities, String facilitator, Instant scheduledAt, boolean closed,
                             int participants, List<Section> sections) {

    public record Section(String section, List<Item> items) {
    }

    /** One item (an insight, a recommendation, a note) with what belongs to it. */
    public record Item(String kind, String id, String text, List<Detail> details) {
    }

    public record Detail(String label, String value) {
    }
}
