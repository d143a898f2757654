package se.pollinator.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import se.pollinator.rules.Values;

/**
 * Links to a session whatever its kind: the kernel knows each session's kind and each kind's page
 * and commands ({@link SessionKind}), so the pages need not. A session's link is
 * {@code /sessions/{id}} (its query kept: a share token, the item a plan change cites), and joining
 * any session one may join by oneself is one request.
 */
@Controller
@Tag(name = "Sessions")
public class SessionPages {

    private final SessionAccess access;

    public SessionPages(SessionAccess access) {
        this.access = access;
    }

    /**
     * The page of the session's kind. Only the kind is told, which its page would tell anyway; the
     * page checks whether the person may see the session (or join it by its share token).
     */
    @Operation(summary = "The page of a session, of whatever kind (a redirect, its query kept)")
    @GetMapping("/sessions/{id}")
    public ResponseEntity<Void> page(@PathVariable String id, HttpServletRequest request) {
        SessionKind kind = kind(id);
        String query = request.getQueryString();
        String location = kind.page() + "?id=" + id + (query == null ? "" : "&" + query);
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, location).build();
    }

    /** Joining, by the kind's own rules: the request goes on, as it came, to the kind's own command. */
    @Operation(summary = "Join a session of any kind that one may join by oneself",
            description = "The same as the kind's own POST /api/<kind>/{id}/participants, body included.")
    @PostMapping("/api/sessions/{id}/participants")
    public ModelAndView join(@PathVariable String id) {
        return new ModelAndView("forward:" + kind(id).api() + "/" + id + "/participants");
    }

    private SessionKind kind(String id) {
        Values.id("sessionId", id);
        return access.kindOf(id).orElseThrow(() -> SessionAccess.unknownSession(id));
    }
}
