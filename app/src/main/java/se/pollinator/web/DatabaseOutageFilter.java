package se.pollinator.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.pollinator.security.SessionStorage;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * The outermost filter: a database failure in a filter (reading the browser session, say) is
 * answered as a 503 problem detail here, and what the request kept for itself is let go. Left to the container, it would go to the error page,
 * whose own filters need the same database, and the client would get a broken answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final Problems problems;
    private final ObjectMapper json;

    DatabaseOutageFilter(Problems problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!Failures.isDatabaseUnreachable(e) || response.isCommitted()) {
                throw e;
            }
            ResponseEntity<ProblemDetail> problem = problems.unexpected(e);
            response.reset();
            response.setStatus(problem.getStatusCode().value());
            problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            json.writeValue(response.getOutputStream(), problem.getBody());
        } finally {
            SessionStorage.requestDone();
        }
    }
}
