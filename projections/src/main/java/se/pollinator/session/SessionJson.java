package se.pollinator.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Boards' headers and parts as the kernel's store keeps them: JSON written and read by the
 * application's one {@code ObjectMapper} (Spring Boot's, configured in application.yml).
 */
final class SessionJson {

    private final ObjectMapper json;
    private final Map<Type, JavaType> types = new ConcurrentHashMap<>();

    SessionJson(ObjectMapper json) {
        this.json = json;
    }

    /** The value as JSON; null for none (a part the board no longer has). */
    String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A board could not be written", e);
        }
    }

    Object read(String stored, Type type) {
        try {
            return json.readValue(stored, types.computeIfAbsent(type, json.getTypeFactory()::constructType));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored board could not be read", e);
        }
    }
}
