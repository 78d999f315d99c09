package org.dataregistry.ocds.coverage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The 14 counts the Data Registry derives from a coverage map and stores on the job.
 *
 * @param tenders              {@code /tender/}
 * @param tenderers            {@code /tender/tenderers[]/}
 * @param tendersItems         {@code /tender/items[]/}
 * @param parties              {@code /parties[]/}
 * @param awards               {@code /awards[]/}
 * @param awardsItems          {@code /awards[]/items[]/}
 * @param awardsSuppliers      {@code /awards[]/suppliers[]/}
 * @param contracts            {@code /contracts[]/}
 * @param contractsItems       {@code /contracts[]/items[]/}
 * @param contractsTransactions {@code /contracts[]/implementation/transactions[]/}
 * @param documents            the sum over every path ending with {@code /documents[]/}
 * @param plannings            {@code /planning/}
 * @param milestones           the sum over every path ending with {@code /milestones[]/}
 * @param amendments           the sum over every path ending with {@code /amendments[]/}
 */
public record CoverageCounts(
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

    /** The counts of a coverage map (path to count; a missing path counts 0). */
    public static CoverageCounts of(Map<String, Long> coverage) {
        return new CoverageCounts(
                coverage.getOrDefault("/tender/", 0L),
                coverage.getOrDefault("/tender/tenderers[]/", 0L),
                coverage.getOrDefault("/tender/items[]/", 0L),
                coverage.getOrDefault("/parties[]/", 0L),
                coverage.getOrDefault("/awards[]/", 0L),
                coverage.getOrDefault("/awards[]/items[]/", 0L),
                coverage.getOrDefault("/awards[]/suppliers[]/", 0L),
                coverage.getOrDefault("/contracts[]/", 0L),
                coverage.getOrDefault("/contracts[]/items[]/", 0L),
                coverage.getOrDefault("/contracts[]/implementation/transactions[]/", 0L),
                sum(coverage, path -> path.endsWith("/documents[]/")),
                coverage.getOrDefault("/planning/", 0L),
                sum(coverage, path -> path.endsWith("/milestones[]/")),
                sum(coverage, path -> path.endsWith("/amendments[]/")));
    }

    /** The counts by the names of the Data Registry's job fields ({@code tenders_count}, ...), in this order. */
    public Map<String, Long> byJobField() {
        Map<String, Long> fields = new LinkedHashMap<>();
        fields.put("tenders_count", tenders);
        fields.put("tenderers_count", tenderers);
        fields.put("tenders_items_count", tendersItems);
        fields.put("parties_count", parties);
        fields.put("awards_count", awards);
        fields.put("awards_items_count", awardsItems);
        fields.put("awards_suppliers_count", awardsSuppliers);
        fields.put("contracts_count", contracts);
        fields.put("contracts_items_count", contractsItems);
        fields.put("contracts_transactions_count", contractsTransactions);
        fields.put("documents_count", documents);
        fields.put("plannings_count", plannings);
        fields.put("milestones_count", milestones);
        fields.put("amendments_count", amendments);
        return fields;
    }

    private static long sum(Map<String, Long> coverage, Predicate<String> paths) {
        return coverage.entrySet().stream()
                .filter(entry -> paths.test(entry.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
