package org.dataregistry.database;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A list's search in SQL, counted and paged alike: {@link #count} counts the rows of one FROM clause that a filter's
 * conditions keep, and {@link #page} returns one page of those same rows, so the count a grid shows is the number of
 * rows it pages through.
 *
 * @param <F> the list's filter, which the function given turns into WHERE conditions
 */
public final class PagedSearch<F> {

    private final NamedParameterJdbcTemplate jdbc;
    private final String from;
    private final Function<F, SqlConditions> conditions;

    /**
     * @param from the FROM clause with its joins, e.g.
     *     {@code "FROM job j JOIN publication p ON p.id = j.publication_id"}
     * @param conditions the conditions a filter stands for
     */
    public PagedSearch(NamedParameterJdbcTemplate jdbc, String from, Function<F, SqlConditions> conditions) {
        this.jdbc = jdbc;
        this.from = from;
        this.conditions = conditions;
    }

    /** How many rows match {@code filter}. */
    public int count(F filter) {
        SqlConditions where = conditions.apply(filter);
        Integer count = jdbc.queryForObject("SELECT count(*) " + from + where.where(), where.params(), Integer.class);
        return count == null ? 0 : count;
    }

    /**
     * The matching rows from {@code offset}, at most {@code limit} of them, in {@code orderBy}'s order. That order must
     * end with a unique column (e.g. {@code "p.title, p.id DESC"}), or pages could repeat a row and skip another.
     *
     * @param select the SELECT list, e.g. {@code "SELECT j.id, j.status"}
     */
    public <T> List<T> page(String select, F filter, String orderBy, int offset, int limit, RowMapper<T> rows) {
        SqlConditions where = conditions.apply(filter);
        Map<String, Object> params = where.params();
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.query(
                select.strip() + " " + from.strip() + where.where() + " ORDER BY " + orderBy
                        + " OFFSET :offset LIMIT :limit",
                params,
                rows);
    }
}
