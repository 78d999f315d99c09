package org.dataregistry.ocds.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipException;
import org.dataregistry.ocds.OcdsJson;
import org.dataregistry.ocds.parallel.OrderedParallel;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Reads OCDS releases from a file or stream, one at a time, in input order.
 *
 * <p>Reads release packages, record packages (embedded and linked releases, compiled releases),
 * bare releases and records, as one JSON value, a JSON array of them, JSON Lines or concatenated
 * JSON; plain, gzip-compressed, or every file entry of a zip archive (recognised by content, not
 * by name). Memory holds one release, or one record, at a time.
 *
 * <p>What stops reading and what is skipped:
 * <ul>
 *   <li>input that cannot be parsed (invalid JSON, a truncated file, a truncated or corrupt
 *       {@code .gz} or {@code .zip}, bytes invalid in an explicit charset) throws an
 *       {@link OcdsReadException} naming the source and line/column: where the next release
 *       starts is unknown, so nothing after it can be trusted;</li>
 *   <li>well-formed JSON that cannot be attributed to an OCID (a value that is not an object, a
 *       release or record without an {@code ocid} string, an object that is no package, release or
 *       record, an empty package) is skipped with a {@link ReadNote}, as Kingfisher Process does;</li>
 *   <li>a release without a {@code date} is read: only merging several releases needs dates, and
 *       the compiler reports it, naming the release's position.</li>
 * </ul>
 *
 * <p>Not thread-safe. Close it to close the underlying file.
 */
public final class OcdsReader implements Iterator<ReleaseItem>, AutoCloseable {

    private final InputStream raw;
    private final ReadOptions options;
    private final Iterator<NamedInput> inputs;
    private OpenInput current;
    private ReleaseItem next;

    private OcdsReader(InputStream raw, String name, ReadOptions options) {
        this.raw = raw;
        this.options = options;
        this.inputs = Unpacker.unpack(name, raw, options.limits());
    }

    /** Opens a file with the default options. */
    public static OcdsReader open(Path path) throws IOException {
        return open(path, ReadOptions.defaults());
    }

    /** Opens a file; messages name it by its path. */
    public static OcdsReader open(Path path, ReadOptions options) throws IOException {
        return open(Files.newInputStream(path), path.toString(), options);
    }

    /**
     * Reads a stream, which closing the reader closes (as does failing to open it); messages name it {@code name}.
     *
     * @throws OcdsReadException if the stream starts with a corrupt gzip header
     */
    public static OcdsReader open(InputStream in, String name, ReadOptions options) {
        try {
            return new OcdsReader(in, name, options);
        } catch (RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * @throws OcdsReadException if the input cannot be read further
     */
    @Override
    public boolean hasNext() {
        while (next == null) {
            if (current == null) {
                if (!inputs.hasNext()) {
                    return false;
                }
                current = new OpenInput(inputs.next());
            }
            next = current.next();
            if (next == null) {
                current.finish();
                current = null;
            }
        }
        return true;
    }

    /**
     * @throws OcdsReadException if the input cannot be read further
     */
    @Override
    public ReleaseItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReleaseItem item = next;
        next = null;
        return item;
    }

    /** The remaining items as a sequential stream, which closes this reader when closed. */
    public Stream<ReleaseItem> stream() {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    @Override
    public void close() {
        try {
            if (current != null) {
                current.close();
            }
            raw.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One JSON text being parsed, turning parser failures into {@link OcdsReadException}s. */
    private final class OpenInput {

        private final NamedInput input;
        private final Utf8OrLatin1Stream fallbackDecoder;
        private final ItemSource document;

        /**
         * Decompressing and checking the bytes run on a thread of their own ({@link ReadAheadInputStream}), parsing
         * on worker threads where the values end at line ends ({@link LineBatchReader}).
         */
        OpenInput(NamedInput input) {
            this.input = input;
            this.fallbackDecoder = options.charset() == null ? new Utf8OrLatin1Stream(input.stream()) : null;
            // A character parser reads the first bytes at once: failures are reported from here on.
            this.document = translatingFailures(() -> open(input));
        }

        private ItemSource open(NamedInput input) {
            if (fallbackDecoder != null) {
                return new LineBatchReader(
                        readAhead(fallbackDecoder), input.name(), options.listener(), OrderedParallel.defaultThreads());
            }
            JsonParser parser = OcdsJson.mapper()
                    .createParser(new InputStreamReader(
                            readAhead(input.stream()),
                            options.charset()
                                    .newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPORT)
                                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
            return new DocumentParser(parser, null, input.name(), 0, options.listener());
        }

        private static InputStream readAhead(InputStream in) {
            return new ReadAheadInputStream(in);
        }

        ReleaseItem next() {
            return translatingFailures(document::next);
        }

        private <T> T translatingFailures(Supplier<T> parsing) {
            try {
                return parsing.get();
            } catch (UnexpectedEndOfInputException e) {
                throw failure("unexpected end of input: the JSON is truncated", e);
            } catch (StreamReadException e) {
                throw failure("invalid JSON: " + e.getOriginalMessage(), e);
            } catch (JacksonIOException e) {
                throw failure(describe(e.getCause()), e.getCause());
            } catch (JacksonException e) {
                throw failure("cannot read: " + e.getOriginalMessage(), e);
            }
        }

        void close() {
            document.close();
        }

        void finish() {
            document.close();
            if (fallbackDecoder != null && fallbackDecoder.firstInvalidByteOffset() >= 0) {
                options.listener()
                        .note(new ReadNote(
                                SourcePosition.of(input.name()),
                                "not valid UTF-8 (first invalid byte at offset "
                                        + fallbackDecoder.firstInvalidByteOffset()
                                        + "): bytes that are not UTF-8 were read as ISO-8859-1"));
            }
        }

        private OcdsReadException failure(String problem, Throwable cause) {
            SourcePosition at = document == null ? new SourcePosition(input.name(), 1, 1) : document.position();
            return new OcdsReadException(at, problem, cause);
        }

        private String describe(IOException cause) {
            if (cause instanceof UnpackLimitException) {
                return cause.getMessage();
            }
            if (cause instanceof EOFException
                    || String.valueOf(cause.getMessage()).startsWith("Truncated")) {
                return "unexpected end of compressed data: the file is truncated (" + cause.getMessage() + ")";
            }
            if (cause instanceof ZipException) {
                return "corrupt compressed data (" + cause.getMessage() + ")";
            }
            if (cause instanceof CharacterCodingException) {
                return "invalid " + options.charset() + " bytes (" + cause + ")";
            }
            return "cannot read: " + cause;
        }
    }
}
