package se.pollinator.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.people.SignedIn;
import se.pollinator.rules.RuleViolation;
import se.pollinator.rules.Text;

import java.time.Instant;
import java.util.List;

/** My personal access tokens, for API clients: made, listed and revoked by their owner. */
@RestController
@RequestMapping("/api/me/tokens")
@Tag(name = "People", description = "Who I am, and my access tokens")
public class AccessTokenController {

    private final AccessTokens tokens;

    public AccessTokenController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    public record NewToken(String name, Instant expiresAt) {
    }

    @Operation(summary = "Make a token; its secret is shown this once",
            description = "Send it as 'Authorization: Bearer <token>' instead of a password. It expires at "
                    + "expiresAt (at most 366 days ahead), or 90 days from now when none is given.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public AccessTokens.Issued issue(@RequestBody NewToken request, @AuthenticationPrincipal SignedIn me) {
        return tokens.issue(me.personId(), Text.required("token-name", request.name(), 200), request.expiresAt());
    }

    @Operation(summary = "My tokens (never their secrets)")
    @GetMapping
    public List<AccessTokens.Listed> mine(@AuthenticationPrincipal SignedIn me) {
        return tokens.of(me.personId());
    }

    @Operation(summary = "Revoke one of my tokens")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void revoke(@PathVariable String id, @AuthenticationPrincipal SignedIn me) {
        if (!tokens.revoke(me.personId(), id)) {
            throw RuleViolation.notFound("token.unknown", "You have no token %s.", id);
        }
    }
}
