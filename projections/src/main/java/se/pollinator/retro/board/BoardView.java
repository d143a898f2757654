package se.pollinator.retro.board;

import se.pollinator.retro.ActionOutcome;
import se.pollinator.retro.Column;
import se.pollinator.retro.Phase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A board as one person may see it. Texts hidden by private reflection are absent, anonymous
 * authors are never named, only the viewer's own votes are shown as theirs, and only the
 * facilitator is told the share link's token.
 *
 * <p>What is the viewer's own is said twice: on each card and group ({@code mine},
 * {@code myVotes}, the hidden text of their own card), and in {@code yourCards} and
 * {@code yourVotes}. A live page keeps the latter, which only the viewer's personal messages
 * change, so that a shared message replacing a card does not take the viewer's own view of it.
 */
public record BoardView(String sessionId, String kind, long seq, String title, int module,
                        String municipality, Instant scheduledAt, Phase phase, String facilitatorId,
                        int voteBudget, Integer votesLeft, boolean votesHidden, boolean anonymousCards,
                        boolean privateReflection,
                        boolean openToModule, String joinToken, TimerView timer, String currentTopic,
                        List<String> participants, List<CardView> cards, List<GroupView> groups,
                        List<DecisionView> decisions, List<ActionView> actions, List<ReviewView> earlierActions,
                        Map<String, ActionOutcome> earlierOutcomes, List<YourCard> yourCards,
                        List<YourVotes> yourVotes) {

    /**
     * What a shared live message says of the board's header: all of it but what is the viewer's
     * own ({@code votesLeft}, {@code joinToken}), under the same names as on the board.
     * {@code earlierOutcomes} names only action ids, never an earlier retro's text, as not every
     * watcher may see every earlier retro.
     */
    public record Header(String title, Phase phase, String facilitatorId, int voteBudget, boolean votesHidden,
                         boolean anonymousCards, boolean privateReflection, boolean openToModule, TimerView timer,
                         String currentTopic, List<String> participants,
                         Map<String, ActionOutcome> earlierOutcomes) {
    }

    /** A card the viewer wrote, with its text even while others see it hidden. */
    public record YourCard(String id, String text) {
    }

    /** How many of the viewer's votes are on a card or group ({@code id}). */
    public record YourVotes(String id, int votes) {
    }

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
                board.groups.values().stream().map(group -> group(board, group, viewerId)).toList(),
                board.decisions.stream().map(BoardView::decision).toList(),
                board.actions.stream().map(BoardView::action).toList(),
                board.earlierActions.stream()
                        .map(r -> new ReviewView(r.action().actionId(), r.action().fromRetroId(), r.action().text(),
                                r.action().ownerId(), r.action().dueDate(), r.outcome()))
                        .toList(),
                earlierOutcomes(board),
                yourCards(board, viewerId),
                viewerId == null ? List.of() : board.votesByVoter.getOrDefault(viewerId, Map.of()).entrySet().stream()
                        .map(votes -> new YourVotes(votes.getKey(), votes.getValue())).toList());
    }

    static Header header(Board board) {
        return new Header(board.title, board.phase, board.facilitatorId, board.voteBudget, board.votesHidden(),
                board.anonymousCards, board.privateReflection, board.openToModule, timer(board), board.currentTopic,
                List.copyOf(board.participants), earlierOutcomes(board));
    }

    /**
     * The viewer's own cards where the board hides what they are from others (their texts while
     * reflecting privately, their authors on an anonymous board); elsewhere each card names its
     * author and shows its text, and a long board is not sent twice.
     */
    private static List<YourCard> yourCards(Board board, String viewerId) {
        if (viewerId == null || !ownCardsHidden(board)) {
            return List.of();
        }
        return board.cards.values().stream().filter(card -> card.authorId.equals(viewerId))
                .map(BoardView::yourCard).toList();
    }

    /** Whether others see a card without its text or its author, so only its author knows it is theirs. */
    static boolean ownCardsHidden(Board board) {
        return board.textsHidden() || board.anonymousCards;
    }

    static YourCard yourCard(Board.Card card) {
        return new YourCard(card.id, card.text);
    }

    private static Map<String, ActionOutcome> earlierOutcomes(Board board) {
        Map<String, ActionOutcome> outcomes = new LinkedHashMap<>();
        board.earlierActions.stream().filter(review -> review.outcome() != null)
                .forEach(review -> outcomes.put(review.action().actionId(), review.outcome()));
        return outcomes;
    }

    /** The same view with only the earlier action items the viewer may see (they come from other retros). */
    public BoardView withEarlierActions(Predicate<ReviewView> visible) {
        List<ReviewView> seen = earlierActions.stream().filter(visible).toList();
        Map<String, ActionOutcome> seenOutcomes = new LinkedHashMap<>(earlierOutcomes);
        seenOutcomes.keySet().removeIf(id -> seen.stream().noneMatch(review -> review.actionId().equals(id)));
        return new BoardView(sessionId, kind, seq, title, module, municipality, scheduledAt, phase, facilitatorId,
                voteBudget, votesLeft, votesHidden, anonymousCards, privateReflection, openToModule, joinToken, timer,
                currentTopic, participants, cards, groups, decisions, actions, seen, seenOutcomes, yourCards, yourVotes);
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

    static GroupView group(Board board, Board.Group group, String viewerId) {
        return new GroupView(group.id, group.column, group.name, board.votesHidden() ? 0 : group.votes,
                board.votesOf(viewerId, group.id));
    }

    static CardView card(Board board, Board.Card card, String viewerId) {
        boolean mine = card.authorId.equals(viewerId);
        boolean hidden = board.textsHidden() && !mine;
        String author = hidden || board.anonymousCards ? null : card.authorId;
        return new CardView(card.id, card.column, hidden ? null : card.text, hidden, author, mine, card.groupId,
                board.votesHidden() ? 0 : card.votes, board.votesOf(viewerId, card.id));
    }
}
