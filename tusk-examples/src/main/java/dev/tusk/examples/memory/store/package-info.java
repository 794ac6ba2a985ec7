/** Tables, the shared catalog and copy-on-write transactions of the example backend. */
package dev.tusk.examples.memory.store;
