package dev.tusk.testkit.sqltest;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which fields of errors and notices the harness compares; by default all of them.
 *
 * @param messageFields the compared fields of every ErrorResponse and NoticeResponse
 */
public record CompareOptions(Set<MessageField> messageFields) {

    /** A compared field of an ErrorResponse or NoticeResponse. */
    public enum MessageField {
        /** The severity, e.g. ERROR or NOTICE. */
        SEVERITY,
        /** The SQLSTATE. */
        SQLSTATE,
        /** The primary message. */
        MESSAGE,
        /** The DETAIL field. */
        DETAIL,
        /** The HINT field. */
        HINT,
        /** The cursor position in the statement. */
        POSITION
    }

    /** Copies the set. */
    public CompareOptions {
        messageFields = messageFields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(messageFields));
    }

    /** Compares every field. */
    public static CompareOptions strict() {
        return new CompareOptions(EnumSet.allOf(MessageField.class));
    }

    /** These options without comparing the given fields. */
    public CompareOptions ignoring(MessageField... fields) {
        EnumSet<MessageField> kept = EnumSet.allOf(MessageField.class);
        kept.retainAll(messageFields);
        for (MessageField f : fields) {
            kept.remove(f);
        }
        return new CompareOptions(kept);
    }

    /** The message with the fields that are not compared blanked, so that records compare by equals. */
    ServerMessage project(ServerMessage m) {
        return new ServerMessage(
                messageFields.contains(MessageField.SEVERITY) ? m.severity() : "",
                messageFields.contains(MessageField.SQLSTATE) ? m.sqlState() : "",
                messageFields.contains(MessageField.MESSAGE) ? m.message() : "",
                messageFields.contains(MessageField.DETAIL) ? m.detail() : "",
                messageFields.contains(MessageField.HINT) ? m.hint() : "",
                messageFields.contains(MessageField.POSITION) ? m.position() : 0);
    }
}
