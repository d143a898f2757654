package se.pollinator.cafe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A café's shuffle between rounds: hosts stay at their tables, and everyone else is seated so that
 * they meet as many new people as the tables allow. Placed one at a time, taking one person from
 * each table in turn, each goes to the table where they would sit with the fewest people they sat
 * with this round (its host included), then one that is not their own, then the emptiest.
 */
public final class Seating {

    private Seating() {
    }

    /**
     * @param tables table ids in order
     * @param hosts  table id to its host's person id (tables without a host are absent)
     * @param seats  person id to the table they sit at now
     * @param people the people to seat (participants who are not hosts), in a stable order
     * @return person id to the table they sit at next
     */
    public static Map<String, String> shuffle(List<String> tables, Map<String, String> hosts, Map<String, String> seats,
                                              List<String> people) {
        Map<String, String> next = new LinkedHashMap<>();
        if (tables.isEmpty()) {
            return next;
        }
        Map<String, Set<String>> atTable = new HashMap<>();
        tables.forEach(table -> atTable.put(table, new HashSet<>()));
        hosts.forEach((table, host) -> {
            if (atTable.containsKey(table)) {
                atTable.get(table).add(host);
            }
        });
        for (String person : interleaved(tables, seats, people)) {
            String now = seats.get(person);
            Set<String> metThisRound = new HashSet<>();
            if (now != null) {
                seats.forEach((other, table) -> {
                    if (table.equals(now) && !other.equals(person)) {
                        metThisRound.add(other);
                    }
                });
                if (hosts.get(now) != null) {
                    metThisRound.add(hosts.get(now));
                }
            }
            String best = null;
            long bestScore = Long.MAX_VALUE;
            int start = now == null ? 0 : Math.max(0, tables.indexOf(now) + 1);
            for (int step = 0; step < tables.size(); step++) {
                String table = tables.get((start + step) % tables.size());
                long again = atTable.get(table).stream().filter(metThisRound::contains).count();
                long score = again * 1_000_000L + (table.equals(now) ? 1_000L : 0) + atTable.get(table).size();
                if (score < bestScore) {
                    bestScore = score;
                    best = table;
                }
            }
            atTable.get(best).add(person);
            next.put(person, best);
        }
        return next;
    }

    /** One person from each table in turn (then those not seated), so that every table's people spread out. */
    private static List<String> interleaved(List<String> tables, Map<String, String> seats, List<String> people) {
        Map<String, List<String>> byTable = new LinkedHashMap<>();
        tables.forEach(table -> byTable.put(table, new ArrayList<>()));
        List<String> unseated = new ArrayList<>();
        for (String person : people) {
            String table = seats.get(person);
            if (table != null && byTable.containsKey(table)) {
                byTable.get(table).add(person);
            } else {
                unseated.add(person);
            }
        }
        List<String> order = new ArrayList<>();
        for (int turn = 0; order.size() < people.size() - unseated.size(); turn++) {
            for (List<String> at : byTable.values()) {
                if (turn < at.size()) {
                    order.add(at.get(turn));
                }
            }
        }
        order.addAll(unseated);
        return order;
    }
}
