package se.pollinator.cafe;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.cafe.CafeCommands.AdmitGuest;
import se.pollinator.cafe.board.CafeStore;
import se.pollinator.people.Person;
import se.pollinator.people.SignedIn;
import se.pollinator.rules.RuleViolation;
import se.pollinator.web.Commands;
import se.pollinator.web.ReadYourWrites;

import java.time.Clock;
import java.util.UUID;

/**
 * Guests: a person who follows a café's invitation link chooses a display name and is signed in
 * as that café's guest, with no account and no password. The café checks the link (not expired,
 * not revoked, not used up) before anyone is let in.
 */
@RestController
@Tag(name = "Cafés")
public class GuestController {

    private final Commands commands;
    private final CafeStore cafes;
    private final Clock clock;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    public GuestController(Commands commands, CafeStore cafes, Clock clock) {
        this.commands = commands;
        this.cafes = cafes;
        this.clock = clock;
    }

    public record Arrival(String displayName) {
    }

    public record Admitted(String cafeId, String guestId, String displayName) {
    }

    @Operation(summary = "Sign in as a café's guest through its invitation link, under a display name",
            description = "Answers the café's id and sets the guest's session cookie. A guest sees that café's "
                    + "board and nothing else.")
    @PostMapping("/api/guest/{token}")
    public Admitted arrive(@PathVariable String token, @RequestBody(required = false) Arrival arrival,
                           HttpServletRequest request, HttpServletResponse response) {
        String hash = GuestTokens.hash(token);
        CafeStore.Invitation invitation = cafes.invitation(hash).orElseThrow(() -> RuleViolation.forbidden(
                "invitation.invalid", "This invitation link does not work (any more)."));
        String guestId = "guest-" + UUID.randomUUID();
        String name = arrival == null ? null : arrival.displayName();
        Person guest = Guests.person(guestId, name == null ? "" : name.strip());
        commands.send(new AdmitGuest(invitation.cafeId(), invitation.invitationId(), hash, guestId, name,
                clock.instant()), new SignedIn(guest));
        ReadYourWrites.await(() -> cafes.guestAdmitted(guestId));
        String displayName = cafes.guest(guestId).map(CafeStore.Guest::displayName).orElse(guest.displayName());
        SignedIn signedIn = new SignedIn(Guests.person(guestId, displayName));
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null,
                signedIn.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return new Admitted(invitation.cafeId(), guestId, displayName);
    }
}
