package org.dataregistry.user;

/**
 * What a site administrator may do. Every group can view everything; superusers (a flag on the user, not a
 * group) may also manage users and delete.
 */
public enum Group {
    VIEWER("Viewer", "View publications, licenses, settings bundles, jobs and the audit log."),
    CONTRIBUTOR("Contributor", "Add and change publications, licenses and settings bundles."),
    OPERATOR("Operator", "Run, cancel and restart jobs, and change their flags.");

    private final String label;
    private final String description;

    Group(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
