package se.pollinator.programme;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.pollinator.programme.ProgrammeCommands.AddModule;
import se.pollinator.programme.ProgrammeCommands.AddMunicipalityProject;
import se.pollinator.programme.ProgrammeCommands.AddToTeam;
import se.pollinator.programme.ProgrammeCommands.AssignPilot;
import se.pollinator.programme.ProgrammeCommands.RemoveFromTeam;
import se.pollinator.programme.ProgrammeCommands.RenameModule;
import se.pollinator.programme.ProgrammeCommands.RetireMunicipalityProject;
import se.pollinator.programme.ProgrammeCommands.StartProgramme;
import se.pollinator.programme.ProgrammeEvents.ModuleAdded;
import se.pollinator.programme.ProgrammeEvents.ModuleRenamed;
import se.pollinator.programme.ProgrammeEvents.MunicipalityProjectAdded;
import se.pollinator.programme.ProgrammeEvents.MunicipalityProjectRetired;
import se.pollinator.programme.ProgrammeEvents.PilotAssigned;
import se.pollinator.programme.ProgrammeEvents.ProgrammeStarted;
import se.pollinator.programme.ProgrammeEvents.TeamMemberAdded;
import se.pollinator.programme.ProgrammeEvents.TeamMemberRemoved;
import se.pollinator.rules.RuleViolation.Kind;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.programme.ProgrammeSeed.PROGRAMME_ID;
import static se.pollinator.rules.Violations.violation;

class ProgrammeTest {

    private static final String ADMIN = "admin";
    private FixtureConfiguration<Programme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Programme.class);
    }

    private static List<Object> started() {
        List<Object> events = new ArrayList<>();
        events.add(new ProgrammeStarted(PROGRAMME_ID));
        ProgrammeSeed.MODULES.forEach(module -> events.add(new ModuleAdded(PROGRAMME_ID,
                String.valueOf(module.number()), module.number(), module.nameSv(), module.nameEn())));
        ProgrammeSeed.MUNICIPALITIES.forEach(municipality -> events.add(new MunicipalityProjectAdded(PROGRAMME_ID,
                municipality.id(), municipality.name(), municipality.name(), ProgrammeSeed.planIdOf(municipality.id()))));
        return events;
    }

    @Test
    void theProgrammeStartsWithItsFiveModulesAndSixMunicipalityProjectsUnderTheOldIds() {
        fixture.givenNoPriorActivity().when(new StartProgramme(PROGRAMME_ID)).expectEvents(started().toArray());
        assertThat(started()).contains(new ModuleAdded(PROGRAMME_ID, "3", 3, "Strategisk ledning", "Strategic leadership"),
                new MunicipalityProjectAdded(PROGRAMME_ID, "GOTEBORG", "Göteborg", "Göteborg", "plan-goteborg"));
    }

    @Nested
    class ModulesAndProjects {
        @Test
        void aNewModuleTakesTheNextNumber() {
            fixture.given(started()).when(new AddModule(PROGRAMME_ID, ADMIN, 6, "Utvärdering", "Evaluation"))
                    .expectEvents(new ModuleAdded(PROGRAMME_ID, "6", 6, "Utvärdering", "Evaluation"));
        }

        @Test
        void aModuleNumberSomeoneElseJustTookIsRejected() {
            fixture.given(started()).when(new AddModule(PROGRAMME_ID, ADMIN, 5, "Utvärdering", "Evaluation"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "module.number-taken"));
        }

        @Test
        void aModuleIsRenamedInBothLanguages() {
            fixture.given(started()).when(new RenameModule(PROGRAMME_ID, ADMIN, "2", "Lärande", null))
                    .expectEvents(new ModuleRenamed(PROGRAMME_ID, "2", "Lärande", "Lärande"));
        }

        @Test
        void aNewMunicipalityProjectGetsAReadableIdAndItsPlan() {
            fixture.given(started()).when(new AddMunicipalityProject(PROGRAMME_ID, ADMIN, "Västerås", null))
                    .expectEvents(new MunicipalityProjectAdded(PROGRAMME_ID, "VASTERAS", "Västerås", "Västerås",
                            "plan-vasteras"));
        }

        @Test
        void aMunicipalityProjectThatExistsIsNotAddedTwice() {
            fixture.given(started()).when(new AddMunicipalityProject(PROGRAMME_ID, ADMIN, "lund", null))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "municipality.exists"));
        }

        @Test
        void aRetiredProjectTakesNoNewMembers() {
            List<Object> given = started();
            given.add(new MunicipalityProjectRetired(PROGRAMME_ID, "UPPSALA"));
            fixture.given(given).when(new AddToTeam(PROGRAMME_ID, ADMIN, Team.MUNICIPALITY_MEMBERS, "UPPSALA", "bo"))
                    .expectNoEvents().expectException(violation(Kind.CONFLICT, "municipality.retired"));
        }

        @Test
        void retiringAnUnknownProjectIsRejected() {
            fixture.given(started()).when(new RetireMunicipalityProject(PROGRAMME_ID, ADMIN, "ATLANTIS"))
                    .expectNoEvents().expectException(violation(Kind.NOT_FOUND, "municipality.unknown"));
        }

        @Test
        void aNameWithoutLettersIsRejected() {
            fixture.given(started()).when(new AddMunicipalityProject(PROGRAMME_ID, ADMIN, "!!!", null))
                    .expectNoEvents().expectException(violation(Kind.INVALID, "municipality.name-letters"));
        }
    }

    @Nested
    class People {
        @Test
        void aPilotIsAssignedAndChanged() {
            fixture.given(started()).when(new AssignPilot(PROGRAMME_ID, ADMIN, "LUND", "pia"))
                    .expectEvents(new PilotAssigned(PROGRAMME_ID, "LUND", "pia"));
        }

        @Test
        void addingSomeoneTwiceWritesNothingNew() {
            List<Object> given = started();
            given.add(new TeamMemberAdded(PROGRAMME_ID, Team.MODULE_LEADS, "2", "lea"));
            fixture.given(given).when(new AddToTeam(PROGRAMME_ID, ADMIN, Team.MODULE_LEADS, "2", "lea"))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void aMemberIsRemoved() {
            List<Object> given = started();
            given.add(new TeamMemberAdded(PROGRAMME_ID, Team.MUNICIPALITY_MEMBERS, "LUND", "bo"));
            fixture.given(given).when(new RemoveFromTeam(PROGRAMME_ID, ADMIN, Team.MUNICIPALITY_MEMBERS, "LUND", "bo"))
                    .expectEvents(new TeamMemberRemoved(PROGRAMME_ID, Team.MUNICIPALITY_MEMBERS, "LUND", "bo"));
        }

        @Test
        void removingSomeoneNotInTheTeamIsRejected() {
            fixture.given(started()).when(new RemoveFromTeam(PROGRAMME_ID, ADMIN, Team.MODULE_MEMBERS, "1", "bo"))
                    .expectNoEvents().expectException(violation(Kind.NOT_FOUND, "team.not-member"));
        }

        @Test
        void aTeamOfAnUnknownModuleIsRejected() {
            fixture.given(started()).when(new AddToTeam(PROGRAMME_ID, ADMIN, Team.MODULE_MEMBERS, "9", "bo"))
                    .expectNoEvents().expectException(violation(Kind.NOT_FOUND, "module.unknown"));
        }
    }
}
