package se.pollinator.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import se.pollinator.people.SignedIn;

import java.io.IOException;
import java.util.Optional;

/**
 * Authenticates a request by its personal access token ({@code Authorization: Bearer pol_...}),
 * or refuses it with a 401: a token that does not authenticate never falls back to a session.
 */
final class AccessTokenFilter extends OncePerRequestFilter {

    private final AccessTokens tokens;
    private final ProblemResponses problems;

    AccessTokenFilter(AccessTokens tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    /** The bearer token a request carries, or null. */
    static String bearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = bearerToken(request);
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccessTokens.Authenticated> found = tokens.authenticate(token);
        if (found.isEmpty()) {
            problems.write(response, HttpStatus.UNAUTHORIZED, "token.invalid",
                    "The access token is unknown, expired or revoked.");
            return;
        }
        request.setAttribute(AccessTokens.TOKEN_ID_ATTRIBUTE, found.get().tokenId());
        SignedIn signedIn = new SignedIn(found.get().person().withoutSecret());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null,
                signedIn.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
