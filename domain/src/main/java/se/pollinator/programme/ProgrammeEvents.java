package se.pollinator.programme;

/** What happened to the programme. Names are kept in Swedish and English. */
public final class ProgrammeEvents {

    private ProgrammeEvents() {
    }

    public sealed interface ProgrammeEvent permits ProgrammeStarted, ModuleAdded, ModuleRenamed, ModuleRetired,
            MunicipalityProjectAdded, MunicipalityProjectRenamed, MunicipalityProjectRetired, PilotAssigned,
            TeamMemberAdded, TeamMemberRemoved {
        String programmeId();
    }

    public record ProgrammeStarted(String programmeId) implements ProgrammeEvent {
    }

    public record ModuleAdded(String programmeId, String moduleId, int number, String nameSv, String nameEn)
            implements ProgrammeEvent {
    }

    public record ModuleRenamed(String programmeId, String moduleId, String nameSv, String nameEn)
            implements ProgrammeEvent {
    }

    public record ModuleRetired(String programmeId, String moduleId) implements ProgrammeEvent {
    }

    public record MunicipalityProjectAdded(String programmeId, String municipalityId, String nameSv, String nameEn,
                                           String planId) implements ProgrammeEvent {
    }

    public record MunicipalityProjectRenamed(String programmeId, String municipalityId, String nameSv,
                                             String nameEn) implements ProgrammeEvent {
    }

    public record MunicipalityProjectRetired(String programmeId, String municipalityId) implements ProgrammeEvent {
    }

    /** {@code personId} null: the project has no pilot any more. */
    public record PilotAssigned(String programmeId, String municipalityId, String personId)
            implements ProgrammeEvent {
    }

    public record TeamMemberAdded(String programmeId, Team team, String scopeId, String personId)
            implements ProgrammeEvent {
    }

    public record TeamMemberRemoved(String programmeId, Team team, String scopeId, String personId)
            implements ProgrammeEvent {
    }
}
