package se.pollinator.seminar.board;

import se.pollinator.seminar.QuestionState;
import se.pollinator.seminar.SeminarCommands.NewOption;
import se.pollinator.seminar.SeminarEvents.PollAnswered;
import se.pollinator.seminar.SeminarEvents.PollClosed;
import se.pollinator.seminar.SeminarEvents.PollCreated;
import se.pollinator.seminar.SeminarEvents.PollOpened;
import se.pollinator.seminar.SeminarEvents.PollResultsShown;
import se.pollinator.seminar.SeminarEvents.QuestionAnswered;
import se.pollinator.seminar.SeminarEvents.QuestionAnswering;
import se.pollinator.seminar.SeminarEvents.QuestionApproved;
import se.pollinator.seminar.SeminarEvents.QuestionAsked;
import se.pollinator.seminar.SeminarEvents.QuestionHidden;
import se.pollinator.seminar.SeminarEvents.QuestionMerged;
import se.pollinator.seminar.SeminarEvents.QuestionUpvoted;
import se.pollinator.seminar.SeminarEvents.SeminarCreated;
import se.pollinator.seminar.SeminarEvents.SeminarEvent;
import se.pollinator.seminar.SeminarEvents.SeminarGuestAdmitted;
import se.pollinator.seminar.SeminarEvents.SeminarInvitationCreated;
import se.pollinator.seminar.SeminarEvents.SeminarInvitationRevoked;
import se.pollinator.seminar.SeminarEvents.SeminarJoined;
import se.pollinator.seminar.SeminarEvents.SeminarPhaseChanged;
import se.pollinator.seminar.SeminarEvents.UpvoteRetracted;
import se.pollinator.seminar.SeminarPhase;
import se.pollinator.session.SessionPart;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A seminar's board: its events folded in order. The same fold serves the read model (which
 * stores the header and each changed part) and the board as of any point in its history. Each
 * person's votes and poll answers are parts of their own, so that a vote in a crowd of hundreds
 * writes the question and the voter, never the whole audience.
 */
public class SeminarBoard {

    /** The parts a board is stored in, each on its own. */
    public enum PartKind { PARTICIPANT, GUEST, QUESTION, VOTER, POLL, BALLOT }

    public record Part(PartKind kind, String id) implements SessionPart {
    }

    public enum PollState { NEW, OPEN, CLOSED }

    /** Everything but the parts. */
    public static class Header {
        public String sessionId;
        public String facilitatorId;
        public String title;
        public Integer module;
        public List<String> municipalities = new ArrayList<>();
        public Instant scheduledAt;
        public List<String> speakers = new ArrayList<>();
        public List<String> moderators = new ArrayList<>();
        public boolean anonymousQuestions;
        public boolean moderated;
        public SeminarPhase phase;
        public String answering;
        public int participantCount;
        public long seq = -1;
        public Instant createdAt;
    }

    public static class Question {
        public String id;
        public String text;
        public String authorId;
        public boolean anonymous;
        public QuestionState state;
        public int votes;
        public Instant askedAt;
        public String answer;
        public String mergedInto;
    }

    public static class Option {
        public String id;
        public String text;
        public int votes;
    }

    public static class Poll {
        public String id;
        public String question;
        public List<Option> options = new ArrayList<>();
        public boolean multipleChoice;
        public PollState state = PollState.NEW;
        public boolean resultsShown;
        public int respondents;
    }

    public Header header = new Header();
    public final Set<String> participants = new LinkedHashSet<>();
    /** The guests let in, by id, with the names they chose. */
    public final Map<String, String> guests = new LinkedHashMap<>();
    public final Map<String, Question> questions = new LinkedHashMap<>();
    /** Each voter's questions. */
    public final Map<String, Set<String>> votes = new LinkedHashMap<>();
    public final Map<String, Poll> polls = new LinkedHashMap<>();
    /** Each person's answers: poll id to the options chosen. */
    public final Map<String, Map<String, List<String>>> ballots = new LinkedHashMap<>();

    public boolean isModerator(String personId) {
        return personId != null && (personId.equals(header.facilitatorId) || header.moderators.contains(personId));
    }

    /**
     * Folds one event in and answers the parts it changed (which the read model stores and the
     * live message describes). Every event type is handled here, or refused.
     */
    public List<Part> apply(SeminarEvent event, long seq, Instant at) {
        if (header.sessionId == null && !(event instanceof SeminarCreated)) {
            throw new IllegalStateException("Seminar " + event.seminarId() + " cannot be folded from event " + seq
                    + ": its creation was not seen");
        }
        List<Part> changed = new ArrayList<>();
        if (event instanceof SeminarCreated e) {
            header.sessionId = e.seminarId();
            header.facilitatorId = e.facilitatorId();
            header.title = e.title();
            header.module = e.module();
            header.municipalities = new ArrayList<>(e.municipalities());
            header.scheduledAt = e.scheduledAt();
            header.speakers = new ArrayList<>(e.speakers());
            header.moderators = new ArrayList<>(e.moderators());
            header.anonymousQuestions = e.anonymousQuestions();
            header.moderated = e.moderated();
            header.phase = SeminarPhase.OPEN;
            header.createdAt = at;
        } else if (event instanceof SeminarJoined e) {
            if (participants.add(e.personId())) {
                header.participantCount = participants.size();
                changed.add(new Part(PartKind.PARTICIPANT, e.personId()));
            }
        } else if (event instanceof SeminarGuestAdmitted e) {
            guests.put(e.guestId(), e.displayName());
            changed.add(new Part(PartKind.GUEST, e.guestId()));
            if (participants.add(e.guestId())) {
                header.participantCount = participants.size();
                changed.add(new Part(PartKind.PARTICIPANT, e.guestId()));
            }
        } else if (event instanceof SeminarInvitationCreated || event instanceof SeminarInvitationRevoked) {
            // Kept by the kernel's guest store; the board does not show links.
        } else if (event instanceof SeminarPhaseChanged e) {
            header.phase = e.to();
            if (e.to() != SeminarPhase.LIVE && header.answering != null) {
                changed.add(setState(header.answering, QuestionState.SHOWN));
                header.answering = null;
            }
        } else if (event instanceof QuestionAsked e) {
            Question question = new Question();
            question.id = e.questionId();
            question.text = e.text();
            question.authorId = e.authorId();
            question.anonymous = e.anonymous();
            question.state = e.held() ? QuestionState.HELD : QuestionState.SHOWN;
            question.askedAt = at;
            questions.put(question.id, question);
            changed.add(new Part(PartKind.QUESTION, question.id));
        } else if (event instanceof QuestionUpvoted e) {
            if (votes.computeIfAbsent(e.byId(), voter -> new LinkedHashSet<>()).add(e.questionId())) {
                questions.get(e.questionId()).votes++;
            }
            changed.add(new Part(PartKind.QUESTION, e.questionId()));
            changed.add(new Part(PartKind.VOTER, e.byId()));
        } else if (event instanceof UpvoteRetracted e) {
            Set<String> own = votes.get(e.byId());
            if (own != null && own.remove(e.questionId())) {
                questions.get(e.questionId()).votes--;
            }
            changed.add(new Part(PartKind.QUESTION, e.questionId()));
            changed.add(new Part(PartKind.VOTER, e.byId()));
        } else if (event instanceof QuestionApproved e) {
            changed.add(setState(e.questionId(), QuestionState.SHOWN));
        } else if (event instanceof QuestionHidden e) {
            changed.add(setState(e.questionId(), QuestionState.HIDDEN));
            clearAnswering(e.questionId());
        } else if (event instanceof QuestionMerged e) {
            merged(e, changed);
        } else if (event instanceof QuestionAnswering e) {
            if (header.answering != null && questions.containsKey(header.answering)) {
                changed.add(setState(header.answering, QuestionState.SHOWN));
            }
            header.answering = e.questionId();
            changed.add(setState(e.questionId(), QuestionState.ANSWERING));
        } else if (event instanceof QuestionAnswered e) {
            questions.get(e.questionId()).answer = e.answer();
            changed.add(setState(e.questionId(), QuestionState.ANSWERED));
            clearAnswering(e.questionId());
        } else if (event instanceof PollCreated e) {
            Poll poll = new Poll();
            poll.id = e.pollId();
            poll.question = e.question();
            poll.multipleChoice = e.multipleChoice();
            for (NewOption option : e.options()) {
                Option o = new Option();
                o.id = option.optionId();
                o.text = option.text();
                poll.options.add(o);
            }
            polls.put(poll.id, poll);
            changed.add(new Part(PartKind.POLL, poll.id));
        } else if (event instanceof PollOpened e) {
            polls.get(e.pollId()).state = PollState.OPEN;
            changed.add(new Part(PartKind.POLL, e.pollId()));
        } else if (event instanceof PollClosed e) {
            polls.get(e.pollId()).state = PollState.CLOSED;
            changed.add(new Part(PartKind.POLL, e.pollId()));
        } else if (event instanceof PollResultsShown e) {
            polls.get(e.pollId()).resultsShown = e.shown();
            changed.add(new Part(PartKind.POLL, e.pollId()));
        } else if (event instanceof PollAnswered e) {
            Poll poll = polls.get(e.pollId());
            Map<String, List<String>> ballot = ballots.computeIfAbsent(e.byId(), person -> new LinkedHashMap<>());
            if (!ballot.containsKey(poll.id)) {
                ballot.put(poll.id, List.copyOf(e.optionIds()));
                poll.respondents++;
                poll.options.stream().filter(option -> e.optionIds().contains(option.id))
                        .forEach(option -> option.votes++);
            }
            changed.add(new Part(PartKind.POLL, poll.id));
            changed.add(new Part(PartKind.BALLOT, e.byId()));
        } else {
            throw new IllegalArgumentException("The seminar fold does not handle " + event.getClass().getSimpleName());
        }
        header.seq = seq;
        return changed;
    }

    /** The board of a seminar's events from its first, in order. */
    public static SeminarBoard of(List<Sequenced> events) {
        SeminarBoard board = new SeminarBoard();
        events.forEach(event -> board.apply(event.event(), event.seq(), event.at()));
        return board;
    }

    public record Sequenced(long seq, SeminarEvent event, Instant at) {
    }

    private Part setState(String questionId, QuestionState state) {
        questions.get(questionId).state = state;
        return new Part(PartKind.QUESTION, questionId);
    }

    private void clearAnswering(String questionId) {
        if (questionId.equals(header.answering)) {
            header.answering = null;
        }
    }

    /** The duplicate's voters vote for the question it repeats (once, if they voted for both). */
    private void merged(QuestionMerged e, List<Part> changed) {
        Question duplicate = questions.get(e.questionId());
        Question into = questions.get(e.intoId());
        duplicate.state = QuestionState.MERGED;
        duplicate.mergedInto = into.id;
        clearAnswering(duplicate.id);
        votes.forEach((voter, own) -> {
            if (own.remove(duplicate.id)) {
                if (own.add(into.id)) {
                    into.votes++;
                }
                changed.add(new Part(PartKind.VOTER, voter));
            }
        });
        duplicate.votes = 0;
        changed.add(new Part(PartKind.QUESTION, duplicate.id));
        changed.add(new Part(PartKind.QUESTION, into.id));
    }
}
