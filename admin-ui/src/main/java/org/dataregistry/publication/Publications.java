package org.dataregistry.publication;

import jakarta.validation.Validator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dataregistry.audit.AuditAction;
import org.dataregistry.audit.AuditTrail;
import org.dataregistry.audit.AuditedRepository;
import org.dataregistry.audit.ObjectType;
import org.dataregistry.collect.ScrapydProperties;
import org.dataregistry.collect.ScrapydSpiders;
import org.dataregistry.collect.SpiderChoices;
import org.dataregistry.job.JobSearch;
import org.dataregistry.job.JobStore;
import org.dataregistry.job.JobSummary;
import org.dataregistry.job.RecentJob;
import org.dataregistry.job.RecentJobs;
import org.dataregistry.license.License;
import org.dataregistry.license.LicenseRepository;
import org.dataregistry.refusal.ActionRefusedException;
import org.dataregistry.refusal.InvalidInputException;
import org.dataregistry.security.Roles;
import org.dataregistry.settings.SettingsBundle;
import org.dataregistry.settings.SettingsBundleRepository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the admin UI can do with publications. Every method checks the caller's role; every change is validated,
 * refused when it would overwrite someone else's, and recorded in the audit log.
 */
@Service
@Secured(Roles.ROLE_VIEWER)
public class Publications {

    private final PublicationSearch search;
    private final JobSearch jobSearch;
    private final JobStore jobs;
    private final RecentJobs recentJobs;
    private final LicenseRepository licenses;
    private final SettingsBundleRepository settingsBundles;
    private final ScrapydSpiders spiders;
    private final ScrapydProperties scrapyd;
    private final AuditedRepository<Publication> audited;

    Publications(
            PublicationRepository publications,
            PublicationSearch search,
            JobSearch jobSearch,
            JobStore jobs,
            RecentJobs recentJobs,
            LicenseRepository licenses,
            SettingsBundleRepository settingsBundles,
            ScrapydSpiders spiders,
            ScrapydProperties scrapyd,
            AuditTrail audit,
            Validator validator) {
        this.spiders = spiders;
        this.scrapyd = scrapyd;
        this.search = search;
        this.jobSearch = jobSearch;
        this.jobs = jobs;
        this.recentJobs = recentJobs;
        this.licenses = licenses;
        this.settingsBundles = settingsBundles;
        this.audited = new AuditedRepository<>(publications, ObjectType.PUBLICATION, audit, validator);
    }

    /** How many publications match the search and filters. */
    public int count(PublicationFilter filter) {
        return search.count(filter);
    }

    /**
     * One page of the publications that match the search and filters, sorted by {@code sorts}, then newest first.
     */
    public List<PublicationSummary> find(
            PublicationFilter filter, List<PublicationOrder.Sort> sorts, int offset, int limit) {
        return search.find(filter, sorts, offset, limit);
    }

    /** A new publication to fill in, collected by {@link #defaultCollector the collector that works here}. */
    public Publication newPublication() {
        Publication publication = new Publication();
        publication.setCollector(defaultCollector(scrapyd));
        return publication;
    }

    /** The built-in download, unless Scrapyd is configured (then most publications are a Kingfisher spider). */
    static Collector defaultCollector(ScrapydProperties scrapyd) {
        return scrapyd.configured() ? Collector.SCRAPYD : Collector.HTTP;
    }

    /** A fresh copy of the publication, to edit; refused when it no longer exists. */
    public Publication get(long id) {
        return audited.existing(id);
    }

    /** The publication's job that hasn't completed, if any: no other job runs for it until it has. */
    public Optional<Long> incompleteJob(long publicationId) {
        return jobs.incompleteJobOf(publicationId);
    }

    /** The jobs that may become the publication's active job: its successful ones, newest first. */
    public List<JobSummary> successfulJobs(long publicationId) {
        return jobSearch.successfulJobs(publicationId);
    }

    /**
     * The "Recent jobs" of each of these publications (a page of the list): its latest completed jobs, oldest first,
     * at most {@value RecentJobs#SHOWN}; a publication without completed jobs is left out.
     */
    public Map<Long, List<RecentJob>> recentJobs(Collection<Long> publicationIds) {
        return recentJobs.of(publicationIds);
    }

    /** The data licenses a publication can have, by English name. */
    public List<License> licenses() {
        return licenses.findAllByName();
    }

    /** The Kingfisher Collect spiders a publication's source ID can name, or why Scrapyd could not list them. */
    public SpiderChoices spiders() {
        return spiders.list();
    }

    /** The Scrapy settings bundles a publication's crawls can use, by name. */
    public List<SettingsBundle> settingsBundles() {
        return settingsBundles.findAllByName();
    }

    /**
     * Creates the publication (no id yet) or saves the changes to it; returns the saved publication. A newly chosen
     * active job must be one of the publication's successful jobs.
     *
     * @throws InvalidInputException when a field breaks a rule; nothing is saved
     * @throws org.dataregistry.refusal.ActionRefusedException when someone else saved the publication since it
     *         was read, or deleted it
     */
    @Secured(Roles.ROLE_CONTRIBUTOR)
    @Transactional
    public Publication save(Publication publication) {
        checkActiveJob(publication);
        return audited.save(publication);
    }

    /**
     * Publishes or unpublishes the stored publication, leaving its other fields as they are now; recorded as
     * {@link AuditAction#PUBLISH} or {@link AuditAction#UNPUBLISH}. Returns the saved publication.
     */
    @Secured(Roles.ROLE_CONTRIBUTOR)
    @Transactional
    public Publication setPublished(long id, boolean published) {
        return audited.change(
                id,
                publication -> publication.setPublished(published),
                published ? AuditAction.PUBLISH : AuditAction.UNPUBLISH);
    }

    /**
     * Freezes (no automatic jobs) or unfreezes the stored publication, leaving its other fields as they are now;
     * recorded as {@link AuditAction#FREEZE} or {@link AuditAction#UNFREEZE}. Returns the saved publication.
     */
    @Secured(Roles.ROLE_CONTRIBUTOR)
    @Transactional
    public Publication setFrozen(long id, boolean frozen) {
        return audited.change(
                id, publication -> publication.setFrozen(frozen), frozen ? AuditAction.FREEZE : AuditAction.UNFREEZE);
    }

    /**
     * Deletes the publication and, with it, all its jobs. Refused while one of its jobs hasn't completed: a running
     * job would go on writing for a publication that no longer exists, so cancel it first.
     */
    @Secured(Roles.ROLE_SUPERUSER)
    @Transactional
    public void delete(long id) {
        if (jobs.incompleteJobOf(id).isPresent()) {
            throw new ActionRefusedException("This publication has a job that hasn't completed: cancel it first, "
                    + "then delete the publication.");
        }
        audited.delete(id);
    }

    private void checkActiveJob(Publication publication) {
        Long chosen = publication.getActiveJobId();
        Long stored = publication.getId() == null
                ? null
                : audited.existing(publication.getId()).getActiveJobId();
        if (chosen == null || chosen.equals(stored)) {
            return;
        }
        boolean successful = publication.getId() != null
                && successfulJobs(publication.getId()).stream().anyMatch(job -> job.id() == chosen);
        if (!successful) {
            throw InvalidInputException.of("activeJobId", "Choose one of this publication's successful jobs.");
        }
    }
}
