package se.pollinator.programme;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import se.pollinator.programme.ProgrammeEvents.ModuleAdded;
import se.pollinator.programme.ProgrammeEvents.ModuleRenamed;
import se.pollinator.programme.ProgrammeEvents.ModuleRetired;
import se.pollinator.programme.ProgrammeEvents.MunicipalityProjectAdded;
import se.pollinator.programme.ProgrammeEvents.MunicipalityProjectRenamed;
import se.pollinator.programme.ProgrammeEvents.MunicipalityProjectRetired;
import se.pollinator.programme.ProgrammeEvents.PilotAssigned;
import se.pollinator.programme.ProgrammeEvents.TeamMemberAdded;
import se.pollinator.programme.ProgrammeEvents.TeamMemberRemoved;
import se.pollinator.readmodel.Savepoint;

/** Keeps the programme read model: one row per module and project, one per team membership. */
@Component
@ProcessingGroup(ProgrammeProjection.GROUP)
public class ProgrammeProjection {

    public static final String GROUP = "programme";

    private final ProgrammeStore store;
    private final Savepoint savepoint;

    public ProgrammeProjection(ProgrammeStore store, Savepoint savepoint) {
        this.store = store;
        this.savepoint = savepoint;
    }

    @EventHandler
    void on(ModuleAdded event) {
        savepoint.run(() -> store.addModule(event.moduleId(), event.number(), event.nameSv(), event.nameEn()));
    }

    @EventHandler
    void on(ModuleRenamed event) {
        savepoint.run(() -> store.renameModule(event.moduleId(), event.nameSv(), event.nameEn()));
    }

    @EventHandler
    void on(ModuleRetired event) {
        savepoint.run(() -> store.retireModule(event.moduleId()));
    }

    @EventHandler
    void on(MunicipalityProjectAdded event) {
        savepoint.run(() -> store.addMunicipality(event.municipalityId(), event.nameSv(), event.nameEn(),
                event.planId()));
    }

    @EventHandler
    void on(MunicipalityProjectRenamed event) {
        savepoint.run(() -> store.renameMunicipality(event.municipalityId(), event.nameSv(), event.nameEn()));
    }

    @EventHandler
    void on(MunicipalityProjectRetired event) {
        savepoint.run(() -> store.retireMunicipality(event.municipalityId()));
    }

    @EventHandler
    void on(PilotAssigned event) {
        savepoint.run(() -> store.assignPilot(event.municipalityId(), event.personId()));
    }

    @EventHandler
    void on(TeamMemberAdded event) {
        savepoint.run(() -> store.addToTeam(event.team(), event.scopeId(), event.personId()));
    }

    @EventHandler
    void on(TeamMemberRemoved event) {
        savepoint.run(() -> store.removeFromTeam(event.team(), event.scopeId(), event.personId()));
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }
}
