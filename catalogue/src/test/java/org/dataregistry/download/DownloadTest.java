package org.dataregistry.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import org.dataregistry.CatalogueFixtures;
import org.dataregistry.CatalogueTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CatalogueTest
class DownloadTest {

    /** When fixture files were written; Last-Modified says it to the second. */
    static final Instant WRITTEN = Instant.parse("2026-11-02T10:15:30.250Z");

    static final String LAST_MODIFIED = "Mon, 02 Nov 2026 10:15:30 GMT";
    static final int SIZE = 1000;

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogueFixtures fixtures;

    long publication;
    long job;
    byte[] content;

    @BeforeEach
    void aPublicPublicationWithFiles() {
        publication = fixtures.publication("Moldova", "public", true, "source_id", "moldova_mtender");
        job = fixtures.activeJob(publication);
        content = bytes(SIZE);
        writtenAt(fixtures.exportFile(job, "full.jsonl.gz", content));
    }

    @Test
    void badNamesAreRefusedBeforeThePublicationIsLookedUp() throws Exception {
        String[] names = {
            "../full.jsonl.gz",
            "%2e%2e/full.jsonl.gz",
            "..%2Ffull.jsonl.gz",
            "2020.jsonl",
            "full.JSONL.GZ",
            "12345.xlsx",
            "202.xlsx",
            "",
            " full.jsonl.gz",
            "full.jsonl.gz ",
            "full.jsonl.gz\n",
            "full.jsonl",
            "full.csv.tar.gz.tmp",
            "full.jsonl.gz/",
            "/full.jsonl.gz",
            "latest.xlsx",
            "2020.csv"
        };
        for (String name : names) {
            for (long id : new long[] {publication, 999_999_999L}) {
                MockHttpServletResponse refused = send(get(url(id)).param("name", name));
                assertThat(refused.getStatus()).as("%s of %d", name, id).isEqualTo(400);
                assertThat(message(refused)).as(name).isEqualTo("The name query string parameter is invalid.");
            }
        }
        assertThat(send(get(url(999_999_999L))).getStatus()).as("no name").isEqualTo(400);
        assertThat(send(get(url(publication))).getStatus()).as("no name").isEqualTo(400);
        assertThat(send(get(url(publication)).param("name", "full.jsonl.gz", "../x"))
                        .getStatus())
                .as("two names")
                .isEqualTo(400);
        // Percent-encoded in the query string: decoded to ../full.jsonl.gz, still refused.
        assertThat(send(get(URI.create(url(publication) + "?name=%2e%2e%2Ffull.jsonl.gz")))
                        .getStatus())
                .isEqualTo(400);
        assertThat(send(get(URI.create(url(publication) + "?name=full%2ejsonl%2egz")))
                        .getStatus())
                .as("an encoded good name is that name")
                .isEqualTo(200);
    }

    @Test
    void theRefusalIsInThePagesLanguage() throws Exception {
        MockHttpServletResponse refused = send(get("/es" + url(publication)).param("name", "x.zip"));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(message(refused)).isEqualTo("El parámetro name de la consulta no es válido.");
    }

    @Test
    void anUnknownPublicationIsNotFound() throws Exception {
        MockHttpServletResponse missing = download(999_999_999L, "full.jsonl.gz");
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(message(missing)).isEqualTo("There is no such publication, or it is not public.");
        assertThat(send(get("/publication/moldova/download").param("name", "full.jsonl.gz"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(get("/publication/1234567890123456789/download").param("name", "full.jsonl.gz"))
                        .getStatus())
                .as("19 digits")
                .isEqualTo(404);
    }

    @Test
    void aPublicationThatIsNotPublicIsNotFound() throws Exception {
        fixtures.update(publication, "public", false);

        MockHttpServletResponse hidden = download(publication, "full.jsonl.gz");
        assertThat(hidden.getStatus()).isEqualTo(404);
        assertThat(message(hidden)).isEqualTo("There is no such publication, or it is not public.");
    }

    @Test
    void aPublicationWithoutAnActiveJobHasNoFiles() throws Exception {
        long noData = fixtures.publication("Atlantis", "public", true, "no_data_rationale_en", "Not published yet.");
        long oldJob = fixtures.completedJob(noData);
        fixtures.exportFile(oldJob, "full.jsonl.gz", bytes(10));

        MockHttpServletResponse none = download(noData, "full.jsonl.gz");
        assertThat(none.getStatus()).isEqualTo(404);
        assertThat(message(none)).isEqualTo("File not found.");
    }

    @Test
    void aFileTheActiveJobDoesNotHaveIsNotFound() throws Exception {
        for (String name : new String[] {"full.xlsx", "2020.jsonl.gz", "undated.csv.tar.gz"}) {
            MockHttpServletResponse missing = download(publication, name);
            assertThat(missing.getStatus()).as(name).isEqualTo(404);
            assertThat(message(missing)).as(name).isEqualTo("File not found.");
        }
    }

    @Test
    void onlyTheActiveJobsFilesAreServed() throws Exception {
        long older = fixtures.completedJob(publication);
        fixtures.exportFile(older, "2019.jsonl.gz", bytes(10));
        fixtures.exportFile(older, "full.jsonl.gz", "older".getBytes());

        assertThat(download(publication, "2019.jsonl.gz").getStatus()).isEqualTo(404);
        assertThat(download(publication, "full.jsonl.gz").getContentAsByteArray())
                .isEqualTo(content);
    }

    @Test
    void theWholeFileIsSentAsAnAttachmentNamedAfterTheSource() throws Exception {
        String[][] formats = {
            {"full.jsonl.gz", "application/gzip"},
            {"2020.csv.tar.gz", "application/gzip"},
            {"undated.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
        };
        for (String[] format : formats) {
            byte[] file = format[0].getBytes();
            writtenAt(fixtures.exportFile(job, format[0], file));

            MockHttpServletResponse sent = download(publication, format[0]);
            assertThat(sent.getStatus()).as(format[0]).isEqualTo(200);
            assertThat(sent.getContentAsByteArray()).as(format[0]).isEqualTo(file);
            assertThat(sent.getContentType()).as(format[0]).isEqualTo(format[1]);
            assertThat(sent.getHeader("Content-Disposition"))
                    .as(format[0])
                    .isEqualTo("attachment; filename=\"moldova_mtender_" + format[0] + "\"");
            assertThat(sent.getHeader("Content-Length")).as(format[0]).isEqualTo(String.valueOf(file.length));
            assertThat(sent.getHeader("Last-Modified")).as(format[0]).isEqualTo(LAST_MODIFIED);
            assertThat(sent.getHeader("ETag")).as(format[0]).matches("\"[^\"]+\"");
            assertThat(sent.getHeader("Accept-Ranges")).as(format[0]).isEqualTo("bytes");
            assertThat(sent.getHeader("Cache-Control")).as(format[0]).isEqualTo("no-cache, public");
            assertThat(sent.getHeader("Content-Encoding")).as(format[0]).isNull();
        }
    }

    @Test
    void theETagChangesWithTheFileAndTheJob() throws Exception {
        String etag = download(publication, "full.jsonl.gz").getHeader("ETag");
        assertThat(download(publication, "full.jsonl.gz").getHeader("ETag")).isEqualTo(etag);

        Path rewritten = fixtures.exportFile(job, "full.jsonl.gz", content);
        Files.setLastModifiedTime(rewritten, FileTime.from(WRITTEN.plusMillis(1)));
        String rewrittenTag = download(publication, "full.jsonl.gz").getHeader("ETag");
        assertThat(rewrittenTag).isNotEqualTo(etag);

        long next = fixtures.activeJob(publication);
        writtenAt(fixtures.exportFile(next, "full.jsonl.gz", content));
        assertThat(download(publication, "full.jsonl.gz").getHeader("ETag")).isNotIn(etag, rewrittenTag);
    }

    @Test
    void headGivesTheSameHeadersWithoutTheBody() throws Exception {
        MockHttpServletResponse got = download(publication, "full.jsonl.gz");
        MockHttpServletResponse headed =
                send(head(url(publication)).param("name", "full.jsonl.gz").header("Range", "bytes=0-9"));

        assertThat(headed.getStatus()).isEqualTo(200);
        assertThat(headed.getContentAsByteArray()).isEmpty();
        for (String header : new String[] {
            "Content-Type",
            "Content-Disposition",
            "Content-Length",
            "ETag",
            "Last-Modified",
            "Accept-Ranges",
            "Cache-Control"
        }) {
            assertThat(headed.getHeader(header)).as(header).isNotNull().isEqualTo(got.getHeader(header));
        }
        assertThat(headed.getHeader("Content-Length")).isEqualTo(String.valueOf(SIZE));
    }

    @Test
    void aCurrentETagIsNotModified() throws Exception {
        String etag = download(publication, "full.jsonl.gz").getHeader("ETag");

        for (String current : new String[] {etag, "W/" + etag, "\"other\", " + etag, "*"}) {
            MockHttpServletResponse notModified = download(publication, "full.jsonl.gz", "If-None-Match", current);
            assertThat(notModified.getStatus()).as(current).isEqualTo(304);
            assertThat(notModified.getContentAsByteArray()).as(current).isEmpty();
            assertThat(notModified.getHeader("ETag")).as(current).isEqualTo(etag);
            assertThat(notModified.getHeader("Cache-Control")).as(current).isEqualTo("no-cache, public");
        }
        MockHttpServletResponse changed = download(publication, "full.jsonl.gz", "If-None-Match", "\"other\"");
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getContentAsByteArray()).isEqualTo(content);
    }

    @Test
    void aFileNotModifiedSinceTheClientsCopyIsNotModified() throws Exception {
        assertThat(download(publication, "full.jsonl.gz", "If-Modified-Since", LAST_MODIFIED)
                        .getStatus())
                .isEqualTo(304);
        assertThat(download(publication, "full.jsonl.gz", "If-Modified-Since", "Tue, 03 Nov 2026 00:00:00 GMT")
                        .getStatus())
                .isEqualTo(304);
        assertThat(download(publication, "full.jsonl.gz", "If-Modified-Since", "Mon, 02 Nov 2026 10:15:29 GMT")
                        .getStatus())
                .isEqualTo(200);
        assertThat(download(publication, "full.jsonl.gz", "If-Modified-Since", "yesterday")
                        .getStatus())
                .isEqualTo(200);
        // If-None-Match decides when both are sent.
        assertThat(send(get(url(publication))
                                .param("name", "full.jsonl.gz")
                                .header("If-None-Match", "\"other\"")
                                .header("If-Modified-Since", LAST_MODIFIED))
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void eachFormOfRangeGetsThosePartialBytes() throws Exception {
        Object[][] ranges = {
            {"bytes=10-19", 10, 19},
            {"bytes=990-", 990, 999},
            {"bytes=-7", 993, 999},
            {"bytes=0-", 0, 999},
            {"bytes=995-5000", 995, 999},
            {"bytes=-5000", 0, 999},
            {"bytes=999-999", 999, 999},
            {"Bytes = 10-19", null, null},
            {"BYTES=10-19", 10, 19}
        };
        for (Object[] range : ranges) {
            MockHttpServletResponse partial = download(publication, "full.jsonl.gz", "Range", range[0]);
            if (range[1] == null) {
                assertThat(partial.getStatus())
                        .as("%s is not a range", range[0])
                        .isEqualTo(200);
                continue;
            }
            int first = (int) range[1];
            int last = (int) range[2];
            assertThat(partial.getStatus()).as(range[0].toString()).isEqualTo(206);
            assertThat(partial.getContentAsByteArray())
                    .as(range[0].toString())
                    .isEqualTo(Arrays.copyOfRange(content, first, last + 1));
            assertThat(partial.getHeader("Content-Range"))
                    .as(range[0].toString())
                    .isEqualTo("bytes %d-%d/%d".formatted(first, last, SIZE));
            assertThat(partial.getHeader("Content-Length"))
                    .as(range[0].toString())
                    .isEqualTo(String.valueOf(last - first + 1));
            assertThat(partial.getContentType()).isEqualTo("application/gzip");
            assertThat(partial.getHeader("ETag")).isNotNull();
        }
    }

    @Test
    void aRangeBeyondTheEndIsNotSatisfiable() throws Exception {
        for (String range : new String[] {"bytes=1000-", "bytes=1000-2000", "bytes=5000-6000", "bytes=-0"}) {
            MockHttpServletResponse refused = download(publication, "full.jsonl.gz", "Range", range);
            assertThat(refused.getStatus()).as(range).isEqualTo(416);
            assertThat(refused.getHeader("Content-Range")).as(range).isEqualTo("bytes */1000");
            assertThat(refused.getContentAsByteArray()).as(range).isEmpty();
        }
    }

    @Test
    void malformedOrSeveralRangesGetTheWholeFile() throws Exception {
        for (String range : new String[] {
            "bytes=abc", "bytes=5-2", "bytes=-", "items=0-9", "bytes=0-1,5-6", "0-9", "bytes=99999999999999999999-"
        }) {
            MockHttpServletResponse whole = download(publication, "full.jsonl.gz", "Range", range);
            assertThat(whole.getStatus()).as(range).isEqualTo(200);
            assertThat(whole.getContentAsByteArray()).as(range).isEqualTo(content);
            assertThat(whole.getHeader("Content-Range")).as(range).isNull();
        }
    }

    @Test
    void ifRangeHonoursTheRangeOnlyForTheCurrentVersion() throws Exception {
        String etag = download(publication, "full.jsonl.gz").getHeader("ETag");

        assertThat(ranged(etag).getStatus()).isEqualTo(206);
        assertThat(ranged(etag).getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(content, 100, 200));
        assertThat(ranged(LAST_MODIFIED).getStatus()).isEqualTo(206);

        for (String stale : new String[] {"\"other\"", "W/" + etag, "Mon, 02 Nov 2026 10:15:29 GMT", "junk"}) {
            MockHttpServletResponse whole = ranged(stale);
            assertThat(whole.getStatus()).as(stale).isEqualTo(200);
            assertThat(whole.getContentAsByteArray()).as(stale).isEqualTo(content);
        }
    }

    @Test
    void aSignedInUserDownloadsAPublicationThatIsNotPublic() throws Exception {
        fixtures.update(publication, "public", false);

        MockHttpServletResponse sent =
                send(get(url(publication)).param("name", "full.jsonl.gz").principal(() -> "admin"));
        assertThat(sent.getStatus()).isEqualTo(200);
        assertThat(sent.getContentAsByteArray()).isEqualTo(content);
        assertThat(sent.getHeader("Cache-Control"))
                .as("never kept by a shared cache")
                .isEqualTo("no-cache, private");
    }

    @Test
    void languagePrefixedPathsDownloadToo() throws Exception {
        for (String language : new String[] {"/en", "/es", "/ru"}) {
            MockHttpServletResponse sent = send(get(language + url(publication)).param("name", "full.jsonl.gz"));
            assertThat(sent.getStatus()).as(language).isEqualTo(200);
            assertThat(sent.getContentAsByteArray()).as(language).isEqualTo(content);
        }
        assertThat(send(get("/fr" + url(publication)).param("name", "full.jsonl.gz"))
                        .getStatus())
                .isEqualTo(404);
    }

    private MockHttpServletResponse ranged(String ifRange) throws Exception {
        return send(get(url(publication))
                .param("name", "full.jsonl.gz")
                .header("Range", "bytes=100-199")
                .header("If-Range", ifRange));
    }

    private MockHttpServletResponse download(long id, String name, Object... header) throws Exception {
        MockHttpServletRequestBuilder request = get(url(id)).param("name", name);
        if (header.length == 2) {
            request.header((String) header[0], header[1]);
        }
        return send(request);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String url(long id) {
        return "/publication/" + id + "/download";
    }

    private static String message(MockHttpServletResponse page) throws Exception {
        return Jsoup.parse(page.getContentAsString()).select("main p.lead").text();
    }

    private static byte[] bytes(int size) {
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = (byte) (i % 251);
        }
        return content;
    }

    private static void writtenAt(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(WRITTEN));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
