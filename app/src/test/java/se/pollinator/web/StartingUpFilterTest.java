package se.pollinator.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import se.pollinator.security.ProblemResponses;

import static org.assertj.core.api.Assertions.assertThat;

/** Until the start-up work is done, every request is a 503 that says when to try again, and reaches nothing. */
class StartingUpFilterTest {

    @Test
    void aRequestBeforeTheStartUpWorkIsDoneIsA503WithRetryAfterAndAfterItGoesThrough() throws Exception {
        StartingUpFilter filter = new StartingUpFilter(new ProblemResponses(new ObjectMapper()));
        MockHttpServletRequest login = new MockHttpServletRequest("POST", "/login");
        MockHttpServletResponse early = new MockHttpServletResponse();
        MockFilterChain notReached = new MockFilterChain();
        filter.doFilter(login, early, notReached);
        assertThat(early.getStatus()).isEqualTo(503);
        assertThat(early.getHeader("Retry-After")).isEqualTo("1");
        assertThat(early.getContentAsString()).contains("server.starting");
        assertThat(notReached.getRequest()).as("the login was never tried").isNull();

        filter.ready();
        MockHttpServletResponse later = new MockHttpServletResponse();
        MockFilterChain reached = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("POST", "/login"), later, reached);
        assertThat(reached.getRequest()).isNotNull();
        assertThat(later.getStatus()).isEqualTo(200);
    }
}
