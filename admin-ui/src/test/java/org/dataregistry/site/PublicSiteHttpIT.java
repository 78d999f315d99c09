package org.dataregistry.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;
import org.dataregistry.AppTest;
import org.dataregistry.TestDatabase;
import org.dataregistry.database.CatalogueChanges;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public site over HTTP as the container serves it: compression, error pages, long links, kept documents. */
@AppTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicSiteHttpIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogueChanges changes;

    @Autowired
    TestDatabase database;

    private final HttpClient http = HttpClient.newHttpClient();
    private long publication;

    @BeforeEach
    void aVisiblePublication() {
        publication = changing(() -> {
            long id = jdbc.sql("INSERT INTO publication (title, country_en, source_id, public, description_en) "
                            + "VALUES ('Compras', 'Mexico', 'mexico', true, :description) RETURNING id")
                    .param("description", "Public procurement. ".repeat(200))
                    .query(Long.class)
                    .single();
            long job = jdbc.sql("INSERT INTO job (publication_id, status, start, \"end\", coverage) "
                            + "VALUES (:p, 'COMPLETED', now(), now(), '{\"\": 3, \"/ocid\": 3}') RETURNING id")
                    .param("p", id)
                    .query(Long.class)
                    .single();
            jdbc.sql("UPDATE publication SET active_job_id = :job WHERE id = :p")
                    .param("job", job)
                    .param("p", id)
                    .update();
            return id;
        });
    }

    @Test
    void pagesAndDocumentsAreCompressedForClientsThatAskForIt() throws Exception {
        for (String path : new String[] {
            "/search/",
            "/publication/" + publication,
            "/publications.json",
            "/sitemap.xml",
            "/catalog.jsonld",
            "/feed.atom"
        }) {
            HttpResponse<byte[]> response =
                    send(HttpRequest.newBuilder(url(path)).header("Accept-Encoding", "gzip"));

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding"))
                    .as(path)
                    .hasValue("gzip");
            assertThat(gunzip(response.body()))
                    .as(path)
                    .containsAnyOf("\"title\":\"Compras\"", "/publication/" + publication);
        }
    }

    @Test
    void errorsAreShortPagesInThePagesLanguageWhateverTheClientAccepts() throws Exception {
        HttpResponse<byte[]> response =
                send(HttpRequest.newBuilder(url("/es/no-such-page")).header("Accept", "*/*"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> type.startsWith("text/html"));
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .contains("No encontramos esa página.")
                .doesNotContain("Exception", "Whitelabel");
    }

    @Test
    void aLongSearchLinkIsAnsweredByTheSite() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(url("/search/?country=" + "x".repeat(10_000))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("Mexico: Compras");
    }

    @Test
    void whatThePagesKeepFollowsTheCatalogue() throws Exception {
        assertThat(text("/search/")).contains("Mexico: Compras");
        assertThat(text("/publications.json")).contains("\"title\":\"Compras\"");

        changing(() -> jdbc.sql("UPDATE publication SET public = false WHERE id = :p")
                .param("p", publication)
                .update());

        assertThat(text("/search/")).doesNotContain("Mexico: Compras");
        assertThat(text("/publications.json")).isEqualTo("[]");
        assertThat(text("/sitemap.xml")).doesNotContain("/publication/" + publication);
    }

    @Test
    void aDocumentRevalidatesWithItsTag() throws Exception {
        HttpResponse<byte[]> first = send(HttpRequest.newBuilder(url("/publications.json")));
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again =
                send(HttpRequest.newBuilder(url("/publications.json")).header("If-None-Match", etag));

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    /** Makes a change and waits until the site has heard of it. */
    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndWithoutOneItIsNot() throws Exception {
        // The test client connects from 127.0.0.1, an address Tomcat trusts as a proxy (as a private network's).
        HttpResponse<byte[]> proxied =
                send(HttpRequest.newBuilder(url("/admin/login")).header("X-Forwarded-Proto", "https"));
        HttpResponse<byte[]> direct = send(HttpRequest.newBuilder(url("/admin/login")));

        assertThat(proxied.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("; Secure"));
        assertThat(direct.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").doesNotContain("Secure"));
    }

    private <T> T changing(java.util.function.Supplier<T> change) {
        OptionalLong before = changes.version();
        T result = change.get();
        database.awaitCatalogueChangeSince(before);
        return result;
    }

    private String text(String path) throws IOException, InterruptedException {
        return new String(send(HttpRequest.newBuilder(url(path))).body(), StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
