/**
 * Authentication: PostgreSQL's trust, password, md5 and SCRAM-SHA-256(-PLUS) methods behind a pluggable
 * credential source that can hold SCRAM verifiers instead of passwords.
 */
package dev.tusk.server.auth;
