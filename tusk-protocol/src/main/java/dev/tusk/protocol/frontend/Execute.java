package dev.tusk.protocol.frontend;

import java.util.Objects;

/**
 * Extended protocol: runs a portal.
 *
 * @param portalName the portal, empty for the unnamed portal
 * @param maxRows the maximum number of rows to return; 0 for no limit
 */
public record Execute(String portalName, int maxRows) implements FrontendMessage {
    /** Checks the components. */
    public Execute {
        Objects.requireNonNull(portalName, "portalName");
    }
}
