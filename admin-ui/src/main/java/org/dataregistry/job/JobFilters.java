package org.dataregistry.job;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.dataregistry.filter.FilterSidebar;
import org.dataregistry.form.Choices;

/**
 * The job list's sidebar filters (status, unsuccessful, temporary data deleted, active), written straight into a
 * {@link JobFilter}.
 */
class JobFilters extends FilterSidebar<JobFilter> {

    final Select<JobStatus> status = Choices.optional("Status", List.of(JobStatus.values()), JobStatus::name, "All");
    final Select<Boolean> unsuccessful = Choices.either("Unsuccessful", "Yes", "No");
    final Select<Boolean> wiped = Choices.either("Temporary data deleted", "Yes", "No");
    final Select<Boolean> active = Choices.either("Active", "Yes", "No");

    /** Filters into {@code filter}, calling {@code onChange} after each change. */
    JobFilters(JobFilter filter, Runnable onChange) {
        super(JobFilter.class);
        unsuccessful.setHelperText("Completed with a task failed or cancelled.");
        show(filter, onChange, status, unsuccessful, wiped, active);
    }
}
