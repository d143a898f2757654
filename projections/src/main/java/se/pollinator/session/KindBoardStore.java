package se.pollinator.session;

import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import se.pollinator.readmodel.Savepoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The kernel's read side for one kind of session: folds the kind's events with its
 * {@link SessionFold}, stores each board in the kernel's {@link SessionBoardStore}, keeps the
 * boards in use folded in memory, and tells the boards' watchers of every change after it
 * committed. It also answers for the kind's sessions in the kernel's access checks and directory.
 *
 * <p>The events of one processor batch are folded in memory, the boards they are about read at
 * once; what they changed is written once, when the batch commits: per board its header once
 * and each changed part once, however many of the batch's events touched it. An event the fold
 * fails on goes to the dead-letter queue while the rest of the batch goes on. A batch whose writes
 * fail is rolled back as a whole; the events after it are then folded one by one, each written
 * in a savepoint of its own, so that an event whose writes fail is the only one parked.
 *
 * <p>The cache is bounded and never the truth: a cached board is used only while its sequence
 * number is the stored one, and a board whose change did not commit is dropped.
 */
public abstract class KindBoardStore<E, B> implements SessionRoster {

    private static final int CACHED_BOARDS = 256;
    /** How many events are folded one by one after a batch failed: more than a batch holds. */
    private static final int CAREFUL_EVENTS = 1_000;

    protected final SessionBoardStore store;
    private SessionGuestStore guests;
    private final SessionFold<E, B> fold;
    private final Savepoint savepoint;
    private final ObjectProvider<SessionChangeListener> listenerBeans;
    /** The listeners, found at the first event (they live in the web layer, which needs the stores first). */
    private volatile List<SessionChangeListener> listeners;
    private final String batchKey;
    private final AtomicInteger careful = new AtomicInteger();
    private final Map<String, Hot<B>> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED_BOARDS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Hot<B>> eldest) {
                    return size() > CACHED_BOARDS;
                }
            });

    protected KindBoardStore(SessionBoardStore store, SessionFold<E, B> fold, Savepoint savepoint,
                             ObjectProvider<SessionChangeListener> listeners) {
        this.store = store;
        this.fold = fold;
        this.savepoint = savepoint;
        this.listenerBeans = listeners;
        this.batchKey = KindBoardStore.class.getName() + "." + fold.kind();
    }

    /** A board in memory, and which of its parts are stored. */
    private record Hot<B>(B board, Set<String> storedParts) {
    }

    /** Folds one of the kind's events: what the kind's projection calls for each. */
    public void fold(E event, long seq, Instant at, ReplayStatus replay) {
        if (listeners == null) {
            listeners = listenerBeans.orderedStream().toList();
        }
        boolean pushed = !replay.isReplay() && !listeners.isEmpty();
        if (!CurrentUnitOfWork.isStarted() || careful.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            savepoint.run(() -> foldAlone(event, seq, at, pushed));
        } else {
            batchOf(CurrentUnitOfWork.get().root()).fold(event, seq, at, pushed);
        }
    }

    /** Where the kind's guests are kept: given by a kind that lets guests in. */
    protected void keepGuestsIn(SessionGuestStore guests) {
        this.guests = guests;
    }

    /** Forgets every session of the kind, for a rebuild. */
    public void reset() {
        cache.clear();
        if (guests != null) {
            guests.deleteAll(fold.kind());
        }
        store.deleteAll(fold.kind());
    }

    /**
     * Reads a board as it is stored now. The reader runs while the board is locked: the
     * projection may be folding the next event into the same board at the same time.
     */
    public <T> Optional<T> read(String sessionId, Function<B, T> reader) {
        return current(sessionId).map(board -> {
            synchronized (board) {
                return reader.apply(board);
            }
        });
    }

    /** The sequence number a session is folded up to; -1 for one not stored. */
    public long seq(String sessionId) {
        return store.seq(sessionId);
    }

    private void foldAlone(E event, long seq, Instant at, boolean pushed) {
        Batch batch = new Batch();
        try {
            batch.fold(event, seq, at, pushed);
            batch.save();
        } catch (RuntimeException e) {
            cache.remove(fold.sessionIdOf(event));
            throw e;
        }
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unit -> batch.committed());
            CurrentUnitOfWork.get().onRollback(unit -> batch.forget());
        } else {
            batch.committed();
        }
    }

    /** The batch the unit of work is folding, started with its first event. */
    private Batch batchOf(UnitOfWork<?> unit) {
        return unit.getOrComputeResource(batchKey, key -> {
            Batch batch = new Batch();
            if (unit instanceof BatchingUnitOfWork<?> batching) {
                batch.readAhead(batching.getMessages().stream().map(Message::getPayload)
                        .filter(fold.eventType()::isInstance).map(payload -> fold.sessionIdOf(
                                fold.eventType().cast(payload))).toList());
            }
            unit.onPrepareCommit(committing -> batch.save());
            unit.afterCommit(committed -> batch.committed());
            unit.onRollback(rolledBack -> {
                batch.forget();
                careful.set(CAREFUL_EVENTS);
            });
            return batch;
        });
    }

    /** The stored board: the cached one while it is current, else read from its rows. */
    private Optional<B> current(String sessionId) {
        long stored = store.seq(sessionId);
        return stored < 0 ? Optional.empty() : storedAt(sessionId, stored).map(Hot::board);
    }

    private Optional<Hot<B>> storedAt(String sessionId, long storedSeq) {
        Hot<B> cached = cache.get(sessionId);
        if (cached != null) {
            synchronized (cached.board()) {
                if (fold.seq(cached.board()) == storedSeq) {
                    return Optional.of(cached);
                }
            }
        }
        Optional<Hot<B>> loaded = load(sessionId);
        loaded.ifPresent(hot -> cache.put(sessionId, hot));
        return loaded;
    }

    private Optional<Hot<B>> load(String sessionId) {
        return store.load(sessionId).filter(stored -> stored.header().kind() == fold.kind()).map(stored -> {
            B board = fold.fromStoredHeader(store.json().read(stored.header().json(), fold.storedHeaderType()));
            Set<String> parts = new HashSet<>();
            for (SessionBoardStore.Part part : stored.parts()) {
                fold.restorePart(board, part.kind(), part.id(),
                        store.json().read(part.json(), fold.storedPartType(part.kind())));
                parts.add(key(part.kind(), part.id()));
            }
            return new Hot<>(board, parts);
        });
    }

    /** The boards of {@code sessionIds} as stored, checked against their stored sequence numbers at once. */
    private Map<String, Pending> pending(Collection<String> sessionIds) {
        Map<String, Long> stored = store.seqs(sessionIds);
        Map<String, Pending> boards = new LinkedHashMap<>();
        for (String sessionId : sessionIds) {
            Long seq = stored.get(sessionId);
            Optional<Hot<B>> hot = seq == null ? Optional.empty() : storedAt(sessionId, seq);
            boards.put(sessionId, hot.map(found -> new Pending(found, true))
                    .orElseGet(() -> new Pending(new Hot<>(fold.newBoard(), new HashSet<>()), false)));
        }
        return boards;
    }

    private static String key(String partKind, String partId) {
        return partKind + "/" + partId;
    }

    private record Folded<E>(E event, long seq, Instant at) {
    }

    /** A part a batch touched, and whether it was stored before the batch. */
    private record Touched(SessionPart part, boolean existed, long position) {
    }

    /** One board as a batch changed it, and what must be written for it. */
    private final class Pending {

        final Hot<B> hot;
        /** Whether the board's header row was stored before the batch. */
        final boolean stored;
        final Map<String, Touched> touched = new LinkedHashMap<>();
        final List<String> members = new ArrayList<>();
        final List<String> invited = new ArrayList<>();
        final List<Folded<E>> folded = new ArrayList<>();
        /** When the batch's first and last event for the board happened. */
        Instant firstAt;
        Instant at;

        Pending(Hot<B> hot, boolean stored) {
            this.hot = hot;
            this.stored = stored;
        }

        void touch(SessionPart part, long seq, int index) {
            touched.computeIfAbsent(key(part.kind().name(), part.id()), key ->
                    new Touched(part, hot.storedParts().contains(key), SessionBoardStore.position(seq, index)));
        }

        /** Takes over what an earlier reading of the same board recorded in this batch. */
        void absorb(Pending earlier) {
            touched.putAll(earlier.touched);
            members.addAll(earlier.members);
            invited.addAll(earlier.invited);
            folded.addAll(earlier.folded);
            firstAt = earlier.firstAt;
            at = earlier.at;
        }
    }

    /** The boards one batch of events changed, folded in memory and written once. */
    private final class Batch {

        private final Map<String, Pending> boards = new LinkedHashMap<>();
        private final List<SessionChange> changes = new ArrayList<>();

        void readAhead(Collection<String> sessionIds) {
            List<String> unread = sessionIds.stream().distinct().filter(id -> !boards.containsKey(id)).toList();
            if (!unread.isEmpty()) {
                boards.putAll(pending(unread));
            }
        }

        /**
         * Folds one event into its board, which is read once per batch. When folding fails, the
         * board is read again from its stored rows and the batch's earlier events folded into it
         * again, so that it holds exactly the events that succeeded, and the failure is passed on.
         */
        void fold(E event, long seq, Instant at, boolean pushed) {
            String sessionId = fold.sessionIdOf(event);
            Pending pending = boards.computeIfAbsent(sessionId, id -> pending(List.of(id)).get(id));
            B board = pending.hot.board();
            synchronized (board) {
                if (seq <= fold.seq(board)) {
                    return;
                }
                List<? extends SessionPart> parts;
                try {
                    parts = fold.apply(board, event, seq, at);
                    GuestLinkChange links = fold.guestLinks(event);
                    if (links != null) {
                        guests.record(sessionId, links);
                    }
                } catch (RuntimeException e) {
                    cache.remove(sessionId);
                    Pending again = pending(List.of(sessionId)).get(sessionId);
                    pending.folded.forEach(earlier -> fold.apply(again.hot.board(), earlier.event(), earlier.seq(),
                            earlier.at()));
                    again.absorb(pending);
                    boards.put(sessionId, again);
                    throw e;
                }
                for (int i = 0; i < parts.size(); i++) {
                    pending.touch(parts.get(i), seq, i);
                }
                pending.members.addAll(fold.joined(event));
                pending.invited.addAll(fold.invited(event));
                if (pending.folded.isEmpty()) {
                    pending.firstAt = at;
                }
                pending.folded.add(new Folded<>(event, seq, at));
                pending.at = at;
                if (pushed) {
                    SessionChange change = fold.change(board, event, seq, parts);
                    if (change != null) {
                        changes.add(change);
                    }
                }
            }
        }

        /**
         * Stores what the batch changed: each board's header, and each part it touched as it is
         * now: inserted when new, updated when it was stored, deleted when it is gone.
         */
        void save() {
            SessionBoardStore.Changes writes = new SessionBoardStore.Changes();
            for (Map.Entry<String, Pending> entry : boards.entrySet()) {
                String sessionId = entry.getKey();
                Pending pending = entry.getValue();
                if (pending.folded.isEmpty()) {
                    continue;
                }
                B board = pending.hot.board();
                synchronized (board) {
                    SessionHeader header = fold.header(board);
                    writes.header(pending.stored, new SessionBoardStore.Header(sessionId, fold.kind(),
                            fold.seq(board), header.title(), header.module(), header.municipality(),
                            header.scheduledAt(), header.state(), header.closed(), header.facilitatorId(),
                            pending.firstAt, pending.at, store.json().write(fold.storedHeader(board))));
                    pending.touched.forEach((key, touched) -> {
                        String json = store.json().write(fold.storedPart(board, touched.part()));
                        SessionBoardStore.Part row = new SessionBoardStore.Part(touched.part().kind().name(),
                                touched.part().id(), touched.position(), json);
                        if (json == null) {
                            if (touched.existed()) {
                                writes.delete(sessionId, row);
                            }
                            pending.hot.storedParts().remove(key);
                        } else {
                            if (touched.existed()) {
                                writes.update(sessionId, row);
                            } else {
                                writes.insert(sessionId, row);
                            }
                            pending.hot.storedParts().add(key);
                        }
                    });
                    pending.members.forEach(person -> writes.member(sessionId, person));
                    pending.invited.forEach(person -> writes.invitation(sessionId, person));
                }
            }
            store.save(writes);
        }

        /** Keeps the boards for readers, then tells the watchers, in order. */
        void committed() {
            boards.forEach((sessionId, pending) -> {
                if (!pending.folded.isEmpty()) {
                    cache.put(sessionId, pending.hot);
                }
            });
            changes.forEach(change -> listeners.forEach(listener -> listener.sessionChanged(change)));
        }

        void forget() {
            boards.forEach((sessionId, pending) -> {
                if (!pending.folded.isEmpty()) {
                    cache.remove(sessionId);
                }
            });
        }
    }

    @Override
    public SessionKind kind() {
        return fold.kind();
    }

    @Override
    public boolean exists(String sessionId) {
        return store.exists(fold.kind(), sessionId);
    }

    @Override
    public boolean isMember(String sessionId, String personId) {
        return store.isMember(fold.kind(), sessionId, personId);
    }

    @Override
    public boolean isInvited(String sessionId, String personId) {
        return store.isInvited(fold.kind(), sessionId, personId);
    }

    @Override
    public List<SessionListing> listedFor(String personId) {
        return store.listed(fold.kind(), personId);
    }

    @Override
    public List<SessionListing> listedAll() {
        return store.listed(fold.kind(), null);
    }

    @Override
    public Optional<SessionListing> listing(String sessionId) {
        return store.listing(fold.kind(), sessionId);
    }
}
