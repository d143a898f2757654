package se.pollinator.plan;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.pollinator.plan.NeedsCommands.AssessMaturity;
import se.pollinator.plan.NeedsCommands.ReviseSection;
import se.pollinator.plan.NeedsEvents.MaturityAssessed;
import se.pollinator.plan.NeedsEvents.NeedsAnalysisStarted;
import se.pollinator.plan.NeedsEvents.Score;
import se.pollinator.plan.NeedsEvents.SectionRevised;
import se.pollinator.rules.RuleViolation.Kind;

import java.util.EnumMap;
import java.util.Map;

import static se.pollinator.rules.Violations.violation;

class NeedsAnalysisTest {

    private static final String ID = "needs-lund";
    private FixtureConfiguration<NeedsAnalysis> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NeedsAnalysis.class);
    }

    private static Map<MaturityDimension, NeedsCommands.Score> scores(int score) {
        Map<MaturityDimension, NeedsCommands.Score> scores = new EnumMap<>(MaturityDimension.class);
        for (MaturityDimension dimension : MaturityDimension.values()) {
            scores.put(dimension, new NeedsCommands.Score(score, dimension == MaturityDimension.LEADERSHIP ? " Stark " : null));
        }
        return scores;
    }

    @Test
    void theFirstRevisionStartsTheAnalysis() {
        fixture.givenNoPriorActivity()
                .when(new ReviseSection(ID, "LUND", "anna", NeedsSection.KEY_ACTORS, " Kommunen, regionen, LU "))
                .expectEvents(new NeedsAnalysisStarted(ID, "LUND"),
                        new SectionRevised(ID, NeedsSection.KEY_ACTORS, "Kommunen, regionen, LU", "anna"));
    }

    @Test
    void aRevisionThatChangesNothingIsRejected() {
        fixture.given(new NeedsAnalysisStarted(ID, "LUND"), new SectionRevised(ID, NeedsSection.NEEDS, "Mer tid", "anna"))
                .when(new ReviseSection(ID, "LUND", "bo", NeedsSection.NEEDS, "Mer tid"))
                .expectNoEvents().expectException(violation(Kind.INVALID, "needs.no-change"));
    }

    @Test
    void aSectionIsEmptiedWithABlankText() {
        fixture.given(new NeedsAnalysisStarted(ID, "LUND"), new SectionRevised(ID, NeedsSection.NEEDS, "Mer tid", "anna"))
                .when(new ReviseSection(ID, "LUND", "bo", NeedsSection.NEEDS, "  "))
                .expectEvents(new SectionRevised(ID, NeedsSection.NEEDS, null, "bo"));
    }

    @Test
    void aSelfAssessmentScoresEveryDimension() {
        Map<MaturityDimension, Score> expected = new EnumMap<>(MaturityDimension.class);
        for (MaturityDimension dimension : MaturityDimension.values()) {
            expected.put(dimension, new Score(3, dimension == MaturityDimension.LEADERSHIP ? "Stark" : null));
        }
        fixture.given(new NeedsAnalysisStarted(ID, "LUND"))
                .when(new AssessMaturity(ID, "LUND", "anna", "a1", scores(3)))
                .expectEvents(new MaturityAssessed(ID, "a1", expected, "anna"));
    }

    @Test
    void anAssessmentWithAScoreOutsideOneToFiveIsRejected() {
        fixture.given(new NeedsAnalysisStarted(ID, "LUND"))
                .when(new AssessMaturity(ID, "LUND", "anna", "a1", scores(6)))
                .expectNoEvents().expectException(violation(Kind.INVALID, "maturity.score-range"));
    }

    @Test
    void anAssessmentMissingADimensionIsRejected() {
        Map<MaturityDimension, NeedsCommands.Score> partial = scores(2);
        partial.remove(MaturityDimension.IMPROVEMENT);
        fixture.given(new NeedsAnalysisStarted(ID, "LUND"))
                .when(new AssessMaturity(ID, "LUND", "anna", "a1", partial))
                .expectNoEvents().expectException(violation(Kind.INVALID, "maturity.score-required"));
    }
}
