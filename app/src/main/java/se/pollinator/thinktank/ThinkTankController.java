package se.pollinator.thinktank;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.Person;
import se.pollinator.people.SignedIn;
import se.pollinator.programme.ProgrammePlaces;
import se.pollinator.programme.ProgrammeStore;
import se.pollinator.rules.RuleViolation;
import se.pollinator.session.SessionAccess;
import se.pollinator.thinktank.ThinkTankCommands.AddQuestion;
import se.pollinator.thinktank.ThinkTankCommands.ChangeThinkTankPhase;
import se.pollinator.thinktank.ThinkTankCommands.ClusterInsights;
import se.pollinator.thinktank.ThinkTankCommands.CommentOnInsight;
import se.pollinator.thinktank.ThinkTankCommands.CreateThinkTank;
import se.pollinator.thinktank.ThinkTankCommands.DraftRecommendation;
import se.pollinator.thinktank.ThinkTankCommands.InviteExpert;
import se.pollinator.thinktank.ThinkTankCommands.JoinThinkTank;
import se.pollinator.thinktank.ThinkTankCommands.NewQuestion;
import se.pollinator.thinktank.ThinkTankCommands.PostInsight;
import se.pollinator.thinktank.ThinkTankCommands.StartThinkTankTimer;
import se.pollinator.thinktank.ThinkTankCommands.StopThinkTankTimer;
import se.pollinator.thinktank.ThinkTankCommands.SupportInsight;
import se.pollinator.thinktank.ThinkTankCommands.WithdrawSupport;
import se.pollinator.thinktank.board.ThinkTankStore;
import se.pollinator.web.Commands;
import se.pollinator.web.ReadYourWrites;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Commands on think tanks. Every one answers only once its events are stored. */
@RestController
@RequestMapping("/api/thinktanks")
@Tag(name = "Think tanks", description = "Questions, insights, recommendations")
public class ThinkTankController {

    private final Commands commands;
    private final ThinkTankStore thinkTanks;
    private final ProgrammeStore programme;
    private final PeopleStore people;
    private final SessionAccess access;
    private final Clock clock;

    public ThinkTankController(Commands commands, ThinkTankStore thinkTanks, ProgrammeStore programme,
                               PeopleStore people, SessionAccess access, Clock clock) {
        this.commands = commands;
        this.thinkTanks = thinkTanks;
        this.programme = programme;
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    public record NewThinkTank(String title, Integer module, Boolean programmeWide, List<String> municipalities,
                               List<String> questions, List<String> experts, Instant scheduledAt) {
    }

    public record Text(String text) {
    }

    public record Insight(String text, String evidence) {
    }

    public record Cluster(String name, List<String> insightIds) {
    }

    public record Recommendation(String text, Addressee addressedTo, List<String> basedOn) {
    }

    public record PersonChoice(String personId) {
    }

    public record PhaseChoice(ThinkTankPhase phase) {
    }

    public record TimerLength(Integer seconds) {
    }

    @Operation(summary = "Open a think tank (facilitators, admins): its questions and invited experts")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> create(@RequestBody NewThinkTank request, @AuthenticationPrincipal SignedIn me) {
        SessionAccess.requireMayOpen(me.person());
        boolean programmeWide = Boolean.TRUE.equals(request.programmeWide());
        List<String> municipalities = ProgrammePlaces.require(programme, programmeWide ? null : request.module(),
                request.municipalities());
        List<String> experts = request.experts() == null ? List.of() : request.experts();
        experts.forEach(this::knownParticipant);
        String id = UUID.randomUUID().toString();
        List<NewQuestion> questions = request.questions() == null ? List.of() : request.questions().stream()
                .map(text -> new NewQuestion(UUID.randomUUID().toString(), text)).toList();
        Map<String, String> created = commands.send(new CreateThinkTank(id, me.personId(), request.title(),
                request.module(), programmeWide, municipalities, request.scheduledAt(), questions, experts), me,
                Map.of("id", id));
        ReadYourWrites.await(() -> thinkTanks.isMember(created.get("id"), me.personId()));
        return created;
    }

    @Operation(summary = "Add a question (facilitator, while preparing)")
    @PostMapping("/{id}/questions")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> addQuestion(@PathVariable String id, @RequestBody Text body,
                                           @AuthenticationPrincipal SignedIn me) {
        String questionId = UUID.randomUUID().toString();
        return commands.send(new AddQuestion(id, me.personId(), questionId, body.text()), me, Map.of("id", questionId));
    }

    @Operation(summary = "Invite an expert: any person, from the module or outside it (facilitator)")
    @PostMapping("/{id}/experts")
    public void invite(@PathVariable String id, @RequestBody PersonChoice choice, @AuthenticationPrincipal SignedIn me) {
        String personId = choice == null ? null : choice.personId();
        commands.send(new InviteExpert(id, me.personId(), knownParticipant(personId).id()), me);
    }

    @Operation(summary = "Join: invited experts, and the module's people")
    @PostMapping("/{id}/participants")
    public Map<String, String> join(@PathVariable String id, @AuthenticationPrincipal SignedIn me) {
        SessionAccess.requireTakesPart(me.person());
        Integer module = thinkTanks.read(id, board -> board.header.module).orElse(null);
        boolean ofModule = module != null && access.isOfModule(me.person(), module)
                || module == null && me.person().takesPart();
        commands.send(new JoinThinkTank(id, me.personId(), ofModule), me);
        ReadYourWrites.await(() -> thinkTanks.isMember(id, me.personId()));
        return Map.of("id", me.personId());
    }

    @Operation(summary = "Move the think tank one phase on or back (facilitator): PREPARE, EXPLORE, RECOMMEND, CLOSED")
    @PostMapping("/{id}/phase")
    public void phase(@PathVariable String id, @RequestBody PhaseChoice choice, @AuthenticationPrincipal SignedIn me) {
        commands.send(new ChangeThinkTankPhase(id, me.personId(), choice == null ? null : choice.phase()), me);
    }

    @Operation(summary = "Start a countdown (facilitator)")
    @PostMapping("/{id}/timer")
    public void startTimer(@PathVariable String id, @RequestBody TimerLength request,
                           @AuthenticationPrincipal SignedIn me) {
        if (request == null || request.seconds() == null) {
            throw RuleViolation.invalid("timer.seconds-required", "The timer needs 'seconds'.");
        }
        Instant now = clock.instant();
        commands.send(new StartThinkTankTimer(id, me.personId(), now, now.plusSeconds(request.seconds())), me);
    }

    @Operation(summary = "Stop the countdown (facilitator)")
    @DeleteMapping("/{id}/timer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void stopTimer(@PathVariable String id, @AuthenticationPrincipal SignedIn me) {
        commands.send(new StopThinkTankTimer(id, me.personId()), me);
    }

    @Operation(summary = "Post an insight to a question (participants, while exploring); evidence is a link or a reference")
    @PostMapping("/{id}/questions/{questionId}/insights")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> insight(@PathVariable String id, @PathVariable String questionId,
                                       @RequestBody Insight body, @AuthenticationPrincipal SignedIn me) {
        String insightId = UUID.randomUUID().toString();
        return commands.send(new PostInsight(id, me.personId(), questionId, insightId, body.text(), body.evidence()),
                me, Map.of("id", insightId));
    }

    @Operation(summary = "Comment on an insight (participants, while exploring)")
    @PostMapping("/{id}/insights/{insightId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> comment(@PathVariable String id, @PathVariable String insightId, @RequestBody Text body,
                                       @AuthenticationPrincipal SignedIn me) {
        String commentId = UUID.randomUUID().toString();
        return commands.send(new CommentOnInsight(id, me.personId(), insightId, commentId, body.text()), me,
                Map.of("id", commentId));
    }

    @Operation(summary = "Cluster insights of one question under a name (participants, while exploring)")
    @PostMapping("/{id}/clusters")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> cluster(@PathVariable String id, @RequestBody Cluster body,
                                       @AuthenticationPrincipal SignedIn me) {
        String clusterId = UUID.randomUUID().toString();
        return commands.send(new ClusterInsights(id, me.personId(), clusterId, body.name(), body.insightIds()), me,
                Map.of("id", clusterId));
    }

    @Operation(summary = "Support an insight (+1; once per person)")
    @PostMapping("/{id}/insights/{insightId}/support")
    public void support(@PathVariable String id, @PathVariable String insightId, @AuthenticationPrincipal SignedIn me) {
        commands.send(new SupportInsight(id, me.personId(), insightId), me);
    }

    @Operation(summary = "Take one's support back")
    @DeleteMapping("/{id}/insights/{insightId}/support")
    public void withdraw(@PathVariable String id, @PathVariable String insightId, @AuthenticationPrincipal SignedIn me) {
        commands.send(new WithdrawSupport(id, me.personId(), insightId), me);
    }

    @Operation(summary = "Draft a recommendation based on insights (facilitator and experts, in the recommend phase)",
            description = "addressedTo: {\"kind\":\"MODULE\",\"id\":\"3\"} or {\"kind\":\"MUNICIPALITY\",\"id\":\"LUND\"}. "
                    + "Published when the think tank closes; a published one may be the source of a plan change.")
    @PostMapping("/{id}/recommendations")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> recommend(@PathVariable String id, @RequestBody Recommendation body,
                                         @AuthenticationPrincipal SignedIn me) {
        Addressee to = body.addressedTo();
        if (to != null && Addressee.MODULE.equals(to.kind()) && !programme.offersModule(to.id())
                || to != null && Addressee.MUNICIPALITY.equals(to.kind()) && !programme.offersMunicipality(to.id())) {
            throw RuleViolation.invalid("recommendation.addressee",
                    "Address the recommendation to a module or a municipality project of the programme.");
        }
        String recommendationId = UUID.randomUUID().toString();
        return commands.send(new DraftRecommendation(id, me.personId(), recommendationId, body.text(), to,
                body.basedOn()), me, Map.of("id", recommendationId));
    }

    /** Somebody who may take part in sessions (evaluators only read). */
    private Person knownParticipant(String personId) {
        if (personId == null) {
            throw RuleViolation.invalid("person.required", "Say who: {\"personId\": ...}.");
        }
        Person person = people.byId(personId).orElseThrow(() -> RuleViolation.notFound("participant.unknown-person",
                "There is no person %s to add.", personId));
        SessionAccess.requireTakesPart(person);
        return person;
    }
}
