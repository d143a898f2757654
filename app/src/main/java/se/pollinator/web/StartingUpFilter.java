package se.pollinator.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.pollinator.security.ProblemResponses;

import java.io.IOException;

/**
 * Answers 503 with {@code Retry-After} until the start-up work is done (the first admin made, the
 * programme seeded): the web server takes requests a moment before that, and a login then would
 * fail, and count as a failed login, for an admin who does not exist yet.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StartingUpFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;
    private volatile boolean ready;

    StartingUpFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        ready = true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "server.starting",
                "Pollinator is starting; try again in a moment.");
    }
}
