package se.pollinator.plan;

/** Who changed a plan, why ({@code rationale}, in their words) and, where there is one, because of what. */
public record PlanChange(String byId, String rationale, Source source) {
}
