package se.pollinator.security;

import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import se.pollinator.people.AccessChanged;

/** Ends every browser session of a person whose access changed, so they must log in again. */
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
}
