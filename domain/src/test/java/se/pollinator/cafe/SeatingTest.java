package se.pollinator.cafe;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SeatingTest {

    private static final List<String> TABLES = List.of("t1", "t2", "t3");

    /** How many pairs of people who sat together this round sit together again. */
    private static long metAgain(Map<String, String> before, Map<String, String> after) {
        List<String> people = new ArrayList<>(after.keySet());
        long again = 0;
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                String a = people.get(i);
                String b = people.get(j);
                if (before.get(a) != null && before.get(a).equals(before.get(b)) && after.get(a).equals(after.get(b))) {
                    again++;
                }
            }
        }
        return again;
    }

    @Test
    void twoWhoSatTogetherAreParted() {
        Map<String, String> seats = Map.of("anna", "t1", "bo", "t1");
        Map<String, String> next = Seating.shuffle(List.of("t1", "t2"), Map.of(), seats, List.of("anna", "bo"));
        assertThat(next.get("anna")).isNotEqualTo(next.get("bo"));
    }

    @Test
    void nineAtThreeTablesAllMeetNewPeopleAndNoTableIsLeftEmpty() {
        Map<String, String> seats = new LinkedHashMap<>();
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String person = "p" + i;
            people.add(person);
            seats.put(person, TABLES.get(i / 3));
        }
        Map<String, String> next = Seating.shuffle(TABLES, Map.of(), seats, people);
        assertThat(metAgain(seats, next)).as("with three tables of three, no two meet again").isZero();
        Map<String, Long> sizes = new HashMap<>();
        next.values().forEach(table -> sizes.merge(table, 1L, Long::sum));
        assertThat(sizes).containsEntry("t1", 3L).containsEntry("t2", 3L).containsEntry("t3", 3L);
    }

    @Test
    void hostsStayAndTheirGuestsMoveOnToAnotherHost() {
        Map<String, String> hosts = Map.of("t1", "h1", "t2", "h2", "t3", "h3");
        Map<String, String> seats = new LinkedHashMap<>();
        seats.put("a", "t1");
        seats.put("b", "t1");
        seats.put("c", "t2");
        seats.put("d", "t3");
        Map<String, String> next = Seating.shuffle(TABLES, hosts, seats, List.of("a", "b", "c", "d"));
        assertThat(next).doesNotContainKeys("h1", "h2", "h3");
        assertThat(next.get("a")).as("meets a new host").isNotEqualTo("t1");
        assertThat(next.get("b")).isNotEqualTo("t1");
        assertThat(next.get("a")).as("and not each other again").isNotEqualTo(next.get("b"));
        assertThat(next.get("c")).isNotEqualTo("t2");
        assertThat(next.get("d")).isNotEqualTo("t3");
    }

    @Test
    void moreSittingTogetherThanTablesMeetAsFewAgainAsTheTablesAllow() {
        Map<String, String> seats = new LinkedHashMap<>();
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add("p" + i);
            seats.put("p" + i, "t1");
        }
        people.add("q");
        Map<String, String> next = Seating.shuffle(TABLES, Map.of(), seats, people);
        // Six from one table over three tables: two at each, so three pairs meet again, no more.
        assertThat(metAgain(seats, next)).isEqualTo(3);
        assertThat(next).containsKey("q");
    }
}
