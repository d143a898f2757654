package se.pollinator.seminar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.SignedIn;
import se.pollinator.programme.ProgrammePlaces;
import se.pollinator.programme.ProgrammeStore;
import se.pollinator.rules.RuleViolation;
import se.pollinator.seminar.SeminarCommands.AnswerNow;
import se.pollinator.seminar.SeminarCommands.AnswerPoll;
import se.pollinator.seminar.SeminarCommands.ApproveQuestion;
import se.pollinator.seminar.SeminarCommands.AskQuestion;
import se.pollinator.seminar.SeminarCommands.ChangeSeminarPhase;
import se.pollinator.seminar.SeminarCommands.ClosePoll;
import se.pollinator.seminar.SeminarCommands.CreatePoll;
import se.pollinator.seminar.SeminarCommands.CreateSeminar;
import se.pollinator.seminar.SeminarCommands.HideQuestion;
import se.pollinator.seminar.SeminarCommands.JoinSeminar;
import se.pollinator.seminar.SeminarCommands.MarkAnswered;
import se.pollinator.seminar.SeminarCommands.MergeQuestion;
import se.pollinator.seminar.SeminarCommands.NewOption;
import se.pollinator.seminar.SeminarCommands.OpenPoll;
import se.pollinator.seminar.SeminarCommands.RetractUpvote;
import se.pollinator.seminar.SeminarCommands.ShowPollResults;
import se.pollinator.seminar.SeminarCommands.UpvoteQuestion;
import se.pollinator.seminar.board.SeminarStore;
import se.pollinator.session.ForGuests;
import se.pollinator.session.SessionAccess;
import se.pollinator.web.Commands;
import se.pollinator.web.ReadYourWrites;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A seminar's live questions and quick polls, over HTTP; the board is read through the session kernel. */
@RestController
@RequestMapping("/api/seminars")
@Tag(name = "Seminars", description = "Live questions and quick polls")
public class SeminarController {

    private final Commands commands;
    private final SeminarStore seminars;
    private final ProgrammeStore programme;
    private final PeopleStore people;

    public SeminarController(Commands commands, SeminarStore seminars, ProgrammeStore programme, PeopleStore people) {
        this.commands = commands;
        this.seminars = seminars;
        this.programme = programme;
        this.people = people;
    }

    public record NewSeminar(String title, Integer module, List<String> municipalities, Instant scheduledAt,
                             List<String> speakers, List<String> moderators, Boolean anonymousQuestions,
                             Boolean moderated) {
    }

    public record PhaseChoice(SeminarPhase phase) {
    }

    public record NewQuestion(String text, Boolean anonymous) {
    }

    public record Merge(String intoId) {
    }

    public record Answer(String answer) {
    }

    public record NewPoll(String question, List<String> options, Boolean multipleChoice) {
    }

    public record Choice(List<String> optionIds) {
    }

    public record Results(Boolean shown) {
    }

    @Operation(summary = "Open a seminar (facilitators, admins): its speakers, moderators, and whether questions may "
            + "be anonymous and are held for review")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> create(@RequestBody NewSeminar request, @AuthenticationPrincipal SignedIn me) {
        SessionAccess.requireMayOpen(me.person());
        List<String> municipalities = ProgrammePlaces.require(programme, request.module(), request.municipalities());
        List<String> moderators = request.moderators() == null ? List.of() : request.moderators();
        moderators.forEach(this::knownPerson);
        String id = UUID.randomUUID().toString();
        Map<String, String> created = commands.send(new CreateSeminar(id, me.personId(), request.title(),
                request.module(), municipalities, request.scheduledAt(), request.speakers(), moderators,
                Boolean.TRUE.equals(request.anonymousQuestions()), Boolean.TRUE.equals(request.moderated())), me,
                Map.of("id", id));
        ReadYourWrites.await(() -> seminars.isMember(created.get("id"), me.personId()));
        return created;
    }

    @Operation(summary = "Join a seminar (people of the programme)")
    @PostMapping("/{id}/participants")
    public Map<String, String> join(@PathVariable String id, @AuthenticationPrincipal SignedIn me) {
        SessionAccess.requireTakesPart(me.person());
        commands.send(new JoinSeminar(id, me.personId()), me);
        ReadYourWrites.await(() -> seminars.isMember(id, me.personId()));
        return Map.of("id", me.personId());
    }

    @Operation(summary = "Move the seminar on (moderators): OPEN, LIVE, CLOSED")
    @PostMapping("/{id}/phase")
    public void phase(@PathVariable String id, @RequestBody PhaseChoice choice, @AuthenticationPrincipal SignedIn me) {
        commands.send(new ChangeSeminarPhase(id, me.personId(), choice == null ? null : choice.phase()), me);
    }

    @Operation(summary = "Ask a question (participants); anonymous where the seminar allows it")
    @PostMapping("/{id}/questions")
    @ForGuests
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> ask(@PathVariable String id, @RequestBody NewQuestion question,
                                   @AuthenticationPrincipal SignedIn me) {
        String questionId = UUID.randomUUID().toString();
        return commands.send(new AskQuestion(id, me.personId(), questionId, question == null ? null : question.text(),
                question != null && Boolean.TRUE.equals(question.anonymous())), me, Map.of("id", questionId));
    }

    @Operation(summary = "Upvote a question on the wall (once per person)")
    @PostMapping("/{id}/questions/{questionId}/votes")
    @ForGuests
    public void upvote(@PathVariable String id, @PathVariable String questionId, @AuthenticationPrincipal SignedIn me) {
        commands.send(new UpvoteQuestion(id, me.personId(), questionId), me);
    }

    @Operation(summary = "Take one's upvote back")
    @DeleteMapping("/{id}/questions/{questionId}/votes")
    @ForGuests
    public void retract(@PathVariable String id, @PathVariable String questionId, @AuthenticationPrincipal SignedIn me) {
        commands.send(new RetractUpvote(id, me.personId(), questionId), me);
    }

    @Operation(summary = "Let a held question show (moderators)")
    @PostMapping("/{id}/questions/{questionId}/approve")
    public void approve(@PathVariable String id, @PathVariable String questionId, @AuthenticationPrincipal SignedIn me) {
        commands.send(new ApproveQuestion(id, me.personId(), questionId), me);
    }

    @Operation(summary = "Take a question off the wall (moderators)")
    @PostMapping("/{id}/questions/{questionId}/hide")
    public void hide(@PathVariable String id, @PathVariable String questionId, @AuthenticationPrincipal SignedIn me) {
        commands.send(new HideQuestion(id, me.personId(), questionId), me);
    }

    @Operation(summary = "Merge a duplicate into the question it repeats (moderators); its voters follow")
    @PostMapping("/{id}/questions/{questionId}/merge")
    public void merge(@PathVariable String id, @PathVariable String questionId, @RequestBody Merge merge,
                      @AuthenticationPrincipal SignedIn me) {
        commands.send(new MergeQuestion(id, me.personId(), questionId, merge == null ? null : merge.intoId()), me);
    }

    @Operation(summary = "Mark the question being answered now (moderators, while live)")
    @PostMapping("/{id}/questions/{questionId}/answering")
    public void answering(@PathVariable String id, @PathVariable String questionId,
                          @AuthenticationPrincipal SignedIn me) {
        commands.send(new AnswerNow(id, me.personId(), questionId), me);
    }

    @Operation(summary = "Mark a question answered, with an optional short answer (moderators)")
    @PostMapping("/{id}/questions/{questionId}/answered")
    public void answered(@PathVariable String id, @PathVariable String questionId,
                         @RequestBody(required = false) Answer answer, @AuthenticationPrincipal SignedIn me) {
        commands.send(new MarkAnswered(id, me.personId(), questionId, answer == null ? null : answer.answer()), me);
    }

    @Operation(summary = "Create a quick poll (moderators): 2-10 options, single or multiple choice")
    @PostMapping("/{id}/polls")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> createPoll(@PathVariable String id, @RequestBody NewPoll poll,
                                          @AuthenticationPrincipal SignedIn me) {
        String pollId = UUID.randomUUID().toString();
        List<NewOption> options = poll == null || poll.options() == null ? List.of() : poll.options().stream()
                .map(text -> new NewOption(UUID.randomUUID().toString(), text)).toList();
        return commands.send(new CreatePoll(id, me.personId(), pollId, poll == null ? null : poll.question(), options,
                poll != null && Boolean.TRUE.equals(poll.multipleChoice())), me, Map.of("id", pollId));
    }

    @Operation(summary = "Open a poll for answers (moderators)")
    @PostMapping("/{id}/polls/{pollId}/open")
    public void openPoll(@PathVariable String id, @PathVariable String pollId, @AuthenticationPrincipal SignedIn me) {
        commands.send(new OpenPoll(id, me.personId(), pollId), me);
    }

    @Operation(summary = "Close a poll (moderators)")
    @PostMapping("/{id}/polls/{pollId}/close")
    public void closePoll(@PathVariable String id, @PathVariable String pollId, @AuthenticationPrincipal SignedIn me) {
        commands.send(new ClosePoll(id, me.personId(), pollId), me);
    }

    @Operation(summary = "Answer an open poll (participants, once)")
    @PostMapping("/{id}/polls/{pollId}/answers")
    @ForGuests
    public void answerPoll(@PathVariable String id, @PathVariable String pollId, @RequestBody Choice choice,
                           @AuthenticationPrincipal SignedIn me) {
        commands.send(new AnswerPoll(id, me.personId(), pollId, choice == null ? null : choice.optionIds()), me);
    }

    @Operation(summary = "Show or hide a poll's results to the audience (moderators always see them)")
    @PutMapping("/{id}/polls/{pollId}/results")
    public void results(@PathVariable String id, @PathVariable String pollId, @RequestBody Results results,
                        @AuthenticationPrincipal SignedIn me) {
        if (results == null || results.shown() == null) {
            throw RuleViolation.invalid("poll.shown-required", "Say whether the results are shown: {\"shown\": true}.");
        }
        commands.send(new ShowPollResults(id, me.personId(), pollId, results.shown()), me);
    }

    private void knownPerson(String personId) {
        if (personId == null || people.byId(personId).isEmpty()) {
            throw RuleViolation.notFound("participant.unknown-person", "There is no person %s to add.", personId);
        }
    }
}
