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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a guest's access to the session they were let in to while their invitation holds: a guest
 * whose invitation was withdrawn or expired, or whose session closed, is logged out at their next
 * request and told which (their live connections close too, see LiveConnections). Of the pages a
 * guest opens only their session's, the invitation's landing page and the login page; any other
 * sends them to their session. Which API handlers a guest reaches, and what they may do there, the
 * session kernel decides (handlers marked for guests; their own session; their kind's commands).
 */
public class GuestFence extends OncePerRequestFilter {

    /** The pages every guest may open besides their session's. */
    private static final Set<String> GUEST_PAGES = Set.of("/guest.html", "/login.html");

    /** Where a guest belongs: the session they were let in to, while their invitation holds. */
    public interface GuestSessions {

        /** The guest's session and whether their access ended; empty for no such guest. */
        Optional<Standing> standing(String guestId);

        /** The session the guest may be in now; empty when their access ended. */
        default Optional<String> sessionOf(String guestId) {
            return standing(guestId).filter(standing -> standing.ended() == null).map(Standing::sessionId);
        }
    }

    /** Why a guest's access ended: a problem code and what it says. */
    public record Ended(String code, String detail) {
        public static final Ended REVOKED = new Ended("guest.revoked", "Your invitation has been withdrawn.");
        public static final Ended EXPIRED = new Ended("guest.expired", "Your invitation has expired.");
        public static final Ended CLOSED = new Ended("guest.session-closed",
                "The session has closed; thank you for taking part.");
    }

    /** A guest's session, the page it is on, and why their access ended (null while it holds). */
    public record Standing(String sessionId, String page, Ended ended) {
    }

    private final GuestSessions guests;
    private final ProblemResponses problems;

    public GuestFence(GuestSessions guests, ProblemResponses problems) {
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
        Optional<Standing> holding = standing.filter(held -> held.ended() == null);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (holding.isEmpty()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            Ended ended = standing.map(Standing::ended).orElse(Ended.REVOKED);
            if (isPage(path)) {
                // Told on the invitation's page what happened, not sent to a login they cannot use.
                response.sendRedirect(request.getContextPath() + "/guest.html?ended=" + ended.code());
                return;
            }
            problems.write(response, HttpStatus.UNAUTHORIZED, ended.code(), ended.detail(), standing
                    .map(held -> Map.<String, Object>of("sessionId", held.sessionId(), "cafeId", held.sessionId()))
                    .orElse(Map.of()));
            return;
        }
        if (isPage(path) && !GUEST_PAGES.contains(path) && !path.equals(holding.get().page())) {
            // Any other page (My sessions, a retro's) would show a guest nothing: their session is where they belong.
            response.sendRedirect(request.getContextPath() + holding.get().page() + "?id=" + holding.get().sessionId());
            return;
        }
        chain.doFilter(request, response);
    }

    /** A page, or a session's link (which leads to a page): a guest's leads to their own session. */
    private static boolean isPage(String path) {
        return path.equals("/") || path.endsWith(".html") || path.startsWith("/sessions/");
    }
}
