package dev.tusk.testkit.sqltest;

import java.util.Locale;

/**
 * Just enough of PostgreSQL's lexical structure to split a script into statements and to find a top-level
 * ORDER BY: string constants (also {@code E''}), quoted identifiers, dollar quotes and both comment forms.
 */
final class SqlText {

    private SqlText() {}

    /** Whether the statement has an ORDER BY outside parentheses, strings and comments. */
    static boolean hasTopLevelOrderBy(String sql) {
        Scanner s = new Scanner();
        StringBuilder code = new StringBuilder();
        int depth = 0;
        for (String line : sql.split("\n", -1)) {
            int[] kinds = s.classify(line);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (kinds[i] != Scanner.CODE) {
                    code.append(' ');
                } else if (c == '(' || c == '[') {
                    depth++;
                    code.append(' ');
                } else if (c == ')' || c == ']') {
                    depth--;
                    code.append(' ');
                } else {
                    code.append(depth == 0 ? c : ' ');
                }
            }
            code.append(' ');
        }
        String[] words = code.toString().toUpperCase(Locale.ROOT).split("[^A-Z0-9_$]+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals("ORDER") && words[i + 1].equals("BY")) {
                return true;
            }
        }
        return false;
    }

    /** A line-by-line lexer that remembers open strings, quoted identifiers and comments across lines. */
    static final class Scanner {

        /** A character of SQL code (keywords, names, operators, punctuation). */
        static final int CODE = 0;
        /** A character inside a string constant, dollar quote or quoted identifier. */
        static final int QUOTED = 1;
        /** A character of a comment. */
        static final int COMMENT = 2;

        private enum Mode {
            CODE,
            SINGLE,
            ESCAPED_SINGLE,
            DOUBLE,
            DOLLAR,
            BLOCK
        }

        private Mode mode = Mode.CODE;
        private String dollarTag = "";
        private int blockDepth;

        /** Whether the last line ended outside any string, quoted identifier, dollar quote or block comment. */
        boolean inCode() {
            return mode == Mode.CODE;
        }

        /** Classifies every character of the next line as {@link #CODE}, {@link #QUOTED} or {@link #COMMENT}. */
        int[] classify(String line) {
            int[] kinds = new int[line.length()];
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                switch (mode) {
                    case CODE -> {
                        if (c == '-' && i + 1 < line.length() && line.charAt(i + 1) == '-') {
                            for (int j = i; j < line.length(); j++) {
                                kinds[j] = COMMENT;
                            }
                            return kinds;
                        } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
                            mode = Mode.BLOCK;
                            blockDepth = 1;
                            kinds[i] = COMMENT;
                            kinds[i + 1] = COMMENT;
                            i += 2;
                            continue;
                        } else if (c == '\'') {
                            boolean escaped = i > 0
                                    && (line.charAt(i - 1) == 'E' || line.charAt(i - 1) == 'e')
                                    && (i < 2 || !isIdentifierChar(line.charAt(i - 2)));
                            mode = escaped ? Mode.ESCAPED_SINGLE : Mode.SINGLE;
                            kinds[i] = QUOTED;
                        } else if (c == '"') {
                            mode = Mode.DOUBLE;
                            kinds[i] = QUOTED;
                        } else if (c == '$' && (i == 0 || !isIdentifierChar(line.charAt(i - 1)))) {
                            int end = dollarTagEnd(line, i);
                            if (end > 0) {
                                dollarTag = line.substring(i, end + 1);
                                mode = Mode.DOLLAR;
                                for (int j = i; j <= end; j++) {
                                    kinds[j] = QUOTED;
                                }
                                i = end + 1;
                                continue;
                            }
                            kinds[i] = CODE;
                        } else {
                            kinds[i] = CODE;
                        }
                    }
                    case SINGLE, ESCAPED_SINGLE -> {
                        kinds[i] = QUOTED;
                        if (mode == Mode.ESCAPED_SINGLE && c == '\\' && i + 1 < line.length()) {
                            kinds[i + 1] = QUOTED;
                            i += 2;
                            continue;
                        }
                        if (c == '\'') {
                            if (i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                                kinds[i + 1] = QUOTED;
                                i += 2;
                                continue;
                            }
                            mode = Mode.CODE;
                        }
                    }
                    case DOUBLE -> {
                        kinds[i] = QUOTED;
                        if (c == '"') {
                            if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                                kinds[i + 1] = QUOTED;
                                i += 2;
                                continue;
                            }
                            mode = Mode.CODE;
                        }
                    }
                    case DOLLAR -> {
                        if (line.startsWith(dollarTag, i)) {
                            for (int j = i; j < i + dollarTag.length(); j++) {
                                kinds[j] = QUOTED;
                            }
                            i += dollarTag.length();
                            mode = Mode.CODE;
                            continue;
                        }
                        kinds[i] = QUOTED;
                    }
                    case BLOCK -> {
                        kinds[i] = COMMENT;
                        if (c == '*' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                            kinds[i + 1] = COMMENT;
                            i += 2;
                            if (--blockDepth == 0) {
                                mode = Mode.CODE;
                            }
                            continue;
                        }
                        if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
                            kinds[i + 1] = COMMENT;
                            blockDepth++;
                            i += 2;
                            continue;
                        }
                    }
                }
                i++;
            }
            return kinds;
        }

        /** The index of the closing '$' of a dollar-quote opening tag starting at {@code start}, or -1. */
        private static int dollarTagEnd(String line, int start) {
            int i = start + 1;
            if (i < line.length() && line.charAt(i) == '$') {
                return i;
            }
            if (i >= line.length() || !(Character.isLetter(line.charAt(i)) || line.charAt(i) == '_')) {
                return -1;
            }
            while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) {
                i++;
            }
            return i < line.length() && line.charAt(i) == '$' ? i : -1;
        }

        private static boolean isIdentifierChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }
    }
}
