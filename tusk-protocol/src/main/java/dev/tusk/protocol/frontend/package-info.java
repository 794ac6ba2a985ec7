/**
 * Messages a PostgreSQL client sends to the server, one immutable record per message of protocol 3.0/3.2.
 *
 * <p>Small {@code int[]}/{@code short[]} components are copied defensively. Byte arrays held by records are not
 * copied on construction or access, to keep large payloads cheap; treat
 * them as read-only.
 */
package dev.tusk.protocol.frontend;
