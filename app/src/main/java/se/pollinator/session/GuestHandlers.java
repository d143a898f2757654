package se.pollinator.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.pollinator.people.SignedIn;
import se.pollinator.security.ProblemResponses;

/**
 * Refuses guests every API handler not marked {@link ForGuests}: what a guest may reach is said
 * where the handler is, not in a list of URL patterns.
 */
@Component
public class GuestHandlers implements HandlerInterceptor, WebMvcConfigurer {

    private final ProblemResponses problems;

    public GuestHandlers(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        boolean guest = SignedIn.of(SecurityContextHolder.getContext().getAuthentication())
                .map(signedIn -> signedIn.person().isGuest()).orElse(false);
        if (!guest || handler instanceof HandlerMethod method && (method.hasMethodAnnotation(ForGuests.class)
                || method.getBeanType().isAnnotationPresent(ForGuests.class))) {
            return true;
        }
        problems.write(response, HttpStatus.FORBIDDEN, "guest.session-only",
                "As a guest you take part in your session only.", java.util.Map.of());
        return false;
    }
}
