/** Analysis and execution of parsed statements: types, expression evaluation, statements, COPY. */
package dev.tusk.examples.memory.exec;
