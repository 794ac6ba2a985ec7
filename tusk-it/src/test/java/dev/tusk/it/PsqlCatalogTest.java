package dev.tusk.it;

import dev.tusk.testkit.pg.Clients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * psql's describe commands ({@code \l}, {@code \dn}, {@code \dt}, {@code \d NAME}, {@code \d+ NAME}, ...) on the
 * catalog schema, printed by psql 15 from Tusk and from PostgreSQL 15 and compared line by line. psql runs with
 * {@code -X -A} (no psqlrc, unaligned output, so normalised values do not shift column widths), no pager, LC_ALL=C
 * and PGTZ=UTC. Normalised, because they legitimately differ: the database's name (each side has its own), the host
 * and port in {@code \conninfo}, and sizes ({@code 8192 bytes}, {@code 16 kB}) in the {@code +} forms. {@code \l} and
 * {@code \du} are narrowed by a pattern to the test's database and user (a PostgreSQL instance has others). Checks
 * failing on Tusk today are listed in {@code src/test/clients/catalog-known-failures-psql.txt}.
 */
class PsqlCatalogTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** The commands, {@code DB} and {@code USER} replaced by the side's database and user. */
    static List<String> commands() {
        List<String> out = new ArrayList<>(List.of(
                "\\conninfo",
                "\\l DB",
                "\\l+ DB",
                "\\dn",
                "\\dn+",
                "\\du USER",
                "\\dx",
                "\\d",
                "\\dt",
                "\\dt shop.*",
                "\\dt+",
                "\\dt+ shop.*",
                "\\dv shop.*",
                "\\dv+ shop.*",
                "\\di",
                "\\di shop.*",
                "\\di+ shop.*",
                "\\ds",
                "\\ds shop.*",
                "\\df now",
                "\\df length",
                "\\df pg_catalog.current_schemas",
                "\\df shop.*",
                "\\dT",
                "\\dT int4",
                "\\dT+ numeric",
                "\\dT shop.*"));
        for (String relation : List.of(
                "shop.customers",
                "shop.products",
                "shop.orders",
                "shop.order_items",
                "shop.big_orders",
                "public.measurements",
                "public.notes")) {
            out.add("\\d " + relation);
            out.add("\\d+ " + relation);
        }
        for (String other : List.of(
                "shop.invoice_no",
                "shop.customers_id_seq",
                "shop.orders_order_id_seq",
                "public.measurements_id_seq",
                "shop.customers_pkey",
                "shop.customers_email_key",
                "shop.products_pkey",
                "shop.orders_pkey",
                "shop.orders_customer_idx",
                "shop.orders_status_placed_idx",
                "shop.order_items_pkey",
                "shop.order_items_sku_order_key",
                "public.measurements_pkey",
                "public.notes_pkey")) {
            out.add("\\d " + other);
        }
        out.add("\\d+ shop.invoice_no");
        out.add("\\d+ shop.orders_status_placed_idx");
        return out;
    }

    @ParameterizedTest(name = "psql describe commands on {0}")
    @MethodSource("dev.tusk.it.CatalogPair#subjects")
    void describeCommands(Targets.Factory factory) {
        Clients.assumeAvailable(Clients.command("psql", "apt-get install -y postgresql-client"));
        ToolChecks checks = new ToolChecks(
                factory.name(), "psql", CatalogPair.KNOWN_DIR.resolve("catalog-known-failures-psql.txt"));
        try (CatalogPair pair = CatalogPair.open(factory, checks)) {
            for (String command : commands()) {
                Clients.Result expected = psql(pair.reference, command, false);
                Clients.Result actual = psql(pair.subject, command, false);
                String want = normalise(pair.reference, expected);
                String got = normalise(pair.subject, actual);
                if (want.equals(got)) {
                    checks.pass(command);
                    continue;
                }
                String diff = LineDiff.unified(want, got, "postgresql-15", factory.name());
                String error = actual.stderr()
                        .lines()
                        .filter(l -> l.startsWith("ERROR:") || l.startsWith("psql:"))
                        .findFirst()
                        .orElse(null);
                // The catalog queries psql sent, for catalog-queries.md and the catalog's authors.
                String echoed = psql(pair.subject, command, true).stdout();
                checks.fail(
                        command,
                        error != null ? error : ToolChecks.firstChange(diff),
                        diff + "\nqueries psql sent (psql -E):\n" + echoed);
            }
        }
        checks.judge(CatalogPair.isReference(factory));
    }

    private static Clients.Result psql(ServerTarget target, String command, boolean echoHidden) {
        Map<String, String> env = CatalogPair.environment(target);
        List<String> cmd = new ArrayList<>(List.of("psql", "-X", "-A", "-P", "pager=off"));
        if (echoHidden) {
            cmd.add("-E");
        }
        cmd.add("-c");
        cmd.add(command.replace("DB", target.database()).replace("USER", target.user()));
        return Clients.run(cmd, env, null, TIMEOUT);
    }

    /** The output with the side's database name, host, port and sizes replaced; stderr follows stdout. */
    static String normalise(ServerTarget target, Clients.Result r) {
        String text = r.stdout();
        if (!r.stderr().isEmpty()) {
            text += "-- stderr\n" + r.stderr();
        }
        text += "-- exit " + r.exitCode() + "\n";
        text = text.replace("\"" + target.database() + "\"", "\"DB\"");
        text = text.replaceAll("(?m)^" + Pattern.quote(target.database()) + "\\|", "DB|");
        text = text.replaceAll("host \"[^\"]*\" at port \"\\d+\"", "host \"HOST\" at port \"PORT\"");
        text = text.replaceAll("\\b\\d+ (bytes|kB|MB)\\b", "SIZE");
        return text;
    }
}
