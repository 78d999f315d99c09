package org.dataregistry.ocds.compile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dataregistry.ocds.OcdsJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges the releases of one OCID into a compiled release and/or a versioned release, following
 * the OCDS merge rules as ocdsmerge implements them.
 *
 * <p>Releases are merged in {@code date} order (compared as strings, stable for equal dates:
 * input order then decides, and a {@link MergeWarning.RepeatedDateValue} is reported). With
 * several releases, each must have a string {@code date}. Later values replace earlier ones, a
 * {@code null} removes a field, objects in arrays are merged by {@code id}, and so on: see
 * {@link TreeMerge} and {@link TreeBuilder}.
 *
 * <p>The compiled release has {@code tag} {@code ["compiled"]}, {@code id}
 * {@code <ocid>-<date>} and the {@code date} and {@code ocid} of the latest release, then the
 * merged fields. The versioned release has {@code ocid}, then each merged field as a list of
 * {@code {releaseID, releaseDate, releaseTag, value}}, one entry per change. A release's own
 * {@code ocid}, {@code id}, {@code date} and {@code tag} are never merged as data, whatever the
 * schema says. No releases give a compiled release of only the {@code tag} and an empty versioned
 * release, as ocdsmerge gives.
 *
 * <p>Stateless: one instance can merge any number of OCIDs, from any number of threads.
 */
public final class Merger {

    private final MergeRules rules;

    public Merger(MergeRules rules) {
        this.rules = rules;
    }

    /** A merger with the OCDS 1.1 rules. */
    public static Merger ocds11() {
        return new Merger(MergeRules.ocds11());
    }

    /**
     * Merges the releases of one OCID into its compiled release.
     *
     * @throws MergeException if they cannot be merged
     */
    public ObjectNode compile(List<ObjectNode> releases) {
        return merge(releases, true, false).compiledRelease();
    }

    /**
     * Merges the releases of one OCID into its versioned release.
     *
     * @throws MergeException if they cannot be merged
     */
    public ObjectNode version(List<ObjectNode> releases) {
        return merge(releases, false, true).versionedRelease();
    }

    /**
     * Merges the releases of one OCID, in one pass for both outputs.
     *
     * @param releases  the releases, in any order
     * @param compiled  whether to build the compiled release
     * @param versioned whether to build the versioned release
     * @throws MergeException if they cannot be merged; its index refers to {@code releases}
     */
    public MergedRelease merge(List<ObjectNode> releases, boolean compiled, boolean versioned) {
        List<String> dates = checkedDates(releases);
        List<Integer> order = dateOrder(dates);
        MergedPaths paths = new MergedPaths();
        TreeMerge merge = new TreeMerge(paths, rules.root(), compiled, versioned);
        for (int index : order) {
            merge.add(releases.get(index), index);
        }
        List<MergeWarning> warnings = new ArrayList<>(repeatedDates(dates, order));
        warnings.addAll(paths.warnings());
        ObjectNode latest = order.isEmpty() ? null : releases.get(order.getLast());
        return new MergedRelease(
                compiled
                        ? compiledRelease(
                                latest == null ? null : latest.get("ocid"),
                                latest == null ? null : latest.get("date"),
                                !order.isEmpty(),
                                paths)
                        : null,
                versioned ? versionedRelease(latest, paths) : null,
                warnings);
    }

    /**
     * Merges releases held as JSON text into their compiled release: the same result as
     * {@link #merge} on their trees, but each text is read once without building its tree, which
     * is most of the cost of merging. Releases the text walk cannot merge as their trees would be
     * merged (see {@link TextMerge}), missing or non-string dates and merge errors are
     * handed to {@link #merge}, which decides from the trees.
     *
     * @throws MergeException if they cannot be merged; its index refers to {@code releases}
     */
    MergedRelease compileText(List<ReleaseText> releases) {
        List<String> dates = new ArrayList<>(releases.size());
        for (ReleaseText release : releases) {
            if (release.date() == null) {
                return merge(trees(releases), true, false);
            }
            dates.add(release.date());
        }
        List<Integer> order = dateOrder(dates);
        MergedPaths paths = new MergedPaths();
        TextMerge merge = new TextMerge(paths, rules.root());
        try {
            for (int index : order) {
                merge.add(releases.get(index).json(), index);
            }
        } catch (TextMerge.NotStreamable | MergeException e) {
            return merge(trees(releases), true, false);
        }
        List<MergeWarning> warnings = new ArrayList<>(repeatedDates(dates, order));
        warnings.addAll(paths.warnings());
        return new MergedRelease(compiledRelease(merge.ocid(), merge.date(), !order.isEmpty(), paths), null, warnings);
    }

    private static List<ObjectNode> trees(List<ReleaseText> releases) {
        List<ObjectNode> trees = new ArrayList<>(releases.size());
        for (ReleaseText release : releases) {
            trees.add((ObjectNode) OcdsJson.mapper().readTree(release.json()));
        }
        return trees;
    }

    /**
     * @param anyReleases whether there were releases (else only the tag is set)
     */
    private static ObjectNode compiledRelease(JsonNode ocid, JsonNode date, boolean anyReleases, MergedPaths paths) {
        ObjectNode compiled = JsonNodeFactory.instance.objectNode();
        compiled.putArray("tag").add("compiled");
        if (anyReleases) {
            compiled.put("id", text(ocid) + "-" + text(date));
            setUnlessNull(compiled, "date", date);
            setUnlessNull(compiled, "ocid", ocid);
        }
        TreeBuilder.build(compiled, paths.leaves(), leaf -> leaf.value);
        return compiled;
    }

    /** @param latest the latest release, or {@code null} if there are none */
    private static ObjectNode versionedRelease(ObjectNode latest, MergedPaths paths) {
        ObjectNode versioned = JsonNodeFactory.instance.objectNode();
        if (latest != null) {
            setUnlessNull(versioned, "ocid", latest.get("ocid"));
        }
        TreeBuilder.build(versioned, paths.leaves(), leaf -> leaf.versions);
        return versioned;
    }

    /** Each release's date: checked to be a string when there are several releases, else a string or {@code null}. */
    private static List<String> checkedDates(List<ObjectNode> releases) {
        List<String> dates = new ArrayList<>(releases.size());
        for (int index = 0; index < releases.size(); index++) {
            JsonNode date = releases.get(index).get("date");
            if (releases.size() > 1) {
                checkDate(date, index);
            }
            dates.add(date != null && date.isString() ? date.stringValue() : null);
        }
        return dates;
    }

    /** Input indexes sorted by date, stable for equal dates. */
    private static List<Integer> dateOrder(List<String> dates) {
        List<Integer> order = new ArrayList<>(dates.size());
        for (int index = 0; index < dates.size(); index++) {
            order.add(index);
        }
        if (dates.size() > 1) {
            order.sort(Comparator.comparing(dates::get));
        }
        return order;
    }

    private static void checkDate(JsonNode date, int index) {
        if (date == null) {
            throw new MergeException(
                    MergeError.MISSING_DATE_KEY, index, "Release at index " + index + " is missing a `date` field");
        }
        if (date.isNull()) {
            throw new MergeException(
                    MergeError.NULL_DATE_VALUE, index, "Release at index " + index + " has a null `date` value");
        }
        if (!date.isString()) {
            throw new MergeException(
                    MergeError.NON_STRING_DATE_VALUE,
                    index,
                    "Release at index " + index + " has a non-string `date` value");
        }
    }

    private static List<MergeWarning> repeatedDates(List<String> dates, List<Integer> order) {
        List<MergeWarning> warnings = new ArrayList<>();
        for (int position = 1; position < order.size(); position++) {
            String date = dates.get(order.get(position));
            if (date.equals(dates.get(order.get(position - 1)))) {
                warnings.add(new MergeWarning.RepeatedDateValue(date, position));
            }
        }
        return warnings;
    }

    /** A value as ocdsmerge writes it into the compiled release's id: {@code None} when absent. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "None";
        }
        return value.isString() ? value.stringValue() : value.toString();
    }

    private static void setUnlessNull(ObjectNode target, String field, JsonNode value) {
        if (value != null && !value.isNull()) {
            target.set(field, value);
        }
    }
}
