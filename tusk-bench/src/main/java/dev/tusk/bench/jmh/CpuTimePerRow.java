package dev.tusk.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * CPU time per row, on the measuring thread's own clock, of {@link RowEncoderBenchmark} (all six columns) and
 * {@link PgjdbcDecodeBenchmark}, text and binary: on a shared machine whose other jobs take the CPUs away, JMH's
 * wall-clock ops/s swing by 2x between runs, while the thread's CPU time counts only the work it did itself.
 * Same code paths as the JMH benchmarks, driven by hand: for each case 3 s of warm-up, then 7 rounds of about
 * 1 s; prints the median and the spread of nanoseconds of CPU per row, and rows per CPU-second.
 *
 * <p>Usage: {@code java -cp tusk-bench.jar dev.tusk.bench.jmh.CpuTimePerRow [--per-column] [--columns=...]}; with
 * {@code --per-column} also RowEncoder's one-column rows of each type; with {@code --columns=int4,text} only
 * those ({@code all} is the six-column row).
 */
public final class CpuTimePerRow {
    private static final int ROUNDS = 7;

    private CpuTimePerRow() {}

    /** One benchmark invocation (which handles {@link RowEncodeState#ROWS} rows). */
    private interface Invocation {
        void run() throws Exception;
    }

    /** Runs every case and prints a line per case. */
    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time");
        }
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        System.out.println("case                       ns CPU/row (median, min-max of " + ROUNDS
                + " rounds)   rows per CPU-second");
        boolean perColumn = List.of(args).contains("--per-column");
        List<String> columnSets =
                perColumn ? List.of("all", "int4", "int8", "float8", "text", "timestamptz", "numeric") : List.of("all");
        for (String a : args) {
            if (a.startsWith("--columns=")) {
                columnSets = List.of(a.substring("--columns=".length()).split(","));
            }
        }
        for (String format : new String[] {"text", "binary"}) {
            for (String columns : columnSets) {
                RowEncoderBenchmark encode = new RowEncoderBenchmark();
                encode.columns = columns;
                encode.format = format;
                encode.setUp();
                measure(threads, "RowEncoder " + columns + " " + format, () -> bh.consume(encode.encode()));
                encode.tearDown();
            }
            PgjdbcDecodeBenchmark decode = new PgjdbcDecodeBenchmark();
            decode.format = format;
            decode.setUp();
            measure(threads, "pgjdbc decode " + format, () -> decode.decode(bh));
            decode.tearDown();
        }
        bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    }

    private static void measure(ThreadMXBean threads, String name, Invocation op) throws Exception {
        runFor(op, 3_000_000_000L);
        List<Double> perRow = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long invocations = runFor(op, 1_000_000_000L);
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            perRow.add((double) cpu / (invocations * RowEncodeState.ROWS));
        }
        Collections.sort(perRow);
        double median = perRow.get(ROUNDS / 2);
        System.out.println(String.format(
                Locale.ROOT,
                "%-26s %8.1f (%.1f-%.1f)   %,.0f",
                name,
                median,
                perRow.get(0),
                perRow.get(ROUNDS - 1),
                1e9 / median));
    }

    /** Runs invocations for about {@code nanos} of wall-clock time; returns how many ran. */
    private static long runFor(Invocation op, long nanos) throws Exception {
        long end = System.nanoTime() + nanos;
        long n = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                op.run();
            }
            n += 100;
        }
        return n;
    }
}
