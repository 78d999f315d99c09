package org.dataregistry.audit;

/** The kinds of object the audit log records actions on. */
public enum ObjectType {
    PUBLICATION("publication"),
    LICENSE("data license"),
    SETTINGS_BUNDLE("Scrapy settings bundle"),
    USER("user"),
    JOB("job");

    private final String label;

    ObjectType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
