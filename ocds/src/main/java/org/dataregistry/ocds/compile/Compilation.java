package org.dataregistry.ocds.compile;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.dataregistry.ocds.OcdsJson;
import org.dataregistry.ocds.parallel.Batches;
import org.dataregistry.ocds.parallel.OrderedParallel;
import org.dataregistry.ocds.read.OcdsReadException;
import org.dataregistry.ocds.read.OcdsReader;
import org.dataregistry.ocds.read.PackageMetadata;
import org.dataregistry.ocds.read.PackageType;
import org.dataregistry.ocds.read.ReadListener;
import org.dataregistry.ocds.read.ReadNote;
import org.dataregistry.ocds.read.ReadOptions;
import org.dataregistry.ocds.read.ReleaseItem;
import org.dataregistry.ocds.read.SourcePosition;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The compile engine of {@code ocds compile} and of the registry's built-in process task: sources in, one compiled
 * (or versioned) release per OCID out, in OCID order.
 * <p>
 * Every source is read (streaming, unpacked within the settings' limits) into an {@link OcidSorter}, which keeps
 * memory bounded by spilling to the settings' directory; then each OCID is compiled on worker threads with the rules
 * {@link OcdsVersionRules} chooses (OCDS 1.0's for an OCID whose releases all came from OCDS 1.0 packages, unless
 * a schema is given), and written in OCID order. An OCID with more releases than the limit is compiled from its
 * latest ones. What is skipped, merge warnings, and what can't be compiled go to the {@link CompileListener}; the
 * {@link CompileTotals} count what was read and written.
 */
public final class Compilation {

    private static final int OCIDS_PER_BATCH = 32;
    private static final Comparator<String> DATES = Comparator.nullsFirst(Comparator.naturalOrder());

    private final CompileSettings settings;
    private final OcdsVersionRules rules;

    public Compilation(CompileSettings settings) {
        this.settings = settings;
        this.rules = settings.schema() == null
                ? OcdsVersionRules.byPackageVersion(settings.versioned())
                : OcdsVersionRules.fixed(settings.schema(), settings.versioned());
    }

    /**
     * Compiles the releases of {@code sources}, read one after the other, into {@code output}.
     *
     * @throws OcdsReadException            if a source can't be read to its end (e.g. invalid JSON, a limit
     *                                      reached, a value too long to read): nothing more is written
     * @throws java.io.UncheckedIOException if the sort's temporary files can't be written or read
     */
    public CompileTotals run(List<CompileSource> sources, CompileListener listener, CompiledOutput output) {
        Packages packages = new Packages(listener);
        ReadOptions options = ReadOptions.defaults().withListener(packages).withLimits(settings.limits());
        long compiled = 0;
        long notCompiled = 0;
        long ocids = 0;
        try (SourceReleases releases = new SourceReleases(sources, options, listener);
                OcidSorter sorter =
                        new OcidSorter(settings.spillDirectory(), settings.sortMemory(), settings.threads())) {
            Iterator<OcidSorter.SortedGroup> groups = sorter.sortGroups(releases, packages::numberOf);
            listener.allRead(releases.count(), packages.withoutOcid);
            BitSet ocds10 = packages.ocds10;
            try (OrderedParallel<List<Written>> written = OrderedParallel.map(
                    Batches.of(groups, OCIDS_PER_BATCH), batch -> compile(batch, ocds10), settings.threads())) {
                while (written.hasNext()) {
                    for (Written result : written.next()) {
                        if (result.skipped() > 0) {
                            listener.releasesSkipped(result.ocid(), result.skipped(), settings.maxReleasesPerOcid());
                        }
                        if (!result.warnings().isEmpty()) {
                            listener.mergeWarnings(result.ocid(), result.warnings());
                        }
                        if (result.json() != null) {
                            output.write(result.ocid(), result.date(), result.json());
                            compiled++;
                        } else {
                            listener.notCompiled(result.problem());
                            notCompiled++;
                        }
                        listener.ocidDone(++ocids);
                    }
                }
            }
            return new CompileTotals(releases.count(), packages.withoutOcid, compiled, notCompiled);
        }
    }

    /** Parses, compiles and serializes a batch of OCIDs (on a worker thread). */
    private List<Written> compile(List<OcidSorter.SortedGroup> batch, BitSet ocds10Packages) {
        List<Written> results = new ArrayList<>(batch.size());
        for (OcidSorter.SortedGroup group : batch) {
            boolean allOcds10 = true;
            for (int i = 0; i < group.size() && allOcds10; i++) {
                int tag = group.tag(i);
                allOcds10 = tag >= 0 && ocds10Packages.get(tag);
            }
            List<ReleaseItem> items = group.items();
            long skipped = 0;
            if (items.size() > settings.maxReleasesPerOcid()) {
                skipped = items.size() - settings.maxReleasesPerOcid();
                items = latest(items, settings.maxReleasesPerOcid());
            }
            CompileOutcome outcome;
            try {
                outcome = rules.compilerFor(allOcds10).compileOcid(items);
            } catch (StreamConstraintsException e) {
                throw tooLong(items, e);
            }
            results.add(written(outcome, items, skipped));
        }
        return results;
    }

    private Written written(CompileOutcome outcome, List<ReleaseItem> items, long skipped) {
        return switch (outcome) {
            case CompileOutcome.Compiled result
            when released(result) != null ->
                new Written(
                        result.ocid(),
                        OcdsJson.mapper().writeValueAsBytes(released(result)),
                        date(result.compiledRelease()),
                        null,
                        result.warnings(),
                        skipped);
            case CompileOutcome.Compiled result ->
                new Written(
                        result.ocid(),
                        null,
                        null,
                        new CompileOutcome.NotCompiled(
                                result.ocid(),
                                "its only compiled release is the publisher's, " + "which has no versioned release",
                                null,
                                items.getFirst().position()),
                        result.warnings(),
                        skipped);
            case CompileOutcome.NotCompiled failure ->
                new Written(failure.ocid(), null, null, failure, List.of(), skipped);
        };
    }

    private ObjectNode released(CompileOutcome.Compiled result) {
        return settings.versioned() ? result.versionedRelease() : result.compiledRelease();
    }

    private static String date(ObjectNode compiledRelease) {
        JsonNode date = compiledRelease.get("date");
        return date != null && date.isString() ? date.stringValue() : null;
    }

    /** The latest {@code max} items by date (those without a date first), in date order; equal dates keep order. */
    private static List<ReleaseItem> latest(List<ReleaseItem> items, int max) {
        List<ReleaseItem> byDate = new ArrayList<>(items);
        byDate.sort(Comparator.comparing(ReleaseItem::date, DATES));
        return List.copyOf(byDate.subList(byDate.size() - max, byDate.size()));
    }

    /**
     * A value too long for the reader, which only parsing a release held as text finds: the failure
     * names where that value is (the release's position plus the value's within it), or where the
     * OCID's first release starts if no single release shows it.
     */
    private static OcdsReadException tooLong(List<ReleaseItem> items, StreamConstraintsException failure) {
        SourcePosition at = items.getFirst().position();
        for (ReleaseItem item : items) {
            SourcePosition found = tooLongValue(item);
            if (found != null) {
                at = found;
                break;
            }
        }
        return new OcdsReadException(at, "a value is too long to read: " + failure.getOriginalMessage(), failure);
    }

    /** Where in the input a release held as text has a value too long for the reader, or {@code null}. */
    private static SourcePosition tooLongValue(ReleaseItem item) {
        if (!item.isText()) {
            return null;
        }
        try (JsonParser parser = OcdsJson.mapper().createParser(item.json())) {
            try {
                OcdsJson.mapper().readTree(parser);
                return null;
            } catch (StreamConstraintsException e) {
                TokenStreamLocation within = parser.currentLocation();
                SourcePosition start = item.position();
                return new SourcePosition(
                        start.source(),
                        start.line() + within.getLineNr() - 1,
                        within.getLineNr() == 1 ? start.column() + within.getColumnNr() - 1 : within.getColumnNr());
            }
        }
    }

    /**
     * What became of one OCID.
     *
     * @param json     its compiled (or versioned) release as JSON in UTF-8, or {@code null}
     * @param date     its compiled release's date, or {@code null}
     * @param problem  why there is none
     * @param warnings what was dubious while merging
     * @param skipped  releases left out beyond the limit per OCID
     */
    private record Written(
            String ocid,
            byte[] json,
            String date,
            CompileOutcome.NotCompiled problem,
            List<MergeWarning> warnings,
            long skipped) {}

    /**
     * Numbers the packages items are read from, and remembers which declared OCDS 1.0: a package's {@code version}
     * may follow its releases, so it is known only once the package is read, long before compiling starts.
     * Forwards what the reader reports to the compilation's listener.
     */
    private static final class Packages implements ReadListener {

        private final ReadListener listener;
        private final BitSet ocds10 = new BitSet();
        private SourcePosition packageStart;
        private int packageNumber = -1;
        private long withoutOcid;

        Packages(ReadListener listener) {
            this.listener = listener;
        }

        /** The number of the item's package, or {@link OcidSorter.SortedGroup#UNTAGGED} outside a package. */
        int numberOf(ReleaseItem item) {
            PackageMetadata metadata = item.metadata();
            if (metadata.type() == PackageType.NONE) {
                return OcidSorter.SortedGroup.UNTAGGED;
            }
            if (!metadata.position().equals(packageStart)) {
                packageStart = metadata.position();
                packageNumber++;
            }
            return packageNumber;
        }

        @Override
        public void note(ReadNote note) {
            listener.note(note);
        }

        @Override
        public void skippedWithoutOcid(ReadNote note) {
            withoutOcid++;
            listener.skippedWithoutOcid(note);
        }

        @Override
        public void packageRead(PackageMetadata metadata, long itemCount) {
            if (packageNumber >= 0 && metadata.position().equals(packageStart) && OcdsVersionRules.isOcds10(metadata)) {
                ocds10.set(packageNumber);
            }
            listener.packageRead(metadata, itemCount);
        }
    }

    /** The releases of the sources, read one source after the other, counted. */
    private static final class SourceReleases implements Iterator<ReleaseItem>, AutoCloseable {

        private final Iterator<CompileSource> sources;
        private final ReadOptions options;
        private final CompileListener listener;
        private OcdsReader current;
        private long count;

        SourceReleases(List<CompileSource> sources, ReadOptions options, CompileListener listener) {
            this.sources = sources.iterator();
            this.options = options;
            this.listener = listener;
        }

        long count() {
            return count;
        }

        @Override
        public boolean hasNext() {
            while (current == null || !current.hasNext()) {
                if (current != null) {
                    current.close();
                    current = null;
                }
                if (!sources.hasNext()) {
                    return false;
                }
                current = sources.next().open(options);
            }
            return true;
        }

        @Override
        public ReleaseItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ReleaseItem item = current.next();
            listener.releaseRead(++count);
            return item;
        }

        @Override
        public void close() {
            if (current != null) {
                current.close();
            }
        }
    }
}
