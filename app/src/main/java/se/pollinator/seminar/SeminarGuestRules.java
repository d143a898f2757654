package se.pollinator.seminar;

import org.springframework.stereotype.Component;
import se.pollinator.seminar.SeminarCommands.AdmitSeminarGuest;
import se.pollinator.seminar.SeminarCommands.AnswerPoll;
import se.pollinator.seminar.SeminarCommands.AskQuestion;
import se.pollinator.seminar.SeminarCommands.CreateSeminarInvitation;
import se.pollinator.seminar.SeminarCommands.RetractUpvote;
import se.pollinator.seminar.SeminarCommands.RevokeSeminarInvitation;
import se.pollinator.seminar.SeminarCommands.UpvoteQuestion;
import se.pollinator.session.GuestsAllowed;
import se.pollinator.session.SessionKind;

import java.time.Instant;
import java.util.Set;

/** Seminars let guests in (outside actors of the external platform): they ask, upvote and answer polls. */
@Component
public class SeminarGuestRules implements GuestsAllowed {

    @Override
    public SessionKind kind() {
        return SessionKind.SEMINAR;
    }

    @Override
    public Object createLink(String sessionId, String byId, String invitationId, String tokenHash, Instant expiresAt,
                             Integer maxUses) {
        return new CreateSeminarInvitation(sessionId, byId, invitationId, tokenHash, expiresAt, maxUses);
    }

    @Override
    public Object revokeLink(String sessionId, String byId, String invitationId) {
        return new RevokeSeminarInvitation(sessionId, byId, invitationId);
    }

    @Override
    public Object admit(String sessionId, String invitationId, String tokenHash, String guestId, String displayName,
                        Instant at) {
        return new AdmitSeminarGuest(sessionId, invitationId, tokenHash, guestId, displayName, at);
    }

    @Override
    public Set<Class<?>> guestCommands() {
        return Set.of(AskQuestion.class, UpvoteQuestion.class, RetractUpvote.class, AnswerPoll.class);
    }
}
