package dev.tusk.calcite.func;

import dev.tusk.protocol.SqlState;
import dev.tusk.server.api.PgException;

/** PostgreSQL's session information and configuration functions. */
public final class SystemFunctions {
    /** What version() reports after the PostgreSQL version clients parse. */
    public static final String VERSION = "PostgreSQL 15.0 (Tusk 0.1.0 on Apache Calcite 1.42.0) on the JVM, 64-bit";

    private SystemFunctions() {}

    /** version(). */
    @PgFunction("version")
    public static String version() {
        return VERSION;
    }

    /** current_database(). */
    @PgFunction("current_database")
    public static String currentDatabase() {
        return QueryContext.current().session().database();
    }

    /** pg_backend_pid(). */
    @PgFunction("pg_backend_pid")
    public static int pgBackendPid() {
        return QueryContext.current().session().processId();
    }

    /** current_setting(name). */
    @PgFunction("current_setting")
    public static String currentSetting(String name) {
        return currentSetting(name, false);
    }

    /** current_setting(name, missing_ok). */
    @PgFunction("current_setting")
    public static String currentSetting(String name, boolean missingOk) {
        if (name == null) {
            return null;
        }
        String v = QueryContext.current().session().setting(name);
        if (v == null) {
            v = dev.tusk.calcite.engine.SettingDefaults.get(name);
        }
        if (v == null && !missingOk) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + name + "\"");
        }
        return v;
    }

    /** set_config(name, value, is_local). */
    @PgFunction(value = "set_config", volatileResult = true)
    public static String setConfig(String name, String value, boolean isLocal) {
        if (isLocal) {
            throw new PgException(
                    SqlState.FEATURE_NOT_SUPPORTED, "set_config with is_local = true is not supported yet");
        }
        QueryContext.current().session().setSetting(name, value);
        return QueryContext.current().session().setting(name);
    }
}
