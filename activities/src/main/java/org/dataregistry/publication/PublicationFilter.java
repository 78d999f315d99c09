package org.dataregistry.publication;

/**
 * The publication list's search box and sidebar filters. A filter left null matches everything; the filters
 * combine with AND. Mutable so the list view's filter controls can bind to it.
 */
public class PublicationFilter {

    /** Words that must each appear in the title or the country (any language), ignoring case and accents. */
    private String search;
    /** Public (true) or not public (false). */
    private Boolean published;
    /** Frozen (true) or not (false). */
    private Boolean frozen;
    /** Has no active job (true) or has one (false). */
    private Boolean activeJobEmpty;
    /** Has this retrieval frequency. */
    private RetrievalFrequency retrievalFrequency;
    /** Has no retrieval frequency (true) or has one (false). */
    private Boolean retrievalFrequencyUnset;
    /** Has no data license (true) or has one (false). */
    private Boolean licenseEmpty;
    /** Has no English quality summary (true) or has one (false). */
    private Boolean summaryEnEmpty;
    /** Misses a field every publication needs (true), or misses none (false). */
    private Boolean incomplete;
    /** Has a text written in English but not in Spanish (true), or has none such (false). */
    private Boolean untranslated;
    /** When the quality summary was last reviewed. */
    private LastReviewed lastReviewed;

    public static PublicationFilter search(String words) {
        PublicationFilter filter = new PublicationFilter();
        filter.setSearch(words);
        return filter;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Boolean getPublished() {
        return published;
    }

    public void setPublished(Boolean published) {
        this.published = published;
    }

    public Boolean getFrozen() {
        return frozen;
    }

    public void setFrozen(Boolean frozen) {
        this.frozen = frozen;
    }

    public Boolean getActiveJobEmpty() {
        return activeJobEmpty;
    }

    public void setActiveJobEmpty(Boolean activeJobEmpty) {
        this.activeJobEmpty = activeJobEmpty;
    }

    public RetrievalFrequency getRetrievalFrequency() {
        return retrievalFrequency;
    }

    public void setRetrievalFrequency(RetrievalFrequency retrievalFrequency) {
        this.retrievalFrequency = retrievalFrequency;
    }

    public Boolean getRetrievalFrequencyUnset() {
        return retrievalFrequencyUnset;
    }

    public void setRetrievalFrequencyUnset(Boolean retrievalFrequencyUnset) {
        this.retrievalFrequencyUnset = retrievalFrequencyUnset;
    }

    public Boolean getLicenseEmpty() {
        return licenseEmpty;
    }

    public void setLicenseEmpty(Boolean licenseEmpty) {
        this.licenseEmpty = licenseEmpty;
    }

    public Boolean getSummaryEnEmpty() {
        return summaryEnEmpty;
    }

    public void setSummaryEnEmpty(Boolean summaryEnEmpty) {
        this.summaryEnEmpty = summaryEnEmpty;
    }

    public Boolean getIncomplete() {
        return incomplete;
    }

    public void setIncomplete(Boolean incomplete) {
        this.incomplete = incomplete;
    }

    public Boolean getUntranslated() {
        return untranslated;
    }

    public void setUntranslated(Boolean untranslated) {
        this.untranslated = untranslated;
    }

    public LastReviewed getLastReviewed() {
        return lastReviewed;
    }

    public void setLastReviewed(LastReviewed lastReviewed) {
        this.lastReviewed = lastReviewed;
    }
}
