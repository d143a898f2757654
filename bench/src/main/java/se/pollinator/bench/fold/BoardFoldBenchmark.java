package se.pollinator.bench.fold;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.pollinator.retro.Column;
import se.pollinator.retro.Phase;
import se.pollinator.retro.RetroEvents.CardAdded;
import se.pollinator.retro.RetroEvents.ParticipantJoined;
import se.pollinator.retro.RetroEvents.PhaseChanged;
import se.pollinator.retro.RetroEvents.RetroCreated;
import se.pollinator.retro.RetroEvents.RetroEvent;
import se.pollinator.retro.RetroEvents.VoteCast;
import se.pollinator.retro.RetroEvents.VoteRetracted;
import se.pollinator.retro.board.Board;
import se.pollinator.retro.board.BoardView;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The pure board fold at several board sizes: one more event (a vote and its retraction, which
 * leave the board as it was), a person's view of the whole board (what a page load costs), and
 * folding a whole history (what a replay or a look into the past costs per board).
 *
 * <pre>bench/jmh.sh</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class BoardFoldBenchmark {

    private static final String RETRO = "retro-1";

    @Param({"100", "1000", "5000"})
    int cards;

    private List<Board.Sequenced> history;
    private Board board;
    private long seq;

    @Setup
    public void fold() {
        List<RetroEvent> events = new ArrayList<>(List.of(
                new RetroCreated(RETRO, "fac", "Bench retro", 2, null, null, 1_000_000, false, false, List.of(),
                        "share-link-token-0123456789", false),
                new ParticipantJoined(RETRO, "fac"), new ParticipantJoined(RETRO, "alice")));
        for (int i = 0; i < cards; i++) {
            events.add(new CardAdded(RETRO, "c" + i, i % 2 == 0 ? "fac" : "alice", Column.KEEP, "Card " + i));
        }
        events.add(new PhaseChanged(RETRO, Phase.REFLECT, Phase.GROUP, "fac"));
        events.add(new PhaseChanged(RETRO, Phase.GROUP, Phase.VOTE, "fac"));
        history = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            history.add(new Board.Sequenced(i, events.get(i)));
        }
        board = Board.of(history);
        seq = events.size();
    }

    @Benchmark
    public Board oneMoreEvent() {
        board.apply(new VoteCast(RETRO, "c1", "alice"), seq++);
        return board.apply(new VoteRetracted(RETRO, "c1", "alice"), seq++);
    }

    @Benchmark
    public BoardView viewOfTheWholeBoard() {
        return BoardView.forViewer(board, "alice");
    }

    @Benchmark
    public Board foldTheWholeHistory() {
        return Board.of(history);
    }
}
