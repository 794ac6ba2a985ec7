/** Example backends built on tusk-server's handler API. */
package dev.tusk.examples;
