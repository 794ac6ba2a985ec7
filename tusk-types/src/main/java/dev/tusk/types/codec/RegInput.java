package dev.tusk.types.codec;

import dev.tusk.types.CatalogNames;

/** How one object-identifier type reads a name (anything but {@code -} or an all-digit OID) into an OID. */
@FunctionalInterface
interface RegInput {
    /** Resolves {@code input} in {@code catalog}, or throws PostgreSQL's error for it. */
    long resolve(String input, CatalogNames catalog);
}
