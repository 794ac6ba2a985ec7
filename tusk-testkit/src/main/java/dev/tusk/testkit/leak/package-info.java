/** Turns Netty's buffer-leak reports into test failures. */
package dev.tusk.testkit.leak;
