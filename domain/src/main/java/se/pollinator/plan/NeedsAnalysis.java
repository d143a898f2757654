package se.pollinator.plan;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import se.pollinator.plan.NeedsCommands.AssessMaturity;
import se.pollinator.plan.NeedsCommands.ReviseSection;
import se.pollinator.plan.NeedsEvents.MaturityAssessed;
import se.pollinator.plan.NeedsEvents.NeedsAnalysisStarted;
import se.pollinator.plan.NeedsEvents.Score;
import se.pollinator.plan.NeedsEvents.SectionRevised;
import se.pollinator.rules.RuleViolation;
import se.pollinator.rules.Text;
import se.pollinator.rules.Values;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A municipality project's needs analysis (nulägesanalys): its sections of text, and the
 * innovation-maturity self-assessments it repeats over the programme, each one kept.
 */
public class NeedsAnalysis {

    public static final int MAX_SECTION = 20_000;
    public static final int MAX_COMMENT = 1000;

    @AggregateIdentifier
    private String analysisId;
    private Map<NeedsSection, String> sections = new EnumMap<>(NeedsSection.class);
    private Set<String> assessments = new HashSet<>();

    protected NeedsAnalysis() {
        // for Axon, and for the first change, which starts the analysis
    }

    /** The needs analysis of a municipality project: one each. */
    public static String idOf(String municipalityId) {
        return "needs-" + municipalityId.toLowerCase(java.util.Locale.ROOT);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReviseSection command) {
        Values.actor(command.byId());
        if (command.section() == null) {
            throw RuleViolation.invalid("needs.section-required", "Say which section of the needs analysis.");
        }
        String text = Text.optional("section", command.text(), MAX_SECTION);
        if (Objects.equals(sections.get(command.section()), text)) {
            throw RuleViolation.invalid("needs.no-change", "The section already says this.");
        }
        start(command.analysisId(), command.municipalityId());
        apply(new SectionRevised(command.analysisId(), command.section(), text, command.byId()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AssessMaturity command) {
        Values.actor(command.byId());
        String id = Values.id("assessmentId", command.assessmentId());
        if (assessments.contains(id)) {
            throw RuleViolation.conflict("maturity.exists", "This assessment is already recorded.");
        }
        Map<MaturityDimension, Score> scores = new EnumMap<>(MaturityDimension.class);
        for (MaturityDimension dimension : MaturityDimension.values()) {
            NeedsCommands.Score given = command.scores() == null ? null : command.scores().get(dimension);
            if (given == null || given.score() == null) {
                throw RuleViolation.invalid("maturity.score-required", "Score every dimension; %s has no score.",
                        dimension);
            }
            if (given.score() < 1 || given.score() > 5) {
                throw RuleViolation.invalid("maturity.score-range", "A score is 1-5; %s has %s.", dimension,
                        given.score());
            }
            scores.put(dimension, new Score(given.score(), Text.optional("comment", given.comment(), MAX_COMMENT)));
        }
        start(command.analysisId(), command.municipalityId());
        apply(new MaturityAssessed(command.analysisId(), id, scores, command.byId()));
    }

    private void start(String id, String municipalityId) {
        if (analysisId == null) {
            apply(new NeedsAnalysisStarted(id, Values.id("municipalityId", municipalityId)));
        }
    }

    @EventSourcingHandler
    void on(NeedsAnalysisStarted event) {
        analysisId = event.analysisId();
    }

    @EventSourcingHandler
    void on(SectionRevised event) {
        if (event.text() == null) {
            sections.remove(event.section());
        } else {
            sections.put(event.section(), event.text());
        }
    }

    @EventSourcingHandler
    void on(MaturityAssessed event) {
        assessments.add(event.assessmentId());
    }
}
