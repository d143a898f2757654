package se.pollinator.security;

import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import se.pollinator.people.AccessChanged;
import se.pollinator.people.PasswordChanged;

/** Ends every browser session of a person whose access changed, so they must log in again (or all but one, see below). */
@Component
class EndSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    EndSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @EventListener
    public void accessChanged(AccessChanged change) {
        sessions.findByPrincipalName(change.username()).keySet().forEach(sessions::deleteById);
    }

    /** Whoever knew the old password is logged out; the session it was changed in stays. */
    @EventListener
    public void passwordChanged(PasswordChanged change) {
        sessions.findByPrincipalName(change.username()).keySet().stream()
                .filter(id -> !id.equals(change.keptHttpSessionId()))
                .forEach(sessions::deleteById);
    }
}
