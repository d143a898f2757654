package se.pollinator.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;


/**
 * The session's login, except for a request that brings its own credentials (HTTP Basic or a
 * personal access token): that one is authenticated by them alone, so a session cookie sent
 * along cannot stand in for a wrong password or token, and skipping the CSRF check for it is safe.
 */
final class SessionUnlessCredentials implements SecurityContextRepository {

    private final SecurityContextRepository session;

    SessionUnlessCredentials(SecurityContextRepository session) {
        this.session = session;
    }

    static boolean hasCredentials(HttpServletRequest request) {
        return basicCredentials(request) != null || AccessTokenFilter.bearerToken(request) != null;
    }

    /** The encoded HTTP Basic credentials a request carries, or null. */
    static String basicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                ? authorization.substring(6).trim() : null;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        if (hasCredentials(request)) {
            return new Empty();
        }
        return session.loadDeferredContext(request);
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return hasCredentials(holder.getRequest())
                ? SecurityContextHolder.createEmptyContext() : session.loadContext(holder);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        if (!hasCredentials(request)) {
            session.saveContext(context, request, response);
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return !hasCredentials(request) && session.containsContext(request);
    }

    private static final class Empty implements DeferredSecurityContext {
        @Override
        public SecurityContext get() {
            return SecurityContextHolder.createEmptyContext();
        }

        @Override
        public boolean isGenerated() {
            return true;
        }
    }
}
