package dev.tusk.testkit.sqltest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises catalog answers so that two servers holding the same schema compare equal when they describe the
 * same objects, whatever OIDs, database name or transaction ids they have:
 *
 * <ul>
 *   <li>in columns of type {@code oid}, {@code oidvector} and {@code oid[]} (and in the columns a statement
 *       names with {@code -- @oid-columns}, e.g. {@code oid::bigint}), every OID from 16384 up that the
 *       server's own catalog names (see {@link CatalogObjectNames}) becomes {@code <relation shop.customers>};
 *       an OID it does not name stays a number, so a dangling or wrong OID still mismatches, and built-in OIDs
 *       (below 16384) are compared as numbers;
 *   <li>in columns of type {@code xid} and {@code xid8}, normal transaction ids (3 and up) become {@code <xid>}
 *       ({@code 0}, {@code 1} and {@code 2} keep their meanings);
 *   <li>in every value, the session's database name and user name, as whole words, become {@code <database>}
 *       and {@code <user>} (in ACLs, {@code pg_database} rows, {@code current_database()}).
 * </ul>
 *
 * Column types, row counts, NULLs and all other values are compared as sent. Rows are normalised before they are
 * sorted for a multiset comparison; a statement that orders by an OID needs {@code -- @unordered}, since servers
 * may number objects in another order.
 */
public final class CatalogNormalisation implements OutcomeNormaliser.Factory {

    private static final int OID = 26;
    private static final int XID = 28;
    private static final int OIDVECTOR = 30;
    private static final int OID_ARRAY = 1028;
    private static final int XID8 = 5069;
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    @Override
    public OutcomeNormaliser prepare(SqlTarget.Database database) {
        return forNames(CatalogObjectNames.read(database));
    }

    /** The normaliser for names already read. */
    static OutcomeNormaliser forNames(CatalogObjectNames names) {
        Pattern words = wordsOf(names);
        return (statement, outcome) -> normalise(statement, outcome, names, words);
    }

    private static Pattern wordsOf(CatalogObjectNames names) {
        List<String> alternatives = new ArrayList<>();
        for (String name : List.of(names.database(), names.user())) {
            if (!name.isEmpty()) {
                alternatives.add(Pattern.quote(name));
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return Pattern.compile("(?<![A-Za-z0-9_$])(" + String.join("|", alternatives) + ")(?![A-Za-z0-9_$])");
    }

    private static Outcome normalise(
            ScriptStatement statement, Outcome outcome, CatalogObjectNames names, Pattern words) {
        if (outcome.result().isEmpty()) {
            return outcome;
        }
        Outcome.Rows rows = outcome.result().get();
        List<List<String>> out = new ArrayList<>(rows.rows().size());
        for (List<String> row : rows.rows()) {
            List<String> copy = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                int type = 0;
                if (i < rows.columns().size()) {
                    Outcome.Column column = rows.columns().get(i);
                    type = statement.oidColumns().contains(column.name()) ? OID : column.typeOid();
                }
                copy.add(value(row.get(i), type, names, words));
            }
            out.add(copy);
        }
        return new Outcome(
                Optional.of(new Outcome.Rows(rows.columns(), out)),
                outcome.commandTag(),
                outcome.notices(),
                outcome.error(),
                outcome.transactionStatus(),
                outcome.parameterChanges());
    }

    private static String value(String v, int type, CatalogObjectNames names, Pattern words) {
        if (v == null) {
            return null;
        }
        String s = v;
        if (type == OID || type == OIDVECTOR || type == OID_ARRAY) {
            s = replaceNumbers(s, n -> {
                if (n < CatalogObjectNames.FIRST_NORMAL_OBJECT_ID) {
                    return null;
                }
                String name = names.names().get(n);
                return name == null ? null : "<" + name + ">";
            });
        } else if (type == XID || type == XID8) {
            s = replaceNumbers(s, n -> n >= 3 ? "<xid>" : null);
        }
        if (words != null) {
            Matcher m = words.matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String replacement = m.group(1).equals(names.database()) ? "<database>" : "<user>";
                m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(sb);
            s = sb.toString();
        }
        return s;
    }

    private static String replaceNumbers(String s, java.util.function.LongFunction<String> replacement) {
        Matcher m = NUMBER.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String r = null;
            try {
                r = replacement.apply(Long.parseLong(m.group()));
            } catch (NumberFormatException e) {
                // longer than any OID: left as it is
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(r == null ? m.group() : r));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
