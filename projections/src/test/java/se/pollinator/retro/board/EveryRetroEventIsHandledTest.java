package se.pollinator.retro.board;

import org.junit.jupiter.api.Test;
import se.pollinator.retro.RetroEvents.RetroCreated;
import se.pollinator.retro.RetroEvents.RetroEvent;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of retro event is handled both by the board's fold and by its live message: a new
 * event type that one of them forgets fails here, not on a board in use.
 */
class EveryRetroEventIsHandledTest {

    private static final String RETRO = "retro-1";

    @Test
    void everyEventTypeIsFoldedAndDescribed() throws Exception {
        List<String> forgotten = new ArrayList<>();
        for (Class<?> type : RetroEvent.class.getPermittedSubclasses()) {
            RetroEvent event = sample(type);
            Board board = Board.of(List.of(new Board.Sequenced(0, created())));
            try {
                board.apply(event, 1);
            } catch (IllegalArgumentException e) {
                forgotten.add(e.getMessage());
                continue;
            } catch (RuntimeException sampleDataFoldedBadly) {
                // Handled, if clumsily, with made-up data: what counts is that the fold knows the type.
            }
            try {
                BoardChange.of(board, event, 1);
            } catch (IllegalArgumentException e) {
                forgotten.add(e.getMessage());
            } catch (RuntimeException sampleDataDescribedBadly) {
                // as above
            }
        }
        assertThat(RetroEvent.class.getPermittedSubclasses()).hasSizeGreaterThan(20);
        assertThat(forgotten).isEmpty();
    }

    private static RetroCreated created() {
        return new RetroCreated(RETRO, "fac", "Retro", 1, null, null, 3, false, false, List.of(), "token-0123456789abcdef",
                false);
    }

    /** An instance of the event type with made-up values for every component. */
    private static RetroEvent sample(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(types[i], components[i].getName());
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        return (RetroEvent) canonical.newInstance(values);
    }

    private static Object value(Class<?> type, String name) {
        if (type == String.class) {
            return name.equals("retroId") ? RETRO : "x-" + name;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == Instant.class) {
            return Instant.EPOCH;
        }
        if (type == LocalDate.class) {
            return LocalDate.EPOCH;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        return null;
    }
}
