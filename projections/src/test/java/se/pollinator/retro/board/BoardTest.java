package se.pollinator.retro.board;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import se.pollinator.retro.ActionOutcome;
import se.pollinator.retro.Column;
import se.pollinator.retro.EarlierAction;
import se.pollinator.retro.Phase;
import se.pollinator.retro.RetroEvents.ActionItemAdded;
import se.pollinator.retro.RetroEvents.CardAdded;
import se.pollinator.retro.RetroEvents.CardDeleted;
import se.pollinator.retro.RetroEvents.CardEdited;
import se.pollinator.retro.RetroEvents.CardMoved;
import se.pollinator.retro.RetroEvents.CardsGrouped;
import se.pollinator.retro.RetroEvents.DecisionRecorded;
import se.pollinator.retro.RetroEvents.EarlierActionReviewed;
import se.pollinator.retro.RetroEvents.GroupNamed;
import se.pollinator.retro.RetroEvents.ParticipantJoined;
import se.pollinator.retro.RetroEvents.PhaseChanged;
import se.pollinator.retro.RetroEvents.RetroCreated;
import se.pollinator.retro.RetroEvents.RetroEvent;
import se.pollinator.retro.RetroEvents.TimerStarted;
import se.pollinator.retro.RetroEvents.VoteCast;
import se.pollinator.retro.RetroEvents.VoteRetracted;
import se.pollinator.retro.RetroEvents.JoinLinkRenewed;
import se.pollinator.retro.board.BoardView.CardView;
import se.pollinator.session.SessionChange;
import se.pollinator.session.SessionKind;
import se.pollinator.session.SessionMessage;
import se.pollinator.session.SessionMessage.Upsert;

import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoardTest {

    private static final String R = "r1";
    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final EarlierAction EARLIER = new EarlierAction("a0", "r0", "Book room", "bob", null);

    private static Board fold(boolean anonymous, boolean privateReflection, RetroEvent... more) {
        List<RetroEvent> events = new ArrayList<>(List.of(
                new RetroCreated(R, "fac", "Retro", 3, "MALMO", null, 3, anonymous, privateReflection,
                        List.of(EARLIER), "share-link-token-0123456789", false),
                new ParticipantJoined(R, "fac"),
                new ParticipantJoined(R, "alice"),
                new ParticipantJoined(R, "bob"),
                new CardAdded(R, "c1", "alice", Column.STRENGTHEN, "Short meetings"),
                new CardAdded(R, "c2", "bob", Column.STOP, "Late agendas")));
        events.addAll(List.of(more));
        List<Board.Sequenced> sequenced = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            sequenced.add(new Board.Sequenced(i, events.get(i)));
        }
        return Board.of(sequenced);
    }

    private static CardView card(BoardView view, String id) {
        return view.cards().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void foldsCardsInOrderWithTheLastSequenceNumber() {
        BoardView view = BoardView.forViewer(fold(false, false), "alice");
        assertThat(view.seq()).isEqualTo(5);
        assertThat(view.phase()).isEqualTo(Phase.REFLECT);
        assertThat(view.participants()).containsExactly("fac", "alice", "bob");
        assertThat(view.cards()).extracting(CardView::id).containsExactly("c1", "c2");
        assertThat(card(view, "c2").text()).isEqualTo("Late agendas");
        assertThat(card(view, "c2").authorId()).isEqualTo("bob");
    }

    @Test
    void aFoldThatHasNotSeenTheCreationFailsClosed() {
        List<Board.Sequenced> fromTheMiddle = List.of(
                new Board.Sequenced(120, new CardAdded(R, "c9", "alice", Column.KEEP, "Secret")));
        assertThatThrownBy(() -> Board.of(fromTheMiddle))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("creation was not seen");
    }

    @Test
    void privateReflectionHidesOtherPeoplesTextAndAuthor() {
        Board board = fold(false, true);
        CardView asSeenByBob = card(BoardView.forViewer(board, "bob"), "c1");
        assertThat(asSeenByBob.text()).isNull();
        assertThat(asSeenByBob.hidden()).isTrue();
        assertThat(asSeenByBob.authorId()).isNull();
        assertThat(asSeenByBob.column()).isEqualTo(Column.STRENGTHEN);
        CardView asSeenByAlice = card(BoardView.forViewer(board, "alice"), "c1");
        assertThat(asSeenByAlice.text()).isEqualTo("Short meetings");
        assertThat(asSeenByAlice.mine()).isTrue();
        assertThat(card(BoardView.forEveryone(board), "c1").text()).isNull();
    }

    @Test
    void theGroupPhaseRevealsEveryText() {
        Board board = fold(false, true, new PhaseChanged(R, Phase.REFLECT, Phase.GROUP, "fac"));
        assertThat(card(BoardView.forEveryone(board), "c1").text()).isEqualTo("Short meetings");
        assertThat(card(BoardView.forEveryone(board), "c1").authorId()).isEqualTo("alice");
    }

    @Test
    void anonymousCardsNeverNameTheirAuthor() {
        Board board = fold(true, false, new PhaseChanged(R, Phase.REFLECT, Phase.GROUP, "fac"));
        assertThat(BoardView.forViewer(board, "bob").cards()).allMatch(c -> c.authorId() == null);
        assertThat(BoardView.forViewer(board, "alice").cards()).allMatch(c -> c.authorId() == null);
        assertThat(card(BoardView.forViewer(board, "alice"), "c1").mine()).isTrue();
    }

    @Test
    void editsAndDeletesChangeTheCards() {
        Board board = fold(false, false, new CardEdited(R, "c1", "Shorter meetings"), new CardDeleted(R, "c2"));
        BoardView view = BoardView.forEveryone(board);
        assertThat(view.cards()).extracting(CardView::text).containsExactly("Shorter meetings");
    }

    @Test
    void votesAreCountedAndOnlyTheVotersOwnAreShownAsTheirs() {
        Board board = fold(false, false,
                new PhaseChanged(R, Phase.REFLECT, Phase.GROUP, "fac"),
                new PhaseChanged(R, Phase.GROUP, Phase.VOTE, "fac"),
                new VoteCast(R, "c1", "alice"), new VoteCast(R, "c1", "alice"), new VoteCast(R, "c1", "bob"),
                new VoteRetracted(R, "c1", "alice"));
        assertThat(card(BoardView.forViewer(board, "alice"), "c1").votes()).as("totals hidden while voting").isZero();
        assertThat(card(BoardView.forViewer(board, "alice"), "c1").myVotes()).isEqualTo(1);
        assertThat(BoardView.forViewer(board, "alice").votesLeft()).isEqualTo(2);
        assertThat(card(BoardView.forEveryone(board), "c1").myVotes()).isZero();
        assertThat(BoardView.forEveryone(board).votesLeft()).isNull();
        board.apply(new PhaseChanged(R, Phase.VOTE, Phase.DISCUSS, "fac"), 20);
        assertThat(card(BoardView.forViewer(board, "alice"), "c1").votes()).as("and shown once discussing").isEqualTo(2);
    }

    @Test
    void groupsCollectCardsAndAMovedCardLeavesItsGroup() {
        Board board = fold(false, false,
                new PhaseChanged(R, Phase.REFLECT, Phase.GROUP, "fac"),
                new CardMoved(R, "c2", Column.STOP, Column.STRENGTHEN, "bob"),
                new CardsGrouped(R, "g1", Column.STRENGTHEN, List.of("c1", "c2"), "bob"),
                new GroupNamed(R, "g1", "Meetings", "alice"),
                new CardMoved(R, "c2", Column.STRENGTHEN, Column.KEEP, "bob"));
        BoardView view = BoardView.forEveryone(board);
        assertThat(card(view, "c1").groupId()).isEqualTo("g1");
        assertThat(card(view, "c2").groupId()).isNull();
        assertThat(card(view, "c2").column()).isEqualTo(Column.KEEP);
        assertThat(view.groups()).singleElement().satisfies(g -> assertThat(g.name()).isEqualTo("Meetings"));
    }

    @Test
    void aPhaseChangeStopsTheTimer() {
        Board running = fold(false, false, new TimerStarted(R, Phase.REFLECT, NOW, NOW.plusSeconds(60), "fac"));
        assertThat(BoardView.forEveryone(running).timer().endsAt()).isEqualTo(NOW.plusSeconds(60));
        running.apply(new PhaseChanged(R, Phase.REFLECT, Phase.GROUP, "fac"), 7);
        assertThat(BoardView.forEveryone(running).timer()).isNull();
    }

    @Test
    void actionItemsAndReviewsAreListed() {
        LocalDate due = LocalDate.parse("2026-12-01");
        Board board = fold(false, false, new ActionItemAdded(R, "a1", "Write it up", "bob", due, "fac"),
                new EarlierActionReviewed(R, "a0", "r0", ActionOutcome.DONE, "fac"));
        BoardView view = BoardView.forEveryone(board);
        assertThat(view.actions()).singleElement().satisfies(a -> assertThat(a.dueDate()).isEqualTo(due));
        assertThat(view.earlierActions()).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(ActionOutcome.DONE));
    }

    @Test
    void anEventAlreadyFoldedInIsIgnored() {
        Board board = fold(false, false);
        board.apply(new CardDeleted(R, "c1"), 3);
        assertThat(BoardView.forEveryone(board).cards()).hasSize(2);
    }

    @Test
    void theStoredHeaderAndThePartsEachEventChangedMakeTheSameBoard() throws Exception {
        List<RetroEvent> events = new ArrayList<>(List.of(
                new RetroCreated(R, "fac", "Retro", 3, "MALMO", NOW, 3, true, true, List.of(EARLIER),
                        "share-link-token-0123456789", false),
                new ParticipantJoined(R, "fac"), new ParticipantJoined(R, "alice"), new ParticipantJoined(R, "bob"),
                new CardAdded(R, "c1", "alice", Column.STRENGTHEN, "Short meetings"),
                new CardAdded(R, "c2", "bob", Column.STOP, "Late agendas"),
                new CardAdded(R, "c3", "bob", Column.STOP, "Gone soon"),
                new CardEdited(R, "c2", "Late agendas, again"),
                new CardDeleted(R, "c3"),
                new TimerStarted(R, Phase.REFLECT, NOW, NOW.plusSeconds(60), "fac"),
                new PhaseChanged(R, Phase.REFLECT, Phase.GROUP, "fac"),
                new CardsGrouped(R, "g1", Column.STOP, List.of("c2"), "alice"),
                new GroupNamed(R, "g1", "Agendas", "alice"),
                new CardMoved(R, "c1", Column.STRENGTHEN, Column.KEEP, "bob"),
                new PhaseChanged(R, Phase.GROUP, Phase.VOTE, "fac"),
                new VoteCast(R, "g1", "alice"), new VoteCast(R, "g1", "alice"), new VoteCast(R, "c1", "bob"),
                new VoteRetracted(R, "g1", "alice"),
                new PhaseChanged(R, Phase.VOTE, Phase.DISCUSS, "fac"),
                new DecisionRecorded(R, "d1", "Agendas a day ahead", "fac"),
                new ActionItemAdded(R, "a1", "Write", "bob", LocalDate.parse("2026-12-01"), "fac"),
                new EarlierActionReviewed(R, EARLIER.actionId(), "r0", ActionOutcome.DONE, "fac")));
        // As Spring Boot configures the application's mapper (application.yml): ISO dates, unknown fields skipped.
        ObjectMapper json = JsonMapper.builder().findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        RetroFold fold = new RetroFold();
        Board board = new Board();
        Map<Board.Part, String> stored = new LinkedHashMap<>();
        for (int seq = 0; seq < events.size(); seq++) {
            board.apply(events.get(seq), seq);
            for (Board.Part part : Board.partsChangedBy(events.get(seq))) {
                Object value = fold.storedPart(board, part);
                if (value == null) {
                    stored.remove(part);
                } else {
                    stored.put(part, json.writeValueAsString(value));
                }
            }
        }
        String header = json.writeValueAsString(fold.storedHeader(board));
        Board copy = fold.fromStoredHeader(json.readValue(header, fold.storedHeaderType()));
        for (Map.Entry<Board.Part, String> part : stored.entrySet()) {
            Type type = fold.storedPartType(part.getKey().kind().name());
            fold.restorePart(copy, part.getKey().kind().name(), part.getKey().id(),
                    json.readValue(part.getValue(), json.getTypeFactory().constructType(type)));
        }
        for (String viewer : new String[]{"alice", "bob", "fac", null}) {
            assertThat(BoardView.forViewer(copy, viewer)).as(viewer).isEqualTo(BoardView.forViewer(board, viewer));
        }
        assertThat(header).as("the header leaves the parts to be stored one by one").doesNotContain("Short meetings");
    }

    @Test
    void theSharedMessageForAHiddenCardHasNoTextButItsAuthorHearsIt() {
        Board board = fold(false, true);
        CardAdded added = new CardAdded(R, "c3", "bob", Column.KEEP, "Secret thought");
        board.apply(added, 6);
        BoardChange change = BoardChange.of(board, added, 6);
        SessionMessage shared = change.shared();
        assertThat(shared.type()).isEqualTo("CardAdded");
        assertThat(shared.seq()).isEqualTo(6L);
        assertThat(shared.kind()).isEqualTo(SessionKind.RETRO);
        assertThat(shared.upserts()).singleElement().satisfies(upsert -> {
            assertThat(upsert.collection()).isEqualTo("cards");
            CardView card = (CardView) upsert.item();
            assertThat(card.id()).isEqualTo("c3");
            assertThat(card.hidden()).isTrue();
            assertThat(card.text()).isNull();
            assertThat(card.authorId()).isNull();
        });
        assertThat(shared.toString()).doesNotContain("Secret thought");
        assertThat(change.personal()).singleElement().satisfies(p -> {
            assertThat(p.personId()).isEqualTo("bob");
            assertThat(message(p).upserts()).containsExactly(
                    new Upsert("yourCards", new BoardView.YourCard("c3", "Secret thought")));
        });
    }

    @Test
    void theSharedMessageForAnAnonymousCardDoesNotNameItsAuthor() {
        Board board = fold(true, false);
        CardAdded added = new CardAdded(R, "c3", "bob", Column.KEEP, "Open thought");
        board.apply(added, 6);
        BoardChange change = BoardChange.of(board, added, 6);
        CardView card = (CardView) change.shared().upserts().get(0).item();
        assertThat(card.text()).isEqualTo("Open thought");
        assertThat(card.authorId()).isNull();
        assertThat(card.mine()).isFalse();
        assertThat(change.personal()).singleElement().satisfies(p -> assertThat(p.personId()).isEqualTo("bob"));
    }

    @Test
    void aSharedCardOfAnOpenBoardNeedsNoPersonalMessage() {
        Board board = fold(false, false);
        CardEdited edited = new CardEdited(R, "c1", "Shorter meetings");
        board.apply(edited, 6);
        BoardChange change = BoardChange.of(board, edited, 6);
        assertThat(((CardView) change.shared().upserts().get(0).item()).text()).isEqualTo("Shorter meetings");
        assertThat(change.personal()).isEmpty();
    }

    @Test
    void theSharedMessageForAVoteDoesNotSayWhoVoted() {
        Board board = fold(false, false, new PhaseChanged(R, Phase.REFLECT, Phase.GROUP, "fac"),
                new PhaseChanged(R, Phase.GROUP, Phase.VOTE, "fac"));
        VoteCast vote = new VoteCast(R, "c2", "alice");
        board.apply(vote, 8);
        BoardChange change = BoardChange.of(board, vote, 8);
        assertThat(change.shared().upserts()).singleElement().satisfies(upsert -> {
            CardView card = (CardView) upsert.item();
            assertThat(card.votes()).as("totals hidden while voting").isZero();
            assertThat(card.myVotes()).isZero();
        });
        assertThat(change.shared().removals()).as("a vote removes nothing").isEmpty();
        assertThat(change.shared().header()).isInstanceOf(BoardView.Header.class);
        assertThat(change.personal()).singleElement().satisfies(p -> {
            assertThat(p.personId()).isEqualTo("alice");
            assertThat(message(p).header()).isEqualTo(new BoardChange.VotesLeft(2));
            assertThat(message(p).upserts()).as("not even the voter learns the total")
                    .containsExactly(new Upsert("yourVotes", new BoardView.YourVotes("c2", 1)));
        });
    }

    @Test
    void aDeletedCardIsRemovedAndAPhaseChangeShowsEveryCardAnew() {
        Board board = fold(false, true);
        CardDeleted deleted = new CardDeleted(R, "c1");
        board.apply(deleted, 6);
        assertThat(BoardChange.of(board, deleted, 6).shared().removals())
                .containsExactly(new SessionMessage.Removal("cards", "c1"));

        PhaseChanged grouping = new PhaseChanged(R, Phase.REFLECT, Phase.GROUP, "fac");
        board.apply(grouping, 7);
        SessionMessage shared = BoardChange.of(board, grouping, 7).shared();
        assertThat(((BoardView.Header) shared.header()).phase()).isEqualTo(Phase.GROUP);
        assertThat(shared.upserts()).extracting(upsert -> ((CardView) upsert.item()).text())
                .as("reflection over: every text shows").containsExactly("Late agendas");
    }

    @Test
    void anEarlierActionsOutcomeIsSharedWithoutItsText() {
        Board board = fold(false, false);
        EarlierActionReviewed reviewed = new EarlierActionReviewed(R, "a0", "r0", ActionOutcome.DONE, "fac");
        board.apply(reviewed, 6);
        SessionMessage shared = BoardChange.of(board, reviewed, 6).shared();
        assertThat(((BoardView.Header) shared.header()).earlierOutcomes()).containsExactly(Map.entry("a0", ActionOutcome.DONE));
        assertThat(shared.upserts()).isEmpty();
        assertThat(shared.toString()).doesNotContain("Book room");
    }

    @Test
    void onlyTheFacilitatorHearsARenewedShareLink() {
        Board board = fold(false, false);
        JoinLinkRenewed renewed = new JoinLinkRenewed(R, "fresh-token-0123456789abcdef", "fac");
        board.apply(renewed, 6);
        BoardChange change = BoardChange.of(board, renewed, 6);
        assertThat(change.shared().toString()).doesNotContain("fresh-token");
        assertThat(change.personal()).singleElement().satisfies(p -> {
            assertThat(p.personId()).isEqualTo("fac");
            assertThat(message(p).header()).isEqualTo(new BoardChange.JoinLink("fresh-token-0123456789abcdef"));
        });
    }

    @Test
    void theViewerSeesTheirOwnCardsAndVotesApart() {
        Board board = fold(false, true);
        assertThat(BoardView.forViewer(board, "alice").yourCards())
                .as("while reflecting privately").containsExactly(new BoardView.YourCard("c1", "Short meetings"));
        assertThat(BoardView.forEveryone(board).yourCards()).isEmpty();
        board.apply(new PhaseChanged(R, Phase.REFLECT, Phase.GROUP, "fac"), 6);
        board.apply(new PhaseChanged(R, Phase.GROUP, Phase.VOTE, "fac"), 7);
        board.apply(new VoteCast(R, "c2", "alice"), 8);
        BoardView alices = BoardView.forViewer(board, "alice");
        assertThat(alices.yourCards()).as("every card shows its text and author now: none sent twice").isEmpty();
        assertThat(alices.yourVotes()).containsExactly(new BoardView.YourVotes("c2", 1));
        assertThat(BoardView.forViewer(fold(true, false), "alice").yourCards())
                .as("on an anonymous board").containsExactly(new BoardView.YourCard("c1", "Short meetings"));
    }

    private static SessionMessage message(SessionChange.Personal personal) {
        return personal.message();
    }
}
