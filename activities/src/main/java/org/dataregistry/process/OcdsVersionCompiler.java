package org.dataregistry.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.dataregistry.ocds.OcdsJson;
import org.dataregistry.ocds.compile.CompileOutcome;
import org.dataregistry.ocds.compile.MergeRules;
import org.dataregistry.ocds.compile.Merger;
import org.dataregistry.ocds.compile.ReleaseCompiler;
import org.dataregistry.ocds.read.PackageMetadata;
import org.dataregistry.ocds.read.PackageType;
import org.dataregistry.ocds.read.ReleaseItem;
import org.dataregistry.ocds.read.SourcePosition;

import tools.jackson.databind.node.ObjectNode;

/**
 * Compiles an OCID with the merge rules of the OCDS version its releases were published in, as ocdskit does: OCDS
 * 1.0's when every release of the OCID came from a package that declares 1.0 (or no version, which means 1.0), OCDS
 * 1.1's otherwise (also for releases outside any package).
 * <p>
 * The rules differ where it shows: an OCDS 1.0 organization has no {@code id}, so {@code tender.tenderers} and
 * {@code awards.suppliers} are merged as whole lists (the latest release's list) instead of appended object by
 * object. OCDS 1.0's rules are OCDS 1.1's with that difference; nothing else in 1.0 merges differently.
 */
final class OcdsVersionCompiler {

    /** The bundled release schema of the ocds module, from which the 1.0 rules are derived. */
    private static final String OCDS_11_SCHEMA = "/org/dataregistry/ocds/compile/release-schema-1__1__4.json";
    private static final String OCDS_10 = "1.0";

    private static final MergeRules OCDS_10_RULES = ocds10Rules();

    private final ReleaseCompiler ocds11 = new ReleaseCompiler(Merger.ocds11(), false);
    private final ReleaseCompiler ocds10 = new ReleaseCompiler(new Merger(OCDS_10_RULES), false);

    /** Compiles one OCID's items (all of the same OCID). */
    CompileOutcome compile(List<ReleaseItem> items) {
        boolean allOcds10 = items.stream().allMatch(item -> OCDS_10.equals(item.metadata().version()));
        return (allOcds10 ? ocds10 : ocds11).compileOcid(items);
    }

    /** Whether a package's complete metadata says OCDS 1.0. */
    static boolean isOcds10(PackageMetadata metadata) {
        return metadata.type() != PackageType.NONE && metadata.ocdsVersion().equals(OCDS_10);
    }

    /** The package metadata an item read back from the store carries: only whether its package was OCDS 1.0. */
    static PackageMetadata storedMetadata(boolean ocds10, SourcePosition position) {
        if (!ocds10) {
            return PackageMetadata.none(position);
        }
        return new PackageMetadata(PackageType.RELEASE_PACKAGE, null, null, null, null, null, List.of(), OCDS_10,
                position);
    }

    private static MergeRules ocds10Rules() {
        try (InputStream in = OcdsVersionCompiler.class.getResourceAsStream(OCDS_11_SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OCDS_11_SCHEMA);
            }
            ObjectNode schema = (ObjectNode) OcdsJson.mapper().readTree(in);
            ((ObjectNode) schema.at("/definitions/OrganizationReference/properties")).remove("id");
            return MergeRules.fromSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
