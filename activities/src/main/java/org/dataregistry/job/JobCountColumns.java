package org.dataregistry.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.dataregistry.pull.JobCounts;

/** The 14 counts of a job as its row holds them ({@code tenders_count}, ...), read in one place for every page. */
public final class JobCountColumns {

    private JobCountColumns() {}

    /** The counts of the job on the result set's current row. */
    public static JobCounts read(ResultSet rs) throws SQLException {
        return new JobCounts(
                rs.getLong("tenders_count"),
                rs.getLong("tenderers_count"),
                rs.getLong("tenders_items_count"),
                rs.getLong("parties_count"),
                rs.getLong("awards_count"),
                rs.getLong("awards_items_count"),
                rs.getLong("awards_suppliers_count"),
                rs.getLong("contracts_count"),
                rs.getLong("contracts_items_count"),
                rs.getLong("contracts_transactions_count"),
                rs.getLong("documents_count"),
                rs.getLong("plannings_count"),
                rs.getLong("milestones_count"),
                rs.getLong("amendments_count"));
    }
}
