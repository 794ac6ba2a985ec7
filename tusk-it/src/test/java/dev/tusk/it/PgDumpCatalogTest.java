package dev.tusk.it;

import dev.tusk.testkit.pg.Clients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * pg_dump 15 of the catalog schema with its data (plain format) from Tusk, restored by psql into a fresh
 * PostgreSQL 15 database; the restored database's own dump is then compared, object by object (the sections pg_dump
 * heads with {@code -- Name: ...; Type: ...; Schema: ...}), with the dump of a PostgreSQL database made from the same
 * schema. Both dumps come from PostgreSQL 15 databases, so only what differs between any two dumps is normalised
 * (see {@link #normalise}). The checks are {@code pg_dump},
 * {@code restore}, {@code section order} and one per object; those failing on Tusk today are listed in
 * {@code src/test/clients/catalog-known-failures-pgdump.txt}.
 */
class PgDumpCatalogTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @ParameterizedTest(name = "pg_dump and restore from {0}")
    @MethodSource("dev.tusk.it.CatalogPair#subjects")
    void dumpAndRestore(Targets.Factory factory) throws IOException {
        Clients.assumeAvailable(Clients.command("pg_dump", "apt-get install -y postgresql-client"));
        Clients.assumeAvailable(Clients.command("psql", "apt-get install -y postgresql-client"));
        ToolChecks checks = new ToolChecks(
                factory.name(), "pg_dump", CatalogPair.KNOWN_DIR.resolve("catalog-known-failures-pgdump.txt"));
        Path dir = Files.createTempDirectory("tusk-pgdump");
        try (CatalogPair pair = CatalogPair.open(factory, checks);
                ServerTarget restored = Targets.postgres().open()) {
            Map<String, String> expected = sections(dump(pair.reference, dir.resolve("reference.sql")));
            Path file = dir.resolve("subject.sql");
            Clients.Result dumped = pgDump(pair.subject, file);
            Map<String, String> actual = Map.of();
            if (dumped.exitCode() != 0) {
                checks.fail("pg_dump", firstError(dumped.stderr()), dumped.describe());
            } else {
                checks.pass("pg_dump");
                Clients.Result restore = Clients.run(
                        List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", file.toString()),
                        CatalogPair.environment(restored),
                        null,
                        TIMEOUT);
                if (restore.exitCode() != 0) {
                    checks.fail("restore", firstError(restore.stderr()), restore.describe());
                } else {
                    checks.pass("restore");
                }
                actual = sections(dump(restored, dir.resolve("restored.sql")));
            }
            if (dumped.exitCode() != 0) {
                checks.fail("section order", "follows from pg_dump", "");
            } else {
                checks.compare(
                        "section order", String.join("\n", expected.keySet()), String.join("\n", actual.keySet()));
            }
            for (Map.Entry<String, String> e : expected.entrySet()) {
                String got = actual.get(e.getKey());
                if (got == null) {
                    checks.fail(
                            "object " + e.getKey(),
                            dumped.exitCode() != 0 ? "follows from pg_dump" : "missing from the restored database",
                            e.getValue());
                } else {
                    checks.compare("object " + e.getKey(), e.getValue(), got);
                }
            }
            for (String key : actual.keySet()) {
                if (!expected.containsKey(key)) {
                    checks.fail("object " + key, "not in PostgreSQL's dump", actual.get(key));
                }
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
        checks.judge(CatalogPair.isReference(factory));
    }

    private static Clients.Result pgDump(ServerTarget target, Path file) {
        return Clients.run(
                List.of("pg_dump", "--no-password", "-f", file.toString()),
                CatalogPair.environment(target),
                null,
                TIMEOUT);
    }

    /** A PostgreSQL database's dump, which must succeed. */
    private static String dump(ServerTarget target, Path file) {
        Clients.Result r = pgDump(target, file);
        if (r.exitCode() != 0) {
            throw new IllegalStateException("pg_dump of a PostgreSQL database failed\n" + r.describe());
        }
        try {
            return normalise(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The dump without what differs between any two dumps: the random key of the psql meta-commands
     * restrict and unrestrict (pg_dump 15.14 and later), and the timestamps with time zone in COPY data, which are the
     * load time of {@code shop.customers.created_at DEFAULT now()} (the schema's only timestamptz with data).
     */
    static String normalise(String dump) {
        String out = dump.replaceAll("(?m)^\\\\(un)?restrict \\S+$", "\\\\$1restrict KEY");
        return out.replaceAll("\t\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)?\\+00\t", "\tNOW\t");
    }

    /**
     * A plain dump cut at pg_dump's object headers ({@code -- Name: N; Type: T; Schema: S; Owner: O} and
     * {@code -- Data for Name: ...}): a key {@code T S.N} (the owner stays in the text) to the section's text; the
     * text before the first header is {@code preamble}.
     */
    static Map<String, String> sections(String dump) {
        Map<String, String> out = new LinkedHashMap<>();
        String key = "preamble";
        StringBuilder text = new StringBuilder();
        List<String> lines = dump.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String header = line.startsWith("-- Name: ")
                    ? line.substring("-- Name: ".length())
                    : line.startsWith("-- Data for Name: ") ? line.substring("-- Data for Name: ".length()) : null;
            if (header != null) {
                // the "--" line above the header belongs to the new section
                if (text.length() >= 3 && text.toString().endsWith("--\n")) {
                    text.setLength(text.length() - 3);
                }
                out.put(key, text.toString().strip() + "\n");
                key = sectionKey(header);
                text.setLength(0);
                text.append("--\n");
            }
            text.append(line).append('\n');
        }
        out.put(key, text.toString().strip() + "\n");
        return out;
    }

    private static String sectionKey(String header) {
        Map<String, String> fields = new LinkedHashMap<>();
        String name = header.substring(0, header.indexOf(';') < 0 ? header.length() : header.indexOf(';'));
        for (String part : header.split("; ")) {
            int colon = part.indexOf(": ");
            if (colon > 0) {
                fields.put(part.substring(0, colon), part.substring(colon + 2));
            }
        }
        String schema = fields.getOrDefault("Schema", "-");
        return fields.getOrDefault("Type", "?") + " " + (schema.equals("-") ? "" : schema + ".") + name;
    }

    private static String firstError(String stderr) {
        List<String> lines = stderr.lines().toList();
        return lines.stream()
                .filter(l -> l.contains("error:") || l.contains("ERROR:"))
                .findFirst()
                .orElse(lines.isEmpty() ? "(no message)" : lines.get(0));
    }
}
