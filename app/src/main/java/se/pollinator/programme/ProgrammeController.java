package se.pollinator.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.Person;
import se.pollinator.people.RightsNarrowed;
import se.pollinator.people.SignedIn;
import se.pollinator.programme.ProgrammeCommands.AddModule;
import se.pollinator.programme.ProgrammeCommands.AddMunicipalityProject;
import se.pollinator.programme.ProgrammeCommands.AddToTeam;
import se.pollinator.programme.ProgrammeCommands.AssignPilot;
import se.pollinator.programme.ProgrammeCommands.RemoveFromTeam;
import se.pollinator.programme.ProgrammeCommands.RenameModule;
import se.pollinator.programme.ProgrammeCommands.RenameMunicipalityProject;
import se.pollinator.programme.ProgrammeCommands.RetireModule;
import se.pollinator.programme.ProgrammeCommands.RetireMunicipalityProject;
import se.pollinator.programme.ProgrammeView.ModuleRow;
import se.pollinator.programme.ProgrammeView.MunicipalityRow;
import se.pollinator.rules.RuleViolation;
import se.pollinator.web.Commands;
import se.pollinator.web.ReadYourWrites;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static se.pollinator.programme.ProgrammeSeed.PROGRAMME_ID;

/** The programme: its modules and municipality projects, and who works in each. */
@RestController
@RequestMapping("/api/programme")
@Tag(name = "Programme", description = "Modules, municipality projects, pilots and teams")
public class ProgrammeController {

    private final Commands commands;
    private final ProgrammeStore programme;
    private final ProgrammeAccess access;
    private final PeopleStore people;
    private final ApplicationEventPublisher events;

    public ProgrammeController(Commands commands, ProgrammeStore programme, ProgrammeAccess access, PeopleStore people,
                               ApplicationEventPublisher events) {
        this.commands = commands;
        this.programme = programme;
        this.access = access;
        this.people = people;
        this.events = events;
    }

    public record ModuleView(String id, int number, String name, String nameSv, String nameEn, boolean retired,
                             List<String> leadIds, List<String> memberIds) {
    }

    public record MunicipalityView(String id, String name, String nameSv, String nameEn, String pilotId,
                                   String planId, boolean retired, List<String> memberIds) {
    }

    /** {@code people}: the names of everyone the programme mentions (pilots, leads, members). */
    public record ProgrammeAnswer(List<ModuleView> modules, List<MunicipalityView> municipalities,
                                  Map<String, String> people) {
    }

    public record Names(String nameSv, String nameEn) {
    }

    public record PersonChoice(String personId) {
    }

    @Operation(summary = "The programme's modules and municipality projects, retired ones marked",
            description = "Names in the caller's language (Accept-Language: sv or en); both are always given.")
    @GetMapping
    public ProgrammeAnswer programme(@RequestHeader(value = "Accept-Language", required = false) String language) {
        boolean swedish = language == null || !language.trim().toLowerCase().startsWith("en");
        List<ModuleRow> modules = programme.modules();
        List<MunicipalityRow> municipalities = programme.municipalities();
        Set<String> mentioned = new HashSet<>();
        modules.forEach(module -> {
            mentioned.addAll(module.leadIds());
            mentioned.addAll(module.memberIds());
        });
        municipalities.forEach(project -> {
            mentioned.addAll(project.memberIds());
            if (project.pilotId() != null) {
                mentioned.add(project.pilotId());
            }
        });
        return new ProgrammeAnswer(
                modules.stream().map(module -> new ModuleView(module.id(), module.number(),
                        module.name(swedish), module.nameSv(), module.nameEn(), module.retired(), module.leadIds(),
                        module.memberIds())).toList(),
                municipalities.stream().map(project -> new MunicipalityView(project.id(),
                        project.name(swedish), project.nameSv(), project.nameEn(), project.pilotId(), project.planId(),
                        project.retired(), project.memberIds())).toList(),
                people.displayNames(mentioned));
    }

    @Operation(summary = "Add a module (admins)")
    @PostMapping("/modules")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> addModule(@RequestBody Names names, @AuthenticationPrincipal SignedIn me) {
        access.requireAdmin(me.person());
        int number = programme.modules().stream().mapToInt(ModuleRow::number).max().orElse(0) + 1;
        String id = String.valueOf(number);
        Map<String, String> created = commands.send(new AddModule(PROGRAMME_ID, me.personId(), number,
                names.nameSv(), names.nameEn()), me, Map.of("id", id));
        ReadYourWrites.await(() -> programme.module(created.get("id")).isPresent());
        return created;
    }

    @Operation(summary = "Rename a module (admins)")
    @PutMapping("/modules/{id}")
    public void renameModule(@PathVariable String id, @RequestBody Names names, @AuthenticationPrincipal SignedIn me) {
        access.requireAdmin(me.person());
        commands.send(new RenameModule(PROGRAMME_ID, me.personId(), id, names.nameSv(), names.nameEn()), me);
    }

    @Operation(summary = "Retire a module (admins): it keeps its history and is no longer offered")
    @PostMapping("/modules/{id}/retire")
    public void retireModule(@PathVariable String id, @AuthenticationPrincipal SignedIn me) {
        access.requireAdmin(me.person());
        commands.send(new RetireModule(PROGRAMME_ID, me.personId(), id), me);
    }

    @Operation(summary = "Add a module lead (admins)")
    @PostMapping("/modules/{id}/leads")
    public void addLead(@PathVariable String id, @RequestBody PersonChoice choice, @AuthenticationPrincipal SignedIn me) {
        access.requireAdmin(me.person());
        addToTeam(Team.MODULE_LEADS, id, known(choice), me);
    }

    @Operation(summary = "Remove a module lead (admins)")
    @DeleteMapping("/modules/{id}/leads/{personId}")
    public void removeLead(@PathVariable String id, @PathVariable String personId, @AuthenticationPrincipal SignedIn me) {
        access.requireAdmin(me.person());
        removeFromTeam(Team.MODULE_LEADS, id, personId, me);
    }

    @Operation(summary = "Add a module member (admins)")
    @PostMapping("/modules/{id}/members")
    public void addModuleMember(@PathVariable String id, @RequestBody PersonChoice choice,
                                @AuthenticationPrincipal SignedIn me) {
        access.requireAdmin(me.person());
        addToTeam(Team.MODULE_MEMBERS, id, known(choice), me);
    }

    @Operation(summary = "Remove a module member (admins)")
    @DeleteMapping("/modules/{id}/members/{personId}")
    public void removeModuleMember(@PathVariable String id, @PathVariable String personId,
                                   @AuthenticationPrincipal SignedIn me) {
        access.requireAdmin(me.person());
        removeFromTeam(Team.MODULE_MEMBERS, id, personId, me);
    }

    @Operation(summary = "Add a municipality project (admins); it gets its plan")
    @PostMapping("/municipalities")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> addMunicipality(@RequestBody Names names, @AuthenticationPrincipal SignedIn me) {
        access.requireAdmin(me.person());
        String id = Programme.idFrom(names.nameSv() == null ? "" : names.nameSv().strip());
        Map<String, String> created = commands.send(new AddMunicipalityProject(PROGRAMME_ID, me.personId(),
                names.nameSv(), names.nameEn()), me, Map.of("id", id, "planId", ProgrammeSeed.planIdOf(id)));
        ReadYourWrites.await(() -> programme.municipality(id).isPresent());
        return created;
    }

    @Operation(summary = "Rename a municipality project (admins)")
    @PutMapping("/municipalities/{id}")
    public void renameMunicipality(@PathVariable String id, @RequestBody Names names,
                                   @AuthenticationPrincipal SignedIn me) {
        access.requireAdmin(me.person());
        commands.send(new RenameMunicipalityProject(PROGRAMME_ID, me.personId(), id, names.nameSv(), names.nameEn()),
                me);
    }

    @Operation(summary = "Retire a municipality project (admins): it keeps its history and plan, read-only")
    @PostMapping("/municipalities/{id}/retire")
    public void retireMunicipality(@PathVariable String id, @AuthenticationPrincipal SignedIn me) {
        access.requireAdmin(me.person());
        commands.send(new RetireMunicipalityProject(PROGRAMME_ID, me.personId(), id), me);
    }

    @Operation(summary = "Set the project's pilot (admins); {\"personId\": null} leaves it without one")
    @PutMapping("/municipalities/{id}/pilot")
    public void setPilot(@PathVariable String id, @RequestBody PersonChoice choice, @AuthenticationPrincipal SignedIn me) {
        access.requireAdmin(me.person());
        Person chosen = choice == null || choice.personId() == null ? null : knownPerson(choice);
        String personId = chosen == null ? null : chosen.id();
        if (chosen != null && !chosen.takesPart()) {
            throw RuleViolation.invalid("programme.pilot-takes-part",
                    "A pilot leads the project's work: choose someone who takes part, not an evaluator.");
        }
        String previous = programme.municipality(id).map(MunicipalityRow::pilotId).orElse(null);
        commands.send(new AssignPilot(PROGRAMME_ID, me.personId(), id, personId), me);
        ReadYourWrites.await(() -> programme.municipality(id)
                .map(project -> java.util.Objects.equals(project.pilotId(), personId)).orElse(true));
        if (previous != null && !previous.equals(personId)) {
            events.publishEvent(new RightsNarrowed(previous));
        }
    }

    @Operation(summary = "Add a member to a municipality project (admins, or its pilot)")
    @PostMapping("/municipalities/{id}/members")
    public void addMember(@PathVariable String id, @RequestBody PersonChoice choice, @AuthenticationPrincipal SignedIn me) {
        MunicipalityRow project = access.project(id);
        access.requireManageMembers(me.person(), project);
        addToTeam(Team.MUNICIPALITY_MEMBERS, id, known(choice), me);
    }

    @Operation(summary = "Remove a member from a municipality project (admins, or its pilot)")
    @DeleteMapping("/municipalities/{id}/members/{personId}")
    public void removeMember(@PathVariable String id, @PathVariable String personId,
                             @AuthenticationPrincipal SignedIn me) {
        MunicipalityRow project = access.project(id);
        access.requireManageMembers(me.person(), project);
        removeFromTeam(Team.MUNICIPALITY_MEMBERS, id, personId, me);
    }

    /**
     * Takes the person off the team, waits until what they may see follows, and has what they
     * follow live checked again: a removed member's plan stops reaching them.
     */
    private void removeFromTeam(Team team, String scopeId, String personId, SignedIn me) {
        commands.send(new RemoveFromTeam(PROGRAMME_ID, me.personId(), team, scopeId, personId), me);
        ReadYourWrites.await(() -> !programme.inTeam(team, scopeId, personId));
        events.publishEvent(new RightsNarrowed(personId));
    }

    /** Adds the person, and waits until what they may now see and do follows. */
    private void addToTeam(Team team, String scopeId, String personId, SignedIn me) {
        commands.send(new AddToTeam(PROGRAMME_ID, me.personId(), team, scopeId, personId), me);
        ReadYourWrites.await(() -> programme.inTeam(team, scopeId, personId));
    }

    /** The chosen person's id, once it is known to be somebody. */
    private String known(PersonChoice choice) {
        return knownPerson(choice).id();
    }

    private Person knownPerson(PersonChoice choice) {
        if (choice == null || choice.personId() == null || choice.personId().isBlank()) {
            throw RuleViolation.invalid("person.required", "Say who: {\"personId\": ...}.");
        }
        return people.byId(choice.personId()).orElseThrow(() -> RuleViolation.notFound("person.not-found",
                "There is no person %s.", choice.personId()));
    }
}
