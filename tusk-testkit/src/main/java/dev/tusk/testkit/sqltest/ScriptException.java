package dev.tusk.testkit.sqltest;

import java.nio.file.Path;

/** A script that cannot be read or is malformed, naming the file and line. */
public final class ScriptException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem at a line of a script. */
    public ScriptException(Path file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }
}
