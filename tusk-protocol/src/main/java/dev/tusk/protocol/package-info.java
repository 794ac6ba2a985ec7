/**
 * The PostgreSQL frontend/backend protocol 3.0 and 3.2: protocol constants and every SQLSTATE.
 *
 * <p>Messages live in {@code frontend} and {@code backend}, the Netty codec in {@code codec}.
 */
package dev.tusk.protocol;
