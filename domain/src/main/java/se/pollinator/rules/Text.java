package se.pollinator.rules;

import java.util.Map;

/**
 * Checks on free text that people type: present, trimmed, not too long, and made of characters
 * every read model can hold. Control characters (other than newline and tab) and text of
 * invisible characters only are refused, so no value can poison a read model or mislead a reader.
 */
public final class Text {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("title", "The title"),
            Map.entry("card-text", "Card text"),
            Map.entry("group-name", "The group name"),
            Map.entry("decision", "The decision"),
            Map.entry("action", "The action item"),
            Map.entry("display-name", "The display name"),
            Map.entry("token-name", "The token's name"),
            Map.entry("name", "The name"),
            Map.entry("rationale", "The rationale"),
            Map.entry("description", "The description"),
            Map.entry("indicator", "The indicator"),
            Map.entry("unit", "The unit"),
            Map.entry("comment", "The comment"),
            Map.entry("section", "The section's text"),
            Map.entry("question", "The question"),
            Map.entry("insight", "The insight"),
            Map.entry("evidence", "The evidence"),
            Map.entry("cluster-name", "The cluster's name"),
            Map.entry("recommendation", "The recommendation"),
            Map.entry("theme", "The theme"),
            Map.entry("note", "The note"),
            Map.entry("summary", "The summary"),
            Map.entry("speaker", "The speaker's name"),
            Map.entry("answer", "The answer"),
            Map.entry("poll-question", "The poll's question"),
            Map.entry("option", "The option"));

    private Text() {
    }

    /**
     * Returns the trimmed text (line breaks as {@code \n}), or throws when it is blank, invisible,
     * holds a control character, or is longer than {@code max} characters.
     *
     * @param field which field it is: title, card-text, group-name, decision, action or display-name
     */
    public static String required(String field, String text, int max) {
        String label = LABELS.getOrDefault(field, field);
        if (text == null || text.isBlank()) {
            throw RuleViolation.invalid("text.empty", "%2$s must not be empty.", field, label);
        }
        String trimmed = text.replace("\r\n", "\n").strip();
        checkCharacters(field, label, trimmed);
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > max) {
            throw RuleViolation.invalid("text.too-long", "%4$s is %2$s characters long; at most %3$s are allowed.",
                    field, length, max, label);
        }
        return trimmed;
    }

    /** Like {@link #required} but an absent or blank text is allowed and becomes {@code null}. */
    public static String optional(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return required(field, text, max);
    }

    private static void checkCharacters(String field, String label, String text) {
        boolean visible = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if ((type == Character.CONTROL && c != '\n' && c != '\t') || type == Character.SURROGATE
                    || type == Character.UNASSIGNED && (c & 0xFFFE) == 0xFFFE) {
                throw RuleViolation.invalid("text.control-character",
                        "%2$s holds a character that cannot be stored (U+%3$s); remove it.", field, label,
                        String.format("%04X", c));
            }
            visible |= !isInvisible(c, type);
            i += Character.charCount(c);
        }
        if (!visible) {
            throw RuleViolation.invalid("text.invisible", "%2$s must hold visible characters.", field, label);
        }
    }

    /** White space, zero-width and other format characters (U+200B, U+200D, U+2060, U+FEFF, ...). */
    private static boolean isInvisible(int c, int type) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT
                || type == Character.CONTROL || c == 0x180E || c == 0x3164 || c == 0x115F || c == 0x1160
                || c == 0xFFA0 || c == 0x2800;
    }
}
