package org.dataregistry.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

@PersistenceTest
class PagedSearchTest {

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    /** The numbers 1 to 25; the filter, when given, keeps the multiples of it. */
    PagedSearch<Integer> numbers() {
        return new PagedSearch<>(
                jdbc,
                "FROM generate_series(1, 25) AS n",
                divisor -> new SqlConditions().add("n % :divisor = 0", "divisor", divisor));
    }

    @Test
    void countsTheRowsTheFilterKeeps() {
        assertThat(numbers().count(null)).isEqualTo(25);
        assertThat(numbers().count(3)).isEqualTo(8);
        assertThat(numbers().count(30)).isZero();
    }

    @Test
    void pagesThroughTheCountedRowsInOrderEachOnce() {
        List<Integer> seen = new ArrayList<>();
        for (int offset = 0; offset < numbers().count(2); offset += 5) {
            seen.addAll(numbers().page("SELECT n", 2, "n DESC", offset, 5, (rs, row) -> rs.getInt("n")));
        }
        assertThat(seen)
                .containsExactlyElementsOf(
                        IntStream.iterate(24, n -> n > 0, n -> n - 2).boxed().toList());
    }

    @Test
    void aPageBeyondTheLastRowIsEmpty() {
        assertThat(numbers().page("SELECT n", 5, "n", 5, 10, (rs, row) -> rs.getInt("n")))
                .isEmpty();
    }
}
