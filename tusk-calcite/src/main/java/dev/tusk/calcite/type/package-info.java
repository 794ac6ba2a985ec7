/** How PostgreSQL types (from tusk-types) are carried through Calcite's types and values. */
package dev.tusk.calcite.type;
