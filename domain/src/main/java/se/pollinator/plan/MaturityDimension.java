package se.pollinator.plan;

/** What an innovation-maturity self-assessment scores: the seven clause areas of ISO 56002. */
public enum MaturityDimension {
    CONTEXT, LEADERSHIP, PLANNING, SUPPORT, OPERATIONS, PERFORMANCE_EVALUATION, IMPROVEMENT
}
