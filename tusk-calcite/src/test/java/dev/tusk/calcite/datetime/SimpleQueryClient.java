package dev.tusk.calcite.datetime;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A minimal PostgreSQL simple-query client for differential tests: unlike pgjdbc it accepts every DateStyle, and
 * it shows every value exactly as the server sent its text. Trust authentication only.
 */
final class SimpleQueryClient implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    SimpleQueryClient(String host, int port, String user, String database) {
        try {
            socket = new Socket(host, port);
            in = new DataInputStream(socket.getInputStream());
            out = socket.getOutputStream();
            byte[] params = ("user\0" + user + "\0database\0" + database + "\0\0").getBytes(StandardCharsets.UTF_8);
            ByteBuffer b = ByteBuffer.allocate(8 + params.length);
            b.putInt(8 + params.length).putInt(196608).put(params);
            out.write(b.array());
            out.flush();
            String result = readUntilReady();
            if (result.startsWith("ERROR")) {
                throw new IllegalStateException(result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one statement: every row as {@code (a | b)}, or {@code ERROR <sqlstate> <message>}. */
    String query(String sql) {
        try {
            byte[] text = (sql + "\0").getBytes(StandardCharsets.UTF_8);
            ByteBuffer b = ByteBuffer.allocate(5 + text.length);
            b.put((byte) 'Q').putInt(4 + text.length).put(text);
            out.write(b.array());
            out.flush();
            return readUntilReady();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String readUntilReady() throws IOException {
        StringBuilder rows = new StringBuilder();
        String error = null;
        while (true) {
            byte type = in.readByte();
            int len = in.readInt();
            byte[] body = new byte[len - 4];
            in.readFully(body);
            ByteBuffer b = ByteBuffer.wrap(body);
            switch (type) {
                case 'R' -> {
                    if (b.getInt() != 0) {
                        throw new IllegalStateException("only trust authentication is supported");
                    }
                }
                case 'D' -> {
                    int n = b.getShort();
                    rows.append('(');
                    for (int i = 0; i < n; i++) {
                        int l = b.getInt();
                        String v = "null";
                        if (l >= 0) {
                            v = new String(body, b.position(), l, StandardCharsets.UTF_8);
                            b.position(b.position() + l);
                        }
                        rows.append(i > 0 ? " | " : "").append(v);
                    }
                    rows.append(')');
                }
                case 'E' -> {
                    String code = "";
                    String message = "";
                    int start = 0;
                    while (start < body.length && body[start] != 0) {
                        int end = start + 1;
                        while (body[end] != 0) {
                            end++;
                        }
                        String value = new String(body, start + 1, end - start - 1, StandardCharsets.UTF_8);
                        if (body[start] == 'C') {
                            code = value;
                        } else if (body[start] == 'M') {
                            message = value;
                        }
                        start = end + 1;
                    }
                    error = "ERROR " + code + " " + message;
                }
                case 'Z' -> {
                    return error != null ? error : rows.toString();
                }
                default -> {
                    // RowDescription, CommandComplete, ParameterStatus, BackendKeyData, notices
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            out.write(new byte[] {'X', 0, 0, 0, 4});
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
