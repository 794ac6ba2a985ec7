/** From a validated PostgreSQL query to a compiled Calcite plan: validation, conversion, optimisation, code generation. */
package dev.tusk.calcite.plan;
