package org.dataregistry.ocds.compile;

/**
 * What a {@link Compilation} did.
 *
 * @param releases    releases and records read
 * @param withoutOcid releases and records skipped because they have no {@code ocid}
 * @param compiled    compiled (or versioned) releases written: one per OCID
 * @param notCompiled OCIDs without one
 */
public record CompileTotals(long releases, long withoutOcid, long compiled, long notCompiled) {}
