package se.pollinator.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.pollinator.people.AccessChanged;
import se.pollinator.people.Person;
import se.pollinator.people.SignedIn;
import se.pollinator.rules.RuleViolation;
import se.pollinator.web.Commands;
import se.pollinator.web.ReadYourWrites;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Guests by invitation link, for every kind that allows them ({@link GuestsAllowed}): making and
 * revoking links, letting a guest in, where a guest belongs and whether their access still holds,
 * and which commands they may send.
 */
@Component
public class SessionGuests implements Commands.GuestRule {

    /** How long a link works when its maker does not say. */
    public static final Duration DEFAULT_LINK_LIFE = Duration.ofDays(7);

    private final Map<SessionKind, GuestsAllowed> kinds;
    private final SessionGuestStore guests;
    private final GuestStandings standings;
    private final Commands commands;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();
    /** Set while this sends a guest's own admission, the one command a guest sends before they are in. */
    private static final ThreadLocal<Boolean> ADMITTING = ThreadLocal.withInitial(() -> false);

    public SessionGuests(List<GuestsAllowed> kinds, SessionGuestStore guests, GuestStandings standings,
                         Commands commands, ApplicationEventPublisher events, Clock clock) {
        this.kinds = kinds.stream().collect(Collectors.toMap(GuestsAllowed::kind, Function.identity()));
        this.guests = guests;
        this.standings = standings;
        this.commands = commands;
        this.events = events;
        this.clock = clock;
        commands.guestRule(this);
    }

    /** A link made for a session; the token is shown only now. */
    public record Invitation(String url, String token, Instant expiresAt) {
    }

    /** A guest let in: their session and its kind ({@code cafeId} too for a café, as before). */
    public record Admitted(String sessionId, SessionKind kind, String guestId, String displayName,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String cafeId) {
    }

    /** Makes an invitation link for the session's guests; {@code origin} is where the app is reached. */
    public Invitation invite(String sessionId, SessionKind kind, Instant expiresAt, Integer maxUses, String origin,
                             SignedIn me) {
        GuestsAllowed allowing = allowing(kind);
        String token = GuestTokens.newToken();
        Instant until = expiresAt != null ? expiresAt : clock.instant().plus(DEFAULT_LINK_LIFE);
        Invitation invitation = commands.send(allowing.createLink(sessionId, me.personId(), UUID.randomUUID().toString(),
                GuestTokens.hash(token), until, maxUses), me, new Invitation(origin + "/guest.html?token=" + token,
                token, until));
        ReadYourWrites.await(() -> guests.invitation(GuestTokens.hash(token)).isPresent());
        return invitation;
    }

    /** Revokes a link: its guests lose their access at once, live connections too. */
    public void revoke(String sessionId, String token, SignedIn me) {
        SessionGuestStore.Invitation invitation = guests.invitation(GuestTokens.hash(token))
                .filter(found -> found.sessionId().equals(sessionId))
                .orElseThrow(() -> RuleViolation.notFound("invitation.unknown", "There is no such invitation."));
        commands.send(allowing(invitation.kind()).revokeLink(sessionId, me.personId(), invitation.invitationId()), me);
        ReadYourWrites.await(() -> guests.invitation(GuestTokens.hash(token))
                .map(SessionGuestStore.Invitation::revoked).orElse(true));
        guests.guestsOf(sessionId, invitation.invitationId()).forEach(guest ->
                events.publishEvent(new AccessChanged(guest.guestId(), Guests.username(guest.guestId()))));
    }

    /** Lets a guest in through a link, under the name they chose; answers them as signed in. */
    public Admitted admit(String token, String displayName) {
        String hash = GuestTokens.hash(token);
        SessionGuestStore.Invitation invitation = guests.invitation(hash).orElseThrow(() -> RuleViolation.forbidden(
                "invitation.invalid", "This invitation link does not work (any more)."));
        String guestId = "guest-" + UUID.randomUUID();
        Person guest = Guests.person(guestId, displayName == null ? "" : displayName.strip());
        Object admission = allowing(invitation.kind()).admit(invitation.sessionId(), invitation.invitationId(), hash,
                guestId, displayName, clock.instant());
        ADMITTING.set(true);
        try {
            commands.send(admission, new SignedIn(guest));
        } finally {
            ADMITTING.remove();
        }
        ReadYourWrites.await(() -> guests.admitted(guestId));
        String name = guests.guest(guestId).map(SessionGuestStore.Guest::displayName).orElse(guest.displayName());
        return new Admitted(invitation.sessionId(), invitation.kind(), guestId, name,
                allowing(invitation.kind()).cafeId(invitation.sessionId()));
    }

    /** A guest sends only the commands their kind allows guests, and only to their own session. */
    @Override
    public void check(Person guest, Object command) {
        if (ADMITTING.get()) {
            return;
        }
        Optional<SessionGuestStore.Standing> standing = guests.standing(guest.id(), clock.instant())
                .filter(SessionGuestStore.Standing::admitted);
        GuestsAllowed kind = standing.map(held -> kinds.get(held.kind())).orElse(null);
        boolean allowed = kind != null && kind.guestCommands().contains(command.getClass())
                && standing.get().sessionId().equals(targetOf(command));
        if (!allowed) {
            throw RuleViolation.forbidden("guest.session-only", "As a guest you take part in your session only.");
        }
    }

    private String targetOf(Object command) {
        try {
            return targets.resolveTarget(GenericCommandMessage.asCommandMessage(command)).getIdentifier();
        } catch (IllegalArgumentException noTarget) {
            return null;
        }
    }

    private GuestsAllowed allowing(SessionKind kind) {
        GuestsAllowed allowing = kind == null ? null : kinds.get(kind);
        if (allowing == null) {
            throw RuleViolation.conflict("invitation.no-guests", "This kind of session does not let guests in.");
        }
        return allowing;
    }
}
