package org.dataregistry.download;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.dataregistry.site.PageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Sends a file as an attachment with the validators and byte ranges that let clients revalidate and resume: 200 with
 * the whole file, 206 with one range, 304 when the client's copy is current, 416 for a range beyond the end (see
 * {@link RequestedPart}). HEAD gets the same headers and no body. Caches must always revalidate ({@code no-cache}):
 * the same URL serves the next job's file once that job becomes active.
 *
 * <p>The file is opened before anything is decided, so a file deleted since it was found (retention removing an old
 * job) is a 404, never a 500; once open, it is read to the end even if it is deleted meanwhile. It is copied through
 * one small buffer, never read into the heap, and a client that goes away mid-download just ends the copy.
 */
final class FileResponse {

    /** Large enough for few system calls, small enough for many concurrent downloads. */
    static final int BUFFER_BYTES = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(FileResponse.class);

    private final Path file;
    private final long jobId;
    private final String attachmentName;
    private final MediaType mediaType;
    private final CacheControl cacheControl;

    /**
     * @param file the file, whose name is a download name
     * @param jobId the job that wrote it, part of its entity tag
     * @param attachmentName the name browsers save it as
     * @param mediaType its Content-Type
     * @param shared whether shared caches may keep it: not when a signed-in user downloads what may not be public
     */
    FileResponse(Path file, long jobId, String attachmentName, MediaType mediaType, boolean shared) {
        this.file = file;
        this.jobId = jobId;
        this.attachmentName = attachmentName;
        this.mediaType = mediaType;
        CacheControl revalidate = CacheControl.noCache();
        this.cacheControl = shared ? revalidate.cachePublic() : revalidate.cachePrivate();
    }

    /** Answers the request; a 404 {@link PageException} if the file is not there (nothing is written then). */
    void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (FileChannel channel = open()) {
            FileVersion version =
                    FileVersion.of(jobId, channel.size(), attributes().lastModifiedTime());
            RequestedPart part = RequestedPart.of(request, version);

            response.setHeader(HttpHeaders.ETAG, version.etag().formattedTag());
            response.setDateHeader(
                    HttpHeaders.LAST_MODIFIED, version.lastModified().toEpochMilli());
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl.getHeaderValue());
            response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
            switch (part) {
                case RequestedPart.NotModified notModified -> response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                case RequestedPart.Unsatisfiable unsatisfiable -> {
                    response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                    response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + version.size());
                    response.setContentLengthLong(0);
                }
                case RequestedPart.Whole whole -> {
                    response.setStatus(HttpServletResponse.SC_OK);
                    body(request, response, channel, 0, version.size());
                }
                case RequestedPart.Range range -> {
                    response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                    response.setHeader(HttpHeaders.CONTENT_RANGE, range.contentRange());
                    body(request, response, channel, range.first(), range.length());
                }
            }
        }
    }

    private FileChannel open() throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException gone) {
            throw PageException.notFound("error.fileNotFound");
        }
    }

    private BasicFileAttributes attributes() throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isRegularFile()) {
                return attributes;
            }
        } catch (NoSuchFileException gone) {
            // Deleted between opening and this: nothing was sent yet, so it is simply not found.
        }
        throw PageException.notFound("error.fileNotFound");
    }

    private void body(
            HttpServletRequest request, HttpServletResponse response, FileChannel channel, long first, long length)
            throws IOException {
        response.setContentType(mediaType.toString());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(attachmentName).build().toString());
        response.setContentLengthLong(length);
        if (HttpMethod.HEAD.matches(request.getMethod())) {
            return;
        }
        copy(channel, first, length, response.getOutputStream());
    }

    /** Copies bytes {@code first} to {@code first + length - 1} of the channel. */
    private void copy(FileChannel channel, long first, long length, ServletOutputStream out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(Math.clamp(length, 1, BUFFER_BYTES));
        long position = first;
        long end = first + length;
        while (position < end) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
            int read = channel.read(buffer, position);
            if (read < 0) {
                // Files are renamed into place complete and never rewritten: a shorter one is a fault to report.
                throw new EOFException(file + " ended at byte " + position + " of " + end);
            }
            position += read;
            buffer.flip();
            try {
                out.write(buffer);
            } catch (IOException clientGone) {
                // The client disconnected (or the connection broke): nothing to answer, nothing worth a stack trace.
                log.debug("Download of {} ended by the client at byte {}: {}", file, position, clientGone.toString());
                return;
            }
        }
    }
}
