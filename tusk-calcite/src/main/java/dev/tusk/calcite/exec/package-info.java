/**
 * Executing statements over the catalog and the row store: transactions and their failed state, DDL, and
 * INSERT/UPDATE/DELETE with constraints and RETURNING (planned with Calcite, applied by Tusk).
 */
package dev.tusk.calcite.exec;
