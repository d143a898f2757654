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
 * invitation was withdrawn or expired, or whose café closed, is logged out at their next request
 * and told which (their live connections close too, see LiveConnections).
 */
public class GuestFence extends OncePerRequestFilter {

    private static final Pattern SESSION_READ = Pattern.compile("^/api/sessions/([A-Za-z0-9-]{1,64})/(board|presence)$");
    /** The pages a guest may open: their café's, the invitation's landing page, and the login page. */
    private static final java.util.Set<String> GUEST_PAGES = java.util.Set.of("/cafe.html", "/guest.html", "/login.html");
    private static final Pattern CAFE_WRITE = Pattern.compile("^/api/cafes/([A-Za-z0-9-]{1,64})/(seats|notes)$");

    /** Where a guest belongs: the café they were admitted to, while their invitation holds. */
    public interface GuestCafes {

        /** The guest's café and whether their access ended; empty for no such guest. */
        Optional<Standing> standing(String guestId);

        /** The café the guest may be in now; empty when their access ended. */
        default Optional<String> cafeOf(String guestId) {
            return standing(guestId).filter(standing -> standing.ended() == null).map(Standing::cafeId);
        }
    }

    /** Why a guest's access ended. */
    public enum Ended {
        REVOKED("guest.revoked", "Your invitation to this café has been withdrawn."),
        EXPIRED("guest.expired", "Your invitation to this café has expired."),
        CAFE_CLOSED("guest.cafe-closed", "The café has closed; thank you for taking part.");

        private final String code;
        private final String detail;

        Ended(String code, String detail) {
            this.code = code;
            this.detail = detail;
        }
    }

    /** A guest's café, and why their access there ended (null while it holds). */
    public record Standing(String cafeId, Ended ended) {
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
        Optional<Standing> standing = guests.standing(signedIn.get().personId());
        Optional<String> cafe = standing.filter(held -> held.ended() == null).map(Standing::cafeId);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (cafe.isEmpty()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            Ended ended = standing.map(Standing::ended).orElse(Ended.REVOKED);
            if (isPage(path)) {
                // Told on the invitation's page what happened, not sent to a login they cannot use.
                response.sendRedirect(request.getContextPath() + "/guest.html?ended=" + ended.code);
                return;
            }
            problems.write(response, HttpStatus.UNAUTHORIZED, ended.code, ended.detail,
                    standing.map(Standing::cafeId).map(id -> java.util.Map.<String, Object>of("cafeId", id))
                            .orElse(java.util.Map.of()));
            return;
        }
        if (isPage(path) && !GUEST_PAGES.contains(path)) {
            // Any other page (My sessions, a retro's) would show a guest nothing: their café is where they belong.
            response.sendRedirect(request.getContextPath() + "/cafe.html?id=" + cafe.get());
            return;
        }
        if (!path.startsWith("/api/") || allowed(request.getMethod(), path, cafe.get())) {
            chain.doFilter(request, response);
            return;
        }
        problems.write(response, HttpStatus.FORBIDDEN, "guest.cafe-only",
                "As a guest you take part in your café only.");
    }

    private static boolean isPage(String path) {
        return path.equals("/") || path.endsWith(".html");
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
