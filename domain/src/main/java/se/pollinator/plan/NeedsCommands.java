package se.pollinator.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

/** What people ask of a municipality project's needs analysis. */
public final class NeedsCommands {

    private NeedsCommands() {
    }

    /** Replaces one section's text; a blank text empties it. The first revision starts the analysis. */
    public record ReviseSection(@TargetAggregateIdentifier String analysisId, String municipalityId, String byId,
                                NeedsSection section, String text) {
    }

    /** A self-assessment: a score of 1-5, with an optional comment, for every dimension. */
    public record AssessMaturity(@TargetAggregateIdentifier String analysisId, String municipalityId, String byId,
                                 String assessmentId, Map<MaturityDimension, Score> scores) {
    }

    public record Score(Integer score, String comment) {
    }
}
