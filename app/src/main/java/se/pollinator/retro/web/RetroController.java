package se.pollinator.retro.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.Person;
import se.pollinator.people.Role;
import se.pollinator.people.SignedIn;
import se.pollinator.programme.ProgrammeModule;
import se.pollinator.programme.ProgrammeStore;
import se.pollinator.retro.ActionOutcome;
import se.pollinator.retro.Column;
import se.pollinator.retro.EarlierAction;
import se.pollinator.retro.Phase;
import se.pollinator.retro.RetroCommands.AddActionItem;
import se.pollinator.retro.RetroCommands.AddCard;
import se.pollinator.retro.RetroCommands.AddParticipant;
import se.pollinator.retro.RetroCommands.CastVote;
import se.pollinator.retro.RetroCommands.ChangePhase;
import se.pollinator.retro.RetroCommands.CreateRetro;
import se.pollinator.retro.RetroCommands.DeleteActionItem;
import se.pollinator.retro.RetroCommands.DeleteCard;
import se.pollinator.retro.RetroCommands.DeleteDecision;
import se.pollinator.retro.RetroCommands.EditActionItem;
import se.pollinator.retro.RetroCommands.EditCard;
import se.pollinator.retro.RetroCommands.EditDecision;
import se.pollinator.retro.RetroCommands.FocusTopic;
import se.pollinator.retro.RetroCommands.GroupCards;
import se.pollinator.retro.RetroCommands.JoinRetro;
import se.pollinator.retro.RetroCommands.MoveCard;
import se.pollinator.retro.RetroCommands.NameGroup;
import se.pollinator.retro.RetroCommands.OpenToModule;
import se.pollinator.retro.RetroCommands.RecordDecision;
import se.pollinator.retro.RetroCommands.RenewJoinLink;
import se.pollinator.retro.RetroCommands.RetractVote;
import se.pollinator.retro.RetroCommands.ReviewEarlierAction;
import se.pollinator.retro.RetroCommands.StartTimer;
import se.pollinator.retro.RetroCommands.StopTimer;
import se.pollinator.retro.RetroCommands.UngroupCard;
import se.pollinator.retro.actions.ActionItemStore;
import se.pollinator.retro.board.BoardStore;
import se.pollinator.retro.board.RetroSummary;
import se.pollinator.rules.RuleViolation;
import se.pollinator.session.SessionAccess;
import se.pollinator.web.Commands;
import se.pollinator.web.ReadYourWrites;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Commands on retros. Every one answers only once its events are stored. */
@RestController
@RequestMapping("/api/retros")
@Tag(name = "Retros", description = "Run a retro: reflect, group, vote, discuss")
public class RetroController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Commands commands;
    private final BoardStore boards;
    private final ActionItemStore actionItems;
    private final SessionAccess access;
    private final PeopleStore people;
    private final ProgrammeStore programme;
    private final Clock clock;

    public RetroController(Commands commands, BoardStore boards, ActionItemStore actionItems, SessionAccess access,
                           PeopleStore people, ProgrammeStore programme, Clock clock) {
        this.commands = commands;
        this.boards = boards;
        this.actionItems = actionItems;
        this.access = access;
        this.people = people;
        this.programme = programme;
        this.clock = clock;
    }

    public record NewRetro(String title, Integer module, String municipality, Instant scheduledAt,
                           Integer voteBudget, Boolean anonymousCards, Boolean privateReflection,
                           Boolean openToModule, Boolean showVotesLive) {
    }

    /** Joining: with the share link's {@code token}, or (facilitators) adding {@code personId}. */
    public record Joining(String token, String personId) {
    }

    public record Openness(Boolean open) {
    }

    public record JoinLink(String joinToken) {
    }

    /** What joining needs to know of a board. */
    private record JoinContext(int module, String joinToken) {
    }

    public record NewCard(Column column, String text) {
    }

    public record CardText(String text) {
    }

    public record CardIds(List<String> cardIds) {
    }

    public record GroupName(String name) {
    }

    public record ColumnChoice(Column column) {
    }

    public record VoteTarget(String targetId) {
    }

    public record PhaseChoice(Phase phase) {
    }

    public record TimerLength(Integer seconds) {
    }

    /** A decision, on the topic (a card or group) it came from when {@code topicId} is given. */
    public record Decision(String text, String topicId) {
    }

    public record NewAction(String text, String ownerId, LocalDate dueDate, String topicId) {
    }

    public record Topic(String topicId) {
    }

    public record Review(ActionOutcome outcome) {
    }

    public record Created(String id) {
    }

    @Operation(summary = "Create a retro (facilitators and admins)",
            description = "Lists the open action items of earlier retros of the same module and municipality "
                    + "project that the facilitator may see, for review.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Created create(@RequestBody NewRetro request, @AuthenticationPrincipal SignedIn me) {
        SessionAccess.requireMayOpen(me.person());
        String id = UUID.randomUUID().toString();
        int module = ProgrammeModule.check(request.module());
        if (!programme.offersModule(String.valueOf(module))) {
            throw RuleViolation.invalid("module.unknown", "Programme module %s does not exist.", module);
        }
        if (request.municipality() != null && !programme.offersMunicipality(request.municipality())) {
            throw RuleViolation.invalid("municipality.unknown",
                    "There is no municipality project %s in the programme.", request.municipality());
        }
        List<EarlierAction> earlier = actionItems.openIn(module, request.municipality()).stream()
                .filter(action -> access.mayView(me.person(), action.fromRetroId())).toList();
        Created created = commands.send(new CreateRetro(id, me.personId(), request.title(), module,
                request.municipality(), request.scheduledAt(), request.voteBudget(), request.anonymousCards(),
                request.privateReflection(), earlier, newToken(), request.openToModule(), request.showVotesLive()), me,
                new Created(id));
        ReadYourWrites.await(() -> boards.isMember(created.id(), me.personId()));
        return created;
    }

    /** One line of the list of retros, with its facilitator's name and its municipality project's. */
    public record Listed(String id, String title, int module, String municipality, String municipalityName,
                         Instant scheduledAt, Phase phase, String facilitatorId, String facilitatorName,
                         Instant createdAt, Instant updatedAt, int participants) {
    }

    @Operation(summary = "Retros I take part in (admins and evaluators: all), newest first")
    @GetMapping
    public List<Listed> mine(@AuthenticationPrincipal SignedIn me) {
        List<RetroSummary> retros = me.person().has(Role.ADMIN) || me.person().has(Role.EVALUATOR)
                ? boards.all() : boards.retrosOf(me.personId());
        Map<String, String> names = people.displayNames(retros.stream().map(RetroSummary::facilitatorId)
                .distinct().toList());
        return retros.stream().map(retro -> new Listed(retro.id(), retro.title(), retro.module(),
                retro.municipality(), municipalityName(retro.municipality()), retro.scheduledAt(), retro.phase(),
                retro.facilitatorId(), names.get(retro.facilitatorId()), retro.createdAt(), retro.updatedAt(),
                retro.participants())).toList();
    }

    private String municipalityName(String key) {
        return programme.municipalityName(key);
    }

    @Operation(summary = "Join a retro, or add someone to it",
            description = "With {\"token\"}: join through the share link. Without a body: join a retro open to "
                    + "its module (or one already joined; joining twice is harmless). With {\"personId\"}: the "
                    + "facilitator adds that person. Evaluators read every retro and join none.")
    @PostMapping("/{id}/participants")
    public Map<String, String> join(@PathVariable String id, @RequestBody(required = false) Joining request,
                                    @AuthenticationPrincipal SignedIn me) {
        Joining joining = request == null ? new Joining(null, null) : request;
        if (joining.personId() != null) {
            Person added = people.byId(joining.personId()).orElseThrow(() -> RuleViolation.notFound(
                    "participant.unknown-person", "There is no person %s to add.", joining.personId()));
            SessionAccess.requireTakesPart(added);
            commands.send(new AddParticipant(id, me.personId(), added.id()), me);
            ReadYourWrites.await(() -> boards.isMember(id, added.id()));
            return Map.of("id", added.id());
        }
        SessionAccess.requireTakesPart(me.person());
        JoinContext context = boards.read(id, board -> new JoinContext(board.module(), board.joinToken()))
                .orElse(new JoinContext(0, null));
        // Admins may see every board, its share link included, so they join as if they followed it.
        String token = joining.token() == null && me.person().has(Role.ADMIN) ? context.joinToken() : joining.token();
        boolean ofModule = access.isOfModule(me.person(), context.module());
        commands.send(new JoinRetro(id, me.personId(), token, ofModule), me);
        ReadYourWrites.await(() -> boards.isMember(id, me.personId()));
        return Map.of("id", me.personId());
    }

    @Operation(summary = "Renew the share link (facilitator); the old link stops working")
    @PostMapping("/{id}/join-link")
    public JoinLink renewJoinLink(@PathVariable String id, @AuthenticationPrincipal SignedIn me) {
        String token = newToken();
        return commands.send(new RenewJoinLink(id, me.personId(), token), me, new JoinLink(token));
    }

    @Operation(summary = "Let the module's people join without the link, or stop that (facilitator)")
    @PutMapping("/{id}/open-to-module")
    public void openToModule(@PathVariable String id, @RequestBody Openness request,
                             @AuthenticationPrincipal SignedIn me) {
        if (request.open() == null) {
            throw RuleViolation.invalid("retro.open-required", "Say whether the retro is open: {\"open\": true}.");
        }
        commands.send(new OpenToModule(id, me.personId(), request.open()), me);
    }

    @Operation(summary = "Add a card while reflecting")
    @PostMapping("/{id}/cards")
    @ResponseStatus(HttpStatus.CREATED)
    public Created addCard(@PathVariable String id, @RequestBody NewCard request,
                           @AuthenticationPrincipal SignedIn me) {
        String cardId = UUID.randomUUID().toString();
        return commands.send(new AddCard(id, cardId, me.personId(), request.column(), request.text()), me,
                new Created(cardId));
    }

    @Operation(summary = "Edit one's own card while reflecting")
    @PutMapping("/{id}/cards/{cardId}")
    public void editCard(@PathVariable String id, @PathVariable String cardId, @RequestBody CardText request,
                         @AuthenticationPrincipal SignedIn me) {
        commands.send(new EditCard(id, cardId, me.personId(), request.text()), me);
    }

    @Operation(summary = "Delete one's own card while reflecting")
    @DeleteMapping("/{id}/cards/{cardId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void deleteCard(@PathVariable String id, @PathVariable String cardId,
                           @AuthenticationPrincipal SignedIn me) {
        commands.send(new DeleteCard(id, cardId, me.personId()), me);
    }

    @Operation(summary = "Group cards of one column into a new group")
    @PostMapping("/{id}/groups")
    @ResponseStatus(HttpStatus.CREATED)
    public Created group(@PathVariable String id, @RequestBody CardIds request, @AuthenticationPrincipal SignedIn me) {
        String groupId = UUID.randomUUID().toString();
        return commands.send(new GroupCards(id, groupId, me.personId(), cardIds(request)), me,
                new Created(groupId));
    }

    @Operation(summary = "Add cards to an existing group")
    @PostMapping("/{id}/groups/{groupId}/cards")
    public void addToGroup(@PathVariable String id, @PathVariable String groupId, @RequestBody CardIds request,
                           @AuthenticationPrincipal SignedIn me) {
        commands.send(new GroupCards(id, groupId, me.personId(), cardIds(request)), me);
    }

    @Operation(summary = "Name a group (an empty name clears it)")
    @PutMapping("/{id}/groups/{groupId}/name")
    public void nameGroup(@PathVariable String id, @PathVariable String groupId, @RequestBody GroupName request,
                          @AuthenticationPrincipal SignedIn me) {
        commands.send(new NameGroup(id, groupId, me.personId(), request.name()), me);
    }

    @Operation(summary = "Take a card out of its group")
    @DeleteMapping("/{id}/cards/{cardId}/group")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void ungroup(@PathVariable String id, @PathVariable String cardId, @AuthenticationPrincipal SignedIn me) {
        commands.send(new UngroupCard(id, cardId, me.personId()), me);
    }

    @Operation(summary = "Move a card to another column")
    @PutMapping("/{id}/cards/{cardId}/column")
    public void move(@PathVariable String id, @PathVariable String cardId, @RequestBody ColumnChoice request,
                     @AuthenticationPrincipal SignedIn me) {
        commands.send(new MoveCard(id, cardId, me.personId(), request.column()), me);
    }

    @Operation(summary = "Spend one vote on a card or group")
    @PostMapping("/{id}/votes")
    public void vote(@PathVariable String id, @RequestBody VoteTarget request, @AuthenticationPrincipal SignedIn me) {
        commands.send(new CastVote(id, request.targetId(), me.personId()), me);
    }

    @Operation(summary = "Take one vote back from a card or group")
    @DeleteMapping("/{id}/votes/{targetId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void unvote(@PathVariable String id, @PathVariable String targetId, @AuthenticationPrincipal SignedIn me) {
        commands.send(new RetractVote(id, targetId, me.personId()), me);
    }

    @Operation(summary = "Move the phase one step (facilitator)")
    @PostMapping("/{id}/phase")
    public void phase(@PathVariable String id, @RequestBody PhaseChoice request, @AuthenticationPrincipal SignedIn me) {
        commands.send(new ChangePhase(id, me.personId(), request.phase()), me);
    }

    @Operation(summary = "Start a countdown for the current phase (facilitator)")
    @PostMapping("/{id}/timer")
    public void startTimer(@PathVariable String id, @RequestBody TimerLength request,
                           @AuthenticationPrincipal SignedIn me) {
        if (request.seconds() == null) {
            throw RuleViolation.invalid("timer.seconds-required", "The timer needs 'seconds'.");
        }
        Instant now = clock.instant();
        commands.send(new StartTimer(id, me.personId(), now, now.plusSeconds(request.seconds())), me);
    }

    @Operation(summary = "Stop the countdown (facilitator)")
    @DeleteMapping("/{id}/timer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void stopTimer(@PathVariable String id, @AuthenticationPrincipal SignedIn me) {
        commands.send(new StopTimer(id, me.personId()), me);
    }

    @Operation(summary = "Record a decision (facilitator, discuss phase)")
    @PostMapping("/{id}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    public Created decide(@PathVariable String id, @RequestBody Decision request, @AuthenticationPrincipal SignedIn me) {
        String decisionId = UUID.randomUUID().toString();
        return commands.send(new RecordDecision(id, decisionId, me.personId(), request.text(), request.topicId()), me,
                new Created(decisionId));
    }

    @Operation(summary = "Change a decision's text (facilitator, while the retro is open)")
    @PutMapping("/{id}/decisions/{decisionId}")
    public void editDecision(@PathVariable String id, @PathVariable String decisionId, @RequestBody Decision request,
                             @AuthenticationPrincipal SignedIn me) {
        commands.send(new EditDecision(id, decisionId, me.personId(), request.text()), me);
    }

    @Operation(summary = "Delete a decision (facilitator, while the retro is open)")
    @DeleteMapping("/{id}/decisions/{decisionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void deleteDecision(@PathVariable String id, @PathVariable String decisionId,
                               @AuthenticationPrincipal SignedIn me) {
        commands.send(new DeleteDecision(id, decisionId, me.personId()), me);
    }

    @Operation(summary = "Show everyone the topic (a card or group) under discussion (facilitator, discuss phase)")
    @PutMapping("/{id}/topic")
    public void focus(@PathVariable String id, @RequestBody Topic request, @AuthenticationPrincipal SignedIn me) {
        commands.send(new FocusTopic(id, me.personId(), request.topicId()), me);
    }

    @Operation(summary = "Add an action item owned by a participant (facilitator, discuss phase)")
    @PostMapping("/{id}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    public Created addAction(@PathVariable String id, @RequestBody NewAction request,
                             @AuthenticationPrincipal SignedIn me) {
        String actionId = UUID.randomUUID().toString();
        return commands.send(new AddActionItem(id, actionId, me.personId(), request.text(), request.ownerId(),
                request.dueDate(), request.topicId()), me, new Created(actionId));
    }

    @Operation(summary = "Change an action item's text, owner and due date (facilitator, while the retro is open)")
    @PutMapping("/{id}/actions/{actionId}")
    public void editAction(@PathVariable String id, @PathVariable String actionId, @RequestBody NewAction request,
                           @AuthenticationPrincipal SignedIn me) {
        commands.send(new EditActionItem(id, actionId, me.personId(), request.text(), request.ownerId(),
                request.dueDate()), me);
    }

    @Operation(summary = "Delete an action item (facilitator, while the retro is open)")
    @DeleteMapping("/{id}/actions/{actionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void deleteAction(@PathVariable String id, @PathVariable String actionId,
                             @AuthenticationPrincipal SignedIn me) {
        commands.send(new DeleteActionItem(id, actionId, me.personId()), me);
    }

    @Operation(summary = "Mark an earlier retro's open action item done, dropped or carried on (facilitator)")
    @PostMapping("/{id}/earlier-actions/{actionId}/review")
    public void review(@PathVariable String id, @PathVariable String actionId, @RequestBody Review request,
                       @AuthenticationPrincipal SignedIn me) {
        commands.send(new ReviewEarlierAction(id, actionId, me.personId(), request.outcome()), me);
    }

    /** A share link's secret: 128 random bits, URL-safe. */
    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static List<String> cardIds(CardIds request) {
        if (request.cardIds() == null || request.cardIds().isEmpty()) {
            throw RuleViolation.invalid("group.no-cards", "Name at least one card in 'cardIds'.");
        }
        return request.cardIds();
    }
}
