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
    RUN("Ran"),
    CANCEL("Cancelled"),
    RESTART("Restarted");

    private final String verb;

    AuditAction(String verb) {
        this.verb = verb;
    }

    /** The past-tense verb the audit log shows, e.g. "Froze". */
    public String verb() {
        return verb;
    }
}
