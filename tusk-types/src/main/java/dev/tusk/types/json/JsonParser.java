package dev.tusk.types.json;

import dev.tusk.types.ByteArraySink;
import dev.tusk.types.FormatSettings;
import dev.tusk.types.codec.NumericCodec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;

/**
 * PostgreSQL 15's recursive-descent JSON parser ({@code pg_parse_json}), run with an explicit stack so deep
 * nesting cannot overflow the Java stack. It either only validates ({@code json}) or also builds the
 * {@code jsonb} tree; tokens are read and errors chosen in exactly PostgreSQL's order, so the same error is
 * reported at the same token.
 */
final class JsonParser {
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private final JsonLexer lex;
    private final boolean build;

    private JsonParser(JsonLexer lex, boolean build) {
        this.lex = lex;
        this.build = build;
    }

    /** Validates a {@code json} document (escapes checked for form only). */
    static void validate(byte[] in, int off, int len) {
        new JsonParser(new JsonLexer(in, off, len, false), false).parse();
    }

    /** Parses a {@code jsonb} document into its tree. */
    static JsonbNode parseJsonb(byte[] in, int off, int len) {
        return new JsonParser(new JsonLexer(in, off, len, true), true).parse();
    }

    /** An open array or object and, for an object, the key whose value is being parsed. */
    private static final class Frame {
        final boolean isObject;
        final JsonbNode.ArrayNode array;
        final JsonbNode.ObjectNode object;
        byte[] key;

        Frame(boolean isObject, boolean build) {
            this.isObject = isObject;
            this.array = !isObject && build ? new JsonbNode.ArrayNode(new ArrayList<>()) : null;
            this.object = isObject && build ? new JsonbNode.ObjectNode() : null;
        }

        JsonbNode node() {
            if (object != null) {
                object.normalize();
                return object;
            }
            return array;
        }
    }

    private void check(JsonError e) {
        if (e != null) {
            throw e.toException(lex);
        }
    }

    private void expect(JsonError context, JsonLexer.Token token) {
        if (lex.tokenType != token) {
            throw parseError(context).toException(lex);
        }
        check(lex.lex());
    }

    /** report_parse_error: "the input ended" wins over what was expected. */
    private JsonError parseError(JsonError expected) {
        if (lex.tokenStart < 0 || lex.tokenType == JsonLexer.Token.END) {
            return JsonError.EXPECTED_MORE;
        }
        return expected;
    }

    private JsonbNode parse() {
        check(lex.lex());
        Deque<Frame> stack = new ArrayDeque<>();
        JsonbNode done;
        while (true) {
            // parse one value; containers push a frame and start over with their first member
            switch (lex.tokenType) {
                case OBJECT_START -> {
                    check(lex.lex());
                    if (lex.tokenType == JsonLexer.Token.STRING) {
                        Frame f = new Frame(true, build);
                        stack.push(f);
                        fieldHeader(f);
                        continue;
                    }
                    if (lex.tokenType != JsonLexer.Token.OBJECT_END) {
                        throw parseError(JsonError.EXPECTED_OBJECT_FIRST).toException(lex);
                    }
                    expect(JsonError.EXPECTED_OBJECT_NEXT, JsonLexer.Token.OBJECT_END);
                    done = build ? new Frame(true, true).node() : null;
                }
                case ARRAY_START -> {
                    check(lex.lex());
                    if (lex.tokenType != JsonLexer.Token.ARRAY_END) {
                        stack.push(new Frame(false, build));
                        continue;
                    }
                    expect(JsonError.EXPECTED_ARRAY_NEXT, JsonLexer.Token.ARRAY_END);
                    done = build ? new Frame(false, true).node() : null;
                }
                default -> done = scalar();
            }
            // the value is complete: attach it and close every container it completes
            while (true) {
                if (stack.isEmpty()) {
                    expect(JsonError.EXPECTED_END, JsonLexer.Token.END);
                    return done;
                }
                Frame top = stack.peek();
                if (build) {
                    if (top.isObject) {
                        top.object.add(top.key, done);
                    } else {
                        top.array.elements().add(done);
                    }
                }
                if (lex.tokenType == JsonLexer.Token.COMMA) {
                    check(lex.lex());
                    if (top.isObject) {
                        fieldHeader(top);
                    }
                    break;
                }
                if (top.isObject) {
                    expect(JsonError.EXPECTED_OBJECT_NEXT, JsonLexer.Token.OBJECT_END);
                } else {
                    expect(JsonError.EXPECTED_ARRAY_NEXT, JsonLexer.Token.ARRAY_END);
                }
                stack.pop();
                done = build ? top.node() : null;
            }
        }
    }

    /** {@code "key" :} of an object field; leaves the lexer at the value. */
    private void fieldHeader(Frame f) {
        if (lex.tokenType != JsonLexer.Token.STRING) {
            throw parseError(JsonError.EXPECTED_STRING).toException(lex);
        }
        f.key = build ? lex.stringValue() : null;
        check(lex.lex());
        expect(JsonError.EXPECTED_COLON, JsonLexer.Token.COLON);
    }

    /** A string, number, true, false or null; anything else is "Expected JSON value". */
    private JsonbNode scalar() {
        JsonLexer.Token t = lex.tokenType;
        switch (t) {
            case STRING, NUMBER, TRUE, FALSE, NULL -> {}
            default -> throw parseError(JsonError.EXPECTED_JSON).toException(lex);
        }
        if (!build) {
            check(lex.lex());
            return null;
        }
        byte[] value =
                switch (t) {
                    case STRING -> lex.stringValue();
                    case NUMBER -> java.util.Arrays.copyOfRange(lex.in, lex.tokenStart, lex.tokenTerminator);
                    default -> null;
                };
        // PostgreSQL reads the next token before it converts this one (a number's range error comes second)
        check(lex.lex());
        return new JsonbNode.Scalar(
                switch (t) {
                    case STRING -> JsonbWriter.escape(value);
                    case NUMBER -> numericText(value);
                    case TRUE -> TRUE;
                    case FALSE -> FALSE;
                    default -> NULL;
                });
    }

    /** The number as {@code numeric_out} prints {@code numeric_in}'s reading of it. */
    private static byte[] numericText(byte[] token) {
        Number n = NumericCodec.INSTANCE.decodeText(token, FormatSettings.DEFAULT);
        ByteArraySink out = new ByteArraySink(token.length + 8);
        NumericCodec.INSTANCE.encodeText(n, FormatSettings.DEFAULT, out);
        return out.toByteArray();
    }
}
