package org.dataregistry.ocds.compile;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.dataregistry.ocds.parallel.Batches;
import org.dataregistry.ocds.parallel.Futures;
import org.dataregistry.ocds.parallel.OrderedParallel;
import org.dataregistry.ocds.read.PackageMetadata;
import org.dataregistry.ocds.read.ReleaseItem;
import org.dataregistry.ocds.read.ReleaseKind;
import org.dataregistry.ocds.read.SourcePosition;

/**
 * Sorts release items by OCID with bounded memory, for {@link OcidGroups#sorted}: an external
 * merge sort. Items are kept serialized in memory up to a budget, in two halves: each time one is
 * full, it is sorted and written to a temporary file (a run) on a thread of its own while reading
 * goes on into the other (input that fits one half is never written out); the runs are then
 * merged, at most {@value #MAX_FAN_IN} at a time (in several rounds if there are more).
 *
 * <p>The sort is stable: items of one OCID keep their input order, which decides the merge order
 * of releases with the same date. OCIDs are compared with {@link String#compareTo}, as
 * {@link OcidGroups#sorted} expects.
 *
 * <p>Items come back with their OCID, release, kind and position; their package metadata is not
 * kept: each has {@link PackageMetadata#none} at its position. A caller that needs to know something
 * of an item's package tags items with a number ({@link #sortGroups(Iterator, ToIntFunction)}).
 * Releases are kept as JSON text, in memory and in temporary files; {@link #close()} deletes the
 * files. Releases the reader kept as text ({@link ReleaseItem#json()}) are kept as they are; others
 * are serialized by worker threads while the calling thread reads the next items. Not thread-safe.
 */
public final class OcidSorter implements AutoCloseable {

    /** The most runs merged at once: each open run has a buffer of {@value #BUFFER_SIZE} bytes. */
    public static final int MAX_FAN_IN = 256;

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int ITEM_OVERHEAD_BYTES = 96;
    private static final Comparator<Spilled> ORDER =
            Comparator.comparing(Spilled::ocid).thenComparingLong(Spilled::sequence);

    /** Items serialized by a worker at a time. */
    private static final int ITEMS_PER_BATCH = 64;

    private final Path directory;
    private final long memoryBudget;
    private final int threads;
    /** Every run written, to delete at the end; runs are written on the calling thread and on {@link RunWriter}'s. */
    private final List<Path> runFiles = Collections.synchronizedList(new ArrayList<>());

    /**
     * A sorter serializing items on a worker thread per available processor.
     *
     * @param directory    where to write runs (e.g. the system's temporary directory)
     * @param memoryBudget how many bytes of serialized items to keep in memory (half being written as a run)
     */
    public OcidSorter(Path directory, long memoryBudget) {
        this(directory, memoryBudget, OrderedParallel.defaultThreads());
    }

    /**
     * @param threads the worker threads that serialize items while the calling thread reads them
     */
    public OcidSorter(Path directory, long memoryBudget, int threads) {
        this.directory = directory;
        this.memoryBudget = memoryBudget;
        this.threads = threads;
    }

    /**
     * Reads every item, then returns them sorted by OCID, lazily.
     *
     * @throws UncheckedIOException if a temporary file cannot be written or read
     */
    public Iterator<ReleaseItem> sort(Iterator<ReleaseItem> items) {
        return new Deserializing(sortSerialized(items, item -> SortedGroup.UNTAGGED));
    }

    /**
     * Reads every item, then returns them grouped by OCID in OCID order, lazily, as
     * {@link OcidGroups#sorted} would group {@link #sort}'s items. Items come back as JSON text
     * ({@link ReleaseItem#isText()}): a release's tree is built only if and where it is asked for.
     *
     * @throws UncheckedIOException if a temporary file cannot be written or read
     */
    public Iterator<SortedGroup> sortGroups(Iterator<ReleaseItem> items) {
        return sortGroups(items, item -> SortedGroup.UNTAGGED);
    }

    /**
     * As {@link #sortGroups(Iterator)}, each item keeping a tag, e.g. the number of the package it was read
     * from ({@link SortedGroup#tag}).
     *
     * @param tag the tag of an item; called on the calling thread, in input order, as items are read
     */
    public Iterator<SortedGroup> sortGroups(Iterator<ReleaseItem> items, ToIntFunction<ReleaseItem> tag) {
        Iterator<List<Spilled>> groups =
                OcidGroups.sorted(sortSerialized(items, tag), Spilled::ocid, Spilled::position);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return groups.hasNext();
            }

            @Override
            public SortedGroup next() {
                List<Spilled> group = groups.next();
                return new SortedGroup(group.getFirst().ocid(), group);
            }
        };
    }

    private Iterator<Spilled> sortSerialized(Iterator<ReleaseItem> items, ToIntFunction<ReleaseItem> tag) {
        List<Spilled> buffer = new ArrayList<>();
        long buffered = 0;
        try (RunWriter runs = new RunWriter();
                OrderedParallel<List<Spilled>> serialized = OrderedParallel.map(
                        Batches.of(new Numbered(items, tag), ITEMS_PER_BATCH), OcidSorter::serialize, threads)) {
            while (serialized.hasNext()) {
                for (Spilled item : serialized.next()) {
                    buffer.add(item);
                    buffered += item.json().length + 2L * item.ocid().length() + ITEM_OVERHEAD_BYTES;
                    if (buffered >= memoryBudget / 2) {
                        runs.write(buffer);
                        buffer = new ArrayList<>();
                        buffered = 0;
                    }
                }
            }
            if (!runs.started()) {
                buffer.sort(ORDER);
                return buffer.iterator();
            }
            if (!buffer.isEmpty()) {
                runs.write(buffer);
            }
            return merged(runs.finish());
        }
    }

    private Iterator<Spilled> merged(List<Path> runs) {
        while (runs.size() > MAX_FAN_IN) {
            List<Path> merged = new ArrayList<>();
            for (int start = 0; start < runs.size(); start += MAX_FAN_IN) {
                merged.add(mergeToRun(runs.subList(start, Math.min(runs.size(), start + MAX_FAN_IN))));
            }
            runs = merged;
        }
        return new Merge(runs);
    }

    /** Serializes a batch of items (on a worker thread). */
    private static List<Spilled> serialize(List<Numbered.Item> batch) {
        List<Spilled> spilled = new ArrayList<>(batch.size());
        for (Numbered.Item item : batch) {
            spilled.add(Spilled.of(item.item(), item.sequence(), item.tag()));
        }
        return spilled;
    }

    /** Deletes the temporary files. */
    @Override
    public void close() {
        for (Path run : List.copyOf(runFiles)) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + run, e);
            }
        }
        runFiles.clear();
    }

    /**
     * Sorts and writes runs on a thread of its own, one at a time: the caller fills the next
     * buffer meanwhile, and waits only if that one is full before the last is written.
     */
    private final class RunWriter implements AutoCloseable {

        private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ocds-sort-writer");
            thread.setDaemon(true);
            return thread;
        });
        private final List<Path> runs = new ArrayList<>();
        private Future<Path> writing;

        boolean started() {
            return writing != null;
        }

        /** Sorts and writes {@code items} (which the caller no longer touches) once the run before is written. */
        void write(List<Spilled> items) {
            awaitWriting();
            writing = writer.submit(() -> {
                items.sort(ORDER);
                return writeRun(items.iterator());
            });
        }

        /** The runs, all written. */
        List<Path> finish() {
            awaitWriting();
            return runs;
        }

        private void awaitWriting() {
            if (writing == null) {
                return;
            }
            runs.add(Futures.await(writing, "a temporary file to be written"));
        }

        /** Stops the thread; a run being written is finished first, so that {@link OcidSorter#close()} deletes it. */
        @Override
        public void close() {
            writer.shutdown();
            try {
                writer.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Path mergeToRun(List<Path> runs) {
        Merge merge = new Merge(runs);
        Path run = writeRun(merge);
        for (Path merged : runs) {
            try {
                Files.deleteIfExists(merged);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return run;
    }

    private Path writeRun(Iterator<Spilled> items) {
        try {
            Path run = Files.createTempFile(directory, "ocds-sort-", ".run");
            runFiles.add(run);
            try (DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), BUFFER_SIZE))) {
                while (items.hasNext()) {
                    items.next().writeTo(out);
                }
            }
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a temporary file in " + directory, e);
        }
    }

    /** The items of one OCID, still serialized. */
    public static final class SortedGroup {

        /** The tag of items read without a tag. */
        public static final int UNTAGGED = -1;

        private final String ocid;
        private final List<Spilled> spilled;

        private SortedGroup(String ocid, List<Spilled> spilled) {
            this.ocid = ocid;
            this.spilled = spilled;
        }

        /** The OCID. */
        public String ocid() {
            return ocid;
        }

        /** The items, in input order, held as JSON text. */
        public List<ReleaseItem> items() {
            List<ReleaseItem> items = new ArrayList<>(spilled.size());
            for (Spilled item : spilled) {
                items.add(item.toItem());
            }
            return items;
        }

        /** The tag of item {@code index} (of {@link #items()}), or {@link #UNTAGGED}. */
        public int tag(int index) {
            return spilled.get(index).tag();
        }

        /** How many items the OCID has. */
        public int size() {
            return spilled.size();
        }
    }

    /** An item in its serialized form. */
    private record Spilled(
            String ocid, long sequence, int tag, ReleaseKind kind, SourcePosition position, String date, byte[] json) {

        static Spilled of(ReleaseItem item, long sequence, int tag) {
            return new Spilled(item.ocid(), sequence, tag, item.kind(), item.position(), item.date(), item.json());
        }

        void writeTo(DataOutputStream out) throws IOException {
            writeText(out, ocid);
            out.writeLong(sequence);
            out.writeInt(tag);
            out.writeByte(kind.ordinal());
            out.writeUTF(position.source());
            out.writeLong(position.line());
            out.writeLong(position.column());
            writeText(out, date);
            out.writeInt(json.length);
            out.write(json);
        }

        /** The next item of a run, or {@code null} at its end. */
        static Spilled readFrom(DataInputStream in) throws IOException {
            String ocid;
            try {
                ocid = readText(in);
            } catch (EOFException end) {
                return null;
            }
            long sequence = in.readLong();
            int tag = in.readInt();
            ReleaseKind kind = ReleaseKind.values()[in.readByte()];
            SourcePosition position = new SourcePosition(in.readUTF(), in.readLong(), in.readLong());
            String date = readText(in);
            byte[] json = new byte[in.readInt()];
            in.readFully(json);
            return new Spilled(ocid, sequence, tag, kind, position, date, json);
        }

        /** Writes a string of any length (writeUTF's are limited to 64 KiB), or {@code null}. */
        private static void writeText(DataOutputStream out, String text) throws IOException {
            if (text == null) {
                out.writeInt(-1);
                return;
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        private static String readText(DataInputStream in) throws IOException {
            int length = in.readInt();
            if (length < 0) {
                return null;
            }
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        ReleaseItem toItem() {
            return ReleaseItem.ofJson(ocid, date, json, kind, PackageMetadata.none(position), position);
        }
    }

    /** Numbers items in input order, which keeps the sort stable. */
    private static final class Numbered implements Iterator<Numbered.Item> {

        record Item(ReleaseItem item, long sequence, int tag) {}

        private final Iterator<ReleaseItem> items;
        private final ToIntFunction<ReleaseItem> tag;
        private long sequence;

        Numbered(Iterator<ReleaseItem> items, ToIntFunction<ReleaseItem> tag) {
            this.items = items;
            this.tag = tag;
        }

        @Override
        public boolean hasNext() {
            return items.hasNext();
        }

        @Override
        public Item next() {
            ReleaseItem item = items.next();
            return new Item(item, sequence++, tag.applyAsInt(item));
        }
    }

    /** Turns serialized items back into release items. */
    private record Deserializing(Iterator<Spilled> items) implements Iterator<ReleaseItem> {

        @Override
        public boolean hasNext() {
            return items.hasNext();
        }

        @Override
        public ReleaseItem next() {
            return items.next().toItem();
        }
    }

    /** The k-way merge of sorted runs; each run is closed at its end. */
    private static final class Merge implements Iterator<Spilled> {

        private final PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::item, ORDER));

        Merge(List<Path> runs) {
            for (Path run : runs) {
                try {
                    Head head = new Head(
                            new DataInputStream(new BufferedInputStream(Files.newInputStream(run), BUFFER_SIZE)));
                    if (head.advance()) {
                        heads.add(head);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the temporary file " + run, e);
                }
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public Spilled next() {
            Head head = heads.poll();
            if (head == null) {
                throw new NoSuchElementException();
            }
            Spilled item = head.item;
            try {
                if (head.advance()) {
                    heads.add(head);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a temporary file", e);
            }
            return item;
        }
    }

    /** A run being merged and its current item. */
    private static final class Head {

        private final DataInputStream in;
        private Spilled item;

        Head(DataInputStream in) {
            this.in = in;
        }

        Spilled item() {
            return item;
        }

        /** Reads the next item; at the end, closes the run and returns {@code false}. */
        boolean advance() throws IOException {
            item = Spilled.readFrom(in);
            if (item == null) {
                in.close();
                return false;
            }
            return true;
        }
    }
}
