package se.pollinator.retro.board;

import se.pollinator.retro.RetroEvents.ActionItemAdded;
import se.pollinator.retro.RetroEvents.ActionItemDeleted;
import se.pollinator.retro.RetroEvents.ActionItemEdited;
import se.pollinator.retro.RetroEvents.CardAdded;
import se.pollinator.retro.RetroEvents.CardDeleted;
import se.pollinator.retro.RetroEvents.CardEdited;
import se.pollinator.retro.RetroEvents.CardMoved;
import se.pollinator.retro.RetroEvents.CardUngrouped;
import se.pollinator.retro.RetroEvents.CardsGrouped;
import se.pollinator.retro.RetroEvents.DecisionDeleted;
import se.pollinator.retro.RetroEvents.DecisionEdited;
import se.pollinator.retro.RetroEvents.DecisionRecorded;
import se.pollinator.retro.RetroEvents.EarlierActionReviewed;
import se.pollinator.retro.RetroEvents.GroupNamed;
import se.pollinator.retro.RetroEvents.JoinLinkRenewed;
import se.pollinator.retro.RetroEvents.ModuleOpennessChanged;
import se.pollinator.retro.RetroEvents.ParticipantJoined;
import se.pollinator.retro.RetroEvents.PhaseChanged;
import se.pollinator.retro.RetroEvents.RetroCreated;
import se.pollinator.retro.RetroEvents.RetroEvent;
import se.pollinator.retro.RetroEvents.TimerStarted;
import se.pollinator.retro.RetroEvents.TimerStopped;
import se.pollinator.retro.RetroEvents.TopicFocused;
import se.pollinator.retro.RetroEvents.VoteCast;
import se.pollinator.retro.RetroEvents.VoteRetracted;
import se.pollinator.session.SessionChange;
import se.pollinator.session.SessionKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one event changed on a board, said twice: once for everybody on the board (the shared
 * message) and once more, with what only they may see, for the person it concerns.
 *
 * @param shared   goes to every subscriber; never holds a hidden text, an anonymous author or
 *                 who voted for what
 * @param personal messages for single people (their own hidden card, their own votes)
 */
public record BoardChange(String sessionId, long seq, Map<String, Object> shared, List<Personal> personal)
        implements SessionChange {

    /** Describes {@code event}, already folded into {@code after}, for the board's watchers. */
    public static BoardChange of(Board after, RetroEvent event, long seq) {
        Map<String, Object> shared = header(after, event, seq);
        List<Personal> personal = List.of();
        if (event instanceof ParticipantJoined e) {
            shared.put("personId", e.personId());
        } else if (event instanceof CardAdded e) {
            personal = card(after, e.cardId(), e.authorId(), shared, event, seq);
        } else if (event instanceof CardEdited e) {
            personal = card(after, e.cardId(), after.authorOf(e.cardId()), shared, event, seq);
        } else if (event instanceof CardDeleted e) {
            shared.put("cardId", e.cardId());
        } else if (event instanceof CardsGrouped e) {
            shared.put("groupId", e.groupId());
            shared.put("column", e.column());
            shared.put("cardIds", e.cardIds());
        } else if (event instanceof GroupNamed e) {
            shared.put("groupId", e.groupId());
            shared.put("name", e.name());
        } else if (event instanceof CardUngrouped e) {
            shared.put("cardId", e.cardId());
            shared.put("groupId", e.groupId());
        } else if (event instanceof CardMoved e) {
            shared.put("cardId", e.cardId());
            shared.put("column", e.to());
        } else if (event instanceof VoteCast e) {
            personal = vote(after, e.targetId(), e.voterId(), shared, event, seq);
        } else if (event instanceof VoteRetracted e) {
            personal = vote(after, e.targetId(), e.voterId(), shared, event, seq);
        } else if (event instanceof PhaseChanged e) {
            BoardView everyone = BoardView.forEveryone(after);
            shared.put("from", e.from());
            shared.put("phase", e.to());
            shared.put("cards", everyone.cards());
            shared.put("groups", everyone.groups());
        } else if (event instanceof TimerStarted) {
            shared.put("timer", BoardView.timer(after));
        } else if (event instanceof DecisionRecorded e) {
            shared.put("decision", new BoardView.DecisionView(e.decisionId(), e.text(), e.topicId()));
        } else if (event instanceof DecisionEdited e) {
            after.decisions.stream().filter(d -> d.id().equals(e.decisionId())).findFirst()
                    .ifPresent(decision -> shared.put("decision", BoardView.decision(decision)));
        } else if (event instanceof DecisionDeleted e) {
            shared.put("decisionId", e.decisionId());
        } else if (event instanceof ActionItemAdded e) {
            shared.put("action", new BoardView.ActionView(e.actionId(), e.text(), e.ownerId(), e.dueDate(), e.topicId()));
        } else if (event instanceof ActionItemEdited e) {
            after.actions.stream().filter(a -> a.id().equals(e.actionId())).findFirst()
                    .ifPresent(action -> shared.put("action", BoardView.action(action)));
        } else if (event instanceof ActionItemDeleted e) {
            shared.put("actionId", e.actionId());
        } else if (event instanceof TopicFocused e) {
            shared.put("topicId", e.topicId());
        } else if (event instanceof EarlierActionReviewed e) {
            shared.put("actionId", e.actionId());
            shared.put("outcome", e.outcome());
        } else if (event instanceof JoinLinkRenewed e) {
            Map<String, Object> toFacilitator = header(after, event, seq);
            toFacilitator.put("joinToken", e.joinToken());
            personal = List.of(new Personal(after.facilitatorId, toFacilitator));
        } else if (event instanceof ModuleOpennessChanged e) {
            shared.put("openToModule", e.openToModule());
        } else if (!(event instanceof RetroCreated || event instanceof TimerStopped)) {
            // Those two say all in their type; any other event must say here what it changed.
            throw new IllegalArgumentException("The live message does not describe " + event.getClass().getSimpleName());
        }
        return new BoardChange(after.retroId(), seq, shared, personal);
    }

    private static Map<String, Object> header(Board board, RetroEvent event, long seq) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("sessionId", board.retroId());
        message.put("kind", SessionKind.RETRO);
        message.put("seq", seq);
        message.put("type", event.getClass().getSimpleName());
        return message;
    }

    private static List<Personal> card(Board after, String cardId, String authorId, Map<String, Object> shared,
                                       RetroEvent event, long seq) {
        Board.Card card = after.cards.get(cardId);
        if (card == null) {
            shared.put("cardId", cardId);
            return List.of();
        }
        BoardView.CardView everyone = BoardView.card(after, card, null);
        shared.put("card", everyone);
        if (!everyone.hidden() && !after.anonymousCards) {
            return List.of();
        }
        Map<String, Object> own = header(after, event, seq);
        own.put("card", BoardView.card(after, card, authorId));
        return List.of(new Personal(authorId, own));
    }

    private static List<Personal> vote(Board after, String targetId, String voterId, Map<String, Object> shared,
                                       RetroEvent event, long seq) {
        // While voting, the totals stay hidden (unless the retro shows them live): no one follows the crowd.
        Integer total = after.votesHidden() ? null : after.votesOn(targetId);
        shared.put("targetId", targetId);
        shared.put("votes", total);
        Map<String, Object> message = header(after, event, seq);
        message.put("targetId", targetId);
        message.put("votes", total);
        message.put("myVotes", after.votesOf(voterId, targetId));
        message.put("votesLeft", after.votesLeft(voterId));
        return List.of(new Personal(voterId, message));
    }
}
