package org.dataregistry.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PolledDocumentTest {

    private final PolledDocument document = PolledDocument.of(
            "application/json;charset=UTF-8",
            out -> out.write("[{\"title\":\"Compras públicas\"}]".getBytes(StandardCharsets.UTF_8)));

    @Test
    void clientsThatAcceptGzipGetItCompressed() throws IOException {
        MockHttpServletResponse response = send(request("gzip, deflate, br"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(response.getHeader("Vary")).isEqualTo("Accept-Encoding");
        assertThat(gunzip(response.getContentAsByteArray())).isEqualTo("[{\"title\":\"Compras públicas\"}]");
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
    }

    @Test
    void otherClientsGetItPlain() throws IOException {
        for (String acceptEncoding : new String[] {null, "identity", "deflate", "gzip;q=0"}) {
            MockHttpServletResponse response = send(request(acceptEncoding));

            assertThat(response.getHeader("Content-Encoding"))
                    .as(acceptEncoding)
                    .isNull();
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .as(acceptEncoding)
                    .isEqualTo("[{\"title\":\"Compras públicas\"}]");
        }
    }

    @Test
    void aClientWithTheCurrentCopyGetsNotModified() throws IOException {
        String etag = send(request(null)).getHeader("ETag");
        MockHttpServletRequest revalidation = request("gzip");
        revalidation.addHeader("If-None-Match", etag);

        MockHttpServletResponse response = send(revalidation);

        assertThat(etag).startsWith("W/\"");
        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void theTagIsTheContents() throws IOException {
        PolledDocument same = PolledDocument.of(
                "application/json",
                out -> out.write("[{\"title\":\"Compras públicas\"}]".getBytes(StandardCharsets.UTF_8)));
        PolledDocument other =
                PolledDocument.of("application/json", out -> out.write("[]".getBytes(StandardCharsets.UTF_8)));

        String tag = send(request(null)).getHeader("ETag");
        assertThat(sendOf(same).getHeader("ETag")).isEqualTo(tag);
        assertThat(sendOf(other).getHeader("ETag")).isNotEqualTo(tag);
    }

    @Test
    void headHasTheHeadersAndNoBody() throws IOException {
        MockHttpServletRequest head = request("gzip");
        head.setMethod("HEAD");

        MockHttpServletResponse response = send(head);

        assertThat(response.getContentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(response.getHeader("ETag")).isNotNull();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    private MockHttpServletRequest request(String acceptEncoding) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/publications.json");
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        return request;
    }

    private MockHttpServletResponse send(MockHttpServletRequest request) throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        document.send(request, response);
        return response;
    }

    private MockHttpServletResponse sendOf(PolledDocument other) throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        other.send(request(null), response);
        return response;
    }

    private static String gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
