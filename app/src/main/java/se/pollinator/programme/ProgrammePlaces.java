package se.pollinator.programme;

import se.pollinator.rules.RuleViolation;

import java.util.List;

/** Where in the programme a session says it belongs: a module and municipality projects that it offers (not retired). */
public final class ProgrammePlaces {

    private ProgrammePlaces() {
    }

    /** The municipality projects (none for null), once the module (when named) and each project are offered; else a 400. */
    public static List<String> require(ProgrammeStore programme, Integer module, List<String> municipalities) {
        if (module != null && !programme.offersModule(String.valueOf(module))) {
            throw RuleViolation.invalid("module.unknown", "Programme module %s does not exist.", module);
        }
        List<String> places = municipalities == null ? List.of() : municipalities;
        for (String municipality : places) {
            if (municipality == null || !programme.offersMunicipality(municipality)) {
                throw RuleViolation.invalid("municipality.unknown",
                        "There is no municipality project %s in the programme.", municipality);
            }
        }
        return places;
    }
}
