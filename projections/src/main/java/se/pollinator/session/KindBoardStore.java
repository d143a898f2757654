package se.pollinator.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a kind of session that keeps its boards in the kernel's {@link SessionBoardStore} has in
 * common: it answers for its sessions in the kernel's access checks and directory, and stores its
 * header and parts as JSON.
 */
public abstract class KindBoardStore implements SessionRoster {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    protected final SessionBoardStore store;
    private final SessionKind kind;

    protected KindBoardStore(SessionBoardStore store, SessionKind kind) {
        this.store = store;
        this.kind = kind;
    }

    /** Puts one stored part, read by its kind, into the board being assembled. */
    protected interface PartPlacer<B> {
        void place(B board, String partKind, String json);
    }

    /**
     * The stored session of this kind, assembled by the kind: a board made from its header's JSON,
     * then each part placed in it, in the order the parts first appeared.
     */
    protected <B> Optional<B> load(String sessionId, Function<String, B> fromHeader, PartPlacer<B> placer) {
        return store.load(sessionId).filter(stored -> stored.header().kind() == kind).map(stored -> {
            B board = fromHeader.apply(stored.header().json());
            stored.parts().forEach(part -> placer.place(board, part.kind(), part.json()));
            return board;
        });
    }

    /**
     * Stores a session's header and each part an event changed (once, in the order they changed),
     * each as the JSON of its current {@code value}.
     */
    protected <P extends SessionPart> void save(SessionBoardStore.Header header, boolean isNew, List<P> changed,
                                               Function<P, Object> value) {
        List<P> parts = changed.stream().distinct().toList();
        List<SessionBoardStore.Part> rows = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            P part = parts.get(i);
            rows.add(new SessionBoardStore.Part(part.kind().name(), part.id(),
                    SessionBoardStore.position(header.seq(), i), write(value.apply(part))));
        }
        store.save(header, isNew, rows, List.of());
    }

    @Override
    public SessionKind kind() {
        return kind;
    }

    @Override
    public boolean exists(String sessionId) {
        return store.exists(kind, sessionId);
    }

    @Override
    public boolean isMember(String sessionId, String personId) {
        return store.isMember(kind, sessionId, personId);
    }

    @Override
    public boolean isInvited(String sessionId, String personId) {
        return store.isInvited(kind, sessionId, personId);
    }

    @Override
    public List<SessionListing> listedFor(String personId) {
        return store.listed(kind, personId);
    }

    @Override
    public List<SessionListing> listedAll() {
        return store.listed(kind, null);
    }

    @Override
    public Optional<SessionListing> listing(String sessionId) {
        return store.listing(kind, sessionId);
    }

    protected static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A board could not be written", e);
        }
    }

    protected static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored board could not be read", e);
        }
    }
}
