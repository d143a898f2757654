package se.pollinator.session;

import java.util.List;
import java.util.Optional;

/**
 * What the kernel asks of each kind of session: whether a session of that kind exists, who takes
 * part in it, and its sessions for the directory. Each kind implements it over its own read
 * model; the kernel's access checks and directory ask every kind, never one by name.
 */
public interface SessionRoster {

    SessionKind kind();

    boolean exists(String sessionId);

    boolean isMember(String sessionId, String personId);

    /** Whether the person is invited (and so may see the session before joining it). */
    default boolean isInvited(String sessionId, String personId) {
        return false;
    }

    /** The sessions the person takes part in or is invited to, newest first. */
    List<SessionListing> listedFor(String personId);

    /** Every session of this kind, newest first (for admins and evaluators). */
    List<SessionListing> listedAll();

    /** One session of this kind as the directory lists it (where it belongs: module, municipality project). */
    default Optional<SessionListing> listing(String sessionId) {
        return listedAll().stream().filter(session -> session.id().equals(sessionId)).findFirst();
    }

    /** Who may join a session of this kind by themselves, while it is open. */
    enum JoinRule {
        /** Only through its share link (a retro's), which its facilitator hands out. */
        BY_LINK,
        /** The people of its module (any who take part, when it has none), and whoever it invited. */
        MODULE_PEOPLE,
        /** Anyone who takes part in the programme. */
        ANYONE_TAKING_PART
    }

    default JoinRule joinRule() {
        return JoinRule.BY_LINK;
    }
}
