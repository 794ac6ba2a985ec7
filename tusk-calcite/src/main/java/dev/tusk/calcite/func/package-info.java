/**
 * PostgreSQL's functions that Calcite lacks, as plain static Java methods: {@link dev.tusk.calcite.func.FunctionRegistry}
 * turns each annotated method into a Calcite function; {@link dev.tusk.calcite.func.QueryContext} gives them the
 * session they run in.
 */
package dev.tusk.calcite.func;
