/** TLS for the server: certificates and keys from PEM files, SSLRequest and direct TLS (ALPN "postgresql"). */
package dev.tusk.server.tls;
