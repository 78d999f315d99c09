package org.dataregistry.pull;

/** The 14 counts of the original's coverage task (reference §5.4), stored on the job and shown on the site. */
public record JobCounts(
        long tenders,
        long tenderers,
        long tendersItems,
        long parties,
        long awards,
        long awardsItems,
        long awardsSuppliers,
        long contracts,
        long contractsItems,
        long contractsTransactions,
        long documents,
        long plannings,
        long milestones,
        long amendments) {
}
