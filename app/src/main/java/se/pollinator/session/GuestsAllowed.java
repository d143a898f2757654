package se.pollinator.session;

import se.pollinator.security.GuestFence;
import java.time.Instant;
import java.util.Set;

/**
 * A kind of session that lets guests in through invitation links says so by giving the kernel
 * one of these (in its own package): its commands for links and for letting a guest in, and the
 * commands a guest may send to the session they were let in to. The kernel does the rest for
 * every kind alike: the links' tokens, signing guests in, fencing them in, ending their access.
 */
public interface GuestsAllowed {

    SessionKind kind();

    /** The page a session of this kind is on, where its guests are sent ({@code /cafe.html}). */
    default String page() {
        return kind().page();
    }

    /** What a guest is told when the session they were let in to has closed. */
    default GuestFence.Ended closed() {
        return GuestFence.Ended.CLOSED;
    }

    /** The café id a guest's admission also answers, for a café's older clients; null for any other kind. */
    default String cafeId(String sessionId) {
        return null;
    }

    /** A link for guests, kept by its token's hash; {@code maxUses} null for no limit. */
    Object createLink(String sessionId, String byId, String invitationId, String tokenHash, Instant expiresAt,
                      Integer maxUses);

    Object revokeLink(String sessionId, String byId, String invitationId);

    /** A guest who follows a link at {@code at}, under the display name they chose. */
    Object admit(String sessionId, String invitationId, String tokenHash, String guestId, String displayName,
                 Instant at);

    /** The commands a guest may send to the session they were let in to; any other is refused. */
    Set<Class<?>> guestCommands();
}
