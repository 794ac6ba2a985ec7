/**
 * Messages a PostgreSQL server sends to the client, one immutable record per message of protocol 3.0/3.2.
 *
 * <p>Small {@code int[]}/{@code short[]} components are copied defensively. Byte arrays held by records are not
 * copied on construction or access, to keep large payloads such as DataRow values cheap; treat them as read-only.
 */
package dev.tusk.protocol.backend;
