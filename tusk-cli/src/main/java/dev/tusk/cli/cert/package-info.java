/** {@code tusk cert}: a throwaway CA and a server certificate for trying TLS (sslmode=verify-full) locally. */
package dev.tusk.cli.cert;
