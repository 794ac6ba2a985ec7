/** JMH micro-benchmarks of Tusk's hot paths: frontend message decoding and DataRow encoding. */
package dev.tusk.bench.jmh;
