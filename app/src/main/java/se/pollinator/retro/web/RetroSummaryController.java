package se.pollinator.retro.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.SignedIn;
import se.pollinator.programme.ProgrammeStore;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A retro's summary, to take away, as the caller may see it. */
@RestController
@RequestMapping("/api/sessions/{id}")
@Tag(name = "Sessions")
public class RetroSummaryController {

    private final RetroBoards boards;
    private final PeopleStore people;
    private final ProgrammeStore programme;

    public RetroSummaryController(RetroBoards boards, PeopleStore people, ProgrammeStore programme) {
        this.boards = boards;
        this.people = people;
        this.programme = programme;
    }

    private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    @Operation(summary = "What the retro came to, to take away",
            description = "Its topics by votes, decisions, action items with owners and due dates, the earlier "
                    + "action items it reviewed, and how many took part, as the caller may see them. By the Accept "
                    + "header: application/json (default), text/markdown (in Swedish when Accept-Language asks for "
                    + "it, else English) or text/csv, the latter two as a file to save.")
    @GetMapping(value = "/summary", produces = {MediaType.APPLICATION_JSON_VALUE, "text/markdown", "text/csv"})
    public ResponseEntity<?> summary(@PathVariable String id, @RequestHeader(value = HttpHeaders.ACCEPT,
                                             required = false) String accept,
                                     @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
                                     @AuthenticationPrincipal SignedIn me) {
        RetroBoards.BoardResponse board = boards.read(id, me.person());
        Summary summary = Summary.of(board.board(), people.displayNames(RetroBoards.mentioned(board.board())),
                programme.municipalityName(board.board().municipality()));
        MediaType wanted = wanted(accept);
        if (wanted == null) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(summary);
        }
        boolean markdown = wanted.isCompatibleWith(MARKDOWN);
        String body = markdown
                ? SummaryFormats.markdown(summary, language != null && language.toLowerCase().startsWith("sv"))
                : SummaryFormats.csv(summary);
        String file = "retro-" + summary.title().replaceAll("[^\\p{L}\\p{N}]+", "-") + (markdown ? ".md" : ".csv");
        return ResponseEntity.ok().contentType(markdown ? MARKDOWN : CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** Markdown or CSV when the Accept header prefers one of them to JSON; null for JSON. */
    private static MediaType wanted(String accept) {
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
