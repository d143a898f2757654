package se.pollinator.cafe;

import org.springframework.stereotype.Component;
import se.pollinator.cafe.board.CafeStore;
import se.pollinator.security.GuestFence;

import java.util.Optional;

/** Tells the guest fence which café a guest belongs to, while their invitation holds. */
@Component
public class CafeGuests implements GuestFence.GuestCafes {

    private final CafeStore cafes;

    public CafeGuests(CafeStore cafes) {
        this.cafes = cafes;
    }

    @Override
    public Optional<String> cafeOf(String guestId) {
        return cafes.guest(guestId).filter(guest -> cafes.guestAdmitted(guestId)).map(CafeStore.Guest::cafeId);
    }
}
