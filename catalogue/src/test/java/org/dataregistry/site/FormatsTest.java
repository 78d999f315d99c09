package org.dataregistry.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dataregistry.translation.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    private final Formats english = Formats.of(Language.EN);

    /** The original's table (tests/data_registry/test_templatetags.py). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1             | < 1 MB",
                "999999        | < 1 MB",
                "1000000       | 1 MB",
                "1499999       | 1 MB",
                "1500000       | 2 MB",
                "2500000       | 2 MB",
                "1234567890    | 1,235 MB"
            })
    void fileSizesAreWholeMegabytesRoundedHalfEven(long bytes, String shown) {
        assertThat(english.fileSize(bytes)).isEqualTo(shown);
    }

    @Test
    void numbersAndSizesUseTheLanguagesSeparators() {
        assertThat(english.number(1_234_567)).isEqualTo("1,234,567");
        assertThat(Formats.of(Language.ES).number(1_234_567)).isEqualTo("1.234.567");
        // Russian groups with no-break spaces, so a number never wraps.
        assertThat(Formats.of(Language.RU).number(1_234_567)).isEqualTo("1\u00a0234\u00a0567");
        assertThat(Formats.of(Language.ES).fileSize(1_234_567_890)).isEqualTo("1.235 MB");
    }

    @Test
    void monthsAndDaysAreWrittenInTheLanguage() {
        LocalDate day = LocalDate.of(2024, 1, 5);
        assertThat(english.monthYear(day)).isEqualTo("Jan 2024");
        assertThat(english.day(day)).isEqualTo("Jan 5, 2024");
        assertThat(Formats.of(Language.ES).monthYear(day)).isEqualTo("ene 2024");
        assertThat(Formats.of(Language.RU).monthYear(day)).isEqualTo("янв. 2024");
        assertThat(Formats.of(Language.ES).day(day)).isEqualTo("5 ene 2024");
        assertThat(english.monthYear(null)).isEmpty();
    }
}
