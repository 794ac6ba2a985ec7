package dev.tusk.calcite.func;

import java.util.UUID;

/** PostgreSQL's uuid functions. */
public final class UuidFunctions {
    private UuidFunctions() {}

    /** {@code gen_random_uuid() → uuid}: a version 4 (random) UUID. */
    @PgFunction(value = "gen_random_uuid", returns = "uuid", volatileResult = true)
    public static UUID genRandomUuid() {
        return UUID.randomUUID();
    }
}
