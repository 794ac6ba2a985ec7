/** Small helpers for byte-level work: value semantics for byte arrays and hex dumps for test failure messages. */
package dev.tusk.protocol.util;
