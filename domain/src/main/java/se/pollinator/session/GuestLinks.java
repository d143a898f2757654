package se.pollinator.session;

import se.pollinator.rules.RuleViolation;
import se.pollinator.rules.Text;
import se.pollinator.rules.Values;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The rules of a session's invitation links for guests, alike for every kind that lets guests in:
 * a link keeps only its token's hash, expires, may be used a limited number of times, and can be
 * revoked; a guest is let in under a display name while their link holds. An aggregate that
 * allows guests keeps one of these and feeds it its events.
 */
public final class GuestLinks {

    public static final int MAX_DISPLAY_NAME = 60;

    /** One link as the rules need it. */
    public record Link(String tokenHash, Instant expiresAt, Integer maxUses, int uses, boolean revoked) {
    }

    private Map<String, Link> links = new HashMap<>();

    /** Throws unless a new link with this token, expiry and maximum of uses may be made. */
    public static void checkNew(String tokenHash, Instant expiresAt, Integer maxUses) {
        if (tokenHash == null || tokenHash.length() < 32) {
            throw RuleViolation.invalid("invitation.token", "An invitation needs a token.");
        }
        if (expiresAt == null) {
            throw RuleViolation.invalid("invitation.expiry-required", "Say until when the link works.");
        }
        Values.instant("expiresAt", expiresAt);
        if (maxUses != null && maxUses < 1) {
            throw RuleViolation.invalid("invitation.max-uses",
                    "A link is used at least once; leave the maximum out for no limit.");
        }
    }

    /** Whether revoking the link changes anything; throws for a link the session does not have. */
    public boolean needsRevoking(String invitationId) {
        Link link = invitationId == null ? null : links.get(invitationId);
        if (link == null) {
            throw RuleViolation.notFound("invitation.unknown", "There is no such invitation.");
        }
        return !link.revoked();
    }

    /**
     * Throws unless the link with this token lets a guest in at {@code at}; answers the guest's
     * display name as it is kept.
     */
    public String admit(String invitationId, String tokenHash, Instant at, String displayName) {
        Link link = invitationId == null ? null : links.get(invitationId);
        boolean matches = link != null && tokenHash != null && MessageDigest.isEqual(
                link.tokenHash().getBytes(StandardCharsets.UTF_8), tokenHash.getBytes(StandardCharsets.UTF_8));
        if (!matches || link.revoked()) {
            throw RuleViolation.forbidden("invitation.invalid", "This invitation link does not work (any more).");
        }
        if (at == null || !at.isBefore(link.expiresAt())) {
            throw RuleViolation.forbidden("invitation.expired", "This invitation link has expired.");
        }
        if (link.maxUses() != null && link.uses() >= link.maxUses()) {
            throw RuleViolation.forbidden("invitation.used-up", "This invitation link has been used as often as it may.");
        }
        return Text.required("display-name", displayName, MAX_DISPLAY_NAME);
    }

    public void created(String invitationId, String tokenHash, Instant expiresAt, Integer maxUses) {
        links.put(invitationId, new Link(tokenHash, expiresAt, maxUses, 0, false));
    }

    public void revoked(String invitationId) {
        links.computeIfPresent(invitationId, (id, link) -> new Link(link.tokenHash(), link.expiresAt(),
                link.maxUses(), link.uses(), true));
    }

    public void used(String invitationId) {
        links.computeIfPresent(invitationId, (id, link) -> new Link(link.tokenHash(), link.expiresAt(),
                link.maxUses(), link.uses() + 1, link.revoked()));
    }
}
