package se.pollinator.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * What one run of the driver does.
 *
 * @param base          the running app, e.g. {@code http://127.0.0.1:8080}
 * @param adminUser     an administrator who may add people and create retros
 * @param adminPassword that administrator's password
 * @param writers       people adding cards at once
 * @param boards        boards the writers spread their cards over
 * @param subscribers   people watching every board live
 * @param cards         cards added in all
 * @param jdbc          the app's PostgreSQL database (optional): for the event count check and the
 *                      baseline insert rate
 */
public record Options(String base, String adminUser, String adminPassword, int writers, int boards,
                      int subscribers, int cards, String jdbc, String jdbcUser, String jdbcPassword) {

    /** Reads {@code --name value} pairs; see the README's Performance section. */
    public static Options parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value, not " + args[i]);
            }
            given.put(args[i].substring(2), args[i + 1]);
        }
        return new Options(given.getOrDefault("base", "http://127.0.0.1:8080"),
                given.getOrDefault("admin", "admin"),
                given.getOrDefault("password", System.getenv().getOrDefault("POLLINATOR_ADMIN_PASSWORD", "")),
                Integer.parseInt(given.getOrDefault("writers", "4")),
                Integer.parseInt(given.getOrDefault("boards", "1")),
                Integer.parseInt(given.getOrDefault("subscribers", "5")),
                Integer.parseInt(given.getOrDefault("cards", "2000")),
                given.get("jdbc"), given.getOrDefault("jdbc-user", "postgres"),
                given.getOrDefault("jdbc-password", ""));
    }
}
