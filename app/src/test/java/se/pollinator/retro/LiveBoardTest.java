package se.pollinator.retro;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;
import se.pollinator.support.StompWatcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/** Two people on one board, over the real HTTP API and real STOMP connections. */
class LiveBoardTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static List<Long> seqs(List<Map<String, Object>> messages) {
        return messages.stream().map(m -> ((Number) m.get("seq")).longValue()).toList();
    }

    private static List<Map<String, Object>> ofType(List<Map<String, Object>> messages, String type) {
        return messages.stream().filter(m -> type.equals(m.get("type"))).toList();
    }

    @Test
    void theOtherParticipantReceivesCardsInOrderWithRisingSeq() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        String retro = newRetro(api(anna), "privateReflection", false);
        assertThat(api(bo).post("/api/retros/" + retro + "/participants", null).status()).isEqualTo(200);

        try (StompWatcher boWatching = stomp(bo)) {
            watchBoard(boWatching, retro, bo.id());
            List<String> texts = List.of("Shorter meetings", "Shared notes", "Fika on Fridays", "Clear agendas");
            for (String text : texts) {
                assertThat(api(anna).post("/api/retros/" + retro + "/cards", body("column", "STRENGTHEN", "text", text))
                        .status()).isEqualTo(201);
            }
            String topic = "/topic/sessions/" + retro;
            await().atMost(WAIT).until(() -> ofType(boWatching.messages(topic), "CardAdded").size() == texts.size());

            List<Map<String, Object>> received = boWatching.messages(topic);
            List<Long> seqs = seqs(received);
            assertThat(seqs).isSorted().doesNotHaveDuplicates();
            assertThat(seqs.get(seqs.size() - 1) - seqs.get(0)).isEqualTo(seqs.size() - 1);
            assertThat(ofType(received, "CardAdded")).extracting(LiveBoardTest::cardText)
                    .containsExactlyElementsOf(texts);
            assertThat(received).allSatisfy(m -> assertThat(m.get("sessionId")).isEqualTo(retro));
        }
    }

    @Test
    void privateReflectionHidesTextFromOthersButNotFromTheAuthor() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        String retro = newRetro(api(anna));
        api(bo).post("/api/retros/" + retro + "/participants", null);

        try (StompWatcher annaWatching = stomp(anna); StompWatcher boWatching = stomp(bo)) {
            watchBoard(annaWatching, retro, anna.id());
            annaWatching.watch("/user/queue/sessions");
            watchBoard(boWatching, retro, bo.id());
            boWatching.watch("/user/queue/sessions");

            String secret = "A thought only I see yet";
            String cardId = api(bo).post("/api/retros/" + retro + "/cards", body("column", "STOP", "text", secret)).id();
            String topic = "/topic/sessions/" + retro;
            await().atMost(WAIT).until(() -> !ofType(annaWatching.messages(topic), "CardAdded").isEmpty());
            await().atMost(WAIT).until(() -> !boWatching.messages("/user/queue/sessions").isEmpty());

            assertThat(annaWatching.messages(topic).toString()).doesNotContain(secret);
            Map<?, ?> pushedCard = upsertedCard(ofType(annaWatching.messages(topic), "CardAdded").get(0));
            assertThat(pushedCard.get("authorId")).as("a hidden card names no author").isNull();
            assertThat(pushedCard.get("hidden")).isEqualTo(true);
            assertThat(boWatching.messages(topic).toString()).doesNotContain(secret);
            assertThat(annaWatching.messages("/user/queue/sessions")).isEmpty();
            assertThat(boWatching.messages("/user/queue/sessions").get(0).toString()).contains(secret);

            JsonNode annasBoard = api(anna).get("/api/sessions/" + retro + "/board").body();
            JsonNode hidden = card(annasBoard, cardId);
            assertThat(hidden.get("text").isNull()).isTrue();
            assertThat(hidden.get("authorId").isNull()).isTrue();
            assertThat(hidden.get("column").asText()).isEqualTo("STOP");
            assertThat(card(api(bo).get("/api/sessions/" + retro + "/board").body(), cardId).get("text").asText())
                    .isEqualTo(secret);

            assertThat(api(anna).post("/api/retros/" + retro + "/phase", body("phase", "GROUP")).status())
                    .isEqualTo(200);
            await().atMost(WAIT).until(() -> !ofType(annaWatching.messages(topic), "PhaseChanged").isEmpty());
            assertThat(ofType(annaWatching.messages(topic), "PhaseChanged").get(0).toString()).contains(secret);
            assertThat(card(api(anna).get("/api/sessions/" + retro + "/board").body(), cardId).get("text").asText())
                    .isEqualTo(secret);
        }
    }

    @Test
    void anonymousCardsNeverNameTheirAuthor() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        String retro = newRetro(api(anna), "anonymousCards", true, "privateReflection", false);
        api(bo).post("/api/retros/" + retro + "/participants", null);
        try (StompWatcher annaWatching = stomp(anna)) {
            watchBoard(annaWatching, retro, anna.id());
            String cardId = api(bo).post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "Fika")).id();
            api(anna).post("/api/retros/" + retro + "/phase", body("phase", "GROUP"));
            String topic = "/topic/sessions/" + retro;
            await().atMost(WAIT).until(() -> !ofType(annaWatching.messages(topic), "PhaseChanged").isEmpty());
            Map<?, ?> pushedCard = upsertedCard(ofType(annaWatching.messages(topic), "CardAdded").get(0));
            assertThat(pushedCard.get("text")).isEqualTo("Fika");
            assertThat(pushedCard.get("authorId")).as("an anonymous card names no author").isNull();
            assertThat(upsertedCard(ofType(annaWatching.messages(topic), "PhaseChanged").get(0)).get("authorId"))
                    .as("nor when a phase shows every card anew").isNull();
            assertThat(card(api(anna).get("/api/sessions/" + retro + "/board").body(), cardId).get("authorId").isNull())
                    .isTrue();
            JsonNode own = card(api(bo).get("/api/sessions/" + retro + "/board").body(), cardId);
            assertThat(own.get("authorId").isNull()).isTrue();
            assertThat(own.get("mine").asBoolean()).isTrue();
        }
    }

    @Test
    void aSubscriberThatReconnectsAndRefetchesMissesNothing() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        String retro = newRetro(api(anna), "privateReflection", false);
        api(bo).post("/api/retros/" + retro + "/participants", null);
        String topic = "/topic/sessions/" + retro;

        List<String> seen = new ArrayList<>();
        try (StompWatcher first = stomp(bo)) {
            watchBoard(first, retro, bo.id());
            api(anna).post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "one"));
            await().atMost(WAIT).until(() -> !ofType(first.messages(topic), "CardAdded").isEmpty());
            ofType(first.messages(topic), "CardAdded").forEach(m -> seen.add(cardText(m)));
        }
        api(anna).post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "two (while away)"));
        api(anna).post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "three (while away)"));

        try (StompWatcher again = stomp(bo)) {
            watchBoard(again, retro, bo.id());
            JsonNode board = api(bo).get("/api/sessions/" + retro + "/board").body();
            long seq = board.get("seq").asLong();
            List<String> onBoard = new ArrayList<>();
            board.get("cards").forEach(c -> onBoard.add(c.get("text").asText()));
            assertThat(onBoard).containsExactly("one", "two (while away)", "three (while away)");

            api(anna).post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "four"));
            await().atMost(WAIT).until(() -> seqs(again.messages(topic)).contains(seq + 1));
            List<Map<String, Object>> after = again.messages(topic).stream()
                    .filter(m -> ((Number) m.get("seq")).longValue() > seq).toList();
            assertThat(seqs(after).get(0)).isEqualTo(seq + 1);
            assertThat(ofType(after, "CardAdded")).extracting(LiveBoardTest::cardText).containsExactly("four");
        }
    }

    @Test
    void presenceShowsWhoIsOnTheBoard() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        String retro = newRetro(api(anna));
        api(bo).post("/api/retros/" + retro + "/participants", null);
        try (StompWatcher annaWatching = stomp(anna)) {
            watchBoard(annaWatching, retro, anna.id());
            StompWatcher boWatching = stomp(bo);
            watchBoard(boWatching, retro, bo.id());
            await().atMost(WAIT).until(() -> presentIn(annaWatching, retro).contains("Bo Member"));
            assertThat(api(anna).get("/api/sessions/" + retro + "/presence").body().toString())
                    .contains("Bo Member", "Anna Facilitator");
            boWatching.close();
            await().atMost(WAIT).until(() -> !presentIn(annaWatching, retro).contains("Bo Member"));
        }
    }

    @Test
    void aCrowdArrivingIsToldAsSmallNumberedChangesEachArrivalOnceNotTheWholeListToEveryoneEachTime() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        String retro = newRetro(api(anna));
        List<StompWatcher> crowd = new java.util.ArrayList<>();
        try (StompWatcher annaWatching = stomp(anna)) {
            watchBoard(annaWatching, retro, anna.id());
            for (int i = 0; i < 12; i++) {
                Login member = person("Deltagare " + i, "MEMBER");
                api(member).post("/api/retros/" + retro + "/participants", null);
                StompWatcher watcher = stomp(member);
                crowd.add(watcher);
                watcher.watch("/topic/sessions/" + retro);
            }
            await().atMost(WAIT).until(() -> presentIn(annaWatching, retro).split("Deltagare").length - 1 == 12);
            List<Map<String, Object>> changes = annaWatching.messages("/topic/sessions/" + retro + "/presence");
            assertThat(changes).allSatisfy(change -> assertThat(change).containsKeys("seq", "came", "left", "count")
                    .doesNotContainKey("present"));
            assertThat(changes.stream().mapToInt(change -> ((List<?>) change.get("came")).size()).sum())
                    .as("each arrival told once").isEqualTo(13);
            assertThat(changes.stream().map(change -> ((Number) change.get("seq")).longValue()).toList())
                    .as("numbered without a gap").isSorted().doesNotHaveDuplicates();
            assertThat(((Number) changes.get(changes.size() - 1).get("count")).intValue()).isEqualTo(13);
            JsonNode whole = api(anna).get("/api/sessions/" + retro + "/presence").body();
            assertThat(whole.get("count").asInt()).isEqualTo(13);
            assertThat(whole.get("seq").asLong()).isEqualTo(((Number) changes.get(changes.size() - 1).get("seq")).longValue());
        } finally {
            crowd.forEach(StompWatcher::close);
        }
    }

    @Test
    void whoStopsWatchingTheBoardLeavesThePresenceAtOnceThoughStillConnected() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        String retro = newRetro(api(anna));
        api(bo).post("/api/retros/" + retro + "/participants", null);
        try (StompWatcher annaWatching = stomp(anna); StompWatcher boWatching = stomp(bo)) {
            watchBoard(annaWatching, retro, anna.id());
            boWatching.watch("/topic/sessions/" + retro + "/presence");
            var board = boWatching.watch("/topic/sessions/" + retro);
            await().atMost(WAIT).until(() -> presentIn(annaWatching, retro).contains("Bo Member"));
            board.unsubscribe();
            await().atMost(WAIT).until(() -> !presentIn(annaWatching, retro).contains("Bo Member"));
            assertThat(boWatching.isConnected()).isTrue();
            assertThat(api(anna).get("/api/sessions/" + retro + "/presence").body().toString())
                    .contains("Anna Facilitator").doesNotContain("Bo Member");
        }
    }

    @Test
    void subscribingOrSendingToASessionOneMayNotSeeIsRefused() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login stranger = person("Stina Stranger", "MEMBER");
        String retro = newRetro(api(anna));
        try (StompWatcher watching = stomp(stranger)) {
            watching.watch("/topic/sessions/" + retro);
            // The ERROR frame and the closed connection may be reported in either order.
            await().atMost(WAIT).until(() -> watching.errors().toString().contains("may not subscribe"));
        }
        try (StompWatcher sending = stomp(stranger)) {
            sending.send("/app/sessions/" + retro + "/typing", Map.of("column", "STOP"));
            await().atMost(WAIT).until(() -> sending.errors().toString().contains("may not send"));
        }
        assertThat(api(stranger).get("/api/sessions/" + retro + "/board").status()).isEqualTo(403);
    }

    /** Who is present as the numbered changes of the presence topic tell it, one after the other. */
    private static String presentIn(StompWatcher watcher, String retro) {
        Map<Object, Object> present = new java.util.LinkedHashMap<>();
        for (Map<String, Object> change : watcher.messages("/topic/sessions/" + retro + "/presence")) {
            if ("PresenceChanged".equals(change.get("type"))) {
                ((List<?>) change.get("came")).forEach(person -> present.put(((Map<?, ?>) person).get("id"), person));
                ((List<?>) change.get("left")).forEach(present::remove);
            }
        }
        return present.values().toString();
    }

    /** The card a typed live message upserts. */
    private static Map<?, ?> upsertedCard(Map<String, Object> message) {
        for (Object upsert : (List<?>) message.get("upserts")) {
            Map<?, ?> change = (Map<?, ?>) upsert;
            if ("cards".equals(change.get("collection"))) {
                return (Map<?, ?>) change.get("item");
            }
        }
        throw new AssertionError("No card in " + message);
    }

    private static String cardText(Map<String, Object> message) {
        return String.valueOf(upsertedCard(message).get("text"));
    }

    static JsonNode card(JsonNode board, String cardId) {
        for (JsonNode card : board.get("cards")) {
            if (card.get("id").asText().equals(cardId)) {
                return card;
            }
        }
        throw new AssertionError("No card " + cardId + " on " + board);
    }

    @Test
    void voteTotalsStayHiddenWhileVotingUnlessTheRetroShowsThemLive() {
        Login anna = person("Anna Facilitator", "FACILITATOR");
        Login bo = person("Bo Member", "MEMBER");
        for (boolean live : List.of(false, true)) {
            String retro = live ? newRetro(api(anna), "showVotesLive", true) : newRetro(api(anna));
            api(bo).post("/api/retros/" + retro + "/participants", null);
            String card = api(anna).post("/api/retros/" + retro + "/cards", body("column", "KEEP", "text", "Fika")).id();
            api(anna).post("/api/retros/" + retro + "/phase", body("phase", "GROUP"));
            api(anna).post("/api/retros/" + retro + "/phase", body("phase", "VOTE"));
            try (StompWatcher annaWatching = stomp(anna)) {
                watchBoard(annaWatching, retro, anna.id());
                api(bo).post("/api/retros/" + retro + "/votes", body("targetId", card));
                api(bo).post("/api/retros/" + retro + "/votes", body("targetId", card));
                String topic = "/topic/sessions/" + retro;
                await().atMost(WAIT).until(() -> ofType(annaWatching.messages(topic), "VoteCast").size() == 2);
                Object pushed = upsertedCard(ofType(annaWatching.messages(topic), "VoteCast").get(1)).get("votes");
                JsonNode seen = awaitSettled(api(anna), retro);
                if (live) {
                    assertThat(pushed).isEqualTo(2);
                    assertThat(card(seen, card).get("votes").asInt()).isEqualTo(2);
                } else {
                    assertThat(pushed).as("no one follows the crowd").isEqualTo(0);
                    assertThat(seen.get("votesHidden").asBoolean()).isTrue();
                    assertThat(card(seen, card).get("votes").asInt()).isZero();
                    assertThat(card(awaitSettled(api(bo), retro), card).get("myVotes").asInt()).isEqualTo(2);
                }
            }
            api(anna).post("/api/retros/" + retro + "/phase", body("phase", "DISCUSS"));
            JsonNode discussed = awaitSettled(api(anna), retro);
            assertThat(discussed.get("votesHidden").asBoolean()).isFalse();
            assertThat(card(discussed, card).get("votes").asInt()).isEqualTo(2);
        }
    }
}
