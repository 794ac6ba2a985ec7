/** The {@code tusk} command: {@code tusk serve} runs a server on the example backend, {@code tusk cert} makes dev certificates. */
package dev.tusk.cli;
