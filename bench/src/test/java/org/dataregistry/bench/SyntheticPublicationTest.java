package org.dataregistry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dataregistry.ocds.OcdsJson;
import org.junit.jupiter.api.Test;

class SyntheticPublicationTest {

    @Test
    void writesNReleasesOverAThirdAsManyOcidsNotSortedByOcid() throws IOException {
        List<String> lines = lines(new SyntheticPublication(300));

        List<String> ocids = lines.stream()
                .map(line -> OcdsJson.mapper().readTree(line).get("ocid").asString())
                .toList();
        assertThat(lines).hasSize(300);
        assertThat(ocids.stream().distinct()).hasSize(100);
        assertThat(ocids).isNotEqualTo(ocids.stream().sorted().toList());
    }

    @Test
    void theSameCountGivesTheSameBytes() throws IOException {
        assertThat(bytes(new SyntheticPublication(90))).isEqualTo(bytes(new SyntheticPublication(90)));
    }

    private static List<String> lines(SyntheticPublication publication) throws IOException {
        return new String(bytes(publication), StandardCharsets.UTF_8).lines().toList();
    }

    private static byte[] bytes(SyntheticPublication publication) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = publication.write(out);
        assertThat(written).isEqualTo(out.size());
        return out.toByteArray();
    }
}
