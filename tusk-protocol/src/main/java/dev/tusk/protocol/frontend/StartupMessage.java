package dev.tusk.protocol.frontend;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The first packet of a session: the protocol version and the connection parameters ({@code user},
 * {@code database}, {@code options}, GUCs, {@code _pq_.} options).
 *
 * @param protocolVersion {@code major << 16 | minor}, e.g. 196608 for 3.0
 * @param parameters the parameters in wire order; an unmodifiable copy
 */
public record StartupMessage(int protocolVersion, Map<String, String> parameters) implements FrontendMessage {
    /** Copies {@code parameters}, keeping their order. */
    public StartupMessage {
        Objects.requireNonNull(parameters, "parameters");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The value of one parameter, or {@code null}. */
    public String parameter(String name) {
        return parameters.get(name);
    }
}
