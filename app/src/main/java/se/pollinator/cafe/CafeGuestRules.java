package se.pollinator.cafe;

import org.springframework.stereotype.Component;
import se.pollinator.cafe.CafeCommands.AdmitGuest;
import se.pollinator.cafe.CafeCommands.CreateInvitation;
import se.pollinator.cafe.CafeCommands.PostNote;
import se.pollinator.cafe.CafeCommands.RevokeInvitation;
import se.pollinator.cafe.CafeCommands.TakeSeat;
import se.pollinator.security.GuestFence;
import se.pollinator.session.GuestsAllowed;
import se.pollinator.session.SessionKind;

import java.time.Instant;
import java.util.Set;

/** Cafés let guests in: at the café a guest sits at a table and writes notes. */
@Component
public class CafeGuestRules implements GuestsAllowed {

    private static final GuestFence.Ended CAFE_CLOSED = new GuestFence.Ended("guest.cafe-closed",
            "The café has closed; thank you for taking part.");

    @Override
    public SessionKind kind() {
        return SessionKind.CAFE;
    }

    /** A café's guests have always been told the café closed, in those words. */
    @Override
    public GuestFence.Ended closed() {
        return CAFE_CLOSED;
    }

    @Override
    public String cafeId(String sessionId) {
        return sessionId;
    }

    @Override
    public Object createLink(String sessionId, String byId, String invitationId, String tokenHash, Instant expiresAt,
                             Integer maxUses) {
        return new CreateInvitation(sessionId, byId, invitationId, tokenHash, expiresAt, maxUses);
    }

    @Override
    public Object revokeLink(String sessionId, String byId, String invitationId) {
        return new RevokeInvitation(sessionId, byId, invitationId);
    }

    @Override
    public Object admit(String sessionId, String invitationId, String tokenHash, String guestId, String displayName,
                        Instant at) {
        return new AdmitGuest(sessionId, invitationId, tokenHash, guestId, displayName, at);
    }

    @Override
    public Set<Class<?>> guestCommands() {
        return Set.of(TakeSeat.class, PostNote.class);
    }
}
