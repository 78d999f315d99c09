package org.dataregistry.pull;

/**
 * How many of each kind of object the job's compiled releases hold (tenders, their tenderers and items, parties,
 * awards…, one count per field below, as the original's coverage task counted them), stored on the job and shown on
 * the site.
 */
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
        long amendments) {}
