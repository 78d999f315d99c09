/**
 * Compiling releases into compiled and versioned releases with the OCDS merge rules.
 *
 * <p>{@link org.dataregistry.ocds.compile.Compilation} is the compile engine of {@code ocds compile}
 * and of the registry's process task: sources in, compiled releases out in OCID order, sorted with
 * bounded memory by {@link org.dataregistry.ocds.compile.OcidSorter}, each OCID merged with the rules
 * {@link org.dataregistry.ocds.compile.OcdsVersionRules} chooses, notes to one
 * {@link org.dataregistry.ocds.compile.CompileListener}.
 *
 * <p>{@link org.dataregistry.ocds.compile.MergeRules} are derived once from a release schema
 * (OCDS 1.1 bundled; 1.0 or an extended schema from a file).
 * {@link org.dataregistry.ocds.compile.Merger} merges one OCID's releases as ocdsmerge does.
 * {@link org.dataregistry.ocds.compile.ReleaseCompiler} compiles a stream of release items OCID by
 * OCID, grouped by {@link org.dataregistry.ocds.compile.OcidGroups}, turning merge errors into
 * per-OCID outcomes; {@link org.dataregistry.ocds.compile.WarningSummary} totals the warnings.
 * Releases held as JSON text are merged into compiled releases straight from their text, token by
 * token, without building their trees (versioned releases, and the rare text one pass cannot
 * decide, are merged from trees, with the same result).
 *
 * <p>The merged releases equal ocdsmerge's on every case of its test corpus (OCDS 1.1 and 1.0
 * vectors, its custom-schema vectors, rule overrides, duplicate-id warnings, date errors). Where
 * ocdsmerge (Python) and ocdsmerge-rs (used by Kingfisher Process) differ, this follows
 * ocdsmerge-rs 0.1.6: {@code 1} and {@code "1"} are different ids (Python merges the fields the
 * two objects share and splits the rest), a null {@code id} is no id (Python merges all null-id
 * objects of an array as one, without an {@code id}), a boolean/array/object {@code id} is an error
 * (Python keys a boolean by its text and fails on the others), the compiled release's {@code id}
 * is always {@code <ocid>-<date>} (written as JSON text when not a string, where Python writes
 * {@code str()}), several releases must all have string dates (Python also sorts dates that are
 * all numbers), type-conflict messages are worded as ocdsmerge-rs words them, and a
 * {@link org.dataregistry.ocds.compile.MergeWarning.RepeatedDateValue} is reported. Releases are
 * sorted by date here (ocdsmerge-rs requires sorted input). Numbers are kept as published
 * ({@code 1.50} stays {@code 1.50}) and compared by value when deciding whether a versioned value
 * changed. A merged release is always built from its releases: there is no equivalent of
 * ocdsmerge's {@code extend}/{@code append} onto an earlier merged release.
 */
package org.dataregistry.ocds.compile;
