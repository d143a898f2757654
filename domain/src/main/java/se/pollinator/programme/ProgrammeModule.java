package se.pollinator.programme;

import se.pollinator.rules.RuleViolation;

/** The programme's five modules, numbered as the programme numbers them. */
public final class ProgrammeModule {

    public static final int FIRST = 1;
    public static final int LAST = 5;

    private ProgrammeModule() {
    }

    /** Returns the module number, or throws when it is not one of the programme's modules. */
    public static int check(Integer module) {
        if (module == null) {
            throw RuleViolation.invalid("module.required", "A programme module (1-5) is required.");
        }
        if (module < FIRST || module > LAST) {
            throw RuleViolation.invalid("module.unknown", "Programme module %s does not exist; choose 1-5.", module);
        }
        return module;
    }
}
