package dev.tusk.cli;

/** A bad command line or configuration file: reported with the usage text and exit code 2. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An error with a message for the user. */
    public UsageException(String message) {
        super(message);
    }
}
