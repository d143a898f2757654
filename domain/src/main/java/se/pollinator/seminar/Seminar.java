package se.pollinator.seminar;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import se.pollinator.rules.RuleViolation;
import se.pollinator.rules.Text;
import se.pollinator.rules.Values;
import se.pollinator.seminar.SeminarCommands.AdmitSeminarGuest;
import se.pollinator.seminar.SeminarCommands.AnswerNow;
import se.pollinator.seminar.SeminarCommands.AnswerPoll;
import se.pollinator.seminar.SeminarCommands.ApproveQuestion;
import se.pollinator.seminar.SeminarCommands.AskQuestion;
import se.pollinator.seminar.SeminarCommands.ChangeSeminarPhase;
import se.pollinator.seminar.SeminarCommands.ClosePoll;
import se.pollinator.seminar.SeminarCommands.CreatePoll;
import se.pollinator.seminar.SeminarCommands.CreateSeminar;
import se.pollinator.seminar.SeminarCommands.CreateSeminarInvitation;
import se.pollinator.seminar.SeminarCommands.HideQuestion;
import se.pollinator.seminar.SeminarCommands.JoinSeminar;
import se.pollinator.seminar.SeminarCommands.MarkAnswered;
import se.pollinator.seminar.SeminarCommands.MergeQuestion;
import se.pollinator.seminar.SeminarCommands.NewOption;
import se.pollinator.seminar.SeminarCommands.OpenPoll;
import se.pollinator.seminar.SeminarCommands.RetractUpvote;
import se.pollinator.seminar.SeminarCommands.RevokeSeminarInvitation;
import se.pollinator.seminar.SeminarCommands.ShowPollResults;
import se.pollinator.seminar.SeminarCommands.UpvoteQuestion;
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
import se.pollinator.seminar.SeminarEvents.SeminarGuestAdmitted;
import se.pollinator.seminar.SeminarEvents.SeminarInvitationCreated;
import se.pollinator.seminar.SeminarEvents.SeminarInvitationRevoked;
import se.pollinator.seminar.SeminarEvents.SeminarJoined;
import se.pollinator.seminar.SeminarEvents.SeminarPhaseChanged;
import se.pollinator.seminar.SeminarEvents.UpvoteRetracted;
import se.pollinator.session.GuestLinks;
import se.pollinator.session.SessionPhases;
import se.pollinator.session.SessionRules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A seminar's live questions and quick polls: the audience asks and upvotes questions, moderators
 * (its facilitator and the people it names) let them show, hide and merge them and mark the one
 * being answered; polls are opened and closed by moderators. It keeps what its rules need; the
 * board is built by a projection.
 */
public class Seminar {

    public static final int MAX_TITLE = 200;
    public static final int MAX_QUESTION = 300;
    public static final int MAX_ANSWER = 1000;
    public static final int MAX_SPEAKER = 100;
    public static final int MAX_SPEAKERS = 20;
    public static final int MAX_OPTION = 200;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;

    /** A poll's life: created, open for answers, closed. */
    public enum PollState { NEW, OPEN, CLOSED }

    @AggregateIdentifier
    private String seminarId;
    private String facilitatorId;
    private SeminarPhase phase;
    private boolean anonymousQuestions;
    private boolean moderated;
    private Set<String> moderators = new HashSet<>();
    private Set<String> participants = new HashSet<>();
    private Map<String, QuestionState> questions = new HashMap<>();
    /** Who upvoted each question. */
    private Map<String, Set<String>> voters = new HashMap<>();
    private String answering;
    private Map<String, PollState> polls = new HashMap<>();
    private Map<String, Set<String>> pollOptions = new HashMap<>();
    private Map<String, Boolean> pollMultiple = new HashMap<>();
    /** Who answered each poll. */
    private Map<String, Set<String>> pollAnswers = new HashMap<>();
    private Set<String> itemIds = new HashSet<>();
    private GuestLinks guestLinks = new GuestLinks();

    protected Seminar() {
        // for Axon and for snapshots
    }

    @CommandHandler
    public Seminar(CreateSeminar command) {
        Values.actor(command.byId());
        String title = Text.required("title", command.title(), MAX_TITLE);
        if (command.module() != null && command.module() < 1) {
            throw RuleViolation.invalid("module.unknown", "Programme module %s does not exist.", command.module());
        }
        List<String> speakers = new ArrayList<>();
        for (String speaker : command.speakers() == null ? List.<String>of() : command.speakers()) {
            speakers.add(Text.required("speaker", speaker, MAX_SPEAKER));
        }
        if (speakers.size() > MAX_SPEAKERS) {
            throw RuleViolation.invalid("seminar.too-many-speakers", "A seminar names at most %s speakers.",
                    MAX_SPEAKERS);
        }
        List<String> moderators = Values.distinctIds("moderators", command.moderators());
        moderators.remove(command.byId());
        apply(new SeminarCreated(command.seminarId(), command.byId(), title, command.module(),
                Values.distinctIds("municipalities", command.municipalities()),
                Values.instant("scheduledAt", command.scheduledAt()), speakers, moderators,
                command.anonymousQuestions(), command.moderated()));
        apply(new SeminarJoined(command.seminarId(), command.byId()));
    }

    @CommandHandler
    public void handle(JoinSeminar command) {
        Values.actor(command.byId());
        requireOpen();
        if (!participants.contains(command.byId())) {
            apply(new SeminarJoined(seminarId, command.byId()));
        }
    }

    @CommandHandler
    public void handle(CreateSeminarInvitation command) {
        requireModerator(command.byId(), "invite guests");
        requireOpen();
        String id = newItem("invitationId", command.invitationId());
        GuestLinks.checkNew(command.tokenHash(), command.expiresAt(), command.maxUses());
        apply(new SeminarInvitationCreated(seminarId, id, command.tokenHash(), command.expiresAt(), command.maxUses(),
                command.byId()));
    }

    @CommandHandler
    public void handle(RevokeSeminarInvitation command) {
        requireModerator(command.byId(), "revoke invitations");
        if (guestLinks.needsRevoking(command.invitationId())) {
            apply(new SeminarInvitationRevoked(seminarId, command.invitationId(), command.byId()));
        }
    }

    @CommandHandler
    public void handle(AdmitSeminarGuest command) {
        requireOpen();
        String name = guestLinks.admit(command.invitationId(), command.tokenHash(), command.at(),
                command.displayName());
        apply(new SeminarGuestAdmitted(seminarId, command.invitationId(), Values.id("guestId", command.guestId()),
                name));
    }

    @CommandHandler
    public void handle(ChangeSeminarPhase command) {
        requireModerator(command.byId(), "move the phase");
        requireOpen();
        SessionPhases.requireOneStep("the seminar", phase, command.to(), SeminarPhase.class,
                SessionPhases.Steps.FORWARD);
        apply(new SeminarPhaseChanged(seminarId, phase, command.to(), command.byId()));
    }

    @CommandHandler
    public void handle(AskQuestion command) {
        requireParticipant(command.byId());
        requireOpen();
        if (command.anonymous() && !anonymousQuestions) {
            throw RuleViolation.invalid("seminar.anonymous-not-allowed",
                    "This seminar shows who asks; anonymous questions are not allowed.");
        }
        String id = newItem("questionId", command.questionId());
        apply(new QuestionAsked(seminarId, id, Text.required("question", command.text(), MAX_QUESTION),
                command.byId(), command.anonymous(), moderated && !isModerator(command.byId())));
    }

    @CommandHandler
    public void handle(UpvoteQuestion command) {
        requireParticipant(command.byId());
        requireOpen();
        requireShown(command.questionId(), "voted for");
        if (voters.get(command.questionId()).contains(command.byId())) {
            throw RuleViolation.conflict("question.already-voted", "You have voted for this question already.");
        }
        apply(new QuestionUpvoted(seminarId, command.questionId(), command.byId()));
    }

    @CommandHandler
    public void handle(RetractUpvote command) {
        requireParticipant(command.byId());
        requireOpen();
        requireQuestion(command.questionId());
        if (!voters.get(command.questionId()).contains(command.byId())) {
            throw RuleViolation.conflict("question.not-voted", "You have not voted for this question.");
        }
        apply(new UpvoteRetracted(seminarId, command.questionId(), command.byId()));
    }

    @CommandHandler
    public void handle(ApproveQuestion command) {
        requireModerator(command.byId(), "let questions show");
        requireOpen();
        if (requireQuestion(command.questionId()) != QuestionState.HELD) {
            throw RuleViolation.conflict("question.not-held", "The question is not waiting for review.");
        }
        apply(new QuestionApproved(seminarId, command.questionId(), command.byId()));
    }

    @CommandHandler
    public void handle(HideQuestion command) {
        requireModerator(command.byId(), "hide questions");
        requireOpen();
        QuestionState state = requireQuestion(command.questionId());
        if (state == QuestionState.HIDDEN || state == QuestionState.MERGED) {
            throw RuleViolation.conflict("question.gone", "The question is no longer on the wall.");
        }
        apply(new QuestionHidden(seminarId, command.questionId(), command.byId()));
    }

    @CommandHandler
    public void handle(MergeQuestion command) {
        requireModerator(command.byId(), "merge questions");
        requireOpen();
        QuestionState state = requireQuestion(command.questionId());
        QuestionState into = requireQuestion(command.intoId());
        if (command.questionId().equals(command.intoId())) {
            throw RuleViolation.invalid("question.merge-itself", "A question cannot be merged into itself.");
        }
        if (state == QuestionState.MERGED || state == QuestionState.HIDDEN || !into.isShown()) {
            throw RuleViolation.conflict("question.merge-shown",
                    "Merge a question on the wall or waiting for review into one that is shown.");
        }
        apply(new QuestionMerged(seminarId, command.questionId(), command.intoId(), command.byId()));
    }

    @CommandHandler
    public void handle(AnswerNow command) {
        requireModerator(command.byId(), "choose the question being answered");
        requireLive("A question is answered while the seminar is live");
        requireShown(command.questionId(), "answered");
        if (!command.questionId().equals(answering)) {
            apply(new QuestionAnswering(seminarId, command.questionId(), command.byId()));
        }
    }

    @CommandHandler
    public void handle(MarkAnswered command) {
        requireModerator(command.byId(), "mark questions answered");
        requireOpen();
        requireShown(command.questionId(), "answered");
        apply(new QuestionAnswered(seminarId, command.questionId(),
                Text.optional("answer", command.answer(), MAX_ANSWER), command.byId()));
    }

    @CommandHandler
    public void handle(CreatePoll command) {
        requireModerator(command.byId(), "create polls");
        requireOpen();
        String id = newItem("pollId", command.pollId());
        String question = Text.required("poll-question", command.question(), MAX_QUESTION);
        List<NewOption> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (NewOption option : command.options() == null ? List.<NewOption>of() : command.options()) {
            String optionId = Values.id("optionId", option.optionId());
            if (!ids.add(optionId) || itemIds.contains(optionId)) {
                throw RuleViolation.conflict("id.taken", "The id %s is already used in this seminar.", optionId);
            }
            options.add(new NewOption(optionId, Text.required("option", option.text(), MAX_OPTION)));
        }
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            throw RuleViolation.invalid("poll.options", "A poll has %s to %s options.", MIN_OPTIONS, MAX_OPTIONS);
        }
        apply(new PollCreated(seminarId, id, question, options, command.multipleChoice(), command.byId()));
    }

    @CommandHandler
    public void handle(OpenPoll command) {
        requireModerator(command.byId(), "open polls");
        requireOpen();
        if (requirePoll(command.pollId()) != PollState.NEW) {
            throw RuleViolation.conflict("poll.opened-before", "The poll has been opened before.");
        }
        apply(new PollOpened(seminarId, command.pollId(), command.byId()));
    }

    @CommandHandler
    public void handle(ClosePoll command) {
        requireModerator(command.byId(), "close polls");
        requireOpen();
        if (requirePoll(command.pollId()) != PollState.OPEN) {
            throw RuleViolation.conflict("poll.not-open", "The poll is not open.");
        }
        apply(new PollClosed(seminarId, command.pollId(), command.byId()));
    }

    @CommandHandler
    public void handle(AnswerPoll command) {
        requireParticipant(command.byId());
        requireOpen();
        PollState state = requirePoll(command.pollId());
        if (state == PollState.CLOSED) {
            throw RuleViolation.conflict("poll.closed", "The poll is closed; answers are no longer taken.");
        }
        if (state != PollState.OPEN) {
            throw RuleViolation.conflict("poll.not-open", "The poll is not open yet.");
        }
        if (pollAnswers.get(command.pollId()).contains(command.byId())) {
            throw RuleViolation.conflict("poll.already-answered", "You have answered this poll already.");
        }
        List<String> chosen = command.optionIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(command.optionIds()));
        if (chosen.isEmpty() || !pollMultiple.get(command.pollId()) && chosen.size() > 1) {
            throw RuleViolation.invalid("poll.choice", pollMultiple.get(command.pollId())
                    ? "Choose at least one option." : "Choose exactly one option.");
        }
        for (String option : chosen) {
            if (!pollOptions.get(command.pollId()).contains(option)) {
                throw RuleViolation.notFound("poll.option-unknown", "The poll has no option %s.", option);
            }
        }
        apply(new PollAnswered(seminarId, command.pollId(), chosen, command.byId()));
    }

    @CommandHandler
    public void handle(ShowPollResults command) {
        requireModerator(command.byId(), "show poll results");
        requireOpen();
        requirePoll(command.pollId());
        apply(new PollResultsShown(seminarId, command.pollId(), command.shown(), command.byId()));
    }

    private boolean isModerator(String personId) {
        return personId != null && (personId.equals(facilitatorId) || moderators.contains(personId));
    }

    private void requireModerator(String personId, String what) {
        Values.actor(personId);
        if (!isModerator(personId)) {
            throw RuleViolation.forbidden("seminar.moderator-only", "Only the seminar's moderators can %s.", what);
        }
    }

    private void requireParticipant(String personId) {
        SessionRules.requireParticipant(participants, personId);
    }

    private void requireOpen() {
        if (phase == SeminarPhase.CLOSED) {
            throw RuleViolation.conflict("seminar.closed", "The seminar is closed; nothing changes any more.");
        }
    }

    private void requireLive(String why) {
        requireOpen();
        if (phase != SeminarPhase.LIVE) {
            throw RuleViolation.conflict("phase.wrong", "%s; the seminar is %s.", why, phase);
        }
    }

    private QuestionState requireQuestion(String questionId) {
        QuestionState state = questionId == null ? null : questions.get(questionId);
        if (state == null) {
            throw RuleViolation.notFound("question.unknown", "The seminar has no question %s.", questionId);
        }
        return state;
    }

    private void requireShown(String questionId, String what) {
        if (!requireQuestion(questionId).isShown()) {
            throw RuleViolation.conflict("question.not-shown", "Only a question on the wall can be %s.", what);
        }
    }

    private PollState requirePoll(String pollId) {
        PollState state = pollId == null ? null : polls.get(pollId);
        if (state == null) {
            throw RuleViolation.notFound("poll.unknown", "The seminar has no poll %s.", pollId);
        }
        return state;
    }

    private String newItem(String field, String id) {
        Values.id(field, id);
        if (itemIds.contains(id)) {
            throw RuleViolation.conflict("id.taken", "The id %s is already used in this seminar.", id);
        }
        return id;
    }

    @EventSourcingHandler
    void on(SeminarCreated event) {
        seminarId = event.seminarId();
        facilitatorId = event.facilitatorId();
        phase = SeminarPhase.OPEN;
        anonymousQuestions = event.anonymousQuestions();
        moderated = event.moderated();
        moderators = new HashSet<>(event.moderators());
    }

    @EventSourcingHandler
    void on(SeminarJoined event) {
        participants.add(event.personId());
    }

    @EventSourcingHandler
    void on(SeminarInvitationCreated event) {
        itemIds.add(event.invitationId());
        guestLinks.created(event.invitationId(), event.tokenHash(), event.expiresAt(), event.maxUses());
    }

    @EventSourcingHandler
    void on(SeminarInvitationRevoked event) {
        guestLinks.revoked(event.invitationId());
    }

    @EventSourcingHandler
    void on(SeminarGuestAdmitted event) {
        participants.add(event.guestId());
        guestLinks.used(event.invitationId());
    }

    @EventSourcingHandler
    void on(SeminarPhaseChanged event) {
        phase = event.to();
        if (phase != SeminarPhase.LIVE && answering != null) {
            questions.put(answering, QuestionState.SHOWN);
            answering = null;
        }
    }

    @EventSourcingHandler
    void on(QuestionAsked event) {
        itemIds.add(event.questionId());
        questions.put(event.questionId(), event.held() ? QuestionState.HELD : QuestionState.SHOWN);
        voters.put(event.questionId(), new HashSet<>());
    }

    @EventSourcingHandler
    void on(QuestionUpvoted event) {
        voters.get(event.questionId()).add(event.byId());
    }

    @EventSourcingHandler
    void on(UpvoteRetracted event) {
        voters.get(event.questionId()).remove(event.byId());
    }

    @EventSourcingHandler
    void on(QuestionApproved event) {
        questions.put(event.questionId(), QuestionState.SHOWN);
    }

    @EventSourcingHandler
    void on(QuestionHidden event) {
        questions.put(event.questionId(), QuestionState.HIDDEN);
        if (event.questionId().equals(answering)) {
            answering = null;
        }
    }

    @EventSourcingHandler
    void on(QuestionMerged event) {
        questions.put(event.questionId(), QuestionState.MERGED);
        voters.get(event.intoId()).addAll(voters.get(event.questionId()));
        voters.get(event.questionId()).clear();
        if (event.questionId().equals(answering)) {
            answering = null;
        }
    }

    @EventSourcingHandler
    void on(QuestionAnswering event) {
        if (answering != null) {
            questions.put(answering, QuestionState.SHOWN);
        }
        answering = event.questionId();
        questions.put(event.questionId(), QuestionState.ANSWERING);
    }

    @EventSourcingHandler
    void on(QuestionAnswered event) {
        questions.put(event.questionId(), QuestionState.ANSWERED);
        if (event.questionId().equals(answering)) {
            answering = null;
        }
    }

    @EventSourcingHandler
    void on(PollCreated event) {
        itemIds.add(event.pollId());
        event.options().forEach(option -> itemIds.add(option.optionId()));
        polls.put(event.pollId(), PollState.NEW);
        pollOptions.put(event.pollId(), new HashSet<>(event.options().stream().map(NewOption::optionId).toList()));
        pollMultiple.put(event.pollId(), event.multipleChoice());
        pollAnswers.put(event.pollId(), new HashSet<>());
    }

    @EventSourcingHandler
    void on(PollOpened event) {
        polls.put(event.pollId(), PollState.OPEN);
    }

    @EventSourcingHandler
    void on(PollClosed event) {
        polls.put(event.pollId(), PollState.CLOSED);
    }

    @EventSourcingHandler
    void on(PollAnswered event) {
        pollAnswers.get(event.pollId()).add(event.byId());
    }
}
