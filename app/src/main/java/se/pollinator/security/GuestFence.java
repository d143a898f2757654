package se.pollinator.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import se.pollinator.people.SignedIn;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a café's guests in their café: of the API they reach only who they are, that café's board
 * and presence, and sitting and writing notes there; everything else is refused. A guest whose
 * invitation was revoked is logged out at their next request.
 */
public class GuestFence extends OncePerRequestFilter {

    private static final Pattern SESSION_READ = Pattern.compile("^/api/sessions/([A-Za-z0-9-]{1,64})/(board|presence)$");
    private static final Pattern CAFE_WRITE = Pattern.compile("^/api/cafes/([A-Za-z0-9-]{1,64})/(seats|notes)$");

    /** Where a guest belongs: the café they were admitted to, while their invitation holds. */
    public interface GuestCafes {
        Optional<String> cafeOf(String guestId);
    }

    private final GuestCafes guests;
    private final ProblemResponses problems;

    public GuestFence(GuestCafes guests, ProblemResponses problems) {
        this.guests = guests;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<SignedIn> signedIn = SignedIn.of(SecurityContextHolder.getContext().getAuthentication());
        if (signedIn.isEmpty() || !signedIn.get().person().isGuest()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> cafe = guests.cafeOf(signedIn.get().personId());
        if (cafe.isEmpty()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            problems.write(response, HttpStatus.UNAUTHORIZED, "guest.revoked",
                    "Your invitation to this café has been withdrawn.");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/") || allowed(request.getMethod(), path, cafe.get())) {
            chain.doFilter(request, response);
            return;
        }
        problems.write(response, HttpStatus.FORBIDDEN, "guest.cafe-only",
                "As a guest you take part in your café only.");
    }

    private static boolean allowed(String method, String path, String cafe) {
        if (path.equals("/api/me") && method.equals("GET") || path.startsWith("/api/guest/")) {
            return true;
        }
        Matcher read = SESSION_READ.matcher(path);
        if (read.matches()) {
            return method.equals("GET") && read.group(1).equals(cafe);
        }
        Matcher write = CAFE_WRITE.matcher(path);
        return write.matches() && method.equals("POST") && write.group(1).equals(cafe);
    }
}
