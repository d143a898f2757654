package se.pollinator.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;


/**
 * The session's login, except for a request that brings HTTP Basic credentials: that one is
 * authenticated by its credentials alone, so a session cookie sent along cannot stand in for a
 * wrong password, and skipping the CSRF check for it is safe.
 */
final class SessionUnlessBasic implements SecurityContextRepository {

    private final SecurityContextRepository session;

    SessionUnlessBasic(SecurityContextRepository session) {
        this.session = session;
    }

    static boolean hasBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        if (hasBasicCredentials(request)) {
            return new Empty();
        }
        return session.loadDeferredContext(request);
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return hasBasicCredentials(holder.getRequest())
                ? SecurityContextHolder.createEmptyContext() : session.loadContext(holder);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        if (!hasBasicCredentials(request)) {
            session.saveContext(context, request, response);
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return !hasBasicCredentials(request) && session.containsContext(request);
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
