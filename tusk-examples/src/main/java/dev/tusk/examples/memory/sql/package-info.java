/** The SQL front end of the example backend: a hand-written lexer, the AST and a recursive-descent parser. */
package dev.tusk.examples.memory.sql;
