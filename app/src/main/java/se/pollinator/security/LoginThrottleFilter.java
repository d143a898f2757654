package se.pollinator.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Puts every password check (the login form, HTTP Basic) through the {@link LoginThrottle}: a
 * login that must wait is refused with 429 and {@code Retry-After} before any password is hashed.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ProblemResponses problems;

    LoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = username(request);
        if (username == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            refuse(response, wait.get(), "Too many failed logins; wait " + seconds(wait.get())
                    + " s before trying again.");
            return;
        }
        if (!throttle.startCheck(address)) {
            refuse(response, Duration.ofSeconds(1), "Too many logins at once from your address; try again shortly.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            throttle.endCheck(address);
        }
    }

    private void refuse(HttpServletResponse response, Duration wait, String detail) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds(wait)));
        problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "login.throttled", detail);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** The username a request tries to log in as: the login form's, or HTTP Basic's; null for neither. */
    private static String username(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String username = request.getParameter("username");
            return username == null ? "" : username;
        }
        String credentials = SessionUnlessCredentials.basicCredentials(request);
        if (credentials == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
