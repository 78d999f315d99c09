package org.dataregistry.search;

/**
 * What a publication's data contains, as the search's "data contains" filter offers it: the active job's count of
 * each is not zero. The parameter value is the job's column, as in the original ({@code counts=awards_count}).
 */
public enum DataCount {
    PARTIES("parties_count"),
    PLANNINGS("plannings_count"),
    TENDERS("tenders_count"),
    AWARDS("awards_count"),
    CONTRACTS("contracts_count"),
    DOCUMENTS("documents_count"),
    MILESTONES("milestones_count"),
    AMENDMENTS("amendments_count");

    private final String column;

    DataCount(String column) {
        this.column = column;
    }

    /** The job column and query parameter value, e.g. {@code awards_count}. */
    public String column() {
        return column;
    }

    /** The count named by a query parameter value, or {@code null}. */
    static DataCount ofColumn(String value) {
        for (DataCount count : values()) {
            if (count.column.equals(value)) {
                return count;
            }
        }
        return null;
    }
}
