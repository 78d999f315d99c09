package org.dataregistry.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.dataregistry.translation.Language;

/** How public pages write dates, numbers and file sizes in a language. Thread-safe. */
public final class Formats {

    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1_000_000);
    /** One per language: pages ask for them at every date and number they write. */
    private static final Map<Language, Formats> EACH = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            EACH.put(language, new Formats(language));
        }
    }

    private final Locale locale;
    private final DateTimeFormatter monthYear;
    private final DateTimeFormatter day;

    private Formats(Language language) {
        this.locale = LanguagePath.locale(language);
        this.monthYear = DateTimeFormatter.ofPattern("LLL yyyy", locale);
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public static Formats of(Language language) {
        return EACH.get(language);
    }

    /** A month, as data date ranges and reviews are published: {@code Jan 2024}, {@code ene 2024}. */
    public String monthYear(LocalDate date) {
        return date == null ? "" : monthYear.format(date);
    }

    /** A day: {@code Jan 5, 2024}, {@code 5 ene 2024}. */
    public String day(LocalDate date) {
        return date == null ? "" : day.format(date);
    }

    /** A count with the language's thousands separators: {@code 12,345}, {@code 12.345}. */
    public String number(long count) {
        // NumberFormat is not thread-safe: a new one each time (they are cloned from a cached prototype).
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    /**
     * A file's size as the original shows it: in megabytes (10^6 bytes) rounded half-even, {@code < 1 MB} below
     * one: 1,499,999 bytes is {@code 1 MB}, 1,500,000 is {@code 2 MB}, 1,234,567,890 is {@code 1,235 MB}.
     */
    public String fileSize(long bytes) {
        BigDecimal megabytes = BigDecimal.valueOf(bytes).divide(MEGABYTE);
        if (megabytes.compareTo(BigDecimal.ONE) < 0) {
            return "< 1 MB";
        }
        return number(megabytes.setScale(0, RoundingMode.HALF_EVEN).longValueExact()) + " MB";
    }
}
