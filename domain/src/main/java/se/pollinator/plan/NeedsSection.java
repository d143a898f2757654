package se.pollinator.plan;

/**
 * The sections of a municipality project's needs analysis (nulägesanalys), as the programme uses
 * them; the first four together describe the local innovation system.
 */
public enum NeedsSection {
    KEY_ACTORS,
    NETWORKS,
    INSTITUTIONAL_CONDITIONS,
    REGIONAL_STEERING_DOCUMENTS,
    INSTRUMENT_PORTFOLIO,
    VISIONS_AND_SUSTAINABILITY_GOALS,
    GOVERNANCE_FOR_SYSTEMIC_INNOVATION,
    GOVERNANCE_AND_LEADERSHIP,
    NEEDS
}
