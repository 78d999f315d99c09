package org.dataregistry.ocds.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dataregistry.ocds.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcdsReaderTest {

    @TempDir
    Path dir;

    private final RecordingListener listener = new RecordingListener();
    private final ReadOptions options = ReadOptions.defaults().withListener(listener);

    @Test
    void releasePackageYieldsReleasesWithTheirPackageMetadata() throws IOException {
        List<ReleaseItem> items = read(Fixtures.path("realdata/release-package_1.1-2.json"));

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.ocid()).isEqualTo("ocds-03ad3f-246807");
            assertThat(item.kind()).isEqualTo(ReleaseKind.RELEASE);
            assertThat(item.date()).isEqualTo("2018-12-18T13:20:42Z");
            PackageMetadata metadata = item.metadata();
            assertThat(metadata.type()).isEqualTo(PackageType.RELEASE_PACKAGE);
            assertThat(metadata.uri())
                    .isEqualTo("https://contrataciones.gov.py/datos/id/contratos/246807-11-setiembre-srl-4");
            assertThat(metadata.publishedDate()).isEqualTo("2018-12-18T13:20:42Z");
            assertThat(metadata.publisher().get("name").stringValue()).isEqualTo("DNCP - Paraguay");
            assertThat(metadata.license()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
            assertThat(metadata.publicationPolicy()).isEqualTo("https://www.contrataciones.gov.py/datos/legal");
            assertThat(metadata.version()).isEqualTo("1.1");
        });
        assertThat(listener.packages).singleElement().isEqualTo(items.getFirst().metadata());
        assertThat(listener.notes).isEmpty();
    }

    @Test
    void packageWithoutVersionIsOcds10() throws IOException {
        List<ReleaseItem> items = read(Fixtures.path("realdata/release-package-1.json"));

        assertThat(items).hasSize(2);
        assertThat(items.getFirst().metadata().version()).isNull();
        assertThat(items.getFirst().metadata().ocdsVersion()).isEqualTo("1.0");
    }

    @Test
    void extensionsAreKeptPerPackage() throws IOException {
        List<ReleaseItem> items = read(Fixtures.path("kingfisher-process/collection_file.json"));

        assertThat(items).hasSize(100);
        assertThat(items.getFirst().metadata().extensions())
                .containsExactly(
                        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_pagination_extension/master/extension.json");
    }

    @Test
    void recordPackageYieldsLinkedAndCompiledReleases() throws IOException {
        List<ReleaseItem> items = read(Fixtures.path("realdata/record-package_1.1.json"));

        assertThat(items)
                .extracting(ReleaseItem::kind)
                .containsExactly(ReleaseKind.LINKED_RELEASE, ReleaseKind.COMPILED_RELEASE);
        assertThat(items).extracting(ReleaseItem::ocid).containsOnly("ocds-03ad3f-193399");
        assertThat(items.getFirst().metadata().type()).isEqualTo(PackageType.RECORD_PACKAGE);
    }

    @Test
    void recordWithEmbeddedReleasesYieldsThemBeforeItsCompiledRelease() throws IOException {
        Path file = write("record.json", """
                {"uri": "u", "records": [{"ocid": "ocds-1", "releases": [
                  {"ocid": "ocds-1", "id": "1", "date": "2001-01-01T00:00:00Z", "tag": ["tender"]},
                  {"id": "2", "date": "2002-01-01T00:00:00Z", "tag": ["award"], "initiationType": "tender"}],
                 "compiledRelease": {"ocid": "ocds-1", "id": "c", "tag": ["compiled"]}}]}
                """);

        List<ReleaseItem> items = read(file);

        assertThat(items)
                .extracting(ReleaseItem::kind)
                .containsExactly(ReleaseKind.RELEASE, ReleaseKind.RELEASE, ReleaseKind.COMPILED_RELEASE);
        assertThat(items).extracting(ReleaseItem::ocid).containsOnly("ocds-1");
    }

    @Test
    void topLevelArrayOfReleasesYieldsEachRelease() throws IOException {
        List<ReleaseItem> items = read(Fixtures.path("merge/mergeid.json"));

        assertThat(items).hasSize(2).allSatisfy(item -> {
            assertThat(item.kind()).isEqualTo(ReleaseKind.RELEASE);
            assertThat(item.metadata().type()).isEqualTo(PackageType.NONE);
        });
    }

    @Test
    void concatenatedJsonYieldsEachValue() throws IOException {
        List<ReleaseItem> items = read(Fixtures.path("kingfisher-process/compiled_release.json"));

        assertThat(items).extracting(ReleaseItem::ocid).containsExactly("ocds-aaa111", "ocds-bbb222");
    }

    @Test
    void jsonLinesPositionsNameTheLine() throws IOException {
        Path file = write("releases.jsonl", """
                {"ocid": "ocds-1", "id": "1", "date": "2001-01-01T00:00:00Z"}
                {"ocid": "ocds-2", "id": "1", "date": "2001-01-01T00:00:00Z"}
                {"ocid": "ocds-3", "id": "1", "date": "2001-01-01T00:00:00Z"}
                """);

        List<ReleaseItem> items = read(file);

        assertThat(items).extracting(ReleaseItem::ocid).containsExactly("ocds-1", "ocds-2", "ocds-3");
        assertThat(items.get(2).position()).isEqualTo(new SourcePosition(file.toString(), 3, 1));
    }

    @Test
    void gzipIsDecompressedWhateverItsName() throws IOException {
        Path file = dir.resolve("package.json");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(Files.readAllBytes(Fixtures.path("realdata/release-package-2.json")));
        }

        assertThat(read(file))
                .extracting(ReleaseItem::ocid)
                .containsOnly("OCDS-87SD3T-AD-SF-DRM-065-2015")
                .hasSize(2);
    }

    @Test
    void everyZipEntryIsReadAndNamedInPositions() throws IOException {
        Path file = dir.resolve("packages.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("data/"));
            zip.putNextEntry(new ZipEntry("data/one.json"));
            zip.write(Files.readAllBytes(Fixtures.path("realdata/release-package-1.json")));
            zip.putNextEntry(new ZipEntry("data/two.json.gz"));
            GZIPOutputStream gzip = new GZIPOutputStream(zip);
            gzip.write(Files.readAllBytes(Fixtures.path("realdata/release-package-2.json")));
            gzip.finish();
            zip.closeEntry();
        }

        List<ReleaseItem> items = read(file);

        assertThat(items)
                .extracting(item -> item.position().source())
                .containsExactly(
                        file + "!/data/one.json", file + "!/data/one.json",
                        file + "!/data/two.json.gz", file + "!/data/two.json.gz");
    }

    @Test
    void aGzipThatDecompressesBeyondTheLimitPerInputFailsNamingTheLimit() throws IOException {
        Path file = emptyPackagesGzip("bomb.json.gz", 1024 * 1024);
        ReadOptions limited = options.withLimits(new UnpackLimits(64 * 1024, Long.MAX_VALUE, 3));

        assertThatThrownBy(() -> read(file, limited))
                .isInstanceOf(OcdsReadException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("more than 64 KB of decompressed data in one file")
                .cause()
                .isInstanceOfSatisfying(
                        UnpackLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo(UnpackLimitException.Limit.BYTES_PER_INPUT));
    }

    @Test
    void theTotalLimitCountsEveryInputReadWithTheSameLimits() throws IOException {
        Path first = emptyPackagesGzip("first.json.gz", 2500);
        Path second = emptyPackagesGzip("second.json.gz", 2500);
        UnpackLimits limits = new UnpackLimits(64 * 1024, 64 * 1024, 3);

        assertThat(read(first, options.withLimits(limits))).isEmpty();
        assertThatThrownBy(() -> read(second, options.withLimits(limits)))
                .hasMessageStartingWith(second.toString())
                .hasMessageContaining("more than 64 KB of decompressed data in all files");
    }

    @Test
    void anInputThatDecompressesFarBeyondItsSizeFailsOnceItProducedEnoughToTell() throws IOException {
        Path file = emptyPackagesGzip("bomb.json.gz", (int) (2 * UnpackLimits.RATIO_FLOOR / 16));
        ReadOptions limited = options.withLimits(new UnpackLimits(Long.MAX_VALUE, Long.MAX_VALUE, 3, 100));

        assertThatThrownBy(() -> read(file, limited))
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("decompressed more than 100 times its compressed size");
        Path small = emptyPackagesGzip("small.json.gz", 64 * 1024);
        assertThat(read(small, limited))
                .as("1 MB: too little to tell a bomb from well-compressed JSON")
                .isEmpty();
    }

    @Test
    void plainInputIsNotCountedAsDecompressed() throws IOException {
        Path file = write("plain.json", "{\"releases\":[]}\n".repeat(10_000));
        UnpackLimits limits = new UnpackLimits(1024, 1024, 3);

        assertThat(read(file, options.withLimits(limits))).isEmpty();
        assertThat(limits.decompressedBytes()).isZero();
    }

    @Test
    void archivesNestedDeeperThanTheLimitFailNamingTheEntry() throws IOException {
        Path file = dir.resolve("nested.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("inner.json.gz"));
            GZIPOutputStream gzip = new GZIPOutputStream(zip);
            gzip.write(Files.readAllBytes(Fixtures.path("realdata/release-package-2.json")));
            gzip.finish();
            zip.closeEntry();
        }

        assertThat(read(file, options.withLimits(new UnpackLimits(Long.MAX_VALUE, Long.MAX_VALUE, 2))))
                .hasSize(2);
        assertThatThrownBy(() -> read(file, options.withLimits(new UnpackLimits(Long.MAX_VALUE, Long.MAX_VALUE, 1))))
                .isInstanceOf(OcdsReadException.class)
                .hasMessageStartingWith(file + "!/inner.json.gz")
                .hasMessageContaining("archives nested more than 1 deep");
    }

    @Test
    void iso88591WithoutDeclarationIsReadWithANote() throws IOException {
        Path file = Fixtures.path("realdata/release-package_encoding-iso-8859-1.json");

        List<ReleaseItem> items = read(file);

        assertThat(items.getFirst().release().at("/buyer/name").stringValue()).isEqualTo("SECRETARÍA DE FINANZAS");
        assertThat(listener.notes).singleElement().satisfies(note -> {
            assertThat(note.position().source()).isEqualTo(file.toString());
            assertThat(note.message()).contains("not valid UTF-8", "offset 592", "ISO-8859-1");
        });
    }

    @Test
    void explicitCharsetDecodesWithoutANote() throws IOException {
        Path file = Fixtures.path("realdata/release-package_encoding-iso-8859-1.json");

        List<ReleaseItem> items = read(file, options.withCharset(StandardCharsets.ISO_8859_1));

        assertThat(items.getFirst().release().at("/buyer/address/locality").stringValue())
                .isEqualTo("MÉXICO D. F.");
        assertThat(listener.notes).isEmpty();
    }

    @Test
    void explicitUtf8RejectsInvalidBytesNamingTheFile() {
        Path file = Fixtures.path("realdata/release-package_encoding-iso-8859-1.json");

        assertThatThrownBy(() -> read(file, options.withCharset(UTF_8)))
                .isInstanceOf(OcdsReadException.class)
                .hasMessageStartingWith(file + ":1:")
                .hasMessageContaining("invalid UTF-8 bytes");
    }

    @Test
    void utf8ByteOrderMarkIsSkipped() throws IOException {
        Path file = dir.resolve("bom.json");
        Files.write(
                file,
                concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        "{\"ocid\": \"ocds-é\", \"id\": \"1\"}".getBytes(UTF_8)));

        assertThat(read(file)).extracting(ReleaseItem::ocid).containsExactly("ocds-é");
        assertThat(listener.notes).isEmpty();
    }

    @Test
    void invalidJsonNamesTheFileLineAndColumn() throws IOException {
        Path file = write("bad.json", """
                {"releases": [
                  {"ocid": "ocds-1", "id": "1",}
                ]}
                """);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(OcdsReadException.class)
                .hasMessageStartingWith(file + ":2:")
                .hasMessageContaining("invalid JSON")
                .satisfies(e ->
                        assertThat(((OcdsReadException) e).position().line()).isEqualTo(2));
    }

    @Test
    void truncatedJsonNamesTheFile() throws IOException {
        Path file = write("cut.json", "{\"releases\": [{\"ocid\": \"ocds-1\", \"id\": \"1\"}, {\"ocid\": \"oc");

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(OcdsReadException.class)
                .hasMessageStartingWith(file + ":1:")
                .hasMessageContaining("truncated");
    }

    @Test
    void truncatedGzipNamesTheFile() throws IOException {
        Path whole = dir.resolve("whole.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            out.write(Files.readAllBytes(Fixtures.path("kingfisher-process/collection_file.json")));
        }
        Path file = firstHalfOf(whole);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(OcdsReadException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("truncated");
    }

    @Test
    void aGzipFileCutBeforeItsFirstWholeBlockIsAnErrorNotAnEmptyFile() throws IOException {
        Path whole = dir.resolve("small.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            out.write(Files.readAllBytes(Fixtures.path("realdata/release-package-2.json")));
        }
        Path file = firstHalfOf(whole);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(OcdsReadException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("truncated");
    }

    @Test
    void truncatedZipNamesTheArchiveAndEntry() throws IOException {
        Path whole = dir.resolve("whole.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(whole))) {
            zip.putNextEntry(new ZipEntry("packages.json"));
            zip.write(Files.readAllBytes(Fixtures.path("kingfisher-process/collection_file.json")));
        }
        Path file = firstHalfOf(whole);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(OcdsReadException.class)
                .hasMessageStartingWith(file + "!/packages.json:")
                .hasMessageContaining("truncated");
    }

    @Test
    void itemsBeforeABadSpotAreDeliveredFirst() throws IOException {
        Path file = write("late-error.json", """
                {"releases": [{"ocid": "ocds-1", "id": "1"}, {"ocid": "ocds-2", "id": "2"}, ]}
                """);

        try (OcdsReader reader = OcdsReader.open(file, options)) {
            assertThat(reader.next().ocid()).isEqualTo("ocds-1");
            assertThat(reader.next().ocid()).isEqualTo("ocds-2");
            assertThatThrownBy(reader::hasNext).isInstanceOf(OcdsReadException.class);
        }
    }

    @Test
    void releaseWithoutOcidIsSkippedWithANoteNamingItsPosition() throws IOException {
        Path file = write("no-ocid.json", """
                {"releases": [
                  {"id": "1", "date": "2001-01-01T00:00:00Z"},
                  {"ocid": "ocds-2", "id": "2"}
                ]}
                """);

        assertThat(read(file)).extracting(ReleaseItem::ocid).containsExactly("ocds-2");
        assertThat(listener.notes).singleElement().satisfies(note -> {
            assertThat(note.position()).isEqualTo(new SourcePosition(file.toString(), 2, 3));
            assertThat(note.message()).contains("no \"ocid\"");
        });
    }

    @Test
    void valuesThatAreNotReleasesAreSkippedWithNotes() throws IOException {
        Path file = write("mixed.json", """
                [{"releases": ["a string", 3, {"ocid": "ocds-1", "id": "1"}]}, 42, {"foo": "bar"}]
                """);

        assertThat(read(file)).extracting(ReleaseItem::ocid).containsExactly("ocds-1");
        assertThat(listener.notes)
                .extracting(ReadNote::message)
                .containsExactly(
                        "a release must be an object, not a string: skipped",
                        "a release must be an object, not a number: skipped",
                        "a number is not a package, release or record: skipped",
                        "object is neither a package, a release (no \"ocid\") nor a record: skipped");
    }

    @Test
    void emptyPackageIsNoted() throws IOException {
        Path file = write("empty.json", "{\"uri\": \"u\", \"publisher\": {\"name\": \"p\"}, \"releases\": []}");

        assertThat(read(file)).isEmpty();
        assertThat(listener.notes).extracting(ReadNote::message).containsExactly("package has no releases");
        assertThat(listener.packages).extracting(PackageMetadata::uri).containsExactly("u");
    }

    @Test
    void metadataAfterTheReleasesIsReportedWhenThePackageEnds() throws IOException {
        Path file = write("sorted-keys.json", """
                {"publishedDate": "2001-02-03T00:00:00Z", "releases": [{"ocid": "ocds-1", "id": "1"}], "uri": "u", "version": "1.1"}
                """);

        List<ReleaseItem> items = read(file);

        assertThat(items.getFirst().metadata().publishedDate()).isEqualTo("2001-02-03T00:00:00Z");
        assertThat(items.getFirst().metadata().uri()).isNull();
        assertThat(listener.packages).singleElement().satisfies(metadata -> {
            assertThat(metadata.uri()).isEqualTo("u");
            assertThat(metadata.version()).isEqualTo("1.1");
        });
    }

    @Test
    void releaseWithoutDateIsReadForTheCompilerToJudge() throws IOException {
        Path file = write("undated.json", "{\"ocid\": \"ocds-1\", \"id\": \"1\"}");

        assertThat(read(file))
                .singleElement()
                .satisfies(item -> assertThat(item.date()).isNull());
        assertThat(listener.notes).isEmpty();
    }

    @Test
    void decimalsKeepTheirPrecisionAndScale() {
        byte[] json = "{\"ocid\": \"ocds-1\", \"amount\": 3.141592653589793238, \"rate\": 1.50}".getBytes(UTF_8);

        try (OcdsReader reader = OcdsReader.open(new ByteArrayInputStream(json), "memory", options)) {
            ReleaseItem item = reader.next();
            assertThat(item.release().get("amount").toString()).isEqualTo("3.141592653589793238");
            assertThat(item.release().get("rate").toString()).isEqualTo("1.50");
            assertThat(item.position().source()).isEqualTo("memory");
        }
    }

    @Test
    void releasesKeepTheirPublishedTextWhereverTheyAreRead() throws IOException {
        String first = "{\"ocid\": \"ocds-1\",  \"id\": \"1\", \"tender\": {\"ocid\": \"not this\"}}";
        String second = "{\"id\": \"2\",\n  \"ocid\": \"ocds-2\", \"title\": \"Ñandú ☃\"}";
        Path file = write(
                "mixed-forms.json",
                "{\"uri\": \"u\", \"publisher\": {\"name\": \"p\"}, \"releases\": [" + first + ", " + second + "]}\n"
                        + first + "\n[" + second + "]\n");

        List<ReleaseItem> items = read(file);

        assertThat(items).extracting(ReleaseItem::ocid).containsExactly("ocds-1", "ocds-2", "ocds-1", "ocds-2");
        assertThat(items)
                .extracting(item -> new String(item.json(), UTF_8))
                .containsExactly(first, second, first, second);
        assertThat(items.get(1).release().get("title").stringValue()).isEqualTo("Ñandú ☃");
        assertThat(items.getFirst().metadata().uri()).isEqualTo("u");
        assertThat(items.getFirst().metadata().publisher().get("name").stringValue())
                .isEqualTo("p");
        assertThat(items.get(2).metadata().type()).isEqualTo(PackageType.NONE);
    }

    @Test
    void aReleaseDateIsKnownWithoutParsingTheReleaseAgain() throws IOException {
        Path file = write("dates.jsonl", """
                {"ocid": "ocds-1", "date": "2001-01-01T00:00:00Z", "tender": {"date": "not this"}}
                {"ocid": "ocds-2", "date": {"not": "a string"}}
                {"date": "1999-01-01T00:00:00Z", "ocid": "ocds-3", "date": "2003-03-03T00:00:00Z"}
                """);

        assertThat(read(file))
                .extracting(ReleaseItem::date)
                .containsExactly("2001-01-01T00:00:00Z", null, "2003-03-03T00:00:00Z");
    }

    @Test
    void latin1ReleasesAreKeptAsUtf8Text() throws IOException {
        Path file = dir.resolve("latin1.jsonl");
        Files.write(file, "{\"ocid\": \"ocds-1\", \"title\": \"Señal\"}\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(read(file))
                .singleElement()
                .satisfies(item -> assertThat(new String(item.json(), UTF_8))
                        .isEqualTo("{\"ocid\": \"ocds-1\", \"title\": \"Señal\"}"));
    }

    @Test
    void aBareRecordIsTakenApartLikeARecordInAPackage() throws IOException {
        Path file = write("record.jsonl", """
                {"ocid": "ocds-1", "releases": [{"ocid": "ocds-1", "id": "1", "date": "2001-01-01T00:00:00Z"}], "compiledRelease": {"ocid": "ocds-1", "id": "c"}}
                """);

        assertThat(read(file))
                .extracting(ReleaseItem::kind)
                .containsExactly(ReleaseKind.RELEASE, ReleaseKind.COMPILED_RELEASE);
    }

    private List<ReleaseItem> read(Path file) throws IOException {
        return read(file, options);
    }

    private static List<ReleaseItem> read(Path file, ReadOptions options) throws IOException {
        try (OcdsReader reader = OcdsReader.open(file, options)) {
            return reader.stream().toList();
        }
    }

    /** A gzip file of {@code count} empty release packages, one per line: 16 bytes each, decompressed. */
    private Path emptyPackagesGzip(String name, int count) throws IOException {
        Path file = dir.resolve(name);
        byte[] lines = "{\"releases\":[]}\n".repeat(count).getBytes(UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(lines);
        }
        return file;
    }

    private Path firstHalfOf(Path whole) throws IOException {
        byte[] bytes = Files.readAllBytes(whole);
        return Files.write(dir.resolve("cut-" + whole.getFileName()), Arrays.copyOf(bytes, bytes.length / 2));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
