package org.dataregistry.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageChartTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0%",
        "0.001, <1%",
        "0.004, <1%",
        "0.005, 1%",
        "0.5, 50%",
        "0.994, 99%",
        "0.995, >99%",
        "0.9999, >99%",
        "1, 100%"
    })
    void someIsNeverZeroAndPartIsNeverAll(double share, String shown) {
        assertThat(CoverageChart.percent(share)).isEqualTo(shown);
    }
}
