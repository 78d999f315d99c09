package org.dataregistry.publication;

import java.time.Period;
import java.util.Optional;

/** How often the registry collects a publication again; {@link #NEVER} stops automatic jobs. */
public enum RetrievalFrequency {
    WEEKLY("Weekly", 7),
    BIWEEKLY("Every 2 weeks", 14),
    MONTHLY("Monthly", 30),
    HALF_YEARLY("Every 6 months", 180),
    ANNUALLY("Annually", 365),
    NEVER("This dataset is no longer updated by the publisher", 0);

    private final String label;
    private final int days;

    RetrievalFrequency(String label, int days) {
        this.label = label;
        this.days = days;
    }

    public String label() {
        return label;
    }

    /** Time between two scheduled jobs; empty for {@link #NEVER}. */
    public Optional<Period> period() {
        return days == 0 ? Optional.empty() : Optional.of(Period.ofDays(days));
    }
}
