package se.pollinator.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.pollinator.people.SignedIn;
import se.pollinator.programme.ProgrammeAccess;
import se.pollinator.programme.ProgrammeStore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** Every plan the person may read, at a glance: how many goals and how far they have come. */
@RestController
@Tag(name = "Plans")
public class PlanOverviewController {

    private final PlanStore plans;
    private final ProgrammeStore programme;
    private final ProgrammeAccess access;

    public PlanOverviewController(PlanStore plans, ProgrammeStore programme, ProgrammeAccess access) {
        this.plans = plans;
        this.programme = programme;
        this.access = access;
    }

    /** {@code fulfilment}: the mean of the measured strategic (top) goals' fulfilment, 0-1, or null. */
    public record PlanGlance(String planId, String municipalityId, int goals, int subGoals, BigDecimal fulfilment) {
    }

    @Operation(summary = "The plans I may read, with their goal counts and fulfilment")
    @GetMapping("/api/plans")
    public List<PlanGlance> plans(@AuthenticationPrincipal SignedIn me) {
        return programme.municipalities().stream().filter(project -> access.mayRead(me.person(), project))
                .map(project -> {
                    PlanView view = PlanView.of(plans.plan(project.planId()).orElseGet(PlanFold::new));
                    List<PlanView.GoalView> active = view.goals().stream().filter(goal -> !goal.retired()).toList();
                    List<BigDecimal> measured = active.stream().filter(goal -> goal.parentId() == null)
                            .map(PlanView.GoalView::fulfilment).filter(Objects::nonNull).toList();
                    BigDecimal fulfilment = measured.isEmpty() ? null : measured.stream()
                            .reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(measured.size()), 2, RoundingMode.HALF_UP);
                    int top = (int) active.stream().filter(goal -> goal.parentId() == null).count();
                    return new PlanGlance(project.planId(), project.id(), top, active.size() - top, fulfilment);
                }).toList();
    }
}
