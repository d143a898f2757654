package se.pollinator.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.people.PeopleStore;
import se.pollinator.people.SignedIn;
import se.pollinator.plan.NeedsCommands.AssessMaturity;
import se.pollinator.plan.NeedsCommands.ReviseSection;
import se.pollinator.plan.NeedsStore.Needs;
import se.pollinator.programme.ProgrammeAccess;
import se.pollinator.programme.ProgrammeView.MunicipalityRow;
import se.pollinator.rules.RuleViolation;
import se.pollinator.web.Commands;
import se.pollinator.web.ReadYourWrites;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A municipality project's needs analysis: its sections and its maturity self-assessments. */
@RestController
@RequestMapping("/api/programme/municipalities/{id}")
@Tag(name = "Needs analysis", description = "Nulägesanalys and innovation-maturity self-assessments")
public class NeedsController {

    private final Commands commands;
    private final NeedsStore needs;
    private final ProgrammeAccess access;
    private final PeopleStore people;
    private final EventStore events;

    public NeedsController(Commands commands, NeedsStore needs, ProgrammeAccess access, PeopleStore people,
                           EventStore events) {
        this.commands = commands;
        this.needs = needs;
        this.access = access;
        this.people = people;
        this.events = events;
    }

    public record NeedsAnswer(String municipalityId, String analysisId, long seq, List<NeedsStore.Section> sections,
                              List<NeedsStore.Assessment> assessments, Map<String, String> people) {
    }

    public record SectionText(String text) {
    }

    public record Assessment(Map<MaturityDimension, NeedsCommands.Score> scores) {
    }

    @Operation(summary = "The project's needs analysis: each section with who last changed it, and every assessment")
    @GetMapping("/needs")
    public NeedsAnswer needs(@PathVariable String id, @AuthenticationPrincipal SignedIn me) {
        MunicipalityRow project = access.project(id);
        access.requireRead(me.person(), project);
        Needs found = needs.needs(NeedsAnalysis.idOf(id));
        Set<String> mentioned = new HashSet<>();
        found.sections().forEach(section -> mentioned.add(section.byId()));
        found.assessments().forEach(assessment -> mentioned.add(assessment.byId()));
        return new NeedsAnswer(id, found.analysisId(), found.seq(), found.sections(), found.assessments(),
                people.displayNames(mentioned));
    }

    @Operation(summary = "Revise one section of the needs analysis; a blank text empties it")
    @PutMapping("/needs/{section}")
    public void revise(@PathVariable String id, @PathVariable NeedsSection section, @RequestBody SectionText body,
                       @AuthenticationPrincipal SignedIn me) {
        MunicipalityRow project = access.project(id);
        access.requireChange(me.person(), project);
        String analysisId = NeedsAnalysis.idOf(id);
        commands.send(new ReviseSection(analysisId, id, me.personId(), section, body == null ? null : body.text()), me);
        awaitSeq(analysisId);
    }

    @Operation(summary = "Record an innovation-maturity self-assessment: a score 1-5 for every ISO 56002 area")
    @PostMapping("/maturity")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> assess(@PathVariable String id, @RequestBody Assessment body,
                                      @AuthenticationPrincipal SignedIn me) {
        MunicipalityRow project = access.project(id);
        access.requireChange(me.person(), project);
        if (body == null) {
            throw RuleViolation.invalid("maturity.score-required", "Score every dimension; %s has no score.", "CONTEXT");
        }
        String analysisId = NeedsAnalysis.idOf(id);
        String assessmentId = UUID.randomUUID().toString();
        Map<String, String> created = commands.send(new AssessMaturity(analysisId, id, me.personId(), assessmentId,
                body.scores()), me, Map.of("id", assessmentId));
        awaitSeq(analysisId);
        return created;
    }

    private void awaitSeq(String analysisId) {
        long stored = events.lastSequenceNumberFor(analysisId).orElse(-1L);
        ReadYourWrites.await(() -> needs.needs(analysisId).seq() >= stored);
    }
}
