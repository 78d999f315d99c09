package org.dataregistry.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Map;

import org.dataregistry.ocds.read.OcdsReader;
import org.dataregistry.ocds.read.PackageMetadata;
import org.dataregistry.ocds.read.PackageType;
import org.dataregistry.ocds.read.ReadListener;
import org.dataregistry.ocds.read.ReadNote;
import org.dataregistry.ocds.read.ReadOptions;
import org.dataregistry.ocds.read.ReleaseItem;
import org.dataregistry.ocds.read.SourcePosition;
import org.dataregistry.ocds.read.UnpackLimits;
import org.dataregistry.task.TaskHeartbeat;

/**
 * Reads a job's collected files into the processing store, streaming, and keeps what the packages say: which are
 * OCDS 1.0 (known only at a package's end, when a {@code version} after its releases has been read), and the
 * first license and publication policy. What the reader skipped becomes a warning; releases skipped for want of an
 * {@code ocid} are counted too. Compressed files are unpacked within the job's {@link UnpackLimits}. Not thread-safe.
 */
final class CollectedFileReader implements ReadListener {

    private final ProcessingStore.CollectedWriter store;
    private final ProcessNotes notes;
    private final TaskHeartbeat heartbeat;
    private final UnpackLimits limits;
    private final BitSet ocds10Packages = new BitSet();
    private SourcePosition packageStart;
    private int packageNumber = -1;
    private String license;
    private String publicationPolicy;
    private long releases;
    private long withoutOcid;

    CollectedFileReader(ProcessingStore.CollectedWriter store, ProcessNotes notes, TaskHeartbeat heartbeat,
            UnpackLimits limits) {
        this.store = store;
        this.notes = notes;
        this.heartbeat = heartbeat;
        this.limits = limits;
    }

    /**
     * Reads one file; positions in messages name it by its file name.
     *
     * @throws org.dataregistry.ocds.read.OcdsReadException if it can't be read to its end
     */
    void read(Path file) {
        ReadOptions options = ReadOptions.defaults().withListener(this).withLimits(limits);
        try (OcdsReader reader = OcdsReader.open(Files.newInputStream(file), file.getFileName().toString(), options)) {
            while (reader.hasNext()) {
                ReleaseItem item = reader.next();
                store.add(item, packageNumberOf(item.metadata()));
                heartbeat.done(++releases);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open " + file, e);
        }
    }

    /** Writes what is still buffered to the store. */
    void flush() {
        store.flush();
    }

    @Override
    public void note(ReadNote note) {
        notes.warning(note.toString(), Map.of("type", "InputWarning"));
    }

    @Override
    public void skippedWithoutOcid(ReadNote note) {
        withoutOcid++;
        note(note);
    }

    @Override
    public void packageRead(PackageMetadata metadata, long itemCount) {
        if (metadata.position().equals(packageStart) && OcdsVersionCompiler.isOcds10(metadata)) {
            ocds10Packages.set(packageNumber);
        }
        if (license == null && !isBlank(metadata.license())) {
            license = metadata.license();
        }
        if (publicationPolicy == null && !isBlank(metadata.publicationPolicy())) {
            publicationPolicy = metadata.publicationPolicy();
        }
    }

    /** Releases and records read. */
    long releases() {
        return releases;
    }

    /** Releases and records skipped because they have no {@code ocid}. */
    long skippedWithoutOcid() {
        return withoutOcid;
    }

    /** Whether package {@code number} was an OCDS 1.0 package. */
    boolean isOcds10Package(int number) {
        return ocds10Packages.get(number);
    }

    /** The first package license read, or "". */
    String license() {
        return license == null ? "" : license;
    }

    /** The first package publication policy read, or "". */
    String publicationPolicy() {
        return publicationPolicy == null ? "" : publicationPolicy;
    }

    private Integer packageNumberOf(PackageMetadata metadata) {
        if (metadata.type() == PackageType.NONE) {
            return null;
        }
        if (!metadata.position().equals(packageStart)) {
            packageStart = metadata.position();
            packageNumber++;
        }
        return packageNumber;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
