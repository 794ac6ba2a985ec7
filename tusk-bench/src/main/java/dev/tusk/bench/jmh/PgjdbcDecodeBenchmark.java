package dev.tusk.bench.jmh;

import dev.tusk.server.api.RowStream;
import dev.tusk.server.internal.encode.RowEncoder;
import dev.tusk.types.FormatSettings;
import io.netty.buffer.ByteBufUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.postgresql.core.Encoding;
import org.postgresql.core.PGStream;
import org.postgresql.core.Tuple;
import org.postgresql.jdbc.TimestampUtils;
import org.postgresql.util.ByteConverter;
import org.postgresql.util.HostSpec;

/**
 * How fast the client side, pgjdbc 42.7, takes apart the DataRows {@link RowEncoderBenchmark} writes (the same six
 * columns, text or binary): the bytes RowEncoder produced are replayed endlessly through pgjdbc's own
 * {@code PGStream} (its buffered reader and {@code receiveTupleV3}, a new {@code byte[]} per cell as in a real
 * fetch), and each cell is converted as the ResultSet getter an application would call does it: {@code getInt},
 * {@code getLong}, {@code getDouble}, {@code getString}, {@code getObject(OffsetDateTime.class)},
 * {@code getBigDecimal}. Binary cells go through pgjdbc's {@code ByteConverter} and {@code TimestampUtils},
 * text cells through its {@code Encoding}, {@code TimestampUtils} and {@code Double.parseDouble}; pgjdbc's
 * private byte-level fast paths for int, long and BigDecimal text are mirrored here (same rules: plain digits,
 * at most 9/18 of them). Not included: the socket read, the protocol state machine and ResultSet bookkeeping,
 * so this is a lower bound of pgjdbc's per-row cost. One operation is one row.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PgjdbcDecodeBenchmark extends RowEncodeState {
    private PGStream stream;
    private boolean bin;
    private final Encoding encoding = Encoding.getDatabaseEncoding("UTF8");
    private final TimeZone utc = TimeZone.getTimeZone("UTC");
    private final TimestampUtils timestamps = new TimestampUtils(false, () -> utc);

    /** Encodes the sample rows once with RowEncoder and points a PGStream at an endless replay of them. */
    @Override
    void prepare() {
        bin = binary();
        RowEncoder encoder =
                RowEncoder.create(SampleRows.columns(), new short[] {(short) (bin ? 1 : 0)}, FormatSettings.DEFAULT);
        buf.clear();
        RowStream rowStream = RowStream.of(java.util.Arrays.asList(rows));
        try {
            while (rowStream.next()) {
                encoder.writeDataRow(rowStream, buf);
            }
            stream = new PGStream(
                    new ReplaySocketFactory(ByteBufUtil.getBytes(buf)), new HostSpec("localhost", 5432), 0);
            verifyOnePass();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decodes the rows once and checks them against the sample, so the replay is known to be aligned. */
    private void verifyOnePass() throws Exception {
        for (Object[] row : rows) {
            if (stream.receiveChar() != 'D') {
                throw new IllegalStateException("not a DataRow");
            }
            Tuple t = stream.receiveTupleV3();
            Object[] got = bin
                    ? new Object[] {
                        ByteConverter.int4(t.get(0), 0),
                        ByteConverter.int8(t.get(1), 0),
                        ByteConverter.float8(t.get(2), 0),
                        encoding.decode(t.get(3)),
                        timestamps.toOffsetDateTimeBin(t.get(4)).toInstant(),
                        t.get(5) == null ? null : ByteConverter.numeric(t.get(5))
                    }
                    : new Object[] {
                        fastInt(t.get(0)),
                        fastLong(t.get(1)),
                        Double.parseDouble(encoding.decode(t.get(2)).trim()),
                        encoding.decode(t.get(3)),
                        timestamps.toOffsetDateTime(encoding.decode(t.get(4))).toInstant(),
                        t.get(5) == null ? null : fastBigDecimal(t.get(5))
                    };
            Object[] expected = {row[0], row[1], row[2], row[3], ((java.time.OffsetDateTime) row[4]).toInstant(), row[5]
            };
            if (!java.util.Arrays.equals(got, expected)) {
                throw new IllegalStateException("pgjdbc decoded " + java.util.Arrays.toString(got) + ", expected "
                        + java.util.Arrays.toString(expected));
            }
        }
    }

    /** Reads and converts {@value #ROWS} DataRows. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void decode(Blackhole bh) throws Exception {
        for (int r = 0; r < ROWS; r++) {
            if (stream.receiveChar() != 'D') {
                throw new IllegalStateException("not a DataRow");
            }
            Tuple t = stream.receiveTupleV3();
            byte[] c0 = t.get(0);
            byte[] c1 = t.get(1);
            byte[] c2 = t.get(2);
            byte[] c3 = t.get(3);
            byte[] c4 = t.get(4);
            byte[] c5 = t.get(5);
            if (bin) {
                bh.consume(ByteConverter.int4(c0, 0));
                bh.consume(ByteConverter.int8(c1, 0));
                bh.consume(ByteConverter.float8(c2, 0));
                bh.consume(encoding.decode(c3));
                bh.consume(timestamps.toOffsetDateTimeBin(c4));
                bh.consume(c5 == null ? null : (BigDecimal) ByteConverter.numeric(c5));
            } else {
                bh.consume(fastInt(c0));
                bh.consume(fastLong(c1));
                bh.consume(Double.parseDouble(encoding.decode(c2).trim()));
                bh.consume(encoding.decode(c3));
                bh.consume(timestamps.toOffsetDateTime(encoding.decode(c4)));
                bh.consume(c5 == null ? null : fastBigDecimal(c5));
            }
        }
    }

    /** getInt's text fast path: an optional '-' and at most 9 digits, else Integer.parseInt of the String. */
    private int fastInt(byte[] b) throws IOException {
        int i = b.length > 0 && b[0] == '-' ? 1 : 0;
        if (b.length - i > 9 || b.length == i) {
            return Integer.parseInt(encoding.decode(b).trim());
        }
        int v = 0;
        for (; i < b.length; i++) {
            v = v * 10 + (b[i] - '0');
        }
        return b[0] == '-' ? -v : v;
    }

    /** getLong's text fast path: an optional '-' and at most 18 digits, else Long.parseLong of the String. */
    private long fastLong(byte[] b) throws IOException {
        int i = b.length > 0 && b[0] == '-' ? 1 : 0;
        if (b.length - i > 18 || b.length == i) {
            return Long.parseLong(encoding.decode(b).trim());
        }
        long v = 0;
        for (; i < b.length; i++) {
            v = v * 10 + (b[i] - '0');
        }
        return b[0] == '-' ? -v : v;
    }

    /** getBigDecimal's text fast path: at most 18 digits and one '.', else new BigDecimal of the String. */
    private BigDecimal fastBigDecimal(byte[] b) throws IOException {
        int i = b.length > 0 && b[0] == '-' ? 1 : 0;
        if (b.length - i > 18 || b.length == i) {
            return new BigDecimal(encoding.decode(b));
        }
        long v = 0;
        int scale = 0;
        for (; i < b.length; i++) {
            if (b[i] == '.') {
                scale = b.length - i - 1;
            } else {
                v = v * 10 + (b[i] - '0');
            }
        }
        return BigDecimal.valueOf(b[0] == '-' ? -v : v, scale);
    }

    /** Hands PGStream a socket that replays the same bytes forever and swallows what is written. */
    private static final class ReplaySocketFactory extends SocketFactory {
        private final byte[] wire;

        ReplaySocketFactory(byte[] wire) {
            this.wire = wire;
        }

        @Override
        public Socket createSocket() {
            return new ReplaySocket(wire);
        }

        @Override
        public Socket createSocket(String host, int port) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Socket createSocket(InetAddress host, int port) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
            throw new UnsupportedOperationException();
        }
    }

    /** A socket that never touches the network: endless input of {@code wire}, output discarded. */
    private static final class ReplaySocket extends Socket {
        private final InputStream in;

        ReplaySocket(byte[] wire) {
            this.in = new InputStream() {
                private int pos;

                @Override
                public int read() {
                    int b = wire[pos] & 0xFF;
                    pos = (pos + 1) % wire.length;
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    int n = Math.min(len, wire.length - pos);
                    System.arraycopy(wire, pos, b, off, n);
                    pos = (pos + n) % wire.length;
                    return n;
                }
            };
        }

        @Override
        public void connect(SocketAddress endpoint) {}

        @Override
        public void connect(SocketAddress endpoint, int timeout) {}

        @Override
        public boolean isConnected() {
            return true;
        }

        @Override
        public InputStream getInputStream() {
            return in;
        }

        @Override
        public OutputStream getOutputStream() {
            return OutputStream.nullOutputStream();
        }

        @Override
        public void setTcpNoDelay(boolean on) {}

        @Override
        public void setSoTimeout(int timeout) {}

        @Override
        public int getSoTimeout() {
            return 0;
        }

        @Override
        public void setKeepAlive(boolean on) {}

        @Override
        public void close() {}
    }
}
