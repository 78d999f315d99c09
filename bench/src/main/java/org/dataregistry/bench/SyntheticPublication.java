package org.dataregistry.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import org.dataregistry.ocds.OcdsJson;
import tools.jackson.core.JsonGenerator;

/**
 * A synthetic publication for benchmarks: {@code releases} releases over {@code releases / 3}
 * OCIDs (at least one). Each OCID has a tender release, then an award release, then a contract
 * release (more releases than three per OCID are tender updates), published in that order for
 * all OCIDs in turn, so the input is not sorted by OCID. The nesting is realistic: parties with
 * addresses, identifiers and roles; a tender with items, documents and tenderers; awards with
 * suppliers, items and documents; contracts with items, documents, milestones and transactions.
 * Releases are dated 2019 to 2024; one OCID in 500 has dates that are not dates, so its compiled
 * release is undated. Deterministic: the same count gives the same bytes.
 */
final class SyntheticPublication {

    private static final String[] STAGES = {"tender", "award", "contract"};
    private static final long PERMUTATION_MULTIPLIER = 2_654_435_761L;

    private final long releases;
    private final long processes;

    SyntheticPublication(long releases) {
        this.releases = releases;
        this.processes = Math.max(1, releases / 3);
    }

    /** The number of OCIDs. */
    long ocids() {
        return processes;
    }

    /**
     * Writes the releases as JSON Lines.
     *
     * @return the bytes written (uncompressed)
     */
    long write(OutputStream out) throws IOException {
        NonClosing counted = new NonClosing(out);
        for (long i = 0; i < releases; i++) {
            long process = permuted(i % processes);
            int stage = (int) (i / processes);
            try (JsonGenerator json = OcdsJson.mapper().createGenerator(counted)) {
                release(json, process, stage);
            }
            counted.write('\n');
        }
        return counted.bytes;
    }

    /** Visits the OCIDs in a scrambled but complete order (a multiplicative permutation modulo a prime-free walk). */
    private long permuted(long index) {
        long step = PERMUTATION_MULTIPLIER % processes;
        while (gcd(step, processes) != 1) {
            step++;
        }
        return Math.floorMod(index * step, processes);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static void release(JsonGenerator json, long process, int stage) {
        String ocid = String.format("ocds-b5fd17-%08d", process);
        boolean undated = process % 500 == 499;
        int year = 2019 + (int) (process % 6);
        int month = 1 + (int) (process % 9) + Math.min(stage, 3);
        String date = undated
                ? "not yet known (" + stage + ")"
                : String.format("%d-%02d-%02dT%02d:00:00Z", year, month, 1 + process % 28, 8 + stage);
        json.writeStartObject();
        json.writeStringProperty("ocid", ocid);
        json.writeStringProperty("id", ocid + "-" + stage);
        json.writeStringProperty("date", date);
        json.writeArrayPropertyStart("tag");
        json.writeString(stage < STAGES.length ? STAGES[stage] : "tenderUpdate");
        json.writeEndArray();
        json.writeStringProperty("initiationType", "tender");
        json.writeStringProperty("language", "en");
        parties(json, process, stage);
        json.writeObjectPropertyStart("buyer");
        json.writeStringProperty("id", buyerId(process));
        json.writeStringProperty("name", "Ministry of Works " + process % 40);
        json.writeEndObject();
        if (stage == 0) {
            planning(json, process);
        }
        tender(json, ocid, process, stage, date);
        if (stage >= 1) {
            awards(json, ocid, process, date);
        }
        if (stage >= 2) {
            contracts(json, ocid, process, date);
        }
        json.writeEndObject();
    }

    private static void parties(JsonGenerator json, long process, int stage) {
        json.writeArrayPropertyStart("parties");
        party(json, buyerId(process), "Ministry of Works " + process % 40, "buyer", "procuringEntity");
        party(json, supplierId(process), "Supplier " + process % 997 + " Ltd", "tenderer", "supplier");
        if (stage >= 1) {
            party(json, supplierId(process + 1), "Bidder " + (process + 1) % 997 + " plc", "tenderer");
        }
        json.writeEndArray();
    }

    private static void party(JsonGenerator json, String id, String name, String... roles) {
        json.writeStartObject();
        json.writeStringProperty("id", id);
        json.writeStringProperty("name", name);
        json.writeObjectPropertyStart("identifier");
        json.writeStringProperty("scheme", "GB-COH");
        json.writeStringProperty("id", id.substring(id.lastIndexOf('-') + 1));
        json.writeStringProperty("legalName", name);
        json.writeEndObject();
        json.writeObjectPropertyStart("address");
        json.writeStringProperty("streetAddress", "1 High Street");
        json.writeStringProperty("locality", "London");
        json.writeStringProperty("postalCode", "SW1A 1AA");
        json.writeStringProperty("countryName", "United Kingdom");
        json.writeEndObject();
        json.writeObjectPropertyStart("contactPoint");
        json.writeStringProperty("name", "Procurement team");
        json.writeStringProperty("email", "procurement@example.com");
        json.writeStringProperty("telephone", "+44 20 7946 0000");
        json.writeEndObject();
        json.writeArrayPropertyStart("roles");
        for (String role : roles) {
            json.writeString(role);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void planning(JsonGenerator json, long process) {
        json.writeObjectPropertyStart("planning");
        json.writeStringProperty("rationale", "Maintenance of the district road network, programme " + process % 50);
        json.writeObjectPropertyStart("budget");
        json.writeStringProperty("id", "budget-" + process % 50);
        json.writeStringProperty("description", "Highways capital budget");
        amount(json, "amount", 150_000 + process % 10_000, 0);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void tender(JsonGenerator json, String ocid, long process, int stage, String date) {
        json.writeObjectPropertyStart("tender");
        json.writeStringProperty("id", ocid + "-tender");
        json.writeStringProperty("title", "Road maintenance lot " + process);
        json.writeStringProperty(
                "description",
                "Resurfacing, drainage and signage works for the district road " + "network, lot " + process
                        + ", including traffic management during works.");
        json.writeStringProperty("status", stage == 0 ? "active" : "complete");
        json.writeStringProperty("procurementMethod", "open");
        json.writeStringProperty("mainProcurementCategory", "works");
        amount(json, "value", 125_000 + process % 10_000, 50);
        json.writeObjectPropertyStart("tenderPeriod");
        json.writeStringProperty("startDate", date);
        json.writeStringProperty("endDate", date);
        json.writeEndObject();
        json.writeArrayPropertyStart("submissionMethod");
        json.writeString("electronicSubmission");
        json.writeEndArray();
        items(json, process, "Work package");
        documents(json, ocid, "tenderNotice", stage + 1);
        if (stage >= 1) {
            json.writeNumberProperty("numberOfTenderers", 2);
            json.writeArrayPropertyStart("tenderers");
            organization(json, supplierId(process), "Supplier " + process % 997 + " Ltd");
            organization(json, supplierId(process + 1), "Bidder " + (process + 1) % 997 + " plc");
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void awards(JsonGenerator json, String ocid, long process, String date) {
        json.writeArrayPropertyStart("awards");
        json.writeStartObject();
        json.writeStringProperty("id", ocid + "-award-1");
        json.writeStringProperty("title", "Award of lot " + process);
        json.writeStringProperty("status", "active");
        json.writeStringProperty("date", date);
        amount(json, "value", 119_000 + process % 10_000, 0);
        json.writeArrayPropertyStart("suppliers");
        organization(json, supplierId(process), "Supplier " + process % 997 + " Ltd");
        json.writeEndArray();
        items(json, process, "Awarded work package");
        documents(json, ocid, "awardNotice", 1);
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void contracts(JsonGenerator json, String ocid, long process, String date) {
        json.writeArrayPropertyStart("contracts");
        json.writeStartObject();
        json.writeStringProperty("id", ocid + "-contract-1");
        json.writeStringProperty("awardID", ocid + "-award-1");
        json.writeStringProperty("title", "Contract for lot " + process);
        json.writeStringProperty("status", "active");
        json.writeStringProperty("dateSigned", date);
        json.writeObjectPropertyStart("period");
        json.writeStringProperty("startDate", date);
        json.writeStringProperty("endDate", date);
        json.writeEndObject();
        amount(json, "value", 119_000 + process % 10_000, 0);
        items(json, process, "Contracted work package");
        documents(json, ocid, "contractSigned", 1);
        json.writeArrayPropertyStart("milestones");
        json.writeStartObject();
        json.writeStringProperty("id", "completion");
        json.writeStringProperty("title", "Works complete");
        json.writeStringProperty("dueDate", date);
        json.writeStringProperty("status", "scheduled");
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectPropertyStart("implementation");
        json.writeArrayPropertyStart("transactions");
        for (int t = 1; t <= 1 + process % 3; t++) {
            json.writeStartObject();
            json.writeStringProperty("id", ocid + "-payment-" + t);
            json.writeStringProperty("source", "https://finance.example.com/payments");
            json.writeStringProperty("date", date);
            amount(json, "value", 39_000 + t * 100, 25);
            json.writeObjectPropertyStart("payer");
            json.writeStringProperty("id", buyerId(process));
            json.writeStringProperty("name", "Ministry of Works " + process % 40);
            json.writeEndObject();
            json.writeObjectPropertyStart("payee");
            json.writeStringProperty("id", supplierId(process));
            json.writeStringProperty("name", "Supplier " + process % 997 + " Ltd");
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void items(JsonGenerator json, long process, String description) {
        json.writeArrayPropertyStart("items");
        for (int item = 1; item <= 1 + process % 3; item++) {
            json.writeStartObject();
            json.writeStringProperty("id", String.valueOf(item));
            json.writeStringProperty("description", description + " " + item);
            json.writeObjectPropertyStart("classification");
            json.writeStringProperty("scheme", "CPV");
            json.writeStringProperty("id", "4523314" + item);
            json.writeStringProperty("description", "Road-surface works");
            json.writeEndObject();
            json.writeNumberProperty("quantity", item * 10);
            json.writeObjectPropertyStart("unit");
            json.writeStringProperty("name", "square metre");
            amount(json, "value", 12 + item, 50);
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void documents(JsonGenerator json, String ocid, String type, int count) {
        json.writeArrayPropertyStart("documents");
        for (int d = 1; d <= count; d++) {
            json.writeStartObject();
            json.writeStringProperty("id", type + "-" + d);
            json.writeStringProperty("documentType", type);
            json.writeStringProperty("title", "Notice " + d);
            json.writeStringProperty("url", "https://example.com/" + ocid + "/" + type + "-" + d + ".pdf");
            json.writeStringProperty("format", "application/pdf");
            json.writeStringProperty("language", "en");
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void organization(JsonGenerator json, String id, String name) {
        json.writeStartObject();
        json.writeStringProperty("id", id);
        json.writeStringProperty("name", name);
        json.writeEndObject();
    }

    private static void amount(JsonGenerator json, String property, long units, int cents) {
        json.writeObjectPropertyStart(property);
        json.writeNumberProperty("amount", BigDecimal.valueOf(units * 100 + cents, 2));
        json.writeStringProperty("currency", "GBP");
        json.writeEndObject();
    }

    private static String buyerId(long process) {
        return "GB-GOV-" + process % 40;
    }

    private static String supplierId(long process) {
        return "GB-COH-" + String.format("%08d", process % 997);
    }

    /** The output stream, which a generator must not close, counting the bytes written. */
    private static final class NonClosing extends java.io.FilterOutputStream {

        private long bytes;

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            out.write(buffer, offset, length);
            bytes += length;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
