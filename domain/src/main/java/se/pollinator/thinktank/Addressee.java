package se.pollinator.thinktank;

/**
 * Whom a recommendation is addressed to: a module ({@code kind} MODULE, {@code id} its number) or
 * a municipality project ({@code kind} MUNICIPALITY, {@code id} its id).
 */
public record Addressee(String kind, String id) {

    public static final String MODULE = "MODULE";
    public static final String MUNICIPALITY = "MUNICIPALITY";
}
