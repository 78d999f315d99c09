package org.dataregistry.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dataregistry.collect.DownloadProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The limits as application.yaml and the environment give them. */
class SourceLimitsTest {

    @Test
    void decompressedSizesDefaultToTwentyTimesTheLargestResponse() {
        Binder binder = binder(Map.of("data-registry.download.max-response-size", "100MB"));
        SourceLimits limits = binder.bindOrCreate("data-registry.limits", SourceLimits.class);

        assertThat(limits).isEqualTo(SourceLimits.defaults());
        DownloadProperties download = binder.bindOrCreate("data-registry.download", DownloadProperties.class);
        var unpack = limits.unpackLimits(download);
        assertThat(unpack)
                .extracting("maxBytesPerInput", "maxBytesTotal", "maxNesting", "maxRatio")
                .containsExactly(
                        DataSize.ofMegabytes(2000).toBytes(),
                        DataSize.ofMegabytes(2000).toBytes(),
                        3,
                        250L);
    }

    @Test
    void eachLimitIsASetting() {
        SourceLimits limits = binder(Map.of(
                        "data-registry.limits.max-decompressed-size-per-file", "1GB",
                        "data-registry.limits.max-decompressed-size-per-job", "5GB",
                        "data-registry.limits.max-archive-nesting", "1",
                        "data-registry.limits.max-compression-ratio", "100",
                        "data-registry.limits.max-releases-per-ocid", "50",
                        "data-registry.limits.max-export-years", "20"))
                .bindOrCreate("data-registry.limits", SourceLimits.class);

        assertThat(limits)
                .isEqualTo(new SourceLimits(DataSize.ofGigabytes(1), DataSize.ofGigabytes(5), 1, 100, 50, 20));
    }

    @Test
    void blankDecompressedSizesAsApplicationYamlGivesThemFallBackToTheDefault() {
        SourceLimits limits = binder(Map.of(
                        "data-registry.limits.max-decompressed-size-per-file", "",
                        "data-registry.limits.max-decompressed-size-per-job", ""))
                .bindOrCreate("data-registry.limits", SourceLimits.class);

        assertThat(limits).isEqualTo(SourceLimits.defaults());
    }

    private static Binder binder(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings));
    }
}
