/** JMH micro-benchmarks of Tusk's hot paths (frontend message decoding, DataRow encoding) and of pgjdbc decoding those rows. */
package dev.tusk.bench.jmh;
