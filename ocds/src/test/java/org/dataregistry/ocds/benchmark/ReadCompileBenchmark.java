package org.dataregistry.ocds.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;
import org.dataregistry.ocds.OcdsJson;
import org.dataregistry.ocds.compile.CompileOutcome;
import org.dataregistry.ocds.compile.Merger;
import org.dataregistry.ocds.compile.OcidGroups;
import org.dataregistry.ocds.compile.ReleaseCompiler;
import org.dataregistry.ocds.read.OcdsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Throwaway measurement, not a test: reads and compiles synthetic releases and prints the rate.
 * Run with {@code ./mvnw -B test -pl ocds -Dtest=ReadCompileBenchmark -Docds.benchmark=true
 * [-Docds.benchmark.releases=300000]}.
 */
@EnabledIfSystemProperty(named = "ocds.benchmark", matches = "true")
class ReadCompileBenchmark {

    private static final int RELEASES_PER_OCID = 3;

    @TempDir
    Path dir;

    @Test
    void readAndCompileSyntheticReleases() throws IOException {
        int releases = Integer.getInteger("ocds.benchmark.releases", 300_000);
        Path file = dir.resolve("releases.jsonl.gz");
        long bytes = writeReleases(file, releases);
        System.out.printf(
                "%,d releases, %,d OCIDs, %,d bytes uncompressed (%,d per release)%n",
                releases, releases / RELEASES_PER_OCID, bytes, bytes / releases);

        for (int round = 1; round <= 3; round++) {
            measure("read only", file, releases, false, false);
            measure("read + compile", file, releases, true, false);
            measure("read + compile + versioned", file, releases, true, true);
        }
    }

    private static void measure(String label, Path file, int releases, boolean compile, boolean versioned)
            throws IOException {
        long start = System.nanoTime();
        long outcomes = 0;
        try (OcdsReader reader = OcdsReader.open(file)) {
            if (compile) {
                Iterator<CompileOutcome> compiled =
                        new ReleaseCompiler(Merger.ocds11(), versioned).compile(OcidGroups.sorted(reader));
                while (compiled.hasNext()) {
                    compiled.next();
                    outcomes++;
                }
            } else {
                while (reader.hasNext()) {
                    reader.next();
                    outcomes++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%-28s %6.2f s  %,9.0f releases/s  (%,d outcomes)%n", label, seconds, releases / seconds, outcomes);
    }

    /** Writes sorted JSON Lines: each OCID has a tender, an award and a contract release. */
    private static long writeReleases(Path file, int count) throws IOException {
        long bytes = 0;
        try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
                Writer out = new java.io.OutputStreamWriter(gzip, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String line =
                        OcdsJson.mapper().writeValueAsString(release(i / RELEASES_PER_OCID, i % RELEASES_PER_OCID));
                out.write(line);
                out.write('\n');
                bytes += line.length() + 1;
            }
        }
        return bytes;
    }

    private static ObjectNode release(int process, int stage) {
        ObjectNode release = OcdsJson.mapper().createObjectNode();
        String ocid = String.format("ocds-213czf-%08d", process);
        release.put("ocid", ocid);
        release.put("id", ocid + "-" + stage);
        release.put("date", "2024-0" + (stage + 1) + "-15T10:00:00Z");
        release.putArray("tag").add(new String[] {"tender", "award", "contract"}[stage]);
        release.put("initiationType", "tender");
        ArrayNode parties = release.putArray("parties");
        party(parties, "GB-GOV-1", "Ministry of Works", "buyer", "procuringEntity");
        party(parties, "GB-COH-" + (process % 997), "Supplier " + process, "tenderer", "supplier");
        release.putObject("buyer").put("id", "GB-GOV-1").put("name", "Ministry of Works");
        ObjectNode tender = release.putObject("tender");
        tender.put("id", ocid + "-tender")
                .put("title", "Road maintenance lot " + process)
                .put("description", "Resurfacing and drainage works for the district road network, lot " + process)
                .put("status", stage == 0 ? "active" : "complete")
                .put("procurementMethod", "open");
        tender.putObject("value").put("amount", 125000.50 + process).put("currency", "GBP");
        tender.putObject("tenderPeriod")
                .put("startDate", "2024-01-15T10:00:00Z")
                .put("endDate", "2024-02-15T10:00:00Z");
        ArrayNode items = tender.putArray("items");
        for (int item = 1; item <= 3; item++) {
            ObjectNode line = items.addObject()
                    .put("id", String.valueOf(item))
                    .put("description", "Work package " + item)
                    .put("quantity", item * 10);
            line.putObject("classification")
                    .put("scheme", "CPV")
                    .put("id", "4523314" + item)
                    .put("description", "Road works");
            line.putObject("unit")
                    .put("name", "m2")
                    .putObject("value")
                    .put("amount", 12.5 * item)
                    .put("currency", "GBP");
        }
        tender.putArray("submissionMethod").add("electronicSubmission");
        tender.putArray("documents")
                .addObject()
                .put("id", "notice-" + stage)
                .put("documentType", "tenderNotice")
                .put("url", "https://example.com/" + ocid + "/notice-" + stage + ".pdf")
                .put("format", "application/pdf");
        if (stage >= 1) {
            ObjectNode award = release.putArray("awards").addObject();
            award.put("id", ocid + "-award-1").put("status", "active").put("date", "2024-02-20T10:00:00Z");
            award.putObject("value").put("amount", 119000 + process).put("currency", "GBP");
            award.putArray("suppliers")
                    .addObject()
                    .put("id", "GB-COH-" + (process % 997))
                    .put("name", "Supplier " + process);
        }
        if (stage == 2) {
            ObjectNode contract = release.putArray("contracts").addObject();
            contract.put("id", ocid + "-contract-1")
                    .put("awardID", ocid + "-award-1")
                    .put("status", "active");
            contract.putObject("period")
                    .put("startDate", "2024-03-01T00:00:00Z")
                    .put("endDate", "2025-02-28T00:00:00Z");
            contract.putObject("value").put("amount", 119000 + process).put("currency", "GBP");
        }
        return release;
    }

    private static void party(ArrayNode parties, String id, String name, String... roles) {
        ObjectNode party = parties.addObject().put("id", id).put("name", name);
        ArrayNode roleList = party.putArray("roles");
        for (String role : roles) {
            roleList.add(role);
        }
        party.putObject("address")
                .put("streetAddress", "1 High Street")
                .put("locality", "London")
                .put("countryName", "United Kingdom");
        party.putObject("contactPoint").put("name", "Procurement team").put("email", "procurement@example.com");
    }
}
