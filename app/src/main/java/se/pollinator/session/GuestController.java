package se.pollinator.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.people.SignedIn;

import java.time.Instant;

/**
 * Guests, for every kind of session that lets them in: a facilitator makes an invitation link;
 * a person who follows it chooses a display name and is signed in as that session's guest, with no
 * account and no password. The session's kind checks the link (not expired, not revoked, not used
 * up) before anyone is let in.
 */
@RestController
@Tag(name = "Guests", description = "Invitation links and guests, for the kinds of session that let guests in")
public class GuestController {

    private final SessionGuests guests;
    private final SessionAccess access;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    public GuestController(SessionGuests guests, SessionAccess access) {
        this.guests = guests;
        this.access = access;
    }

    public record Arrival(String displayName) {
    }

    public record NewInvitation(Instant expiresAt, Integer maxUses) {
    }

    @Operation(summary = "Sign in as a session's guest through its invitation link, under a display name",
            description = "Answers the session's id and kind (and cafeId for a café) and sets the guest's session "
                    + "cookie. A guest sees that session and nothing else.")
    @PostMapping("/api/guest/{token}")
    @ForGuests
    public SessionGuests.Admitted arrive(@PathVariable String token, @RequestBody(required = false) Arrival arrival,
                                         HttpServletRequest request, HttpServletResponse response) {
        SessionGuests.Admitted admitted = guests.admit(token, arrival == null ? null : arrival.displayName());
        SignedIn signedIn = new SignedIn(Guests.person(admitted.guestId(), admitted.displayName()));
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null,
                signedIn.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return admitted;
    }

    @Operation(summary = "Create an invitation link for guests (the session's facilitator, where its kind lets guests "
            + "in): it expires, may have a maximum of uses, and can be revoked; the token is shown only now")
    @PostMapping("/api/sessions/{id}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    public SessionGuests.Invitation invite(@PathVariable String id, @RequestBody(required = false) NewInvitation request,
                                           @AuthenticationPrincipal SignedIn me, HttpServletRequest http) {
        return guests.invite(id, access.kindOf(id).orElseThrow(() -> SessionAccess.unknownSession(id)), request == null ? null : request.expiresAt(),
                request == null ? null : request.maxUses(), origin(http), me);
    }

    @Operation(summary = "Revoke an invitation link (the session's facilitator): its guests lose access at once, "
            + "live connections too")
    @DeleteMapping("/api/sessions/{id}/invitations/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void revoke(@PathVariable String id, @PathVariable String token, @AuthenticationPrincipal SignedIn me) {
        guests.revoke(id, token, me);
    }

    /** Where the app is reached, as the request came (behind a proxy, as it says). */
    public static String origin(HttpServletRequest http) {
        return http.getRequestURL().toString().replace(http.getRequestURI(), "");
    }
}
