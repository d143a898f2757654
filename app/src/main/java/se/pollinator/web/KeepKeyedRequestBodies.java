package se.pollinator.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

import java.io.IOException;

/**
 * Keeps the body of a request sent with an Idempotency-Key as it is read, so that {@link Commands}
 * can tell a retry (the same body) from another request under a used key.
 */
@Component
class KeepKeyedRequestBodies extends OncePerRequestFilter {

    /** Larger than any command's body; what lies beyond is not compared. */
    private static final int LONGEST_BODY = 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request.getHeader(Commands.IDEMPOTENCY_KEY) == null ? request
                : new ContentCachingRequestWrapper(request, LONGEST_BODY), response);
    }
}
