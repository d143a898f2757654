package se.pollinator.programme;

import java.util.List;

/**
 * What the programme holds on its first start: its five modules and six municipality projects.
 * Their ids are the values retros stored before the programme was data (module numbers, and the
 * municipality keys such as {@code LUND}), so those retros name them still.
 */
public final class ProgrammeSeed {

    /** The one programme Pollinator serves. */
    public static final String PROGRAMME_ID = "programme";

    public record SeedModule(int number, String nameSv, String nameEn) {
    }

    public record SeedMunicipality(String id, String name) {
    }

    public static final List<SeedModule> MODULES = List.of(
            new SeedModule(1, "Nuläge, behov och förmågor", "Current state, needs and capabilities"),
            new SeedModule(2, "Utbildning och coaching", "Training and coaching"),
            new SeedModule(3, "Strategisk ledning", "Strategic leadership"),
            new SeedModule(4, "Samverkansförmåga", "Collaboration capability"),
            new SeedModule(5, "Projektledning och plattformsutveckling",
                    "Project management and platform development"));

    public static final List<SeedMunicipality> MUNICIPALITIES = List.of(
            new SeedMunicipality("GOTEBORG", "Göteborg"),
            new SeedMunicipality("JARFALLA", "Järfälla"),
            new SeedMunicipality("LUND", "Lund"),
            new SeedMunicipality("MALMO", "Malmö"),
            new SeedMunicipality("STOCKHOLM", "Stockholm"),
            new SeedMunicipality("UPPSALA", "Uppsala"));

    private ProgrammeSeed() {
    }

    /** The plan of a municipality project: one each, named after the project. */
    public static String planIdOf(String municipalityId) {
        return "plan-" + municipalityId.toLowerCase(java.util.Locale.ROOT);
    }
}
