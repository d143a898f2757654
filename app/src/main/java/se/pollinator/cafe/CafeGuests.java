package se.pollinator.cafe;

import org.springframework.stereotype.Component;
import se.pollinator.cafe.board.CafeStore;
import se.pollinator.security.GuestFence;

import java.time.Clock;
import java.util.Optional;

/**
 * Tells the guest fence which café a guest belongs to, and whether they still may be there: while
 * their invitation is neither withdrawn nor expired and the café is open.
 */
@Component
public class CafeGuests implements GuestFence.GuestCafes {

    private final CafeStore cafes;
    private final Clock clock;

    public CafeGuests(CafeStore cafes, Clock clock) {
        this.cafes = cafes;
        this.clock = clock;
    }

    @Override
    public Optional<GuestFence.Standing> standing(String guestId) {
        return cafes.guestStanding(guestId, clock.instant()).map(standing -> new GuestFence.Standing(standing.cafeId(),
                standing.revoked() ? GuestFence.Ended.REVOKED : standing.cafeClosed() ? GuestFence.Ended.CAFE_CLOSED
                        : standing.expired() ? GuestFence.Ended.EXPIRED : null));
    }
}
