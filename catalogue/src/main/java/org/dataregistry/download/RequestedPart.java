package org.dataregistry.download;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRange;

/**
 * What a GET or HEAD of a file asks for, given the file's current version (RFC 9110 §13 and §14): nothing, because
 * the client's copy is current; the whole file; one byte range of it; or a range the file doesn't have.
 *
 * <p>{@code If-None-Match} (weak comparison) takes precedence over {@code If-Modified-Since}, as the RFC says. Only
 * GET has ranges, and only while {@code If-Range}, when sent, names the current version (its strong entity tag or
 * its exact {@code Last-Modified} date). A {@code Range} header that can't be parsed or has another unit is ignored,
 * as the RFC says; one asking for several ranges is answered with the whole file, which the RFC allows: download
 * clients resume with one range, and a multipart/byteranges reply is not worth its code.
 */
sealed interface RequestedPart {

    /** The client's copy is current: 304, no body. */
    record NotModified() implements RequestedPart {}

    /** The whole file: 200. */
    record Whole() implements RequestedPart {}

    /** Bytes {@code first} to {@code last}, both included, of a file of {@code size} bytes: 206. */
    record Range(long first, long last, long size) implements RequestedPart {

        long length() {
            return last - first + 1;
        }

        String contentRange() {
            return "bytes %d-%d/%d".formatted(first, last, size);
        }
    }

    /** A range that starts at or beyond the end of the file (or the last 0 bytes): 416. */
    record Unsatisfiable() implements RequestedPart {}

    static RequestedPart of(HttpServletRequest request, FileVersion version) {
        if (notModified(request, version)) {
            return new NotModified();
        }
        String range = request.getHeader(HttpHeaders.RANGE);
        if (range == null
                || !HttpMethod.GET.matches(request.getMethod())
                || !ifRangeHolds(request.getHeader(HttpHeaders.IF_RANGE), version)) {
            return new Whole();
        }
        List<HttpRange> ranges;
        try {
            ranges = HttpRange.parseRanges(withLowerCaseUnit(range));
        } catch (IllegalArgumentException malformed) {
            return new Whole();
        }
        if (ranges.size() != 1) {
            return new Whole();
        }
        long first = ranges.getFirst().getRangeStart(version.size());
        if (first >= version.size()) {
            return new Unsatisfiable();
        }
        return new Range(first, ranges.getFirst().getRangeEnd(version.size()), version.size());
    }

    private static boolean notModified(HttpServletRequest request, FileVersion version) {
        List<String> noneMatch = Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH));
        if (!noneMatch.isEmpty()) {
            return noneMatch.stream()
                    .flatMap(header -> ETag.parse(header).stream())
                    .anyMatch(tag ->
                            tag.isWildcard() || tag.tag().equals(version.etag().tag()));
        }
        long modifiedSince;
        try {
            modifiedSince = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException notADate) {
            return false;
        }
        return modifiedSince >= 0 && version.lastModified().toEpochMilli() <= modifiedSince;
    }

    private static boolean ifRangeHolds(String ifRange, FileVersion version) {
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.strip();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            List<ETag> tags = ETag.parse(value);
            return tags.size() == 1
                    && !tags.getFirst().weak()
                    && !tags.getFirst().isWildcard()
                    && tags.getFirst().tag().equals(version.etag().tag());
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant()
                    .equals(version.lastModified());
        } catch (DateTimeException notADate) {
            return false;
        }
    }

    /** The range unit is case-insensitive; {@link HttpRange} only knows {@code bytes=}. */
    private static String withLowerCaseUnit(String range) {
        return range.regionMatches(true, 0, "bytes=", 0, 6) ? "bytes=" + range.substring(6) : range;
    }
}
