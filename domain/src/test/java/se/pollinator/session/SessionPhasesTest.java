package se.pollinator.session;

import org.junit.jupiter.api.Test;
import se.pollinator.rules.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one phase rule of every kind with phases: one step at a time, forward only where the kind says so. */
class SessionPhasesTest {

    private enum Stage { FIRST, SECOND, THIRD, CLOSED }

    private static void move(Stage from, Stage to, SessionPhases.Steps steps) {
        SessionPhases.requireOneStep("the session", from, to, Stage.class, steps);
    }

    @Test
    void aSessionMovesOneStepEitherWay() {
        assertThatCode(() -> move(Stage.FIRST, Stage.SECOND, SessionPhases.Steps.EITHER_WAY)).doesNotThrowAnyException();
        assertThatCode(() -> move(Stage.THIRD, Stage.SECOND, SessionPhases.Steps.EITHER_WAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> move(Stage.FIRST, Stage.THIRD, SessionPhases.Steps.EITHER_WAY))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.code()).isEqualTo("phase.one-step");
                    assertThat(refused.getMessage()).isEqualTo(
                            "The session is in FIRST; it can only move one step, not to THIRD.");
                });
        assertThatThrownBy(() -> move(Stage.SECOND, Stage.SECOND, SessionPhases.Steps.EITHER_WAY))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aSessionThatMovesForwardOnlyIsNotMovedBack() {
        assertThatCode(() -> move(Stage.SECOND, Stage.THIRD, SessionPhases.Steps.FORWARD)).doesNotThrowAnyException();
        assertThatThrownBy(() -> move(Stage.SECOND, Stage.FIRST, SessionPhases.Steps.FORWARD))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.getMessage())
                        .isEqualTo("The session is in SECOND; it can only move one step forward, not to FIRST."));
    }

    @Test
    void aPhaseIsRequiredAndTheMessageNamesThemAll() {
        assertThatThrownBy(() -> move(Stage.FIRST, null, SessionPhases.Steps.EITHER_WAY))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.code()).isEqualTo("phase.required");
                    assertThat(refused.getMessage()).isEqualTo("A phase is required: FIRST, SECOND, THIRD, CLOSED.");
                });
    }
}
