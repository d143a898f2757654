package se.pollinator.session;

import java.time.Instant;

/** What an event did to a session's invitation links for guests, as the kernel keeps them. */
public sealed interface GuestLinkChange {

    /** A link, kept by its token's hash. */
    record LinkCreated(String invitationId, String tokenHash, Instant expiresAt, Integer maxUses)
            implements GuestLinkChange {
    }

    record LinkRevoked(String invitationId) implements GuestLinkChange {
    }

    /** A guest let in through a link, under the display name they chose. */
    record GuestLetIn(String invitationId, String guestId, String displayName) implements GuestLinkChange {
    }
}
