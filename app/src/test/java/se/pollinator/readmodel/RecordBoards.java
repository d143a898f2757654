package se.pollinator.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static se.pollinator.support.ApiClient.body;

/**
 * Records the data set {@link BoardsRebuiltAfterMigrationTest} compares against: runs retros,
 * a think tank and a café through every kind of event, then writes each board as its facilitator
 * and one participant see it. The database itself is dumped with {@code pg_dump} afterwards (see
 * {@code recorded/README.md}). Run only when asked: {@code -Drecord=true}; the committed data set
 * was recorded with the code before the retro moved onto the kernel's pipeline.
 */
@EnabledIfSystemProperty(named = "record", matches = "true")
class RecordBoards extends AppTest {

    @Test
    void record() throws Exception {
        Login anna = person("Anna Facilitator", "FACILITATOR", "MEMBER");
        Login bo = person("Bo Deltagare", "MEMBER");
        Login cleo = person("Cleo Deltagare", "MEMBER");
        ApiClient a = api(anna);
        ApiClient b = api(bo);
        ApiClient c = api(cleo);
        Map<String, List<ApiClient>> viewers = new LinkedHashMap<>();

        // A retro with hidden texts while reflecting and anonymous cards, through every phase.
        String retro = newRetro(a, "title", "Vårens retro", "module", 2, "municipality", "LUND",
                "anonymousCards", true, "privateReflection", true, "voteBudget", 3);
        String path = "/api/retros/" + retro;
        b.post(path + "/participants", null);
        c.post(path + "/participants", null);
        List<String> cards = new ArrayList<>();
        String[][] texts = {{"STRENGTHEN", "Tydliga mål"}, {"STRENGTHEN", "Korta möten"}, {"STOP", "Sena utskick"},
                {"KEEP", "Fika"}, {"KEEP", "Lotsar"}, {"STOP", "Dubbelarbete"}};
        ApiClient[] writers = {a, b, c, b, c, a};
        for (int i = 0; i < texts.length; i++) {
            cards.add(writers[i].post(path + "/cards", body("column", texts[i][0], "text", texts[i][1])).id());
        }
        b.put(path + "/cards/" + cards.get(1), body("text", "Korta, fokuserade möten"));
        String typo = c.post(path + "/cards", body("column", "STOP", "text", "Stavfel")).id();
        c.delete(path + "/cards/" + typo);
        a.post(path + "/timer", body("seconds", 300));
        a.delete(path + "/timer");
        a.post(path + "/phase", body("phase", "GROUP"));
        String group = a.post(path + "/groups", body("cardIds", List.of(cards.get(0), cards.get(1)))).id();
        a.put(path + "/groups/" + group + "/name", body("name", "Mötena"));
        a.post(path + "/groups/" + group + "/cards", body("cardIds", List.of(cards.get(5))));
        a.delete(path + "/cards/" + cards.get(5) + "/group");
        a.put(path + "/cards/" + cards.get(5) + "/column", body("column", "KEEP"));
        a.post(path + "/phase", body("phase", "VOTE"));
        b.post(path + "/votes", body("targetId", group));
        b.post(path + "/votes", body("targetId", group));
        c.post(path + "/votes", body("targetId", cards.get(3)));
        c.post(path + "/votes", body("targetId", group));
        c.delete(path + "/votes/" + group);
        a.post(path + "/votes", body("targetId", cards.get(2)));
        a.post(path + "/phase", body("phase", "DISCUSS"));
        a.put(path + "/topic", body("topicId", group));
        String decision = a.post(path + "/decisions", body("text", "Agenda en dag innan", "topicId", group)).id();
        a.put(path + "/decisions/" + decision, body("text", "Agenda två dagar innan"));
        String dropped = a.post(path + "/decisions", body("text", "Inga möten alls")).id();
        a.delete(path + "/decisions/" + dropped);
        String action = a.post(path + "/actions", body("text", "Skriv mallen", "ownerId", bo.id(),
                "dueDate", "2027-01-15", "topicId", group)).id();
        a.put(path + "/actions/" + action, body("text", "Skriv agendamallen", "ownerId", cleo.id(), "dueDate", "2027-01-20"));
        String gone = a.post(path + "/actions", body("text", "Fel", "ownerId", bo.id())).id();
        a.delete(path + "/actions/" + gone);
        a.post(path + "/actions", body("text", "Bjud in Malmö", "ownerId", anna.id()));
        a.post(path + "/join-link", null);
        a.put(path + "/open-to-module", body("open", false));
        a.post(path + "/phase", body("phase", "CLOSED"));
        viewers.put(retro, List.of(a, b));

        // The module's next retro reviews the first one's action items, and stays in REFLECT.
        String next = newRetro(a, "title", "Vinterns retro", "module", 2, "municipality", "LUND");
        awaitSettled(a, next);
        String nextPath = "/api/retros/" + next;
        b.post(nextPath + "/participants", null);
        a.post(nextPath + "/earlier-actions/" + action + "/review", body("outcome", "DONE"));
        b.post(nextPath + "/cards", body("column", "KEEP", "text", "Mallen hjälper"));
        a.post(nextPath + "/cards", body("column", "STOP", "text", "För många kanaler"));
        viewers.put(next, List.of(a, b));

        // A think tank through to its recommendations.
        String thinkTank = a.post("/api/thinktanks", body("title", "Tankesmedja om lotsar", "module", 2,
                "municipalities", List.of("LUND"), "questions", List.of("Vad hindrar oss?", "Vem saknas?"))).id();
        String tt = "/api/thinktanks/" + thinkTank;
        a.post(tt + "/questions", body("text", "Vad har vi lärt oss?"));
        b.post(tt + "/participants", null);
        a.post(tt + "/phase", body("phase", "EXPLORE"));
        String question = awaitSettled(a, thinkTank).get("questions").get(0).get("id").asText();
        String i1 = b.post(tt + "/questions/" + question + "/insights", body("text", "Lotsar sprider bäst",
                "evidence", "https://example.se/rapport")).id();
        String i2 = a.post(tt + "/questions/" + question + "/insights", body("text", "Tid saknas")).id();
        b.post(tt + "/insights/" + i2 + "/comments", body("text", "Håller med"));
        a.post(tt + "/insights/" + i1 + "/support", null);
        b.post(tt + "/insights/" + i2 + "/support", null);
        b.delete(tt + "/insights/" + i2 + "/support");
        a.post(tt + "/clusters", body("name", "Spridning", "insightIds", List.of(i1, i2)));
        a.post(tt + "/phase", body("phase", "RECOMMEND"));
        a.post(tt + "/recommendations", body("text", "Inför lotsar", "addressedTo",
                Map.of("kind", "MUNICIPALITY", "id", "LUND"), "basedOn", List.of(i1)));
        viewers.put(thinkTank, List.of(a, b));

        // A café with two tables, a round, notes, summaries and its harvest.
        String cafe = a.post("/api/cafes", body("title", "Framtidscafé", "theme", "Klimatneutral stad", "tables",
                List.of(Map.of("question", "Vad behöver staden?", "hostId", bo.id()),
                        Map.of("question", "Vad kan vi göra?")))).id();
        String cp = "/api/cafes/" + cafe;
        c.post(cp + "/participants", null);
        List<String> tables = new ArrayList<>();
        awaitSettled(a, cafe).get("tables").forEach(table -> tables.add(table.get("id").asText()));
        a.put(cp + "/tables/" + tables.get(1) + "/host", body("hostId", cleo.id()));
        a.post(cp + "/rounds", body("seconds", 600));
        String note = b.post(cp + "/notes", body("text", "Trygga cykelstråk")).id();
        c.post(cp + "/notes", body("text", "Fler träd"));
        a.post(cp + "/rounds/end", null);
        b.post(cp + "/tables/" + tables.get(0) + "/summary", body("text", "Trygghet först"));
        a.post(cp + "/harvest", null);
        a.post(cp + "/harvest/insights", body("text", "Staden behöver trygga stråk", "noteIds", List.of(note)));
        viewers.put(cafe, List.of(a, c));

        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode recorded = json.createObjectNode();
        recorded.put("password", PASSWORD);
        ObjectNode people = recorded.putObject("people");
        people.put("anna", anna.username());
        people.put("bo", bo.username());
        people.put("cleo", cleo.username());
        ObjectNode boards = recorded.putObject("boards");
        String[] names = {"anna", "bo", "cleo"};
        for (Map.Entry<String, List<ApiClient>> session : viewers.entrySet()) {
            awaitSettled(a, session.getKey());
            ObjectNode byViewer = boards.putObject(session.getKey());
            for (ApiClient viewer : session.getValue()) {
                String name = viewer == a ? names[0] : viewer == b ? names[1] : names[2];
                byViewer.set(name, viewer.get("/api/sessions/" + session.getKey() + "/board").body());
            }
        }
        recorded.set("directory", a.get("/api/sessions").body());
        Path out = Path.of(System.getProperty("record.to", "target/recorded"));
        Files.createDirectories(out);
        json.writeValue(new File(out.toFile(), "boards.json"), recorded);
    }
}
