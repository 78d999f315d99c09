package org.dataregistry.harvest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * A document that machines poll ({@code publications.json}, the sitemap, the DCAT catalogue, the feeds), written once
 * and kept gzip-compressed with an entity tag of its content, so that it can be kept until the catalogue changes and
 * sent again at no cost: compressed to clients that accept gzip (nearly all), uncompressed to the others, and not at
 * all (304) to a client whose copy is current. The tag is weak: the compressed and plain bodies are the same
 * document in two encodings.
 */
final class PolledDocument {

    /** How a document is written: to a stream it must not close; an exception fails the request. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws Exception;
    }

    private final String contentType;
    private final byte[] gzipped;
    private final ETag etag;

    private PolledDocument(String contentType, byte[] gzipped, ETag etag) {
        this.contentType = contentType;
        this.gzipped = gzipped;
        this.etag = etag;
    }

    /** Writes the document, compressing it as it is written. */
    static PolledDocument of(String contentType, Body body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = fastGzip(compressed);
                    DigestOutputStream digesting = new DigestOutputStream(gzip, digest)) {
                body.writeTo(digesting);
            }
            String tag = HexFormat.of().formatHex(digest.digest(), 0, 16);
            return new PolledDocument(contentType, compressed.toByteArray(), ETag.create("W/\"" + tag + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not write a " + contentType + " document", e);
        }
    }

    /**
     * Gzip at the fastest level: a document is written again after every change to the catalogue, and its JSON and
     * XML compress well anyway (publications.json of 5,000 publications with 500 coverage paths each: 68 MB to 15).
     */
    private static GZIPOutputStream fastGzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, 64 * 1024) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    /** Answers a GET or HEAD with the document, or with 304 when the client's copy is this one. */
    void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.ETAG, etag.formattedTag());
        // Always revalidate (with the tag, at no cost), since the document changes whenever the catalogue does.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (clientHasIt(request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(contentType);
        boolean head = HttpMethod.HEAD.matches(request.getMethod());
        if (acceptsGzip(request)) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.setContentLength(gzipped.length);
            if (!head) {
                response.getOutputStream().write(gzipped);
            }
        } else if (!head) {
            try (InputStream plain = new GZIPInputStream(new ByteArrayInputStream(gzipped), 64 * 1024)) {
                plain.transferTo(response.getOutputStream());
            }
        }
    }

    private boolean clientHasIt(HttpServletRequest request) {
        return Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH)).stream()
                .flatMap(header -> ETag.parse(header).stream())
                .anyMatch(tag -> tag.isWildcard() || tag.tag().equals(etag.tag()));
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        return Collections.list(request.getHeaders(HttpHeaders.ACCEPT_ENCODING)).stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip)
                .anyMatch(coding ->
                        coding.equals("gzip") || coding.startsWith("gzip;") && !coding.matches("gzip;\\s*q=0(\\.0*)?"));
    }
}
