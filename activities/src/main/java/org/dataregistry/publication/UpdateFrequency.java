package org.dataregistry.publication;

/** How often the publisher updates its data (shown and filtered on, never scheduled on). */
public enum UpdateFrequency {
    UNKNOWN("Unknown"),
    REAL_TIME("Real time"),
    HOURLY("Hourly"),
    DAILY("Daily"),
    WEEKLY("Weekly"),
    MONTHLY("Monthly"),
    QUARTERLY("Every 3 months"),
    HALF_YEARLY("Every 6 months"),
    ANNUALLY("Annually");

    private final String label;

    UpdateFrequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
