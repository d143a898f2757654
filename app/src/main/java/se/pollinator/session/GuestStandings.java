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
    private final Map<SessionKind, GuestsAllowed> kinds;
    private final Clock clock;

    public GuestStandings(SessionGuestStore guests, List<GuestsAllowed> kinds, Clock clock) {
        this.guests = guests;
        this.kinds = kinds.stream().collect(Collectors.toMap(GuestsAllowed::kind, kind -> kind));
        this.clock = clock;
    }

    @Override
    public Optional<GuestFence.Standing> standing(String guestId) {
        return guests.standing(guestId, clock.instant()).map(standing -> {
            GuestsAllowed kind = kinds.get(standing.kind());
            return new GuestFence.Standing(standing.sessionId(), kind == null ? "/" : kind.page(),
                    standing.revoked() ? GuestFence.Ended.REVOKED
                            : standing.closed() ? (kind == null ? GuestFence.Ended.CLOSED : kind.closed())
                            : standing.expired() ? GuestFence.Ended.EXPIRED : null);
        });
    }
}
