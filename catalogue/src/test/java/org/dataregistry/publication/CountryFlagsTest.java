package org.dataregistry.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryFlagsTest {

    private final CountryFlags flags = new CountryFlags();

    @Test
    void listsTheWebjarsFlagFilesSorted() {
        assertThat(flags.fileNames())
                .contains("pt.svg", "gb-eng.svg", "eu.svg", "xk.svg")
                .isSorted()
                .doesNotHaveDuplicates()
                .hasSizeGreaterThan(250);
    }
}
