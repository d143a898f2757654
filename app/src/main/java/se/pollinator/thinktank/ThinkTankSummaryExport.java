package se.pollinator.thinktank;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.SignedIn;
import se.pollinator.programme.ProgrammeStore;
import se.pollinator.session.SessionAccess;
import se.pollinator.session.SessionKind;
import se.pollinator.session.SessionSummary;
import se.pollinator.session.SessionSummary.Detail;
import se.pollinator.session.SessionSummary.Item;
import se.pollinator.session.SessionSummary.Section;
import se.pollinator.session.SessionSummaryFormats;
import se.pollinator.session.SummaryExport;
import se.pollinator.thinktank.board.ThinkTankBoard;
import se.pollinator.thinktank.board.ThinkTankStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A think tank's summary: its questions with their insights, its clusters, and its recommendations with what they rest on. */
@Component
public class ThinkTankSummaryExport implements SummaryExport {

    private final ThinkTankStore thinkTanks;
    private final SessionAccess access;
    private final PeopleStore people;
    private final ProgrammeStore programme;

    public ThinkTankSummaryExport(ThinkTankStore thinkTanks, SessionAccess access, PeopleStore people,
                                  ProgrammeStore programme) {
        this.thinkTanks = thinkTanks;
        this.access = access;
        this.people = people;
        this.programme = programme;
    }

    @Override
    public SessionKind kind() {
        return SessionKind.THINK_TANK;
    }

    @Override
    public ResponseEntity<?> export(String id, MediaType wanted, boolean swedish, SignedIn me) {
        access.requireView(me.person(), id);
        SessionSummary summary = thinkTanks.read(id, this::summary).orElseThrow(() -> SessionAccess.unknownSession(id));
        return SessionSummaryFormats.answer(summary, wanted, swedish);
    }

    SessionSummary summary(ThinkTankBoard board) {
        ThinkTankBoard.Header h = board.header;
        Set<String> mentioned = new HashSet<>(h.participants);
        mentioned.add(h.facilitatorId);
        board.insights.values().forEach(insight -> mentioned.add(insight.authorId));
        board.recommendations.values().forEach(recommendation -> mentioned.add(recommendation.authorId));
        Map<String, String> names = people.displayNames(new ArrayList<>(mentioned));
        List<Item> questions = new ArrayList<>();
        for (ThinkTankBoard.Question question : board.questions.values()) {
            questions.add(new Item("question", question.id, question.text, List.of()));
            board.insights.values().stream().filter(insight -> question.id.equals(insight.questionId))
                    .sorted((a, b) -> Integer.compare(b.supporters.size(), a.supporters.size()))
                    .forEach(insight -> {
                        List<Detail> details = new ArrayList<>();
                        details.add(new Detail("author", names.getOrDefault(insight.authorId, "—")));
                        details.add(new Detail("support", String.valueOf(insight.supporters.size())));
                        if (insight.evidence != null) {
                            details.add(new Detail("evidence", insight.evidence));
                        }
                        insight.comments.forEach(comment -> details.add(new Detail("comment",
                                names.getOrDefault(comment.authorId, "—") + ": " + comment.text)));
                        questions.add(new Item("insight", insight.id, insight.text, details));
                    });
        }
        List<Item> clusters = board.clusters.values().stream().map(cluster -> new Item("cluster", cluster.id,
                cluster.name == null ? "—" : cluster.name, List.of(new Detail("insights", String.join(" | ",
                        cluster.insightIds.stream().map(board.insights::get).filter(java.util.Objects::nonNull)
                                .map(insight -> insight.text).toList()))))).toList();
        List<Item> recommendations = board.recommendations.values().stream().map(recommendation -> new Item(
                "recommendation", recommendation.id, recommendation.text, List.of(
                        addressee(recommendation.addressedTo),
                        new Detail("author", names.getOrDefault(recommendation.authorId, "—")),
                        new Detail("basedOn", String.join(" | ", recommendation.basedOn.stream()
                                .map(board.insights::get).filter(java.util.Objects::nonNull)
                                .map(insight -> insight.text).toList()))))).toList();
        return new SessionSummary(h.sessionId, SessionKind.THINK_TANK, h.title, null, h.module,
                h.municipalities.stream().map(programme::municipalityName).toList(), names.get(h.facilitatorId),
                h.scheduledAt, h.phase == ThinkTankPhase.CLOSED, h.participants.size(), List.of(
                new Section("questions", questions), new Section("clusters", clusters),
                new Section("recommendations", recommendations)));
    }

    /** To whom a recommendation speaks: a municipality project by name, or a module by number. */
    private Detail addressee(Addressee to) {
        if (to == null) {
            return new Detail("addressedTo", "—");
        }
        return Addressee.MUNICIPALITY.equals(to.kind()) ? new Detail("addressedTo", programme.municipalityName(to.id()))
                : new Detail("addressedToModule", to.id());
    }
}
