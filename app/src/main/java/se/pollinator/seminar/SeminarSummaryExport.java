package se.pollinator.seminar;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.SignedIn;
import se.pollinator.programme.ProgrammeStore;
import se.pollinator.seminar.board.SeminarBoard;
import se.pollinator.seminar.board.SeminarStore;
import se.pollinator.session.SessionAccess;
import se.pollinator.session.SessionKind;
import se.pollinator.session.SessionSummary;
import se.pollinator.session.SessionSummary.Detail;
import se.pollinator.session.SessionSummary.Item;
import se.pollinator.session.SessionSummary.Section;
import se.pollinator.session.SessionSummaryFormats;
import se.pollinator.session.SummaryExport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A seminar's summary: the questions on the wall, most voted first, with their state and answer
 * (never the authors of anonymous ones; held, hidden and merged questions are left out), and every
 * poll with its results once it closed or its results were shown.
 */
@Component
public class SeminarSummaryExport implements SummaryExport {

    private final SeminarStore seminars;
    private final SessionAccess access;
    private final PeopleStore people;
    private final ProgrammeStore programme;

    public SeminarSummaryExport(SeminarStore seminars, SessionAccess access, PeopleStore people,
                                ProgrammeStore programme) {
        this.seminars = seminars;
        this.access = access;
        this.people = people;
        this.programme = programme;
    }

    @Override
    public SessionKind kind() {
        return SessionKind.SEMINAR;
    }

    @Override
    public ResponseEntity<?> export(String id, MediaType wanted, boolean swedish, SignedIn me) {
        access.requireView(me.person(), id);
        SessionSummary summary = seminars.read(id, this::summary).orElseThrow(() -> SessionAccess.unknownSession(id));
        return SessionSummaryFormats.answer(summary, wanted, swedish);
    }

    SessionSummary summary(SeminarBoard board) {
        SeminarBoard.Header h = board.header;
        List<String> mentioned = new ArrayList<>(List.of(h.facilitatorId));
        board.questions.values().stream().filter(q -> !q.anonymous).forEach(q -> mentioned.add(q.authorId));
        Map<String, String> names = people.displayNames(mentioned);
        List<Item> questions = board.questions.values().stream().filter(q -> q.state.isShown())
                .sorted(Comparator.comparingInt((SeminarBoard.Question q) -> -q.votes)).map(q -> {
                    List<Detail> about = new ArrayList<>();
                    about.add(new Detail("votes", String.valueOf(q.votes)));
                    about.add(new Detail("author", q.anonymous ? "—" : names.getOrDefault(q.authorId, "—")));
                    if (q.answer != null) {
                        about.add(new Detail("answer", q.answer));
                    }
                    return new Item("question", q.id, q.text, about);
                }).toList();
        List<Item> polls = board.polls.values().stream().map(poll -> new Item("poll", poll.id, poll.question,
                poll.state == SeminarBoard.PollState.CLOSED || poll.resultsShown
                        ? poll.options.stream().map(option -> new Detail("option", option.text + ": " + option.votes))
                        .toList()
                        : List.of(new Detail("results", "—")))).toList();
        String speakers = String.join(", ", h.speakers);
        return new SessionSummary(h.sessionId, SessionKind.SEMINAR, h.title, speakers.isEmpty() ? null : speakers,
                h.module, h.municipalities.stream().map(programme::municipalityName).toList(),
                names.get(h.facilitatorId), h.scheduledAt, h.phase == SeminarPhase.CLOSED, h.participantCount,
                List.of(new Section("seminarQuestions", questions), new Section("polls", polls)));
    }
}
