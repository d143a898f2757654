package se.pollinator.plan;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;
import se.pollinator.support.StompWatcher;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/** Plans over HTTP and STOMP on PostgreSQL: goals with rationales and sources, progress, history, who may see. */
class PlanApiTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** A retro of the project in which the facilitator recorded a decision; answers {retro, decision}. */
    private String[] retroWithDecision(ApiClient facilitator, String municipality, String decisionText) {
        String retro = newRetro(facilitator, "title", "Vårens retro", "municipality", municipality);
        for (String phase : new String[]{"GROUP", "VOTE", "DISCUSS"}) {
            facilitator.post("/api/retros/" + retro + "/phase", body("phase", phase));
        }
        String decision = facilitator.post("/api/retros/" + retro + "/decisions", body("text", decisionText)).id();
        awaitSettled(facilitator, retro);
        return new String[]{retro, decision};
    }

    private static JsonNode goal(JsonNode plan, String goalId) {
        for (JsonNode goal : plan.get("goals")) {
            if (goal.get("id").asText().equals(goalId)) {
                return goal;
            }
        }
        return null;
    }

    @Test
    void aPilotAndAModuleLeadMayReadAndCiteTheirProjectsAndModulesSessionsWithoutHavingTakenPart() {
        ApiClient facilitator = api(person("Fia Facilitator", "FACILITATOR", "MEMBER"));
        String retro = newRetro(facilitator, "title", "Lunds retro", "module", 3, "municipality", "LUND");
        for (String phase : new String[]{"GROUP", "VOTE", "DISCUSS"}) {
            facilitator.post("/api/retros/" + retro + "/phase", body("phase", phase));
        }
        String decision = facilitator.post("/api/retros/" + retro + "/decisions", body("text", "Lotsar i Lund")).id();
        awaitSettled(facilitator, retro);
        Login pilot = outsider("Pia Pilot", "MEMBER");
        assertThat(admin.put("/api/programme/municipalities/LUND/pilot", body("personId", pilot.id())).status())
                .isEqualTo(200);
        Login lead = outsider("Leo Ledare", "MEMBER");
        assertThat(admin.post("/api/programme/modules/3/leads", body("personId", lead.id())).status()).isEqualTo(200);
        Login bystander = outsider("Bo Bredvid", "MEMBER");

        for (Login answerable : new Login[]{pilot, lead}) {
            ApiClient them = api(answerable);
            assertThat(them.get("/api/sessions/" + retro + "/board").status()).as(answerable.username()).isEqualTo(200);
            JsonNode offered = them.get("/api/plans/plan-lund/sources?sessionId=" + retro).body();
            assertThat(offered.toString()).as(answerable.username()).contains(decision, "Lotsar i Lund");
        }
        assertThat(api(pilot).post("/api/plans/plan-lund/goals", body("title", "Lotsar", "rationale", "Retron",
                "source", Map.of("sessionId", retro, "itemId", decision))).status()).isEqualTo(201);
        assertThat(api(bystander).get("/api/sessions/" + retro + "/board").status())
                .as("neither pilot nor lead nor participant").isEqualTo(403);
    }

    @Test
    void aRetroDecisionBecomesTheSourceOfANewSubGoalWhoseHistoryNamesIt() {
        Login anna = person("Anna Lind", "FACILITATOR", "MEMBER");
        ApiClient facilitator = api(anna);
        String[] source = retroWithDecision(facilitator, "LUND", "Alla nämnder köper fossilfritt");

        String top = facilitator.post("/api/plans/plan-lund/goals", body("title", "Klimatneutral upphandling",
                "indicator", "Andel fossilfria avtal", "unit", "%", "baseline", 10, "target", 60,
                "rationale", "Kommunfullmäktiges klimatmål")).id();
        ApiClient.Response added = facilitator.post("/api/plans/plan-lund/goals", body("title", "Fossilfria fordon",
                "parentId", top, "baseline", 0, "target", 100, "rationale", "Retron beslutade det",
                "source", Map.of("sessionId", source[0], "itemId", source[1])));
        assertThat(added.status()).as(String.valueOf(added.body())).isEqualTo(201);

        JsonNode plan = facilitator.get("/api/plans/plan-lund").body();
        assertThat(plan.get("municipalityId").asText()).isEqualTo("LUND");
        JsonNode sub = goal(plan, added.id());
        assertThat(sub.get("parentId").asText()).isEqualTo(top);
        JsonNode change = sub.get("changes").get(0);
        assertThat(change.get("kind").asText()).isEqualTo("ADDED");
        assertThat(change.get("rationale").asText()).isEqualTo("Retron beslutade det");
        assertThat(change.get("byId").asText()).isEqualTo(anna.id());
        assertThat(change.get("source").get("label").asText()).isEqualTo("Alla nämnder köper fossilfritt");
        assertThat(change.get("source").get("sessionTitle").asText()).isEqualTo("Vårens retro");
        assertThat(change.get("source").get("kind").asText()).isEqualTo("DECISION");
        assertThat(plan.get("people").get(anna.id()).asText()).isEqualTo("Anna Lind");

        facilitator.send("PATCH", "/api/plans/plan-lund/goals/" + top, body("target", 80,
                "rationale", "Högre ambition", "source", Map.of("sessionId", source[0], "itemId", source[1])), Map.of());
        JsonNode revised = goal(facilitator.get("/api/plans/plan-lund").body(), top).get("changes").get(1);
        assertThat(revised.get("kind").asText()).isEqualTo("REVISED");
        assertThat(revised.get("fields").get(0).get("field").asText()).isEqualTo("target");
        assertThat(revised.get("fields").get(0).get("from").decimalValue()).isEqualByComparingTo("60");
        assertThat(revised.get("fields").get(0).get("to").decimalValue()).isEqualByComparingTo("80");
    }

    @Test
    void progressMovesTheGoalsFulfilmentAndItsParents() {
        ApiClient facilitator = api(person("Anna Lind", "FACILITATOR", "MEMBER"));
        String top = facilitator.post("/api/plans/plan-malmo/goals", body("title", "Innovationsförmåga",
                "rationale", "Programmets syfte")).id();
        String sub = facilitator.post("/api/plans/plan-malmo/goals", body("title", "Utbildade lotsar",
                "parentId", top, "unit", "personer", "baseline", 0, "target", 20, "rationale", "Träna tränarna")).id();

        assertThat(facilitator.post("/api/plans/plan-malmo/goals/" + sub + "/progress",
                body("value", 5, "date", "2026-06-01", "comment", "Första omgången")).status()).isEqualTo(200);
        facilitator.post("/api/plans/plan-malmo/goals/" + sub + "/progress", body("value", 10, "date", "2026-11-01"));

        JsonNode plan = facilitator.get("/api/plans/plan-malmo").body();
        assertThat(goal(plan, sub).get("fulfilment").decimalValue()).isEqualByComparingTo("0.50");
        assertThat(goal(plan, sub).get("latestValue").decimalValue()).isEqualByComparingTo("10");
        assertThat(goal(plan, top).get("fulfilment").decimalValue()).isEqualByComparingTo("0.50");
        assertThat(goal(plan, sub).get("progress")).hasSize(2);
    }

    @Test
    void thePlanAsItStoodThenLacksWhatCameLater() {
        ApiClient facilitator = api(person("Anna Lind", "FACILITATOR", "MEMBER"));
        String first = facilitator.post("/api/plans/plan-uppsala/goals", body("title", "Först",
                "rationale", "Början")).id();
        String firstAt = goal(facilitator.get("/api/plans/plan-uppsala").body(), first).get("changes").get(0)
                .get("at").asText();
        await().atMost(WAIT).until(() -> java.time.Instant.now().isAfter(java.time.Instant.parse(firstAt).plusMillis(5)));
        String later = facilitator.post("/api/plans/plan-uppsala/goals", body("title", "Sedan",
                "rationale", "Fortsättning")).id();

        JsonNode then = facilitator.get("/api/plans/plan-uppsala?asOf=" + firstAt).body();
        assertThat(goal(then, first)).isNotNull();
        assertThat(goal(then, later)).isNull();
        JsonNode yesterday = facilitator.get("/api/plans/plan-uppsala?asOf="
                + java.time.Instant.now().minus(Duration.ofDays(1))).body();
        assertThat(yesterday.get("goals")).isEmpty();
        assertThat(goal(facilitator.get("/api/plans/plan-uppsala").body(), later)).isNotNull();
        assertThat(facilitator.get("/api/plans/plan-uppsala?asOf=igår").status()).isEqualTo(400);
    }

    @Nested
    class RejectedChangesWriteNothing {
        @Test
        void aSourceTheChangerCannotSeeIsAnsweredAsUnknown() {
            ApiClient anna = api(person("Anna Lind", "FACILITATOR", "MEMBER"));
            ApiClient bo = api(person("Bo Ek", "FACILITATOR", "MEMBER"));
            String[] hidden = retroWithDecision(anna, "STOCKHOLM", "Hemligt beslut");
            String goal = bo.post("/api/plans/plan-stockholm/goals", body("title", "Mål", "rationale", "Start")).id();

            ApiClient.Response refused = refusedWithoutWriting("plan-stockholm", 404, () -> bo.post(
                    "/api/plans/plan-stockholm/goals", body("title", "Delmål", "parentId", goal, "rationale", "Därför",
                            "source", Map.of("sessionId", hidden[0], "itemId", hidden[1]))));
            assertThat(refused.body().get("code").asText()).isEqualTo("source.unknown");
            refusedWithoutWriting("plan-stockholm", 404, () -> anna.post("/api/plans/plan-stockholm/goals",
                    body("title", "Delmål", "rationale", "Därför", "source", Map.of("sessionId", hidden[0],
                            "itemId", "no-such-item"))));
            refusedWithoutWriting("plan-stockholm", 400, () -> anna.post("/api/plans/plan-stockholm/goals",
                    body("title", "Delmål", "rationale", "Därför", "source", Map.of("sessionId", "bad id!",
                            "itemId", hidden[1]))));
        }

        @Test
        void missingRationaleUnknownParentBadValuesAndUnknownFieldsAreRefused() {
            ApiClient anna = api(person("Anna Lind", "FACILITATOR", "MEMBER"));
            String goal = anna.post("/api/plans/plan-jarfalla/goals", body("title", "Mål", "rationale", "Start")).id();
            assertThat(refusedWithoutWriting("plan-jarfalla", 400, () -> anna.post("/api/plans/plan-jarfalla/goals",
                    body("title", "Utan motivering"))).body().get("code").asText()).isEqualTo("text.empty");
            refusedWithoutWriting("plan-jarfalla", 404, () -> anna.post("/api/plans/plan-jarfalla/goals",
                    body("title", "Föräldralös", "parentId", "nope", "rationale", "Därför")));
            refusedWithoutWriting("plan-jarfalla", 400, () -> anna.post("/api/plans/plan-jarfalla/goals",
                    body("title", "Mål", "target", "många", "rationale", "Därför")));
            refusedWithoutWriting("plan-jarfalla", 400, () -> anna.post("/api/plans/plan-jarfalla/goals",
                    body("title", "Mål", "moduleIds", java.util.List.of("42"), "rationale", "Därför")));
            refusedWithoutWriting("plan-jarfalla", 400, () -> anna.send("PATCH", "/api/plans/plan-jarfalla/goals/" + goal,
                    body("colour", "blå", "rationale", "Därför"), Map.of()));
            refusedWithoutWriting("plan-jarfalla", 400, () -> anna.send("PATCH", "/api/plans/plan-jarfalla/goals/" + goal,
                    body("target", "x", "rationale", "Därför"), Map.of()));
            refusedWithoutWriting("plan-jarfalla", 409, () -> anna.post("/api/plans/plan-jarfalla/goals/" + goal + "/move",
                    body("parentId", goal, "rationale", "Runt")));
            refusedWithoutWriting("plan-jarfalla", 400, () -> anna.post("/api/plans/plan-jarfalla/goals/" + goal
                    + "/progress", body("date", "2026-11-01")));
            refusedWithoutWriting("plan-nowhere", 404, () -> anna.post("/api/plans/plan-nowhere/goals",
                    body("title", "Mål", "rationale", "Start")));
        }
    }

    @Nested
    class WhoSeesWhat {
        @Test
        void aMunicipalityMemberWorksOnTheirOwnPlanButCannotReadAnothersOrFollowIt() {
            Login lena = outsider("Lena Holm", "MEMBER");
            ApiClient member = api(lena);
            assertThat(member.get("/api/plans/plan-goteborg").status()).as("not yet in the project").isEqualTo(403);
            assertThat(admin.post("/api/programme/municipalities/GOTEBORG/members", body("personId", lena.id()))
                    .status()).isEqualTo(200);

            assertThat(member.get("/api/plans/plan-goteborg").status()).isEqualTo(200);
            assertThat(member.post("/api/plans/plan-goteborg/goals", body("title", "Eget mål", "rationale", "Vårt behov"))
                    .status()).isEqualTo(201);
            ApiClient.Response other = refusedWithoutWriting("plan-lund", 403, () -> member.get("/api/plans/plan-lund"));
            assertThat(other.body().get("code").asText()).isEqualTo("plan.not-yours");
            refusedWithoutWriting("plan-lund", 403, () -> member.post("/api/plans/plan-lund/goals",
                    body("title", "Intrång", "rationale", "Därför")));

            try (StompWatcher watcher = stomp(lena)) {
                watcher.watch("/topic/plans/plan-lund");
                await().atMost(WAIT).until(() -> watcher.errors().toString().contains("may not subscribe"));
            }
            try (StompWatcher watcher = stomp(lena)) {
                watcher.watch("/topic/plans/plan-goteborg");
                await().pollDelay(Duration.ofMillis(300)).atMost(WAIT).until(() -> true);
                String goal = member.post("/api/plans/plan-goteborg/goals", body("title", "Live", "rationale", "Nu")).id();
                String sub = member.post("/api/plans/plan-goteborg/goals", body("title", "Delmål", "parentId", goal,
                        "baseline", 0, "target", 10, "rationale", "Steg")).id();
                member.post("/api/plans/plan-goteborg/goals/" + sub + "/progress", body("value", 5,
                        "date", "2026-11-01"));
                await().atMost(WAIT).until(() -> watcher.messages("/topic/plans/plan-goteborg").stream()
                        .anyMatch(message -> "ProgressRecorded".equals(message.get("type"))));
                List<Map<String, Object>> messages = watcher.messages("/topic/plans/plan-goteborg");
                Map<String, Object> added = messages.stream().filter(message -> goal.equals(message.get("goalId"))
                        && "GoalAdded".equals(message.get("type"))).findFirst().orElseThrow();
                assertThat(added).containsEntry("kind", "plan").containsKeys("seq", "header", "upserts");
                assertThat(added.get("upserts").toString()).as("the goal as it is now, typed").contains("goals", "Live");
                // Progress on the sub-goal is told as the sub-goal and the goal above it, whose fulfilment follows.
                Map<String, Object> progress = messages.stream().filter(message -> "ProgressRecorded"
                        .equals(message.get("type"))).findFirst().orElseThrow();
                List<?> upserts = (List<?>) progress.get("upserts");
                assertThat(upserts).hasSize(2);
                assertThat(upserts.toString()).contains("Delmål", "Live", "fulfilment=0.5");
                assertThat(messages.stream().map(message -> ((Number) message.get("seq")).longValue()).toList())
                        .as("numbered in order").isSorted().doesNotHaveDuplicates();
                assertThat(watcher.errors()).isEmpty();
            }
        }

        @Test
        void evaluatorsReadEveryPlanAndChangeNoneAndOthersOutsideTheProgrammeSeeNone() {
            ApiClient evaluator = api(person("Eva Lund", "EVALUATOR"));
            ApiClient outsider = api(outsider("Olle Ut", "MEMBER"));
            ApiClient facilitator = api(person("Fia Berg", "FACILITATOR", "MEMBER"));
            String goal = facilitator.post("/api/plans/plan-malmo/goals", body("title", "Mål", "rationale", "Start")).id();

            assertThat(evaluator.get("/api/plans/plan-malmo").status()).isEqualTo(200);
            assertThat(refusedWithoutWriting("plan-malmo", 403, () -> evaluator.post("/api/plans/plan-malmo/goals/"
                    + goal + "/progress", body("value", 1, "date", "2026-11-01"))).body().get("code").asText())
                    .isEqualTo("plan.read-only");
            refusedWithoutWriting("plan-malmo", 403, () -> outsider.get("/api/plans/plan-malmo"));
            refusedWithoutWriting("plan-malmo", 403, () -> outsider.send("PATCH", "/api/plans/plan-malmo/goals/" + goal,
                    body("title", "Nytt", "rationale", "Därför"), Map.of()));
        }

        @Test
        void aModuleMemberReadsEveryPlanAndAModuleLeadChangesThem() {
            Login mia = person("Mia Modul", "MEMBER");
            Login leo = person("Leo Ledare", "MEMBER");
            admin.post("/api/programme/modules/2/members", body("personId", mia.id()));
            admin.post("/api/programme/modules/2/leads", body("personId", leo.id()));
            assertThat(api(mia).get("/api/plans/plan-stockholm").status()).isEqualTo(200);
            refusedWithoutWriting("plan-stockholm", 403, () -> api(mia).post("/api/plans/plan-stockholm/goals",
                    body("title", "Mål", "rationale", "Därför")));
            assertThat(api(leo).post("/api/plans/plan-stockholm/goals", body("title", "Ledarens mål",
                    "rationale", "Modulen stödjer")).status()).isEqualTo(201);
        }
    }
}
