package dev.tusk.bench;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Opens many idle PostgreSQL connections over raw sockets (startup, trust authentication, until ReadyForQuery)
 * and holds them, so a script can measure the server's memory per idle connection.
 *
 * <p>Usage: {@code IdleConnections host port user database count readyFile releaseFile maxHoldSeconds}. Once
 * every connection has reached ReadyForQuery it writes the count to {@code readyFile}, then holds the
 * connections until {@code releaseFile} exists or {@code maxHoldSeconds} pass, sends Terminate on each and
 * exits. Exits with status 1 (and a message on stderr) if any connection fails or needs a password.
 */
public final class IdleConnections {
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int READ_TIMEOUT_MILLIS = 30_000;
    private static final int MAX_MESSAGE = 1 << 20;
    private static final int THREADS = 4;

    private IdleConnections() {}

    /** Opens, holds and closes the connections; see the class comment for arguments. */
    public static void main(String[] args) throws Exception {
        if (args.length != 8) {
            System.err.println(
                    "usage: IdleConnections host port user database count readyFile releaseFile maxHoldSeconds");
            System.exit(2);
        }
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        String user = args[2];
        String database = args[3];
        int count = Integer.parseInt(args[4]);
        Path readyFile = Path.of(args[5]);
        Path releaseFile = Path.of(args[6]);
        long maxHoldMillis = Long.parseLong(args[7]) * 1000L;

        byte[] startup = startupMessage(user, database);
        List<Socket> sockets = Collections.synchronizedList(new ArrayList<>(count));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        int failures = 0;
        String firstFailure = null;
        try {
            List<Future<Socket>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> open(host, port, startup)));
            }
            for (Future<Socket> f : futures) {
                try {
                    sockets.add(f.get(120, TimeUnit.SECONDS));
                } catch (Exception e) {
                    failures++;
                    if (firstFailure == null) {
                        firstFailure = String.valueOf(e.getCause() != null ? e.getCause() : e);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (failures > 0) {
            System.err.println(
                    "IdleConnections: " + failures + " of " + count + " connections failed; first: " + firstFailure);
            closeAll(sockets);
            System.exit(1);
        }
        Files.writeString(readyFile, Integer.toString(sockets.size()) + "\n", StandardCharsets.UTF_8);
        System.out.println("open=" + sockets.size());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxHoldMillis);
        while (!Files.exists(releaseFile) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        closeAll(sockets);
    }

    private static byte[] startupMessage(String user, String database) {
        byte[] body = ("user\0" + user + "\0database\0" + database + "\0application_name\0tusk-bench\0\0")
                .getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + body.length);
        b.putInt(8 + body.length).putInt(196608).put(body);
        return b.array();
    }

    private static Socket open(String host, int port, byte[] startup) throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            s.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = s.getOutputStream();
            out.write(startup);
            out.flush();
            DataInputStream in = new DataInputStream(new BufferedInputStream(s.getInputStream(), 8192));
            while (true) {
                int type = in.readUnsignedByte();
                int length = in.readInt();
                if (length < 4 || length > MAX_MESSAGE) {
                    throw new IOException("bad message length " + length + " for type " + (char) type);
                }
                byte[] body = in.readNBytes(length - 4);
                if (body.length != length - 4) {
                    throw new IOException("connection closed in the middle of a message");
                }
                switch (type) {
                    case 'R' -> {
                        int code = ByteBuffer.wrap(body).getInt();
                        if (code != 0) {
                            throw new IOException("server asked for authentication (code " + code
                                    + "); the benchmark needs trust authentication");
                        }
                    }
                    case 'E' ->
                        throw new IOException(
                                "server error: " + new String(body, StandardCharsets.UTF_8).replace('\0', ' '));
                    case 'Z' -> {
                        s.setSoTimeout(0);
                        return s;
                    }
                    default -> {
                        // ParameterStatus, BackendKeyData, NoticeResponse, NegotiateProtocolVersion: ignored.
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static void closeAll(List<Socket> sockets) {
        byte[] terminate = {'X', 0, 0, 0, 4};
        synchronized (sockets) {
            for (Socket s : sockets) {
                try (s) {
                    s.getOutputStream().write(terminate);
                } catch (IOException e) {
                    // the server may already have closed it; nothing to clean up beyond the close
                }
            }
        }
    }
}
