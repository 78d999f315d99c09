package org.dataregistry.ocds.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.dataregistry.ocds.OcdsJson;
import org.dataregistry.ocds.parallel.OrderedParallel;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/**
 * Parses UTF-8 JSON text on several threads when its values end at line ends, as in JSON Lines:
 * the text is cut after a line end into batches of whole lines, and each batch is parsed on its
 * own, on a worker thread, by a {@link DocumentParser}, giving the same items, notes and positions
 * as parsing the whole text would.
 *
 * <p>A batch parses on its own exactly when it holds whole values: a value cut by the batch's end
 * is unfinished there (an object or array is unfinished until its last byte, and no other value
 * spans lines). So from the first batch that does not parse on its own, whatever the reason
 * (a value over several lines, invalid JSON, a line longer than {@value #MAX_BATCH_BYTES} bytes, a
 * read failure), the rest of the text is parsed on the calling thread by one {@link DocumentParser}
 * as it would have been from the start: which makes the parallel reading invisible, failures
 * included, and costs one batch of wasted work on text that is not line-delimited.
 *
 * <p>What the batches report to the {@link ReadListener} is replayed on the calling thread, in
 * order, where it falls between their items. Not thread-safe; close it to stop the workers.
 */
final class LineBatchReader implements ItemSource {

    /** Below half of G1's smallest region, so that batches are ordinary allocations. */
    static final int BATCH_BYTES = 256 * 1024;
    /** The longest line a batch grows to hold; the text from a longer one is parsed sequentially. */
    static final int MAX_BATCH_BYTES = 16 * 1024 * 1024;

    private final String source;
    private final ReadListener listener;
    private final Splitter splitter;
    private final OrderedParallel<Parsed> parsed;
    private Parsed current;
    private int nextItem;
    private int nextReport;
    private int batchesParsedAlone;
    private DocumentParser sequential;
    private JsonParser sequentialParser;

    /**
     * @param in      UTF-8 text
     * @param threads the worker threads parsing batches
     */
    LineBatchReader(InputStream in, String source, ReadListener listener, int threads) {
        this.source = source;
        this.listener = listener;
        this.splitter = new Splitter(in);
        this.parsed = OrderedParallel.map(splitter, this::parse, threads);
    }

    @Override
    public ReleaseItem next() {
        if (sequential != null) {
            return sequential.next();
        }
        while (true) {
            if (current != null) {
                replayReportsBefore(nextItem);
                if (nextItem < current.items.size()) {
                    return current.items.get(nextItem++);
                }
                current = null;
            }
            if (!parsed.hasNext()) {
                return null;
            }
            Parsed batch = parsed.next();
            splitter.consumed();
            if (batch.items == null) {
                parseSequentiallyFrom(batch.batch);
                return sequential.next();
            }
            current = batch;
            nextItem = 0;
            nextReport = 0;
            batchesParsedAlone++;
        }
    }

    /** Replays the current batch's reports made before its item {@code itemIndex} (past its last item: all). */
    private void replayReportsBefore(int itemIndex) {
        List<Report> reports = current.reports;
        while (nextReport < reports.size() && reports.get(nextReport).itemsBefore <= itemIndex) {
            reports.get(nextReport++).call.accept(listener);
        }
    }

    /** How many batches were parsed on their own so far. */
    int batchesParsedAlone() {
        return batchesParsedAlone;
    }

    @Override
    public SourcePosition position() {
        if (sequential != null) {
            return sequential.position();
        }
        return new SourcePosition(source, current == null ? 0 : current.batch.linesBefore + 1, 1);
    }

    @Override
    public void close() {
        parsed.close();
        if (sequentialParser != null) {
            sequentialParser.close();
        }
    }

    /** Parses one batch on a worker: its items and reports, or no items if it cannot be parsed alone. */
    private Parsed parse(Batch batch) {
        if (batch.rest != null) {
            return new Parsed(batch, null, List.of());
        }
        Recorder recorder = new Recorder();
        try (JsonParser parser = OcdsJson.mapper().createParser(batch.bytes, 0, batch.length)) {
            DocumentParser document = new DocumentParser(
                    parser, RetainedBytes.of(batch.bytes, batch.length), source, batch.linesBefore, recorder);
            for (ReleaseItem item = document.next(); item != null; item = document.next()) {
                recorder.items.add(item);
            }
            return new Parsed(batch, recorder.items, recorder.reports);
        } catch (JacksonException notAlone) {
            return new Parsed(batch, null, List.of());
        }
    }

    /** Parses the rest of the text, from the start of {@code batch}, on this thread. */
    private void parseSequentiallyFrom(Batch batch) {
        parsed.close();
        InputStream rest = new SequenceInputStream(Collections.enumeration(List.of(batch.stream(), splitter.rest())));
        RetainingInputStream retained = new RetainingInputStream(rest);
        sequentialParser = OcdsJson.mapper().createParser(retained);
        sequential = new DocumentParser(sequentialParser, retained, source, batch.linesBefore, listener);
    }

    /**
     * Whole lines of the text, or (with {@code rest}) the text from here on when it could not be
     * cut: {@code bytes[0, length)} then {@code rest}.
     */
    private record Batch(byte[] bytes, int length, long linesBefore, InputStream rest) {

        InputStream stream() {
            InputStream bytesStream = new ByteArrayInputStream(bytes, 0, length);
            return rest == null ? bytesStream : new SequenceInputStream(bytesStream, rest);
        }
    }

    /**
     * A batch's items, or {@code null} if it must be parsed with the rest of the text, and what it
     * reported to the listener, in order, each report with the number of items that came before it.
     */
    private record Parsed(Batch batch, List<ReleaseItem> items, List<Report> reports) {}

    private record Report(int itemsBefore, Consumer<ReadListener> call) {}

    /** Records what a batch's parser reports, to replay on the calling thread. */
    private static final class Recorder implements ReadListener {

        final List<ReleaseItem> items = new ArrayList<>();
        final List<Report> reports = new ArrayList<>();

        @Override
        public void note(ReadNote note) {
            reports.add(new Report(items.size(), listener -> listener.note(note)));
        }

        @Override
        public void packageRead(PackageMetadata metadata, long itemCount) {
            reports.add(new Report(items.size(), listener -> listener.packageRead(metadata, itemCount)));
        }

        @Override
        public void skippedWithoutOcid(ReadNote note) {
            reports.add(new Report(items.size(), listener -> listener.skippedWithoutOcid(note)));
        }
    }

    /**
     * Cuts the text into batches after a line end, on the calling thread (as {@link OrderedParallel}
     * asks for them), and keeps those not yet consumed, so that the text from any of them on can
     * still be parsed sequentially.
     */
    private static final class Splitter implements Iterator<Batch> {

        private final InputStream in;
        private final Deque<Batch> unconsumed = new ArrayDeque<>();
        private byte[] buffer = new byte[BATCH_BYTES];
        private int filled;
        private long lines;
        private Batch next;
        private boolean ended;

        Splitter(InputStream in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !ended) {
                next = cut();
            }
            return next != null;
        }

        @Override
        public Batch next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Batch batch = next;
            next = null;
            unconsumed.add(batch);
            return batch;
        }

        /** The oldest batch handed out has been consumed. */
        void consumed() {
            unconsumed.poll();
        }

        /** The text after the batches consumed; no batch is handed out after this. */
        InputStream rest() {
            List<InputStream> streams = new ArrayList<>();
            for (Batch batch : unconsumed) {
                streams.add(batch.stream());
            }
            unconsumed.clear();
            if (next != null) {
                streams.add(next.stream());
                next = null;
            }
            if (!ended) {
                streams.add(new ByteArrayInputStream(buffer, 0, filled));
                streams.add(in);
                ended = true;
            }
            return new SequenceInputStream(Collections.enumeration(streams));
        }

        /** The next batch, or {@code null} at the end of the text. */
        private Batch cut() {
            while (true) {
                try {
                    fill();
                } catch (IOException e) {
                    return remainder(new FailingStream(e));
                }
                if (filled < buffer.length) {
                    ended = true;
                    return filled == 0 ? null : batch(filled);
                }
                int end = lastLineEnd();
                if (end > 0) {
                    return batch(end);
                }
                if (buffer.length >= MAX_BATCH_BYTES) {
                    return remainder(in);
                }
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
        }

        /** Reads until the buffer is full or the text ends. */
        private void fill() throws IOException {
            while (filled < buffer.length) {
                int read = in.read(buffer, filled, buffer.length - filled);
                if (read < 0) {
                    return;
                }
                filled += read;
            }
        }

        /** Hands out the buffer's first {@code length} bytes; the rest starts a new buffer. */
        private Batch batch(int length) {
            Batch batch = new Batch(buffer, length, lines, null);
            lines += ByteScans.lineBreaks(buffer, length);
            int carry = filled - length;
            buffer = new byte[Math.max(BATCH_BYTES, carry)];
            System.arraycopy(batch.bytes, length, buffer, 0, carry);
            filled = carry;
            return batch;
        }

        /** The text from here on, as one batch to parse sequentially. */
        private Batch remainder(InputStream rest) {
            ended = true;
            return new Batch(buffer, filled, lines, rest);
        }

        /** The offset after the buffer's last {@code '\n'}, or 0 if it has none. */
        private int lastLineEnd() {
            for (int index = filled - 1; index >= 0; index--) {
                if (buffer[index] == '\n') {
                    return index + 1;
                }
            }
            return 0;
        }
    }

    /** Throws, on every read, the failure that ended the text. */
    private static final class FailingStream extends InputStream {

        private final IOException failure;

        FailingStream(IOException failure) {
            this.failure = failure;
        }

        @Override
        public int read() throws IOException {
            throw failure;
        }
    }
}
