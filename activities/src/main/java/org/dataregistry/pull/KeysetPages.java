package org.dataregistry.pull;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * Reads compiled releases page by page with keyset pagination ({@code id > last id ORDER BY id LIMIT page size}),
 * as the original exporter reads Kingfisher Process: each page is a short query however large the collection, and
 * rows stream from the server rather than a whole page sitting in memory.
 * <p>
 * The query takes three parameters (the owner, e.g. a job or collection id; the last id read; the page size) and
 * returns two columns (the id; the compiled release as JSON text).
 */
final class KeysetPages {

    /** Rows fetched from the server at a time within a page. */
    private static final int FETCH_SIZE = 500;

    /**
     * A compiled collection's releases in Kingfisher Process's database; {@code data::text} is the jsonb text
     * the original exporter wrote, byte for byte.
     */
    static final String KINGFISHER_PROCESS = """
            SELECT data.id, data.data::text FROM compiled_release JOIN data ON data.id = compiled_release.data_id
            WHERE compiled_release.collection_id = ? AND data.id > ? ORDER BY data.id LIMIT ?""";

    private final DataSource dataSource;
    private final String query;
    private final long owner;
    private final int pageSize;
    private long lastId;

    KeysetPages(DataSource dataSource, String query, long owner, int pageSize) {
        this.dataSource = dataSource;
        this.query = query;
        this.owner = owner;
        this.pageSize = pageSize;
    }

    /** Passes every row's JSON text to {@code row}, in id order. */
    void forEach(Consumer<String> row) {
        int read;
        do {
            read = page(row);
        } while (read == pageSize);
    }

    /** Passes every row's JSON text in UTF-8 to {@code row}, in id order. */
    void forEachUtf8(Consumer<byte[]> row) {
        forEach(text -> row.accept(text.getBytes(StandardCharsets.UTF_8)));
    }

    private int page(Consumer<String> row) {
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL streams rows (fetch size) only inside a transaction.
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(query)) {
                statement.setFetchSize(FETCH_SIZE);
                statement.setLong(1, owner);
                statement.setLong(2, lastId);
                statement.setInt(3, pageSize);
                int read = 0;
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        lastId = rows.getLong(1);
                        row.accept(rows.getString(2));
                        read++;
                    }
                }
                return read;
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new SQLExceptionSubclassTranslator().translate("pull a page", query, e);
        }
    }
}
