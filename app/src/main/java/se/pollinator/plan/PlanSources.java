package se.pollinator.plan;

import org.springframework.stereotype.Component;
import se.pollinator.people.Person;
import se.pollinator.programme.ProgrammeView.MunicipalityRow;
import se.pollinator.rules.RuleViolation;
import se.pollinator.rules.Values;
import se.pollinator.session.SessionAccess;
import se.pollinator.session.SessionItems;
import se.pollinator.session.SessionItems.SessionItem;
import se.pollinator.session.SessionListing;
import se.pollinator.session.SessionRoster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sources a plan change can name: an item of any kind of session (a retro's decision or action
 * item, a think tank's published recommendation). A source must exist and be visible to the person
 * who names it; one that is not is answered as unknown, so that nobody learns of a session they
 * may not see.
 */
@Component
public class PlanSources {

    private static final int MOST_CANDIDATES = 50;

    private final List<SessionItems> kinds;
    private final List<SessionRoster> rosters;
    private final SessionAccess access;

    public PlanSources(List<SessionItems> kinds, List<SessionRoster> rosters, SessionAccess access) {
        this.kinds = kinds;
        this.rosters = rosters;
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
        return kinds.stream().flatMap(kind -> kind.item(sessionId, itemId).stream()).findFirst()
                .map(item -> new Source(sessionId, itemId, item.kind(), item.label(), item.sessionTitle()))
                .orElseThrow(() -> unknown(sessionId, itemId));
    }

    /**
     * Items a change to this project's plan may name, newest session first: from the project's
     * sessions and from its modules' sessions without a project, among those the person may see;
     * {@code query} filters by words in the item or the session's title. With {@code sessionId}:
     * that session's items only, wherever it belongs.
     */
    public List<Candidate> candidates(Person person, MunicipalityRow project, Set<String> moduleIds, String query,
                                      String sessionId) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        List<Candidate> found = new ArrayList<>();
        List<SessionListing> sessions = rosters.stream().flatMap(roster -> roster.listedAll().stream())
                .sorted(Comparator.comparing(SessionListing::createdAt).reversed()).toList();
        for (SessionListing session : sessions) {
            boolean related = sessionId != null ? sessionId.equals(session.id())
                    : project.id().equals(session.municipality()) || session.municipality() == null
                    && session.module() != null && moduleIds.contains(String.valueOf(session.module()));
            if (!related || !access.mayView(person, session.id())) {
                continue;
            }
            for (SessionItem item : kinds.stream().flatMap(kind -> kind.items(session.id()).stream()).toList()) {
                String text = (item.label() + " " + item.sessionTitle()).toLowerCase(Locale.ROOT);
                boolean matches = true;
                for (String word : words) {
                    matches &= word.isEmpty() || text.contains(word);
                }
                if (matches && found.size() < MOST_CANDIDATES) {
                    found.add(new Candidate(session.id(), item.itemId(), item.kind(), item.label(),
                            item.sessionTitle(), session.updatedAt()));
                }
            }
        }
        return found;
    }

    private static RuleViolation unknown(String sessionId, String itemId) {
        return RuleViolation.notFound("source.unknown",
                "There is no decision, action item or recommendation %s in a session %s that you can see.",
                itemId, sessionId);
    }
}
