package se.pollinator.retro.board;

import se.pollinator.retro.ActionOutcome;
import se.pollinator.retro.Column;
import se.pollinator.retro.Phase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A board as one person may see it. Texts hidden by private reflection are absent, anonymous
 * authors are never named, only the viewer's own votes are shown as theirs, and only the
 * facilitator is told the share link's token.
 */
public record BoardView(String sessionId, String kind, long seq, String title, int module,
                        String municipality, Instant scheduledAt, Phase phase, String facilitatorId,
                        int voteBudget, Integer votesLeft, boolean votesHidden, boolean anonymousCards,
                        boolean privateReflection,
                        boolean openToModule, String joinToken, TimerView timer, String currentTopic,
                        List<String> participants, List<CardView> cards, List<GroupView> groups,
                        List<DecisionView> decisions, List<ActionView> actions, List<ReviewView> earlierActions) {

    /** A card; {@code text} and {@code authorId} are null where the viewer may not see them. */
    public record CardView(String id, Column column, String text, boolean hidden, String authorId, boolean mine,
                           String groupId, int votes, int myVotes) {
    }

    public record GroupView(String id, Column column, String name, int votes, int myVotes) {
    }

    public record TimerView(Phase phase, Instant startsAt, Instant endsAt) {
    }

    /** A decision; {@code topicId} is the card or group it came from, if any. */
    public record DecisionView(String id, String text, String topicId) {
    }

    public record ActionView(String id, String text, String ownerId, LocalDate dueDate, String topicId) {
    }

    public record ReviewView(String actionId, String fromRetroId, String text, String ownerId, LocalDate dueDate,
                             ActionOutcome outcome) {
    }

    /** The board as {@code viewerId} sees it. */
    public static BoardView forViewer(Board board, String viewerId) {
        return new BoardView(board.retroId, "RETRO", board.seq, board.title, board.module, board.municipality,
                board.scheduledAt, board.phase, board.facilitatorId, board.voteBudget, board.votesLeft(viewerId),
                board.votesHidden(), board.anonymousCards, board.privateReflection, board.openToModule,
                viewerId != null && viewerId.equals(board.facilitatorId) ? board.joinToken : null, timer(board),
                board.currentTopic, List.copyOf(board.participants),
                board.cards.values().stream().map(card -> card(board, card, viewerId)).toList(),
                board.groups.values().stream()
                        .map(group -> new GroupView(group.id, group.column, group.name,
                                board.votesHidden() ? 0 : group.votes, board.votesOf(viewerId, group.id)))
                        .toList(),
                board.decisions.stream().map(BoardView::decision).toList(),
                board.actions.stream().map(BoardView::action).toList(),
                board.earlierActions.stream()
                        .map(r -> new ReviewView(r.action().actionId(), r.action().fromRetroId(), r.action().text(),
                                r.action().ownerId(), r.action().dueDate(), r.outcome()))
                        .toList());
    }

    /** The same view with only the earlier action items the viewer may see (they come from other retros). */
    public BoardView withEarlierActions(java.util.function.Predicate<ReviewView> visible) {
        return new BoardView(sessionId, kind, seq, title, module, municipality, scheduledAt, phase, facilitatorId,
                voteBudget, votesLeft, votesHidden, anonymousCards, privateReflection, openToModule, joinToken, timer,
                currentTopic, participants, cards, groups, decisions, actions, earlierActions.stream().filter(visible).toList());
    }

    /** The board as anyone may see it: what goes on a shared topic. */
    public static BoardView forEveryone(Board board) {
        return forViewer(board, null);
    }

    static DecisionView decision(Board.Decision decision) {
        return new DecisionView(decision.id(), decision.text(), decision.topicId());
    }

    static ActionView action(Board.Action action) {
        return new ActionView(action.id(), action.text(), action.ownerId(), action.dueDate(), action.topicId());
    }

    static TimerView timer(Board board) {
        return board.timer == null ? null
                : new TimerView(board.timer.phase(), board.timer.startsAt(), board.timer.endsAt());
    }

    static CardView card(Board board, Board.Card card, String viewerId) {
        boolean mine = card.authorId.equals(viewerId);
        boolean hidden = board.textsHidden() && !mine;
        String author = hidden || board.anonymousCards ? null : card.authorId;
        return new CardView(card.id, card.column, hidden ? null : card.text, hidden, author, mine, card.groupId,
                board.votesHidden() ? 0 : card.votes, board.votesOf(viewerId, card.id));
    }
}
