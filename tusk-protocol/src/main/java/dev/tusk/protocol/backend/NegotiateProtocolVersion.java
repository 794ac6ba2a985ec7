package dev.tusk.protocol.backend;

import java.util.List;

/**
 * Tells the client which minor protocol version and which {@code _pq_.} options the server does not support.
 *
 * @param newestMinorVersion the newest minor version of the requested major version the server supports
 * @param unrecognizedOptions the protocol options the server did not recognize
 */
public record NegotiateProtocolVersion(int newestMinorVersion, List<String> unrecognizedOptions)
        implements BackendMessage {
    /** Copies the list. */
    public NegotiateProtocolVersion {
        unrecognizedOptions = List.copyOf(unrecognizedOptions);
    }
}
