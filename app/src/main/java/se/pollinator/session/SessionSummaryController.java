package se.pollinator.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.people.SignedIn;
import se.pollinator.rules.Values;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every kind's summary, to take away, at one address: each kind says what it came to (see {@link SummaryExport}). */
@RestController
@Tag(name = "Sessions")
public class SessionSummaryController {

    public static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Map<SessionKind, SummaryExport> exports;
    private final SessionAccess access;

    public SessionSummaryController(List<SummaryExport> exports, SessionAccess access) {
        this.exports = exports.stream().collect(Collectors.toMap(SummaryExport::kind, Function.identity()));
        this.access = access;
    }

    @Operation(summary = "What the session came to, to take away, for every kind",
            description = "A retro: its topics by votes, decisions, action items with owners and due dates, the "
                    + "earlier action items it reviewed, and how many took part. A think tank: its questions with "
                    + "their insights (evidence, support), clusters and recommendations with what they rest on. A "
                    + "café: its tables with their hosts, notes and summaries, and its harvest. As the caller may see "
                    + "them; by the Accept header: application/json (default), text/markdown (in Swedish when "
                    + "Accept-Language asks for it, else English) or text/csv, the latter two as a file to save.")
    @GetMapping(value = "/api/sessions/{id}/summary", produces = {MediaType.APPLICATION_JSON_VALUE, "text/markdown",
            "text/csv"})
    public ResponseEntity<?> summary(@PathVariable String id,
                                     @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                     @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
                                     @AuthenticationPrincipal SignedIn me) {
        String sessionId = Values.id("sessionId", id);
        SessionKind kind = access.kindOf(sessionId).orElseThrow(() -> SessionAccess.unknownSession(sessionId));
        SummaryExport export = exports.get(kind);
        if (export == null) {
            throw SessionAccess.unknownSession(sessionId);
        }
        return export.export(sessionId, wanted(accept), language != null && language.toLowerCase().startsWith("sv"), me);
    }

    /** Markdown or CSV when the Accept header prefers one of them to JSON; null for JSON. */
    static MediaType wanted(String accept) {
        if (accept == null || accept.isBlank()) {
            return null;
        }
        List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        MimeTypeUtils.sortBySpecificity(types);
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.isWildcardType() || MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
                return null;
            }
            if (MARKDOWN.isCompatibleWith(type) || CSV.isCompatibleWith(type)) {
                return type.isCompatibleWith(MARKDOWN) ? MARKDOWN : CSV;
            }
        }
        return null;
    }
}
