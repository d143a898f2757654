package se.pollinator.programme;

/** The six municipality projects (kommunprojekt) of the programme. */
public enum Municipality {
    GOTEBORG("Göteborg"),
    JARFALLA("Järfälla"),
    LUND("Lund"),
    MALMO("Malmö"),
    STOCKHOLM("Stockholm"),
    UPPSALA("Uppsala");

    private final String displayName;

    Municipality(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
