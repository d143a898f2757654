package se.pollinator.retro.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.pollinator.session.SessionSummaryFormats;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A retro's summary as Markdown (in Swedish or English) and as CSV, one row per item. */
final class SummaryFormats {

    private static final Map<String, List<String>> WORDS = Map.ofEntries(
            Map.entry("summary", List.of("Sammanfattning", "Summary")),
            Map.entry("module", List.of("Modul", "Module")),
            Map.entry("facilitator", List.of("Facilitator", "Facilitator")),
            Map.entry("scheduled", List.of("Planerad", "Scheduled")),
            Map.entry("notClosed", List.of("Retron är inte avslutad än; sammanfattningen kan ändras.",
                    "The retro is not closed yet; this summary may still change.")),
            Map.entry("participation", List.of("Deltagande", "Participation")),
            Map.entry("participants", List.of("deltagare", "participants")),
            Map.entry("cards", List.of("lappar", "cards")),
            Map.entry("card", List.of("lapp", "card")),
            Map.entry("votes", List.of("röster", "votes")),
            Map.entry("vote", List.of("röst", "vote")),
            Map.entry("topics", List.of("Ämnen efter röster", "Topics by votes")),
            Map.entry("decisions", List.of("Beslut", "Decisions")),
            Map.entry("actions", List.of("Åtgärder", "Action items")),
            Map.entry("earlierActions", List.of("Tidigare åtgärder som gicks igenom", "Earlier action items reviewed")),
            Map.entry("due", List.of("klart senast", "due")),
            Map.entry("onTopic", List.of("om", "on")),
            Map.entry("none", List.of("Inga.", "None.")),
            Map.entry("hidden", List.of("(dold lapp)", "(hidden card)")),
            Map.entry("unnamed", List.of("Grupp utan namn", "Unnamed group")),
            Map.entry("DONE", List.of("klar", "done")),
            Map.entry("DROPPED", List.of("struken", "dropped")),
            Map.entry("CARRIED_ON", List.of("fortsätter", "carried on")),
            Map.entry("notReviewed", List.of("ej gått igenom", "not reviewed")),
            Map.entry("STRENGTHEN", List.of("Förstärka", "Strengthen")),
            Map.entry("STOP", List.of("Avsluta", "Stop")),
            Map.entry("KEEP", List.of("Bibehålla", "Keep")));

    private SummaryFormats() {
    }

    static String markdown(Summary summary, boolean swedish) {
        int lang = swedish ? 0 : 1;
        StringBuilder out = new StringBuilder();
        out.append("# ").append(md(summary.title())).append("\n\n");
        out.append(word("module", lang)).append(' ').append(summary.module());
        if (summary.municipalityName() != null) {
            out.append(" · ").append(summary.municipalityName());
        }
        if (summary.facilitator() != null) {
            out.append(" · ").append(word("facilitator", lang)).append(": ").append(md(summary.facilitator()));
        }
        if (summary.scheduledAt() != null) {
            out.append(" · ").append(word("scheduled", lang)).append(": ").append(summary.scheduledAt());
        }
        out.append("\n\n");
        if (!summary.closed()) {
            out.append("> ").append(word("notClosed", lang)).append("\n\n");
        }
        out.append("## ").append(word("participation", lang)).append("\n\n")
                .append(summary.participation().participants()).append(' ').append(word("participants", lang)).append(", ")
                .append(summary.participation().cards()).append(' ')
                .append(word(summary.participation().cards() == 1 ? "card" : "cards", lang)).append(", ")
                .append(votes(summary.participation().votes(), lang)).append(".\n\n");
        out.append("## ").append(word("topics", lang)).append("\n\n");
        if (summary.topics().isEmpty()) {
            out.append(word("none", lang)).append("\n");
        }
        int n = 1;
        for (Summary.Topic topic : summary.topics()) {
            String title = topic.title() != null ? topic.title()
                    : word(topic.kind().equals("GROUP") ? "unnamed" : "hidden", lang);
            out.append(n++).append(". **").append(md(title)).append("** (").append(word(topic.column().name(), lang))
                    .append(", ").append(votes(topic.votes(), lang)).append(")\n");
            for (String card : topic.cards()) {
                out.append("    - ").append(card == null ? word("hidden", lang) : md(card)).append('\n');
            }
        }
        out.append("\n## ").append(word("decisions", lang)).append("\n\n");
        if (summary.decisions().isEmpty()) {
            out.append(word("none", lang)).append("\n");
        }
        summary.decisions().forEach(decision -> out.append("- ").append(md(decision.text()))
                .append(onTopic(decision.topic(), lang)).append('\n'));
        out.append("\n## ").append(word("actions", lang)).append("\n\n");
        if (summary.actions().isEmpty()) {
            out.append(word("none", lang)).append("\n");
        }
        summary.actions().forEach(action -> {
            out.append("- ").append(md(action.text())).append(" — ").append(md(Objects.toString(action.owner(), "?")));
            if (action.dueDate() != null) {
                out.append(", ").append(word("due", lang)).append(' ').append(action.dueDate());
            }
            out.append(onTopic(action.topic(), lang)).append('\n');
        });
        if (!summary.earlierActions().isEmpty()) {
            out.append("\n## ").append(word("earlierActions", lang)).append("\n\n");
            summary.earlierActions().forEach(review -> out.append("- ").append(md(review.text())).append(" — ")
                    .append(md(Objects.toString(review.owner(), "?"))).append(": ")
                    .append(word(review.outcome() == null ? "notReviewed" : review.outcome().name(), lang)).append('\n'));
        }
        return out.toString();
    }

    /** One row per topic, card in a group, decision, action item and reviewed earlier action item. */
    static String csv(Summary summary) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("type", "id", "column", "text", "votes", "owner", "due", "outcome", "topic").get())) {
            for (Summary.Topic topic : summary.topics()) {
                csv.printRecord(topic.kind().toLowerCase(), topic.id(), topic.column(), cell(topic.title()),
                        topic.votes(), "", "", "", "");
                for (String card : topic.cards()) {
                    csv.printRecord("card-in-group", topic.id(), topic.column(), cell(card), "", "", "", "", "");
                }
            }
            for (Summary.Decision decision : summary.decisions()) {
                csv.printRecord("decision", decision.id(), "", cell(decision.text()), "", "", "", "",
                        cell(decision.topic()));
            }
            for (Summary.Action action : summary.actions()) {
                csv.printRecord("action", action.id(), "", cell(action.text()), "", cell(action.owner()),
                        Objects.toString(action.dueDate(), ""), "", cell(action.topic()));
            }
            for (Summary.Review review : summary.earlierActions()) {
                csv.printRecord("earlier-action", "", "", cell(review.text()), "", cell(review.owner()),
                        Objects.toString(review.dueDate(), ""), Objects.toString(review.outcome(), ""), "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String onTopic(String topic, int lang) {
        return topic == null ? "" : " (" + word("onTopic", lang) + ": " + md(topic) + ")";
    }

    private static String votes(int count, int lang) {
        return count + " " + word(count == 1 ? "vote" : "votes", lang);
    }

    private static String word(String key, int lang) {
        return WORDS.get(key).get(lang);
    }

    private static String md(String text) {
        return SessionSummaryFormats.md(text);
    }

    private static String cell(String text) {
        return SessionSummaryFormats.cell(text);
    }
}
