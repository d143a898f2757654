package se.pollinator.session;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An instance of any event record with made-up values, to check that every event type is handled. */
public final class EventSamples {

    private EventSamples() {
    }

    /** The event type built with {@code id} for its session id component and made-up values for the rest. */
    public static Object sample(Class<?> type, String idComponent, String id) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getName().equals(idComponent) ? id : value(types[i], components[i].getName());
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object value(Class<?> type, String name) {
        if (type == String.class) {
            return "x-" + name;
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
