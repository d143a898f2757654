package se.pollinator.retro;

/** The three columns of a retro board: what to strengthen, stop and keep. */
public enum Column {
    /** Förstärka. */
    STRENGTHEN,
    /** Avsluta. */
    STOP,
    /** Bibehålla. */
    KEEP
}
