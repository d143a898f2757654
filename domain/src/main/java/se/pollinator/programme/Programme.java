package se.pollinator.programme;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import se.pollinator.programme.ProgrammeCommands.AddModule;
import se.pollinator.programme.ProgrammeCommands.AddMunicipalityProject;
import se.pollinator.programme.ProgrammeCommands.AddToTeam;
import se.pollinator.programme.ProgrammeCommands.AssignPilot;
import se.pollinator.programme.ProgrammeCommands.RemoveFromTeam;
import se.pollinator.programme.ProgrammeCommands.RenameModule;
import se.pollinator.programme.ProgrammeCommands.RenameMunicipalityProject;
import se.pollinator.programme.ProgrammeCommands.RetireModule;
import se.pollinator.programme.ProgrammeCommands.RetireMunicipalityProject;
import se.pollinator.programme.ProgrammeCommands.StartProgramme;
import se.pollinator.programme.ProgrammeEvents.ModuleAdded;
import se.pollinator.programme.ProgrammeEvents.ModuleRenamed;
import se.pollinator.programme.ProgrammeEvents.ModuleRetired;
import se.pollinator.programme.ProgrammeEvents.MunicipalityProjectAdded;
import se.pollinator.programme.ProgrammeEvents.MunicipalityProjectRenamed;
import se.pollinator.programme.ProgrammeEvents.MunicipalityProjectRetired;
import se.pollinator.programme.ProgrammeEvents.PilotAssigned;
import se.pollinator.programme.ProgrammeEvents.ProgrammeStarted;
import se.pollinator.programme.ProgrammeEvents.TeamMemberAdded;
import se.pollinator.programme.ProgrammeEvents.TeamMemberRemoved;
import se.pollinator.rules.RuleViolation;
import se.pollinator.rules.Text;
import se.pollinator.rules.Values;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The programme: its modules and municipality projects, and who works in each. Who may ask for
 * a change (admins; a pilot for the project's members) is decided before a command is sent; this
 * keeps the rules that hold whoever asks.
 */
public class Programme {

    public static final int MAX_NAME = 100;

    @AggregateIdentifier
    private String programmeId;
    /** Module id to whether it is retired. */
    private Map<String, Boolean> modules = new HashMap<>();
    private int lastModuleNumber;
    /** Municipality project id to whether it is retired. */
    private Map<String, Boolean> municipalities = new HashMap<>();
    private Map<String, String> pilots = new HashMap<>();
    /** "TEAM/scope/person" for every team membership. */
    private Set<String> teams = new HashSet<>();

    protected Programme() {
        // for Axon and for snapshots
    }

    @CommandHandler
    public Programme(StartProgramme command) {
        apply(new ProgrammeStarted(command.programmeId()));
        ProgrammeSeed.MODULES.forEach(module -> apply(new ModuleAdded(command.programmeId(),
                String.valueOf(module.number()), module.number(), module.nameSv(), module.nameEn())));
        ProgrammeSeed.MUNICIPALITIES.forEach(municipality -> apply(new MunicipalityProjectAdded(
                command.programmeId(), municipality.id(), municipality.name(), municipality.name(),
                ProgrammeSeed.planIdOf(municipality.id()))));
    }

    @CommandHandler
    public void handle(AddModule command) {
        Values.actor(command.byId());
        String[] names = names(command.nameSv(), command.nameEn());
        if (command.number() != lastModuleNumber + 1) {
            throw RuleViolation.conflict("module.number-taken",
                    "Module %s was just added by someone else; try again.", command.number());
        }
        apply(new ModuleAdded(programmeId, String.valueOf(command.number()), command.number(), names[0], names[1]));
    }

    @CommandHandler
    public void handle(RenameModule command) {
        Values.actor(command.byId());
        requireModule(command.moduleId(), true);
        String[] names = names(command.nameSv(), command.nameEn());
        apply(new ModuleRenamed(programmeId, command.moduleId(), names[0], names[1]));
    }

    @CommandHandler
    public void handle(RetireModule command) {
        Values.actor(command.byId());
        requireModule(command.moduleId(), false);
        apply(new ModuleRetired(programmeId, command.moduleId()));
    }

    @CommandHandler
    public void handle(AddMunicipalityProject command) {
        Values.actor(command.byId());
        String[] names = names(command.nameSv(), command.nameEn());
        String id = idFrom(names[0]);
        if (municipalities.containsKey(id)) {
            throw RuleViolation.conflict("municipality.exists",
                    "There is already a municipality project called %s (id %s).", names[0], id);
        }
        apply(new MunicipalityProjectAdded(programmeId, id, names[0], names[1], ProgrammeSeed.planIdOf(id)));
    }

    @CommandHandler
    public void handle(RenameMunicipalityProject command) {
        Values.actor(command.byId());
        requireMunicipality(command.municipalityId(), true);
        String[] names = names(command.nameSv(), command.nameEn());
        apply(new MunicipalityProjectRenamed(programmeId, command.municipalityId(), names[0], names[1]));
    }

    @CommandHandler
    public void handle(RetireMunicipalityProject command) {
        Values.actor(command.byId());
        requireMunicipality(command.municipalityId(), false);
        apply(new MunicipalityProjectRetired(programmeId, command.municipalityId()));
    }

    @CommandHandler
    public void handle(AssignPilot command) {
        Values.actor(command.byId());
        requireMunicipality(command.municipalityId(), false);
        if (command.personId() != null) {
            Values.id("personId", command.personId());
        }
        if (!java.util.Objects.equals(pilots.get(command.municipalityId()), command.personId())) {
            apply(new PilotAssigned(programmeId, command.municipalityId(), command.personId()));
        }
    }

    @CommandHandler
    public void handle(AddToTeam command) {
        Values.actor(command.byId());
        String person = Values.id("personId", command.personId());
        requireScope(command.team(), command.scopeId());
        if (!teams.contains(key(command.team(), command.scopeId(), person))) {
            apply(new TeamMemberAdded(programmeId, command.team(), command.scopeId(), person));
        }
    }

    @CommandHandler
    public void handle(RemoveFromTeam command) {
        Values.actor(command.byId());
        if (command.team() == null) {
            throw RuleViolation.invalid("team.required", "Say which team: module leads, module members or municipality members.");
        }
        if (!teams.contains(key(command.team(), command.scopeId(), command.personId()))) {
            throw RuleViolation.notFound("team.not-member", "That person is not in this team.");
        }
        apply(new TeamMemberRemoved(programmeId, command.team(), command.scopeId(), command.personId()));
    }

    private void requireScope(Team team, String scopeId) {
        if (team == null) {
            throw RuleViolation.invalid("team.required", "Say which team: module leads, module members or municipality members.");
        }
        if (team.ofModule()) {
            requireModule(scopeId, false);
        } else {
            requireMunicipality(scopeId, false);
        }
    }

    /** Throws unless the module exists and, unless {@code retiredToo}, is not retired. */
    private void requireModule(String moduleId, boolean retiredToo) {
        Boolean retired = moduleId == null ? null : modules.get(moduleId);
        if (retired == null) {
            throw RuleViolation.notFound("module.unknown", "There is no module %s in the programme.", moduleId);
        }
        if (retired && !retiredToo) {
            throw RuleViolation.conflict("module.retired", "Module %s is retired.", moduleId);
        }
    }

    private void requireMunicipality(String municipalityId, boolean retiredToo) {
        Boolean retired = municipalityId == null ? null : municipalities.get(municipalityId);
        if (retired == null) {
            throw RuleViolation.notFound("municipality.unknown", "There is no municipality project %s in the programme.",
                    municipalityId);
        }
        if (retired && !retiredToo) {
            throw RuleViolation.conflict("municipality.retired", "The municipality project %s is retired.", municipalityId);
        }
    }

    /** The Swedish name is required; the English one falls back to it. */
    private static String[] names(String nameSv, String nameEn) {
        String sv = Text.required("name", nameSv, MAX_NAME);
        String en = Text.optional("name", nameEn, MAX_NAME);
        return new String[]{sv, en == null ? sv : en};
    }

    /** A readable id from a name, as the seeded ones are: "Västerås" becomes VASTERAS. */
    public static String idFrom(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.isEmpty()) {
            throw RuleViolation.invalid("municipality.name-letters",
                    "A municipality project's name needs letters or digits.");
        }
        return plain.length() > 48 ? plain.substring(0, 48) : plain;
    }

    private static String key(Team team, String scopeId, String personId) {
        return team + "/" + scopeId + "/" + personId;
    }

    @EventSourcingHandler
    void on(ProgrammeStarted event) {
        programmeId = event.programmeId();
    }

    @EventSourcingHandler
    void on(ModuleAdded event) {
        modules.put(event.moduleId(), false);
        lastModuleNumber = Math.max(lastModuleNumber, event.number());
    }

    @EventSourcingHandler
    void on(ModuleRetired event) {
        modules.put(event.moduleId(), true);
    }

    @EventSourcingHandler
    void on(MunicipalityProjectAdded event) {
        municipalities.put(event.municipalityId(), false);
    }

    @EventSourcingHandler
    void on(MunicipalityProjectRetired event) {
        municipalities.put(event.municipalityId(), true);
    }

    @EventSourcingHandler
    void on(PilotAssigned event) {
        if (event.personId() == null) {
            pilots.remove(event.municipalityId());
        } else {
            pilots.put(event.municipalityId(), event.personId());
        }
    }

    @EventSourcingHandler
    void on(TeamMemberAdded event) {
        teams.add(key(event.team(), event.scopeId(), event.personId()));
    }

    @EventSourcingHandler
    void on(TeamMemberRemoved event) {
        teams.remove(key(event.team(), event.scopeId(), event.personId()));
    }
}
