package org.dataregistry.publication;

/** The columns the publications list can be sorted by, each with the SQL it sorts on. */
public enum PublicationOrder {
    ID("p.id"),
    TITLE("search_key(p.title)"),
    COUNTRY("search_key(p.country_en)"),
    PUBLIC("p.public"),
    FROZEN("p.frozen"),
    ACTIVE_JOB("j.start"),
    LAST_REVIEWED("p.last_reviewed");

    private final String sql;

    PublicationOrder(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }

    /** One sort criterion. */
    public record Sort(PublicationOrder order, boolean descending) {

        public static Sort ascending(PublicationOrder order) {
            return new Sort(order, false);
        }

        public static Sort descending(PublicationOrder order) {
            return new Sort(order, true);
        }

        String sql() {
            return order.sql() + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST");
        }
    }
}
