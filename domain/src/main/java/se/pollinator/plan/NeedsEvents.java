package se.pollinator.plan;

import java.util.Map;

/** What happened to a needs analysis; every revision and assessment says who made it. */
public final class NeedsEvents {

    private NeedsEvents() {
    }

    public sealed interface NeedsEvent permits NeedsAnalysisStarted, SectionRevised, MaturityAssessed {
        String analysisId();
    }

    public record NeedsAnalysisStarted(String analysisId, String municipalityId) implements NeedsEvent {
    }

    /** {@code text} null: the section was emptied. */
    public record SectionRevised(String analysisId, NeedsSection section, String text, String byId)
            implements NeedsEvent {
    }

    public record MaturityAssessed(String analysisId, String assessmentId, Map<MaturityDimension, Score> scores,
                                   String byId) implements NeedsEvent {
    }

    public record Score(int score, String comment) {
    }
}
