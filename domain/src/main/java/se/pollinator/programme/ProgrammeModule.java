package se.pollinator.programme;

import se.pollinator.rules.RuleViolation;

/**
 * A session names its module by number (its id in the programme). Whether the module exists and
 * is not retired is checked against the programme before a command is sent.
 */
public final class ProgrammeModule {

    private ProgrammeModule() {
    }

    /** Returns the module number, or throws when there is none or it cannot be one. */
    public static int check(Integer module) {
        if (module == null) {
            throw RuleViolation.invalid("module.required", "A programme module is required.");
        }
        if (module < 1) {
            throw RuleViolation.invalid("module.unknown", "Programme module %s does not exist.", module);
        }
        return module;
    }
}
