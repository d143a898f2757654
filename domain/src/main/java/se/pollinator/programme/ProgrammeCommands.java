package se.pollinator.programme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What admins (and pilots, for their project's members) ask of the programme. */
public final class ProgrammeCommands {

    private ProgrammeCommands() {
    }

    /** Creates the programme with its seeded modules and municipality projects; sent once, on first start. */
    public record StartProgramme(@TargetAggregateIdentifier String programmeId) {
    }

    /** Adds a module under the next free number, which the caller chose and which is its id. */
    public record AddModule(@TargetAggregateIdentifier String programmeId, String byId, int number, String nameSv,
                            String nameEn) {
    }

    public record RenameModule(@TargetAggregateIdentifier String programmeId, String byId, String moduleId,
                               String nameSv, String nameEn) {
    }

    public record RetireModule(@TargetAggregateIdentifier String programmeId, String byId, String moduleId) {
    }

    public record AddMunicipalityProject(@TargetAggregateIdentifier String programmeId, String byId,
                                         String nameSv, String nameEn) {
    }

    public record RenameMunicipalityProject(@TargetAggregateIdentifier String programmeId, String byId,
                                            String municipalityId, String nameSv, String nameEn) {
    }

    public record RetireMunicipalityProject(@TargetAggregateIdentifier String programmeId, String byId,
                                            String municipalityId) {
    }

    /** Makes a person the municipality project's pilot, or leaves it without one ({@code personId} null). */
    public record AssignPilot(@TargetAggregateIdentifier String programmeId, String byId, String municipalityId,
                              String personId) {
    }

    /** {@code scopeId}: the module's id for a module team, the municipality project's for its members. */
    public record AddToTeam(@TargetAggregateIdentifier String programmeId, String byId, Team team, String scopeId,
                            String personId) {
    }

    public record RemoveFromTeam(@TargetAggregateIdentifier String programmeId, String byId, Team team,
                                 String scopeId, String personId) {
    }
}
