package se.pollinator.session;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A {@link SessionSummary} as JSON, as Markdown (in Swedish or English) and as CSV, one row per item. */
public final class SessionSummaryFormats {

    private static final Map<String, List<String>> WORDS = Map.ofEntries(
            Map.entry("seminarQuestions", List.of("Frågor", "Questions")),
            Map.entry("polls", List.of("Omröstningar", "Polls")),
            Map.entry("poll", List.of("Omröstning", "Poll")),
            Map.entry("votes", List.of("röster", "votes")),
            Map.entry("answer", List.of("svar", "answer")),
            Map.entry("option", List.of("alternativ", "option")),
            Map.entry("results", List.of("resultat", "results")),
            Map.entry("module", List.of("Modul", "Module")),
            Map.entry("programmeWide", List.of("Hela programmet", "The whole programme")),
            Map.entry("facilitator", List.of("Facilitator", "Facilitator")),
            Map.entry("scheduled", List.of("Planerad", "Scheduled")),
            Map.entry("participants", List.of("deltagare", "participants")),
            Map.entry("notClosed", List.of("Mötet är inte avslutat än; sammanfattningen kan ändras.",
                    "The session is not closed yet; this summary may still change.")),
            Map.entry("none", List.of("Inga.", "None.")),
            Map.entry("questions", List.of("Frågor och insikter", "Questions and insights")),
            Map.entry("clusters", List.of("Kluster", "Clusters")),
            Map.entry("recommendations", List.of("Rekommendationer", "Recommendations")),
            Map.entry("tables", List.of("Bord och anteckningar", "Tables and notes")),
            Map.entry("harvest", List.of("Skörd", "Harvest")),
            Map.entry("question", List.of("Fråga", "Question")),
            Map.entry("insight", List.of("Insikt", "Insight")),
            Map.entry("cluster", List.of("Kluster", "Cluster")),
            Map.entry("recommendation", List.of("Rekommendation", "Recommendation")),
            Map.entry("table", List.of("Bord", "Table")),
            Map.entry("note", List.of("Anteckning", "Note")),
            Map.entry("author", List.of("av", "by")),
            Map.entry("evidence", List.of("underlag", "evidence")),
            Map.entry("support", List.of("stöd", "support")),
            Map.entry("comment", List.of("kommentar", "comment")),
            Map.entry("addressedTo", List.of("till", "to")),
            Map.entry("addressedToModule", List.of("till modul", "to module")),
            Map.entry("basedOn", List.of("bygger på", "based on")),
            Map.entry("host", List.of("värd", "host")),
            Map.entry("round", List.of("runda", "round")),
            Map.entry("summary", List.of("sammanfattning", "summary")),
            Map.entry("insights", List.of("insikter", "insights")),
            Map.entry("notes", List.of("anteckningar", "notes")));
    /** Characters that mean something in Markdown; a person's text shows them as themselves. */
    private static final Pattern MARKDOWN = Pattern.compile("([\\\\`*_{}\\[\\]<>()#+\\-.!|~])");

    private SessionSummaryFormats() {
    }

    /** The answer to a summary request: JSON, or a Markdown or CSV file named after the session. */
    public static ResponseEntity<?> answer(SessionSummary summary, MediaType wanted, boolean swedish) {
        if (wanted == null) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(summary);
        }
        boolean markdown = wanted.isCompatibleWith(SessionSummaryController.MARKDOWN);
        String body = markdown ? markdown(summary, swedish) : csv(summary);
        String file = summary.kind().name().toLowerCase().replace('_', '-') + "-"
                + summary.title().replaceAll("[^\\p{L}\\p{N}]+", "-") + (markdown ? ".md" : ".csv");
        return ResponseEntity.ok().contentType(markdown ? SessionSummaryController.MARKDOWN : SessionSummaryController.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    static String markdown(SessionSummary summary, boolean swedish) {
        int lang = swedish ? 0 : 1;
        StringBuilder out = new StringBuilder();
        out.append("# ").append(md(summary.title())).append("\n\n");
        StringBuilder facts = new StringBuilder(summary.kind().label(swedish));
        facts.append(" · ").append(summary.module() == null ? word("programmeWide", lang)
                : word("module", lang) + " " + summary.module());
        if (!summary.municipalities().isEmpty()) {
            facts.append(" · ").append(summary.municipalities().stream().map(SessionSummaryFormats::md)
                    .collect(Collectors.joining(", ")));
        }
        if (summary.facilitator() != null) {
            facts.append(" · ").append(word("facilitator", lang)).append(": ").append(md(summary.facilitator()));
        }
        if (summary.scheduledAt() != null) {
            facts.append(" · ").append(word("scheduled", lang)).append(' ').append(summary.scheduledAt());
        }
        facts.append(" · ").append(summary.participants()).append(' ').append(word("participants", lang));
        out.append(facts).append("\n\n");
        if (summary.about() != null) {
            out.append(md(summary.about())).append("\n\n");
        }
        if (!summary.closed()) {
            out.append("*").append(word("notClosed", lang)).append("*\n\n");
        }
        for (SessionSummary.Section section : summary.sections()) {
            out.append("## ").append(word(section.section(), lang)).append("\n\n");
            if (section.items().isEmpty()) {
                out.append(word("none", lang)).append("\n\n");
                continue;
            }
            for (SessionSummary.Item item : section.items()) {
                boolean heading = item.kind().equals("question") || item.kind().equals("table");
                out.append(heading ? "### " : "- ").append(md(item.text()));
                String details = item.details().stream().map(detail -> word(detail.label(), lang) + ": "
                        + md(detail.value())).collect(Collectors.joining("; "));
                if (!details.isEmpty()) {
                    out.append(heading ? "\n\n" : " (").append(details).append(heading ? "" : ")");
                }
                out.append(heading ? "\n\n" : "\n");
            }
            out.append("\n");
        }
        return out.toString();
    }

    static String csv(SessionSummary summary) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("section", "kind", "id", "text", "details").get())) {
            for (SessionSummary.Section section : summary.sections()) {
                for (SessionSummary.Item item : section.items()) {
                    csv.printRecord(section.section(), item.kind(), item.id(), cell(item.text()),
                            cell(item.details().stream().map(detail -> detail.label() + ": " + detail.value())
                                    .collect(Collectors.joining("; "))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String word(String key, int lang) {
        List<String> words = WORDS.get(key);
        return words == null ? key : words.get(lang);
    }

    /** A person's text in Markdown, shown as itself (its Markdown characters escaped), on one line. */
    public static String md(String text) {
        return text == null ? "" : MARKDOWN.matcher(text.replace("\r", "").replace("\n", " ")).replaceAll("\\\\$1");
    }

    /**
     * A person's text as a spreadsheet cell: one starting like a formula (= + - @, tab, carriage
     * return) gets a leading apostrophe, so opening the export never runs anything.
     */
    public static String cell(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
