package org.dataregistry.publication;

import java.util.List;
import org.dataregistry.pull.JobCounts;

/**
 * A card of the "data available" section: whether the data has a kind of object, and how many of each.
 *
 * @param titleKey message key of the kind, e.g. {@code data.awards}
 * @param present whether the data has any (the card's tick)
 * @param counts the counts the card lists
 */
public record DataCard(String titleKey, boolean present, List<Count> counts) {

    /** A count and the message key of what it counts. */
    public record Count(String labelKey, long value) {}

    /** The original's eight cards: parties, planning, tenders, awards, contracts, documents, milestones, amendments. */
    static List<DataCard> of(JobCounts c) {
        return List.of(
                card("data.parties", c.parties(), new Count("data.count.parties", c.parties())),
                card("data.planning", c.plannings(), new Count("data.count.plannings", c.plannings())),
                card(
                        "data.tenders",
                        c.tenders(),
                        new Count("data.count.tenders", c.tenders()),
                        new Count("data.count.tenderers", c.tenderers()),
                        new Count("data.count.tenderItems", c.tendersItems())),
                card(
                        "data.awards",
                        c.awards(),
                        new Count("data.count.awards", c.awards()),
                        new Count("data.count.suppliers", c.awardsSuppliers()),
                        new Count("data.count.awardItems", c.awardsItems())),
                card(
                        "data.contracts",
                        c.contracts(),
                        new Count("data.count.contracts", c.contracts()),
                        new Count("data.count.contractItems", c.contractsItems()),
                        new Count("data.count.transactions", c.contractsTransactions())),
                card("data.documents", c.documents(), new Count("data.count.documents", c.documents())),
                card("data.milestones", c.milestones(), new Count("data.count.milestones", c.milestones())),
                card("data.amendments", c.amendments(), new Count("data.count.amendments", c.amendments())));
    }

    private static DataCard card(String titleKey, long main, Count... counts) {
        return new DataCard(titleKey, main > 0, List.of(counts));
    }
}
