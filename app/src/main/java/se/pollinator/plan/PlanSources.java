package se.pollinator.plan;

import org.springframework.stereotype.Component;
import se.pollinator.people.Person;
import se.pollinator.programme.ProgrammeView.MunicipalityRow;
import se.pollinator.retro.board.Board;
import se.pollinator.retro.board.BoardStore;
import se.pollinator.retro.board.RetroSummary;
import se.pollinator.rules.RuleViolation;
import se.pollinator.rules.Values;
import se.pollinator.session.SessionAccess;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sources a plan change can name: today a retro's decisions and action items. A source must
 * exist and be visible to the person who names it; one that is not is answered as unknown, so
 * that nobody learns of a session they may not see.
 */
@Component
public class PlanSources {

    private static final int MOST_CANDIDATES = 50;

    private final BoardStore boards;
    private final SessionAccess access;

    public PlanSources(BoardStore boards, SessionAccess access) {
        this.boards = boards;
        this.access = access;
    }

    /** What a request names as a source: a session and one of its items. */
    public record SourceRef(String sessionId, String itemId) {
    }

    /** A source on offer, with what it says and where it comes from. */
    public record Candidate(String sessionId, String itemId, String kind, String label, String sessionTitle,
                            Instant sessionUpdatedAt) {
    }

    /** The source as the plan change records it; null for none. Throws 400/404 for a bad or unseen one. */
    public Source resolve(Person person, SourceRef ref) {
        if (ref == null || ref.sessionId() == null && ref.itemId() == null) {
            return null;
        }
        String sessionId = Values.id("source.sessionId", ref.sessionId());
        String itemId = Values.id("source.itemId", ref.itemId());
        if (!access.mayView(person, sessionId)) {
            throw unknown(sessionId, itemId);
        }
        return boards.read(sessionId, board -> board.outcomes().stream()
                        .filter(outcome -> outcome.id().equals(itemId)).findFirst()
                        .map(outcome -> new Source(sessionId, itemId, outcome.kind(), outcome.text(), board.title())))
                .flatMap(found -> found)
                .orElseThrow(() -> unknown(sessionId, itemId));
    }

    /**
     * Decisions and action items a change to this project's plan may name, newest retro first:
     * from the project's retros and from its modules' retros without a project, among those the
     * person may see; {@code query} filters by words in the item or the retro's title. With
     * {@code sessionId}: that session's items only, wherever it belongs.
     */
    public List<Candidate> candidates(Person person, MunicipalityRow project, Set<String> moduleIds, String query,
                                      String sessionId) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        List<Candidate> found = new ArrayList<>();
        for (RetroSummary retro : boards.all()) {
            boolean related = sessionId != null ? sessionId.equals(retro.id())
                    : project.id().equals(retro.municipality())
                    || retro.municipality() == null && moduleIds.contains(String.valueOf(retro.module()));
            if (!related || !access.mayView(person, retro.id())) {
                continue;
            }
            boards.read(retro.id(), Board::outcomes).orElse(List.of()).forEach(outcome -> {
                String text = (outcome.text() + " " + retro.title()).toLowerCase(Locale.ROOT);
                boolean matches = true;
                for (String word : words) {
                    matches &= word.isEmpty() || text.contains(word);
                }
                if (matches && found.size() < MOST_CANDIDATES) {
                    found.add(new Candidate(retro.id(), outcome.id(), outcome.kind(), outcome.text(), retro.title(),
                            retro.updatedAt()));
                }
            });
        }
        return found;
    }

    private static RuleViolation unknown(String sessionId, String itemId) {
        return RuleViolation.notFound("source.unknown",
                "There is no decision or action item %s in a session %s that you can see.", itemId, sessionId);
    }
}
