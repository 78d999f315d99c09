package org.dataregistry.ocds.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dataregistry.ocds.OcdsJson;
import org.dataregistry.ocds.read.PackageMetadata;
import org.dataregistry.ocds.read.ReleaseItem;
import org.dataregistry.ocds.read.ReleaseKind;
import org.dataregistry.ocds.read.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcidSorterTest {

    @TempDir
    Path dir;

    @Test
    void inputThatFitsInMemoryIsSortedStablyWithoutTemporaryFiles() throws IOException {
        List<ReleaseItem> items = items(List.of("ocds-b", "ocds-a", "ocds-b", "ocds-a"));

        List<ReleaseItem> sorted;
        try (OcidSorter sorter = new OcidSorter(dir, 1 << 20)) {
            sorted = drain(sorter.sort(items.iterator()));
            assertThat(temporaryFiles()).isEmpty();
        }

        assertThat(sorted).extracting(ReleaseItem::ocid).containsExactly("ocds-a", "ocds-a", "ocds-b", "ocds-b");
        assertThat(sorted)
                .extracting(item -> item.release().get("n").intValue())
                .containsExactly(1, 3, 0, 2);
    }

    @Test
    void inputBeyondTheBudgetIsMergedFromRunsInSeveralRoundsAndKeepsEverythingButMetadata() throws IOException {
        List<String> ocids = new ArrayList<>();
        for (int i = 0; i < OcidSorter.MAX_FAN_IN * 2 + 5; i++) {
            ocids.add("ocds-" + (char) ('z' - i % 26));
        }
        List<ReleaseItem> items = items(ocids);

        List<ReleaseItem> sorted;
        try (OcidSorter sorter = new OcidSorter(dir, 1)) {
            sorted = drain(sorter.sort(items.iterator()));
        }

        assertThat(sorted).hasSize(items.size());
        assertThat(sorted).extracting(ReleaseItem::ocid).isSorted();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).ocid().equals(sorted.get(i - 1).ocid())) {
                assertThat(sorted.get(i).release().get("n").intValue())
                        .isGreaterThan(sorted.get(i - 1).release().get("n").intValue());
            }
        }
        ReleaseItem first = sorted.getFirst();
        ReleaseItem original = items.get(first.release().get("n").intValue());
        assertThat(first.release()).isEqualTo(original.release());
        assertThat(first.isText()).isTrue();
        assertThat(first.date()).isEqualTo(original.date()).isNotNull();
        assertThat(first.kind()).isEqualTo(ReleaseKind.COMPILED_RELEASE);
        assertThat(first.position()).isEqualTo(original.position());
        assertThat(first.metadata()).isEqualTo(PackageMetadata.none(original.position()));
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void groupsComeOnePerOcidInOrderAndParseTheirItemsOnDemand() {
        List<ReleaseItem> items = items(List.of("ocds-b", "ocds-a", "ocds-b", "ocds-c", "ocds-a"));

        List<OcidSorter.SortedGroup> groups = new ArrayList<>();
        try (OcidSorter sorter = new OcidSorter(dir, 1)) {
            sorter.sortGroups(items.iterator()).forEachRemaining(groups::add);
        }

        assertThat(groups).extracting(OcidSorter.SortedGroup::ocid).containsExactly("ocds-a", "ocds-b", "ocds-c");
        assertThat(groups.getFirst().items())
                .extracting(item -> item.release().get("n").intValue())
                .containsExactly(1, 4);
        assertThat(groups.get(1).items())
                .extracting(item -> item.release().get("n").intValue())
                .containsExactly(0, 2);
    }

    @Test
    void ocidsAndDatesOfAnyLengthSurviveARun() throws IOException {
        String ocid = "ocds-" + "o".repeat(70_000);
        String date = "2001-" + "d".repeat(70_000);
        ReleaseItem item = ReleaseItem.ofJson(
                ocid,
                date,
                ("{\"ocid\": \"" + ocid + "\", \"date\": \"" + date + "\"}").getBytes(StandardCharsets.UTF_8),
                ReleaseKind.RELEASE,
                PackageMetadata.none(SourcePosition.of("in")),
                SourcePosition.of("in"));

        List<ReleaseItem> sorted;
        try (OcidSorter sorter = new OcidSorter(dir, 1)) {
            sorted = drain(sorter.sort(List.of(item, item).iterator()));
        }

        assertThat(sorted).hasSize(2).allSatisfy(back -> {
            assertThat(back.ocid()).isEqualTo(ocid);
            assertThat(back.date()).isEqualTo(date);
            assertThat(back.json()).isEqualTo(item.json());
        });
    }

    private static List<ReleaseItem> items(List<String> ocids) {
        List<ReleaseItem> items = new ArrayList<>();
        for (int n = 0; n < ocids.size(); n++) {
            SourcePosition position = new SourcePosition("input.jsonl", n + 1, 1);
            items.add(new ReleaseItem(
                    ocids.get(n),
                    OcdsJson.mapper()
                            .createObjectNode()
                            .put("ocid", ocids.get(n))
                            .put("date", "2001-01-" + n)
                            .put("n", n)
                            .put("amount", new java.math.BigDecimal("1.50")),
                    ReleaseKind.COMPILED_RELEASE,
                    PackageMetadata.none(position),
                    position));
        }
        return items;
    }

    private static List<ReleaseItem> drain(Iterator<ReleaseItem> iterator) {
        List<ReleaseItem> items = new ArrayList<>();
        iterator.forEachRemaining(items::add);
        return items;
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
