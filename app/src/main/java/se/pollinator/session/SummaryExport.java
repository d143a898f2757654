package se.pollinator.session;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.pollinator.people.SignedIn;

/**
 * What one kind of session answers for {@code GET /api/sessions/{id}/summary}: its summary as JSON,
 * or as a file in the format asked for ({@link SessionSummaryController#MARKDOWN} or
 * {@link SessionSummaryController#CSV}). A kind whose summary is a {@link SessionSummary} answers
 * with {@link SessionSummaryFormats#answer}.
 */
public interface SummaryExport {

    SessionKind kind();

    /** The summary; {@code wanted} null for JSON. Throws 403/404 as the board would. */
    ResponseEntity<?> export(String sessionId, MediaType wanted, boolean swedish, SignedIn me);
}
