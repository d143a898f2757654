package se.pollinator.retro.board;

import se.pollinator.retro.RetroEvents.CardAdded;
import se.pollinator.retro.RetroEvents.CardEdited;
import se.pollinator.retro.RetroEvents.JoinLinkRenewed;
import se.pollinator.retro.RetroEvents.PhaseChanged;
import se.pollinator.retro.RetroEvents.RetroEvent;
import se.pollinator.retro.RetroEvents.VoteCast;
import se.pollinator.retro.RetroEvents.VoteRetracted;
import se.pollinator.retro.board.BoardView.YourVotes;
import se.pollinator.session.SessionChange;
import se.pollinator.session.SessionKind;
import se.pollinator.session.SessionMessage;
import se.pollinator.session.SessionMessage.Removal;
import se.pollinator.session.SessionMessage.Upsert;

import java.util.ArrayList;
import java.util.List;

/**
 * What one event changed on a board, said twice as typed session messages: once for everybody
 * on the board (the shared message: the header and the cards, groups, decisions and action
 * items the event changed, as anyone sees them) and once more, with what only they may see, for
 * the person it concerns (their own hidden or anonymous card, their own votes, the share link).
 *
 * @param shared   goes to every subscriber; never holds a hidden text, an anonymous author or
 *                 who voted for what
 * @param personal messages for single people, into the board's {@code yourCards},
 *                 {@code yourVotes} and its own header fields ({@code votesLeft}, {@code joinToken})
 */
public record BoardChange(String sessionId, long seq, SessionMessage shared, List<Personal> personal)
        implements SessionChange {

    /** The viewer's own header fields a personal message may set. */
    public record VotesLeft(Integer votesLeft) {
    }

    public record JoinLink(String joinToken) {
    }

    /**
     * Describes {@code event}, already folded into {@code after}, for the board's watchers.
     *
     * @throws IllegalArgumentException for an event type the board does not say it changes
     */
    public static BoardChange of(Board after, RetroEvent event, long seq) {
        List<Upsert> upserts = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        if (event instanceof PhaseChanged) {
            // A phase can reveal texts and vote totals: everyone gets every card and group anew.
            BoardView everyone = BoardView.forEveryone(after);
            everyone.cards().forEach(card -> upserts.add(new Upsert("cards", card)));
            everyone.groups().forEach(group -> upserts.add(new Upsert("groups", group)));
        } else {
            boolean vote = event instanceof VoteCast || event instanceof VoteRetracted;
            for (Board.Part part : Board.partsChangedBy(event)) {
                describe(after, part, vote, upserts, removals);
            }
        }
        SessionMessage shared = message(after, event, seq, BoardView.header(after), upserts, removals);
        return new BoardChange(after.retroId(), seq, shared, personal(after, event, seq));
    }

    private static void describe(Board after, Board.Part part, boolean vote, List<Upsert> upserts,
                                 List<Removal> removals) {
        String collection = switch (part.kind()) {
            case CARD -> "cards";
            case GROUP -> "groups";
            case DECISION -> "decisions";
            case ACTION -> "actions";
            // In the header (participants, earlier outcomes), or the voter's own.
            case PARTICIPANT, VOTER, REVIEW -> null;
        };
        if (collection == null) {
            return;
        }
        Object value = after.part(part);
        if (value == null) {
            // A vote names its target both as a card and as a group; only the one it is counts.
            if (!vote) {
                removals.add(new Removal(collection, part.id()));
            }
            return;
        }
        Object item = switch (part.kind()) {
            case CARD -> BoardView.card(after, (Board.Card) value, null);
            case GROUP -> BoardView.group(after, (Board.Group) value, null);
            case DECISION -> BoardView.decision((Board.Decision) value);
            default -> BoardView.action((Board.Action) value);
        };
        upserts.add(new Upsert(collection, item));
    }

    private static List<Personal> personal(Board after, RetroEvent event, long seq) {
        if (event instanceof CardAdded e) {
            return ownCard(after, e.cardId(), event, seq);
        } else if (event instanceof CardEdited e) {
            return ownCard(after, e.cardId(), event, seq);
        } else if (event instanceof VoteCast e) {
            return ownVotes(after, e.voterId(), e.targetId(), event, seq);
        } else if (event instanceof VoteRetracted e) {
            return ownVotes(after, e.voterId(), e.targetId(), event, seq);
        } else if (event instanceof JoinLinkRenewed e) {
            return List.of(new Personal(after.facilitatorId, message(after, event, seq,
                    new JoinLink(e.joinToken()), List.of(), List.of())));
        }
        return List.of();
    }

    /** Its author alone learns a card is theirs when the board hides its text or its author. */
    private static List<Personal> ownCard(Board after, String cardId, RetroEvent event, long seq) {
        Board.Card card = after.cards.get(cardId);
        if (card == null || !BoardView.ownCardsHidden(after)) {
            return List.of();
        }
        return List.of(new Personal(card.authorId, message(after, event, seq, null,
                List.of(new Upsert("yourCards", BoardView.yourCard(card))), List.of())));
    }

    private static List<Personal> ownVotes(Board after, String voterId, String targetId, RetroEvent event, long seq) {
        return List.of(new Personal(voterId, message(after, event, seq, new VotesLeft(after.votesLeft(voterId)),
                List.of(new Upsert("yourVotes", new YourVotes(targetId, after.votesOf(voterId, targetId)))),
                List.of())));
    }

    private static SessionMessage message(Board board, RetroEvent event, long seq, Object header,
                                          List<Upsert> upserts, List<Removal> removals) {
        return new SessionMessage(board.retroId(), SessionKind.RETRO, seq, event.getClass().getSimpleName(), header,
                upserts, removals);
    }
}
