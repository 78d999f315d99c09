package org.dataregistry.ocds.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.dataregistry.ocds.OcdsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class ExportYearTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "2020-01-15T00:00:00Z" | 2020
            "2020-12"              | 2020
            "2020-1"               | 2020
            "2020-1-5"             | undated
            "2020-13-01"           | undated
            "2020-00-01"           | undated
            "2020-19"              | undated
            "2020"                 | undated
            "2020/01/01"           | undated
            "0000-01-01"           | undated
            "0999-01-01"           | 999
            "٢٠٢٠-01-01"           | 2020
            "2020-٠١-01"           | undated
            " 2020-01-01"          | undated
            ""                     | undated
            null                   | undated
            2020                   | undated
            {"year": 2020}         | undated
            """)
    void yearIsTheDataRegistrysStrptimeRule(String dateJson, String expected) {
        assertThat(ExportYear.stemOf(OcdsJson.mapper().readTree(dateJson))).isEqualTo(expected);
    }

    @Test
    void absentDateIsUndated() {
        assertThat(ExportYear.stemOf((JsonNode) null)).isEqualTo(ExportYear.UNDATED);
    }
}
