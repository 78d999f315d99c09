package org.dataregistry.ocds.compile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.dataregistry.ocds.read.ReleaseItem;
import org.dataregistry.ocds.read.ReleaseKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compiles the releases read for each OCID, one OCID at a time, choosing what to compile as
 * Kingfisher Process does for records:
 * <ol>
 *   <li>the OCID's full releases are merged, unless its record also has linked releases (then the
 *       embedded releases are not the whole story);</li>
 *   <li>otherwise the publisher's compiled release is used as published: a record's
 *       {@code compiledRelease}, else a release tagged {@code compiled};</li>
 *   <li>otherwise the OCID is {@linkplain CompileOutcome.NotCompiled not compiled}.</li>
 * </ol>
 * A merge error affects only its OCID, which is reported as not compiled.
 */
public final class ReleaseCompiler {

    private final Merger merger;
    private final boolean versioned;

    /**
     * @param merger    merges each OCID's releases
     * @param versioned whether to build versioned releases too
     */
    public ReleaseCompiler(Merger merger, boolean versioned) {
        this.merger = merger;
        this.versioned = versioned;
    }

    /**
     * Compiles each group lazily, in order; memory holds one group and its result.
     *
     * @param groups the items of each OCID, e.g. from {@link OcidGroups#sorted}
     */
    public Iterator<CompileOutcome> compile(Iterator<List<ReleaseItem>> groups) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return groups.hasNext();
            }

            @Override
            public CompileOutcome next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return compileOcid(groups.next());
            }
        };
    }

    /**
     * Compiles one OCID.
     *
     * @param items the OCID's items, at least one, all with the same OCID
     */
    public CompileOutcome compileOcid(List<ReleaseItem> items) {
        String ocid = items.getFirst().ocid();
        List<ReleaseItem> releases = ofKind(items, ReleaseKind.RELEASE);
        boolean linked = !ofKind(items, ReleaseKind.LINKED_RELEASE).isEmpty();
        if (!releases.isEmpty() && !linked) {
            return merge(ocid, releases);
        }
        ReleaseItem published = publishedCompiledRelease(items, releases);
        if (published != null) {
            return new CompileOutcome.Compiled(
                    ocid, published.release(), null, List.of(), CompileOutcome.Basis.PUBLISHED);
        }
        return new CompileOutcome.NotCompiled(
                ocid,
                "its record links to releases and has no compiledRelease",
                null,
                items.getFirst().position());
    }

    private CompileOutcome merge(String ocid, List<ReleaseItem> releases) {
        try {
            MergedRelease merged = !versioned && releases.stream().allMatch(ReleaseItem::isText)
                    ? merger.compileText(texts(releases))
                    : merger.merge(trees(releases), true, versioned);
            return new CompileOutcome.Compiled(
                    ocid,
                    merged.compiledRelease(),
                    merged.versionedRelease(),
                    merged.warnings(),
                    CompileOutcome.Basis.MERGED);
        } catch (MergeException e) {
            ReleaseItem atFault = releases.get(Math.max(e.releaseIndex(), 0));
            return new CompileOutcome.NotCompiled(ocid, e.getMessage(), e.error(), atFault.position());
        }
    }

    private static List<ReleaseText> texts(List<ReleaseItem> releases) {
        List<ReleaseText> texts = new ArrayList<>(releases.size());
        for (ReleaseItem release : releases) {
            texts.add(new ReleaseText(release.json(), release.date()));
        }
        return texts;
    }

    private static List<ObjectNode> trees(List<ReleaseItem> releases) {
        List<ObjectNode> trees = new ArrayList<>(releases.size());
        for (ReleaseItem release : releases) {
            trees.add(release.release());
        }
        return trees;
    }

    private static ReleaseItem publishedCompiledRelease(List<ReleaseItem> items, List<ReleaseItem> releases) {
        List<ReleaseItem> compiled = ofKind(items, ReleaseKind.COMPILED_RELEASE);
        if (!compiled.isEmpty()) {
            return compiled.getFirst();
        }
        for (ReleaseItem release : releases) {
            JsonNode tag = release.release().get("tag");
            if (tag != null
                    && tag.isArray()
                    && tag.valueStream().anyMatch(value -> "compiled".equals(value.asString(null)))) {
                return release;
            }
        }
        return null;
    }

    private static List<ReleaseItem> ofKind(List<ReleaseItem> items, ReleaseKind kind) {
        List<ReleaseItem> ofKind = new ArrayList<>();
        for (ReleaseItem item : items) {
            if (item.kind() == kind) {
                ofKind.add(item);
            }
        }
        return ofKind;
    }
}
