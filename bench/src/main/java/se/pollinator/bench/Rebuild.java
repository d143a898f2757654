package se.pollinator.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/** Rebuilding the boards read model from the whole event store, in events per second. */
final class Rebuild {

    private Rebuild() {
    }

    static String run(Options options) throws Exception {
        Api admin = Api.admin(options);
        long events;
        long head;
        try (Connection connection = Baseline.connect(options); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*), MAX(globalindex) FROM domainevententry")) {
            rows.next();
            events = rows.getLong(1);
            head = rows.getLong(2);
        }
        long start = System.nanoTime();
        admin.must("/api/admin/read-models/boards/rebuild", null);
        long restarted = System.nanoTime();
        while (!rebuilt(admin, head)) {
            Thread.sleep(10);
        }
        long done = System.nanoTime();
        double seconds = (done - start) / 1e9;
        double replay = (done - restarted) / 1e9;
        return String.format(Locale.ROOT, "| rebuild the boards read model | %d events | %.1f s (stopping and "
                        + "restarting the processor %.1f s, replaying %.1f s) | %.0f events/s (replay alone %.0f) |",
                events, seconds, (restarted - start) / 1e9, replay, events / seconds, events / replay);
    }

    private static boolean rebuilt(Api admin, long head) {
        for (JsonNode model : admin.get("/api/admin/read-models").body()) {
            if ("boards".equals(model.get("group").asText())) {
                return model.get("caughtUp").asBoolean() && model.get("position").asLong() >= head;
            }
        }
        return false;
    }
}
