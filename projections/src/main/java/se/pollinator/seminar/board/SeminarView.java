package se.pollinator.seminar.board;

import com.fasterxml.jackson.annotation.JsonIgnore;
import se.pollinator.seminar.QuestionState;
import se.pollinator.seminar.SeminarEvents.PollAnswered;
import se.pollinator.seminar.SeminarEvents.QuestionAsked;
import se.pollinator.seminar.SeminarEvents.QuestionMerged;
import se.pollinator.seminar.SeminarEvents.QuestionUpvoted;
import se.pollinator.seminar.SeminarEvents.SeminarEvent;
import se.pollinator.seminar.SeminarEvents.UpvoteRetracted;
import se.pollinator.seminar.SeminarPhase;
import se.pollinator.seminar.board.SeminarBoard.Part;
import se.pollinator.seminar.board.SeminarBoard.PartKind;
import se.pollinator.session.SessionChange;
import se.pollinator.session.SessionKind;
import se.pollinator.session.SessionMessage;
import se.pollinator.session.SessionMessage.Removal;
import se.pollinator.session.SessionMessage.Upsert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A seminar as one person sees it. Everyone sees the questions on the wall (shown, being answered,
 * answered) with their votes, never an anonymous question's author; a held question only its author
 * and the moderators; hidden and merged ones only the moderators. A poll's results show to the
 * audience once a moderator shows them; moderators always see them. Each person also sees their own
 * questions, votes and answers.
 */
public record SeminarView(SessionKind kind, String sessionId, long seq, String title, Integer module,
                          List<String> municipalities, Instant scheduledAt, List<String> speakers,
                          List<String> moderators, boolean anonymousQuestions, boolean moderated, SeminarPhase phase,
                          boolean closed, String facilitatorId, String answering, int participantCount,
                          boolean moderator, boolean joined, List<QuestionView> questions, List<PollView> polls,
                          List<Own> yourQuestions, List<Own> yourVotes, List<Answer> yourAnswers,
                          @JsonIgnore Map<String, String> guestNames) {

    /** What a live message says of the header. */
    public record HeaderView(String title, SeminarPhase phase, boolean closed, String answering, int participantCount,
                             List<String> speakers, List<String> moderators) {
    }

    public record QuestionView(String id, String text, String authorId, boolean anonymous, QuestionState state,
                               int votes, Instant askedAt, String answer, String mergedInto) {
    }

    /** An option; {@code votes} is null while its poll's results are not shown to the viewer. */
    public record OptionView(String id, String text, Integer votes) {
    }

    public record PollView(String id, String question, List<OptionView> options, boolean multipleChoice,
                           SeminarBoard.PollState state, boolean resultsShown, int respondents) {
    }

    /** One of the viewer's own questions, or a question they voted for. */
    public record Own(String id) {
    }

    /** The viewer's answer to a poll. */
    public record Answer(String id, List<String> optionIds) {
    }

    /** The board as {@code viewerId} sees it. */
    public static SeminarView of(SeminarBoard board, String viewerId) {
        SeminarBoard.Header h = board.header;
        boolean moderator = board.isModerator(viewerId);
        List<QuestionView> questions = board.questions.values().stream()
                .filter(question -> visible(question, viewerId, moderator)).map(SeminarView::question).toList();
        List<PollView> polls = board.polls.values().stream().map(poll -> poll(poll, moderator)).toList();
        List<Own> own = board.questions.values().stream().filter(q -> q.authorId.equals(viewerId))
                .map(q -> new Own(q.id)).toList();
        List<Own> votes = board.votes.getOrDefault(viewerId, Set.of()).stream().map(Own::new).toList();
        List<Answer> answers = board.ballots.getOrDefault(viewerId, Map.of()).entrySet().stream()
                .map(entry -> new Answer(entry.getKey(), entry.getValue())).toList();
        return new SeminarView(SessionKind.SEMINAR, h.sessionId, h.seq, h.title, h.module, List.copyOf(h.municipalities),
                h.scheduledAt, List.copyOf(h.speakers), List.copyOf(h.moderators), h.anonymousQuestions, h.moderated,
                h.phase, h.phase == SeminarPhase.CLOSED, h.facilitatorId, h.answering, h.participantCount, moderator,
                board.participants.contains(viewerId), questions, polls, own, votes, answers, guestNames(board, questions));
    }

    /** The names of the guests who asked the questions shown, which no people directory knows. */
    private static Map<String, String> guestNames(SeminarBoard board, List<QuestionView> questions) {
        Map<String, String> names = new java.util.HashMap<>();
        questions.stream().map(QuestionView::authorId).filter(board.guests::containsKey)
                .forEach(id -> names.put(id, board.guests.get(id)));
        return names;
    }

    static boolean visible(SeminarBoard.Question question, String viewerId, boolean moderator) {
        return question.state.isShown() || moderator
                || question.state == QuestionState.HELD && question.authorId.equals(viewerId);
    }

    static QuestionView question(SeminarBoard.Question q) {
        return new QuestionView(q.id, q.text, q.anonymous ? null : q.authorId, q.anonymous, q.state, q.votes, q.askedAt,
                q.answer, q.mergedInto);
    }

    static PollView poll(SeminarBoard.Poll poll, boolean moderator) {
        boolean counts = moderator || poll.resultsShown;
        return new PollView(poll.id, poll.question, poll.options.stream()
                .map(option -> new OptionView(option.id, option.text, counts ? option.votes : null)).toList(),
                poll.multipleChoice, poll.state, poll.resultsShown, poll.respondents);
    }

    static HeaderView header(SeminarBoard board) {
        SeminarBoard.Header h = board.header;
        return new HeaderView(h.title, h.phase, h.phase == SeminarPhase.CLOSED, h.answering, h.participantCount,
                List.copyOf(h.speakers), List.copyOf(h.moderators));
    }

    /** A seminar's change: what everyone may see, and what only moderators, authors and voters see. */
    public record SeminarChange(String sessionId, long seq, SessionMessage shared, List<Personal> personal)
            implements SessionChange {
    }

    /** Describes an event, already folded into {@code board}, for the board's watchers. */
    public static SeminarChange change(SeminarBoard board, SeminarEvent event, long seq, List<Part> changed) {
        String type = event.getClass().getSimpleName();
        Set<String> questionIds = new LinkedHashSet<>();
        Set<String> pollIds = new LinkedHashSet<>();
        changed.forEach(part -> {
            if (part.kind() == PartKind.QUESTION) {
                questionIds.add(part.id());
            } else if (part.kind() == PartKind.POLL) {
                pollIds.add(part.id());
            }
        });
        List<Upsert> upserts = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        List<Upsert> moderated = new ArrayList<>();
        List<SessionChange.Personal> personal = new ArrayList<>();
        for (String id : questionIds) {
            SeminarBoard.Question question = board.questions.get(id);
            if (question.state.isShown()) {
                upserts.add(new Upsert("questions", question(question)));
            } else {
                removals.add(new Removal("questions", id));
                moderated.add(new Upsert("questions", question(question)));
                if (question.state == QuestionState.HELD && !board.isModerator(question.authorId)) {
                    personal.add(message(board, question.authorId, seq, type,
                            List.of(new Upsert("questions", question(question))), List.of()));
                }
            }
        }
        for (String id : pollIds) {
            SeminarBoard.Poll poll = board.polls.get(id);
            upserts.add(new Upsert("polls", poll(poll, false)));
            if (!poll.resultsShown) {
                moderated.add(new Upsert("polls", poll(poll, true)));
            }
        }
        if (!moderated.isEmpty()) {
            moderatorsOf(board).forEach(moderator -> personal.add(message(board, moderator, seq, type, moderated,
                    List.of())));
        }
        personal.addAll(own(board, event, seq, type));
        SessionMessage shared = new SessionMessage(board.header.sessionId, SessionKind.SEMINAR, seq, type,
                header(board), upserts, removals);
        return new SeminarChange(board.header.sessionId, seq, shared, personal);
    }

    /** What the event tells the person who acted of their own questions, votes and answers. */
    private static List<SessionChange.Personal> own(SeminarBoard board, SeminarEvent event, long seq, String type) {
        if (event instanceof QuestionAsked e) {
            return List.of(message(board, e.authorId(), seq, type, List.of(new Upsert("yourQuestions",
                    new Own(e.questionId()))), List.of()));
        } else if (event instanceof QuestionUpvoted e) {
            return List.of(message(board, e.byId(), seq, type, List.of(new Upsert("yourVotes", new Own(e.questionId()))),
                    List.of()));
        } else if (event instanceof UpvoteRetracted e) {
            return List.of(message(board, e.byId(), seq, type, List.of(),
                    List.of(new Removal("yourVotes", e.questionId()))));
        } else if (event instanceof PollAnswered e) {
            return List.of(message(board, e.byId(), seq, type, List.of(new Upsert("yourAnswers",
                    new Answer(e.pollId(), board.ballots.get(e.byId()).get(e.pollId())))), List.of()));
        } else if (event instanceof QuestionMerged e) {
            List<SessionChange.Personal> moved = new ArrayList<>();
            board.votes.forEach((voter, own) -> {
                if (own.contains(e.intoId())) {
                    moved.add(message(board, voter, seq, type, List.of(new Upsert("yourVotes", new Own(e.intoId()))),
                            List.of(new Removal("yourVotes", e.questionId()))));
                }
            });
            return moved;
        }
        return List.of();
    }

    private static List<String> moderatorsOf(SeminarBoard board) {
        List<String> moderators = new ArrayList<>(List.of(board.header.facilitatorId));
        board.header.moderators.stream().filter(id -> !moderators.contains(id)).forEach(moderators::add);
        return moderators;
    }

    private static SessionChange.Personal message(SeminarBoard board, String personId, long seq, String type,
                                                  List<Upsert> upserts, List<Removal> removals) {
        return new SessionChange.Personal(personId, new SessionMessage(board.header.sessionId, SessionKind.SEMINAR,
                seq, type, null, upserts, removals));
    }
}
