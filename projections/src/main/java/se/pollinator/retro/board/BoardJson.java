package se.pollinator.retro.board;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Stores a {@link Board} as JSON in the read model: its fields, nothing derived. */
final class BoardJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    private BoardJson() {
    }

    static String write(Board board) {
        try {
            return MAPPER.writeValueAsString(board);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Board " + board.retroId + " could not be written", e);
        }
    }

    static Board read(String json) {
        try {
            return MAPPER.readValue(json, Board.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored board could not be read", e);
        }
    }
}
