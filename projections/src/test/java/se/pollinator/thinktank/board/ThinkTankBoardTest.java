package se.pollinator.thinktank.board;

import org.junit.jupiter.api.Test;
import se.pollinator.session.EventSamples;
import se.pollinator.session.SessionMessage;
import se.pollinator.thinktank.Addressee;
import se.pollinator.thinktank.ThinkTankCommands.NewQuestion;
import se.pollinator.thinktank.ThinkTankEvents.InsightPosted;
import se.pollinator.thinktank.ThinkTankEvents.InsightSupported;
import se.pollinator.thinktank.ThinkTankEvents.InsightsClustered;
import se.pollinator.thinktank.ThinkTankEvents.RecommendationDrafted;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankCreated;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankEvent;
import se.pollinator.thinktank.ThinkTankEvents.ThinkTankPhaseChanged;
import se.pollinator.thinktank.ThinkTankPhase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThinkTankBoardTest {

    private static final String TT = "tt-1";
    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

    private static ThinkTankBoard board() {
        ThinkTankBoard board = new ThinkTankBoard();
        board.apply(new ThinkTankCreated(TT, "fia", "Tankesmedja", 3, false, List.of("LUND"), null,
                List.of(new NewQuestion("q1", "Hur?"), new NewQuestion("q2", "Varför?")), List.of("erik")), 0, AT);
        board.apply(new ThinkTankPhaseChanged(TT, ThinkTankPhase.PREPARE, ThinkTankPhase.EXPLORE, "fia"), 1, AT);
        board.apply(new InsightPosted(TT, "q1", "i1", "Lotsar", null, "maja"), 2, AT);
        board.apply(new InsightPosted(TT, "q1", "i2", "Kurser", "rapport", "erik"), 3, AT);
        return board;
    }

    @Test
    void everyEventTypeIsFoldedAndFindsItsWayIntoTheLiveMessage() throws Exception {
        List<String> forgotten = new ArrayList<>();
        for (Class<?> type : ThinkTankEvent.class.getPermittedSubclasses()) {
            ThinkTankEvent event = (ThinkTankEvent) EventSamples.sample(type, "thinkTankId", TT);
            ThinkTankBoard board = board();
            try {
                List<ThinkTankBoard.Part> changed = board.apply(event, 9, AT);
                ThinkTankView.message(board, type.getSimpleName(), 9, changed);
            } catch (IllegalArgumentException e) {
                forgotten.add(e.getMessage());
            } catch (RuntimeException sampleDataFoldedBadly) {
                // handled, if clumsily, with made-up data
            }
        }
        assertThat(ThinkTankEvent.class.getPermittedSubclasses()).hasSizeGreaterThan(10);
        assertThat(forgotten).isEmpty();
    }

    @Test
    void aRecommendationShowsTheInsightsItRestsOnWithTheirSupportAndALiveMessageCarriesWhatChanged() {
        ThinkTankBoard board = board();
        board.apply(new ThinkTankPhaseChanged(TT, ThinkTankPhase.EXPLORE, ThinkTankPhase.RECOMMEND, "fia"), 4, AT);
        board.apply(new RecommendationDrafted(TT, "r1", "Lotsar överallt", new Addressee(Addressee.MODULE, "3"),
                List.of("i1"), "erik"), 5, AT);
        List<ThinkTankBoard.Part> changed = board.apply(new InsightSupported(TT, "i1", "erik"), 6, AT);
        SessionMessage message = ThinkTankView.message(board, "InsightSupported", 6, changed);

        assertThat(message.seq()).isEqualTo(6);
        assertThat(message.upserts()).extracting(SessionMessage.Upsert::collection)
                .containsExactly("insights", "recommendations");
        // The insight alone, not its question with everything posted to it.
        assertThat(message.upserts().get(0).item()).isInstanceOfSatisfying(ThinkTankView.InsightView.class,
                insight -> assertThat(insight.id()).isEqualTo("i1"));
        ThinkTankView.RecommendationView recommendation = ThinkTankView.of(board).recommendations().get(0);
        assertThat(recommendation.basis()).containsExactly(new ThinkTankView.Basis("i1", "Lotsar", 1));
        assertThat(ThinkTankView.of(board).insights()).extracting(ThinkTankView.InsightView::support)
                .containsExactly(1, 0);
    }

    @Test
    void insightsMovedIntoANewClusterLeaveTheirOldOne() {
        ThinkTankBoard board = board();
        board.apply(new InsightPosted(TT, "q1", "i3", "Mentorer", null, "maja"), 4, AT);
        board.apply(new InsightsClustered(TT, "k1", "Spridning", List.of("i1", "i2"), "maja"), 5, AT);
        List<ThinkTankBoard.Part> changed = board.apply(new InsightsClustered(TT, "k2", "Människor",
                List.of("i1", "i3"), "maja"), 6, AT);
        assertThat(board.clusters.get("k1").insightIds).containsExactly("i2");
        assertThat(board.insights.get("i1").clusterId).isEqualTo("k2");
        assertThat(changed).contains(new ThinkTankBoard.Part(ThinkTankBoard.PartKind.CLUSTER, "k1"));
    }

    @Test
    void aFoldThatHasNotSeenTheCreationFailsClosed() {
        assertThatThrownBy(() -> new ThinkTankBoard().apply(new InsightPosted(TT, "q1", "i1", "x", null, "m"), 3, AT))
                .isInstanceOf(IllegalStateException.class);
    }
}
