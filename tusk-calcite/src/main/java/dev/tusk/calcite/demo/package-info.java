/** The demo dataset {@code tusk serve --demo} loads into the in-memory database at start. */
package dev.tusk.calcite.demo;
