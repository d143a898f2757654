package se.pollinator.session;

import org.springframework.stereotype.Component;
import se.pollinator.security.GuestFence;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Tells the guest fence which session a guest belongs to, on which page, and whether they still
 * may be there: while their invitation is neither withdrawn nor expired and the session is open.
 */
@Component
public class GuestStandings implements GuestFence.GuestSessions {

    private final SessionGuestStore guests;
    private final Map<SessionKind, String> pages;
    private final Clock clock;

    public GuestStandings(SessionGuestStore guests, List<GuestsAllowed> kinds, Clock clock) {
        this.guests = guests;
        this.pages = kinds.stream().collect(Collectors.toMap(GuestsAllowed::kind, GuestsAllowed::page));
        this.clock = clock;
    }

    @Override
    public Optional<GuestFence.Standing> standing(String guestId) {
        return guests.standing(guestId, clock.instant()).map(standing -> new GuestFence.Standing(standing.sessionId(),
                pages.getOrDefault(standing.kind(), "/"), standing.revoked() ? GuestFence.Ended.REVOKED
                : standing.closed() ? closed(standing.kind()) : standing.expired() ? GuestFence.Ended.EXPIRED : null));
    }

    private static GuestFence.Ended closed(SessionKind kind) {
        return kind == SessionKind.CAFE ? GuestFence.Ended.CAFE_CLOSED : GuestFence.Ended.CLOSED;
    }
}
