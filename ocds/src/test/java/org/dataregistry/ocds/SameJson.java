package org.dataregistry.ocds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import tools.jackson.databind.JsonNode;

/**
 * Compares JSON trees with numbers by value: {@code 1311264.00} as published equals the
 * {@code 1311264.0} that a Python tool prints after reading it as a float.
 */
public final class SameJson {

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) ->
            a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : (a.equals(b) ? 0 : 1);

    private SameJson() {}

    /** Asserts the trees are equal, numbers compared by value. */
    public static void assertSameJsonNumbersByValue(JsonNode actual, JsonNode expected) {
        assertThat(actual.equals(NUMBERS_BY_VALUE, expected))
                .as("%s%nshould equal, numbers by value,%n%s", actual, expected)
                .isTrue();
    }
}
