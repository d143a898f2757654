package se.pollinator.retro.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.SignedIn;
import se.pollinator.programme.ProgrammeStore;
import se.pollinator.session.SessionKind;
import se.pollinator.session.SessionSummaryController;
import se.pollinator.session.SummaryExport;

import java.nio.charset.StandardCharsets;

/** A retro's summary, to take away, as the caller may see it (answered at /api/sessions/{id}/summary). */
@Component
public class RetroSummaryExport implements SummaryExport {

    private final RetroBoards boards;
    private final PeopleStore people;
    private final ProgrammeStore programme;

    public RetroSummaryExport(RetroBoards boards, PeopleStore people, ProgrammeStore programme) {
        this.boards = boards;
        this.people = people;
        this.programme = programme;
    }

    @Override
    public SessionKind kind() {
        return SessionKind.RETRO;
    }

    @Override
    public ResponseEntity<?> export(String id, MediaType wanted, boolean swedish, SignedIn me) {
        RetroBoards.BoardResponse board = boards.read(id, me.person());
        Summary summary = Summary.of(board.board(), people.displayNames(RetroBoards.mentioned(board.board())),
                programme.municipalityName(board.board().municipality()));
        if (wanted == null) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(summary);
        }
        boolean markdown = wanted.isCompatibleWith(SessionSummaryController.MARKDOWN);
        String body = markdown ? SummaryFormats.markdown(summary, swedish) : SummaryFormats.csv(summary);
        String file = "retro-" + summary.title().replaceAll("[^\\p{L}\\p{N}]+", "-") + (markdown ? ".md" : ".csv");
        return ResponseEntity.ok().contentType(markdown ? SessionSummaryController.MARKDOWN : SessionSummaryController.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
