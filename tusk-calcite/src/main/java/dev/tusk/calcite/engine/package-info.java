/** The {@link dev.tusk.server.api.QueryEngine} that serves PostgreSQL clients from Calcite. */
package dev.tusk.calcite.engine;
