package org.dataregistry.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.dataregistry.publication.Region;
import org.dataregistry.publication.RetrievalFrequency;
import org.dataregistry.publication.UpdateFrequency;
import org.junit.jupiter.api.Test;

/** Every public string exists in every language, and every enum value has its label. */
class MessagesTest {

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        Set<String> english = keys("en");
        assertThat(keys("es")).isEqualTo(english);
        assertThat(keys("ru")).isEqualTo(english);
    }

    @Test
    void everyEnumValueHasALabel() throws IOException {
        Set<String> keys = keys("en");
        for (Region region : Region.values()) {
            assertThat(keys).contains("region." + region);
        }
        for (UpdateFrequency frequency : UpdateFrequency.values()) {
            assertThat(keys).contains("updateFrequency." + frequency);
        }
        for (RetrievalFrequency frequency : RetrievalFrequency.values()) {
            assertThat(keys).contains("retrievalFrequency." + frequency);
        }
    }

    @Test
    void labelsAreTheOriginals() throws IOException {
        Properties spanish = messages("es");
        Properties russian = messages("ru");
        assertThat(spanish.getProperty("region.LAC")).isEqualTo("América Latina y el Caribe");
        assertThat(russian.getProperty("region.MEA")).isEqualTo("Африка и Средний Восток");
        assertThat(spanish.getProperty("retrievalFrequency.NEVER"))
                .isEqualTo("Los datos ya no son actualizados por el publicador");
        assertThat(spanish.getProperty("dateRange.6M")).isEqualTo("Últimos 6 meses");
        assertThat(messages("en").getProperty("counts.tenders_count")).isEqualTo("Tender data");
    }

    private static Set<String> keys(String language) throws IOException {
        return new TreeSet<>(messages(language).stringPropertyNames());
    }

    private static Properties messages(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                MessagesTest.class.getResourceAsStream("/catalogue/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
