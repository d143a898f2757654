package se.pollinator.retro.web;

import se.pollinator.retro.ActionOutcome;
import se.pollinator.retro.Column;
import se.pollinator.retro.Phase;
import se.pollinator.retro.board.BoardView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a retro came to, to take away: its topics by votes, decisions, action items with owners
 * and due dates, the earlier action items it reviewed, and how many took part. Built from the
 * board as the reader may see it, so hidden texts and anonymous authors stay so.
 */
public record Summary(String sessionId, String title, int module, String municipality, String municipalityName,
                      Instant scheduledAt,
                      Phase phase, boolean closed, String facilitator, Participation participation,
                      List<Topic> topics, List<Decision> decisions, List<Action> actions,
                      List<Review> earlierActions) {

    public record Participation(int participants, int cards, int votes) {
    }

    /** A card or a group of cards, with the texts of the cards in it. */
    public record Topic(String id, String kind, Column column, String title, int votes, List<String> cards) {
    }

    /** A decision, with the topic (card or group) it came from: its id and title, when it has one. */
    public record Decision(String id, String text, String topicId, String topic) {
    }

    public record Action(String id, String text, String ownerId, String owner, LocalDate dueDate, String topicId,
                         String topic) {
    }

    public record Review(String text, String owner, LocalDate dueDate, ActionOutcome outcome) {
    }

    static Summary of(BoardView board, Map<String, String> names, String municipalityName) {
        List<Topic> topics = new ArrayList<>();
        board.groups().forEach(group -> {
            List<String> texts = board.cards().stream().filter(card -> group.id().equals(card.groupId()))
                    .map(Summary::text).toList();
            if (!texts.isEmpty() || group.votes() > 0) {
                topics.add(new Topic(group.id(), "GROUP", group.column(), group.name(), group.votes(), texts));
            }
        });
        board.cards().stream()
                .filter(card -> card.groupId() == null || board.groups().stream().noneMatch(g -> g.id().equals(card.groupId())))
                .forEach(card -> topics.add(new Topic(card.id(), "CARD", card.column(), text(card), card.votes(),
                        List.of())));
        topics.sort(Comparator.comparingInt(Topic::votes).reversed());
        int votes = board.cards().stream().mapToInt(BoardView.CardView::votes).sum()
                + board.groups().stream().mapToInt(BoardView.GroupView::votes).sum();
        return new Summary(board.sessionId(), board.title(), board.module(), board.municipality(), municipalityName,
                board.scheduledAt(),
                board.phase(), board.phase() == Phase.CLOSED, names.get(board.facilitatorId()),
                new Participation(board.participants().size(), board.cards().size(), votes),
                topics,
                board.decisions().stream().map(d -> new Decision(d.id(), d.text(), d.topicId(),
                        titleOf(topics, d.topicId()))).toList(),
                board.actions().stream().map(a -> new Action(a.id(), a.text(), a.ownerId(), names.get(a.ownerId()),
                        a.dueDate(), a.topicId(), titleOf(topics, a.topicId()))).toList(),
                board.earlierActions().stream().map(r -> new Review(r.text(), names.get(r.ownerId()), r.dueDate(),
                        r.outcome())).toList());
    }

    private static String titleOf(List<Topic> topics, String topicId) {
        return topicId == null ? null : topics.stream().filter(topic -> topic.id().equals(topicId)).map(Topic::title)
                .findFirst().orElse(null);
    }

    private static String text(BoardView.CardView card) {
        return card.hidden() ? null : card.text();
    }
}
