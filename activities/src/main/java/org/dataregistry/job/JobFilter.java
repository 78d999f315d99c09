package org.dataregistry.job;

/**
 * The job list's search box and sidebar filters. A filter left null matches everything; the filters
 * combine with AND. Mutable so the list view's filter controls can bind to it.
 */
public class JobFilter {

    /** Words that must each appear in the publication's title or country (any language), ignoring case and accents. */
    private String search;
    /** In this status. */
    private JobStatus status;
    /** Completed with a task that failed or was cancelled (true), or completed without one (false). */
    private Boolean unsuccessful;
    /** Its temporary data was wiped (true) or not (false): the job's {@code archived} column. */
    private Boolean wiped;
    /** Is its publication's active job (true) or not (false). */
    private Boolean active;

    public static JobFilter search(String words) {
        JobFilter filter = new JobFilter();
        filter.setSearch(words);
        return filter;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public JobStatus getStatus() {
        return status;
    }

    public void setStatus(JobStatus status) {
        this.status = status;
    }

    public Boolean getUnsuccessful() {
        return unsuccessful;
    }

    public void setUnsuccessful(Boolean unsuccessful) {
        this.unsuccessful = unsuccessful;
    }

    public Boolean getWiped() {
        return wiped;
    }

    public void setWiped(Boolean wiped) {
        this.wiped = wiped;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
