package se.pollinator.retro.board;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.Map;

/**
 * Stores a {@link Board} as JSON in the read model, in parts: a header (everything but the
 * collections) and each part on its own. Fields only, nothing derived.
 */
final class BoardJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    /** The header leaves out the parts, which are stored one by one. */
    @JsonIgnoreProperties({"participants", "cards", "groups", "votesByVoter", "decisions", "actions",
            "earlierActions"})
    private abstract static class HeaderOnly {
    }

    private static final ObjectMapper HEADER = MAPPER.copy().addMixIn(Board.class, HeaderOnly.class);

    private static final Map<Board.Part.Kind, JavaType> PART_TYPES = Map.of(
            Board.Part.Kind.PARTICIPANT, MAPPER.constructType(String.class),
            Board.Part.Kind.CARD, MAPPER.constructType(Board.Card.class),
            Board.Part.Kind.GROUP, MAPPER.constructType(Board.Group.class),
            Board.Part.Kind.VOTER, MAPPER.getTypeFactory().constructType(new TypeReference<Map<String, Integer>>() {
            }),
            Board.Part.Kind.DECISION, MAPPER.constructType(Board.Decision.class),
            Board.Part.Kind.ACTION, MAPPER.constructType(Board.Action.class),
            Board.Part.Kind.REVIEW, MAPPER.constructType(Board.Review.class));

    private BoardJson() {
    }

    static String writeHeader(Board board) {
        return write(HEADER, board);
    }

    static Board readHeader(String json) {
        try {
            return HEADER.readValue(json, Board.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored board could not be read", e);
        }
    }

    static String writePart(Object part) {
        return write(MAPPER, part);
    }

    static Object readPart(Board.Part.Kind kind, String json) {
        try {
            return MAPPER.readValue(json, PART_TYPES.get(kind));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored part of a board could not be read", e);
        }
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A board could not be written", e);
        }
    }
}
