#!/usr/bin/env python3
"""Generates dev/tusk/protocol/SqlState.java from PostgreSQL's errcodes.txt.

Usage: python3 tusk-protocol/src/build/gen_sqlstate.py /usr/share/postgresql/15/errcodes.txt \
           > tusk-protocol/src/main/java/dev/tusk/protocol/SqlState.java
then run ./mvnw -q -pl tusk-protocol spotless:apply. The output is committed source.
"""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/postgresql/15/errcodes.txt"
entries = []
section = None
with open(path, encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if line.startswith("Section:"):
            section = line[len("Section:"):].strip()
            continue
        m = re.match(r"^([0-9A-Z]{5})\s+([EWS])\s+ERRCODE_(\S+)(?:\s+(\S+))?\s*$", line)
        if m:
            code, cond = m.group(1), m.group(4)
            entries.append((code, m.group(2), m.group(3), cond, section))

# an alias macro (e.g. ERRCODE_UNDEFINED_DATABASE for 3D000) has no condition name: share the primary's
names = {e[0]: e[3] for e in entries if e[3] is not None}
primaries = [e for e in entries if e[3] is not None]
aliases = [e for e in entries if e[3] is None]
entries = []
for e in primaries:
    entries.append(e)
    entries.extend((c, k, m, names[c], sec) for (c, k, m, n, sec) in aliases if c == e[0])

out = []
out.append("package dev.tusk.protocol;")
out.append("")
out.append("import java.util.HashMap;")
out.append("import java.util.Map;")
out.append("")
out.append("/**")
out.append(" * Every SQLSTATE of PostgreSQL 15, so that errors carry the codes clients already know.")
out.append(" *")
out.append(" * <p>Generated from PostgreSQL 15's {@code errcodes.txt} by {@code src/build/gen_sqlstate.py}; do not edit")
out.append(" * by hand. Constant names are the {@code ERRCODE_} macro names without the prefix (unique), while")
out.append(" * {@link #conditionName()} is the PL/pgSQL condition name (not unique: warnings share some names).")
out.append(" * A few codes have two macro names in PostgreSQL (e.g. {@code INVALID_CATALOG_NAME} and")
out.append(" * {@code UNDEFINED_DATABASE} are both {@code 3D000}); both constants exist and {@link #fromCode} returns")
out.append(" * the one with the condition name.")
out.append(" */")
out.append("public enum SqlState {")
prev = None
lines = []
for code, kind, macro, cond, sec in entries:
    s = ""
    if sec != prev:
        s += "    // " + sec + "\n"
        prev = sec
    s += '    %s("%s", "%s", Category.%s)' % (macro, code, cond,
        {"E": "ERROR", "W": "WARNING", "S": "SUCCESS"}[kind])
    lines.append(s)
out.append(",\n".join(lines) + ";")
out.append("""
    /** Whether PostgreSQL classifies a code as success, warning or error ({@code S}, {@code W}, {@code E}). */
    public enum Category {
        /** Successful completion. */
        SUCCESS,
        /** A warning, sent in a NoticeResponse. */
        WARNING,
        /** An error, sent in an ErrorResponse. */
        ERROR
    }

    private static final Map<String, SqlState> BY_CODE = new HashMap<>();

    static {
        for (SqlState s : values()) {
            BY_CODE.putIfAbsent(s.code, s);
        }
    }

    private final String code;
    private final String conditionName;
    private final Category category;

    SqlState(String code, String conditionName, Category category) {
        this.code = code;
        this.conditionName = conditionName;
        this.category = category;
    }

    /** The five-character SQLSTATE, e.g. {@code 23505}. */
    public String code() {
        return code;
    }

    /** The PostgreSQL condition name, e.g. {@code unique_violation}. */
    public String conditionName() {
        return conditionName;
    }

    /** Whether this is a success, warning or error code. */
    public Category category() {
        return category;
    }

    /** The two-character class of this code, e.g. {@code 23}. */
    public String sqlClass() {
        return code.substring(0, 2);
    }

    /**
     * Looks up a code.
     *
     * @return the constant, or {@code null} when PostgreSQL 15 does not define {@code code}
     */
    public static SqlState fromCode(String code) {
        return code == null ? null : BY_CODE.get(code);
    }
}""")
print("\n".join(out))
