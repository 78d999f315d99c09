package org.dataregistry.audit;

/** What an administrator did to an object. */
public enum AuditAction {
    CREATE("Created"),
    UPDATE("Changed"),
    DELETE("Deleted"),
    PUBLISH("Published"),
    UNPUBLISH("Unpublished"),
    FREEZE("Froze"),
    UNFREEZE("Unfroze"),
    ACTIVATE("Activated"),
    DEACTIVATE("Deactivated"),
    RESET_PASSWORD("Reset the password of"),
    /** A user changed their own password, giving their current one. */
    CHANGE_PASSWORD("Changed the password of"),
    RUN("Ran"),
    CANCEL("Cancelled"),
    RESTART("Restarted"),
    /** A wrong password (or an unknown username), recorded with the client's address as who acted. */
    SIGN_IN_FAILED("Failed to sign in as"),
    /** Too many failures: sign-ins for the account or from the address are refused for a while. */
    SIGN_IN_THROTTLED("Was throttled signing in as");

    private final String verb;

    AuditAction(String verb) {
        this.verb = verb;
    }

    /** The past-tense verb the audit log shows, e.g. "Froze". */
    public String verb() {
        return verb;
    }
}
