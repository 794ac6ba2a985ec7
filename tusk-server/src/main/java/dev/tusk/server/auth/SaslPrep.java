package dev.tusk.server.auth;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * SASLprep (RFC 4013) of a password the way PostgreSQL's {@code pg_saslprep} applies it before SCRAM: an
 * all-ASCII password is used as is; otherwise non-ASCII spaces become U+0020, the "commonly mapped to
 * nothing" characters are dropped, the result is NFKC-normalised, and prohibited output, unassigned code
 * points and bad bidirectional strings are refused. Like PostgreSQL, callers use the original UTF-8 bytes
 * when SASLprep refuses a password ({@link #prepareOrRaw}).
 *
 * <p>Limits: normalisation and "unassigned" follow the JVM's Unicode version (via {@link Normalizer} and
 * {@link Character#isDefined}) rather than RFC 3454's Unicode 3.2 tables, so passwords with characters
 * assigned after Unicode 3.2 are prepared here where PostgreSQL would fall back to the raw bytes (and the
 * resulting verifiers differ). Bidirectional categories come from {@link Character#getDirectionality}.
 */
final class SaslPrep {

    private SaslPrep() {}

    /** The bytes PostgreSQL hashes for {@code password}: SASLprep'ed UTF-8, or the raw UTF-8 if refused. */
    static byte[] prepareOrRaw(String password) {
        String prepared = prepare(password);
        return (prepared != null ? prepared : password).getBytes(StandardCharsets.UTF_8);
    }

    /** The SASLprep'ed string, or null when SASLprep refuses it (prohibited, unassigned, bidi, empty). */
    static String prepare(String input) {
        boolean ascii = true;
        for (int i = 0; i < input.length(); i++) {
            if (input.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return input;
        }
        // a lone surrogate is not valid UTF-8: PostgreSQL would refuse the input
        StringBuilder mapped = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); ) {
            int cp = input.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isSurrogate((char) cp) && cp < 0x10000) {
                return null;
            }
            if (isNonAsciiSpace(cp)) {
                mapped.append(' ');
            } else if (!isMappedToNothing(cp)) {
                mapped.appendCodePoint(cp);
            }
        }
        if (mapped.isEmpty()) {
            return null;
        }
        String out = Normalizer.normalize(mapped, Normalizer.Form.NFKC);
        boolean randAl = false;
        boolean l = false;
        int first = out.codePointAt(0);
        int last = out.codePointBefore(out.length());
        for (int i = 0; i < out.length(); ) {
            int cp = out.codePointAt(i);
            i += Character.charCount(cp);
            if (isProhibited(cp) || !Character.isDefined(cp)) {
                return null;
            }
            byte dir = Character.getDirectionality(cp);
            if (dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                randAl = true;
            } else if (dir == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                l = true;
            }
        }
        if (randAl && (l || !isRandAl(first) || !isRandAl(last))) {
            return null;
        }
        return out;
    }

    private static boolean isRandAl(int cp) {
        byte dir = Character.getDirectionality(cp);
        return dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** RFC 3454 C.1.2. */
    static boolean isNonAsciiSpace(int cp) {
        return cp == 0x00A0
                || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200B)
                || cp == 0x202F
                || cp == 0x205F
                || cp == 0x3000;
    }

    /** RFC 3454 B.1. */
    static boolean isMappedToNothing(int cp) {
        return cp == 0x00AD
                || cp == 0x034F
                || cp == 0x1806
                || (cp >= 0x180B && cp <= 0x180D)
                || (cp >= 0x200B && cp <= 0x200D)
                || cp == 0x2060
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || cp == 0xFEFF;
    }

    /** RFC 4013 section 2.3: RFC 3454 tables C.1.2, C.2.1, C.2.2, C.3, C.4, C.5, C.6, C.7, C.8, C.9. */
    static boolean isProhibited(int cp) {
        return isNonAsciiSpace(cp)
                // C.2.1 ASCII control
                || cp <= 0x1F
                || cp == 0x7F
                // C.2.2 non-ASCII control
                || (cp >= 0x80 && cp <= 0x9F)
                || cp == 0x06DD
                || cp == 0x070F
                || cp == 0x180E
                || cp == 0x200C
                || cp == 0x200D
                || cp == 0x2028
                || cp == 0x2029
                || (cp >= 0x2060 && cp <= 0x2063)
                || (cp >= 0x206A && cp <= 0x206F)
                || cp == 0xFEFF
                || (cp >= 0xFFF9 && cp <= 0xFFFC)
                || (cp >= 0x1D173 && cp <= 0x1D17A)
                // C.3 private use
                || (cp >= 0xE000 && cp <= 0xF8FF)
                || (cp >= 0xF0000 && cp <= 0xFFFFD)
                || (cp >= 0x100000 && cp <= 0x10FFFD)
                // C.4 non-characters
                || (cp >= 0xFDD0 && cp <= 0xFDEF)
                || (cp & 0xFFFE) == 0xFFFE
                // C.5 surrogates
                || (cp >= 0xD800 && cp <= 0xDFFF)
                // C.6 inappropriate for plain text
                || (cp >= 0xFFF9 && cp <= 0xFFFD)
                // C.7 inappropriate for canonical representation
                || (cp >= 0x2FF0 && cp <= 0x2FFB)
                // C.8 change display properties or deprecated
                || cp == 0x0340
                || cp == 0x0341
                || cp == 0x200E
                || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E)
                // C.9 tagging
                || cp == 0xE0001
                || (cp >= 0xE0020 && cp <= 0xE007F);
    }
}
