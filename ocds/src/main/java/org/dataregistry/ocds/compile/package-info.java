/**
 * Compiling releases into compiled and versioned releases with the OCDS merge rules.
 *
 * <p>{@link org.dataregistry.ocds.compile.MergeRules} are derived once from a release schema
 * (OCDS 1.1 bundled; 1.0 or an extended schema from a file).
 * {@link org.dataregistry.ocds.compile.Merger} merges one OCID's releases as ocdsmerge does.
 * {@link org.dataregistry.ocds.compile.ReleaseCompiler} compiles a stream of release items OCID by
 * OCID, grouped by {@link org.dataregistry.ocds.compile.OcidGroups}, turning merge errors into
 * per-OCID outcomes; {@link org.dataregistry.ocds.compile.WarningSummary} totals the warnings.
 *
 * <p>Where ocdsmerge (Python) and ocdsmerge-rs (used by Kingfisher Process) differ, this follows
 * ocdsmerge-rs 0.1.6: {@code 1} and {@code "1"} are different ids, a null {@code id} is no id,
 * a boolean/array/object {@code id} is an error, and the compiled release's {@code id} is
 * always {@code <ocid>-<date>}. Releases are sorted by date here (ocdsmerge-rs requires sorted
 * input). Numbers are kept as published ({@code 1.50} stays {@code 1.50}) and compared by value
 * when deciding whether a versioned value changed.
 */
package org.dataregistry.ocds.compile;
