/**
 * PostgreSQL's functions, operators and aggregates on Calcite, with PostgreSQL's names, argument and result types,
 * NULL handling and errors: static Java methods marked {@link dev.tusk.calcite.func.PgFunction} (or factories
 * marked {@link dev.tusk.calcite.func.PgAggregate}), grouped by family ({@code StringFunctions}, {@code
 * MathFunctions}, {@code ArrayFunctions}, {@code JsonFunctions} ...). {@link dev.tusk.calcite.func.FunctionRegistry}
 * makes one operator per name; validating a call chooses the overload by PostgreSQL's resolution rules ({@link
 * dev.tusk.calcite.func.OverloadResolver}) and binds the call to it; {@link dev.tusk.calcite.func.QueryContext}
 * gives functions the session they run in.
 */
package dev.tusk.calcite.func;
