package org.dataregistry.ocds.compile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.dataregistry.ocds.OcdsJson;
import org.dataregistry.ocds.read.PackageMetadata;
import org.dataregistry.ocds.read.PackageType;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which merge rules compile an OCID, decided in one place for every caller.
 * <p>
 * Without a schema of the caller's, an OCID is compiled with the rules of the OCDS version its releases were
 * published in, as ocdskit does: OCDS 1.0's when every release of the OCID came from a package that declares 1.0
 * (or no version, which means 1.0), OCDS 1.1's otherwise (also for releases outside any package). The rules
 * differ where it shows: an OCDS 1.0 organization has no {@code id}, so {@code tender.tenderers} and
 * {@code awards.suppliers} are merged as whole lists (the latest release's list) instead of appended object by
 * object. OCDS 1.0's rules are OCDS 1.1's with that difference; nothing else in 1.0 merges differently.
 * <p>
 * With a schema of the caller's ({@code ocds compile --schema}), its rules compile every OCID, whatever the
 * packages declare.
 */
public final class OcdsVersionRules {

    private static final String OCDS_10 = "1.0";

    private final ReleaseCompiler ocds11;
    private final ReleaseCompiler ocds10;

    private OcdsVersionRules(ReleaseCompiler ocds11, ReleaseCompiler ocds10) {
        this.ocds11 = ocds11;
        this.ocds10 = ocds10;
    }

    /**
     * OCDS 1.0's or 1.1's rules, by what the OCID's packages declare.
     *
     * @param versioned whether to build versioned releases too
     */
    public static OcdsVersionRules byPackageVersion(boolean versioned) {
        return new OcdsVersionRules(
                new ReleaseCompiler(Merger.ocds11(), versioned),
                new ReleaseCompiler(new Merger(Ocds10.RULES), versioned));
    }

    /** {@code rules} for every OCID. */
    public static OcdsVersionRules fixed(MergeRules rules, boolean versioned) {
        ReleaseCompiler compiler = new ReleaseCompiler(new Merger(rules), versioned);
        return new OcdsVersionRules(compiler, compiler);
    }

    /** OCDS 1.0's merge rules: OCDS 1.1's, organizations without {@code id}. */
    public static MergeRules ocds10() {
        return Ocds10.RULES;
    }

    /** Whether a package's complete metadata (read to its end) says OCDS 1.0. */
    public static boolean isOcds10(PackageMetadata metadata) {
        return metadata.type() != PackageType.NONE && metadata.ocdsVersion().equals(OCDS_10);
    }

    /**
     * The compiler of an OCID.
     *
     * @param allOcds10 whether every release of the OCID came from an OCDS 1.0 package ({@link #isOcds10})
     */
    public ReleaseCompiler compilerFor(boolean allOcds10) {
        return allOcds10 ? ocds10 : ocds11;
    }

    /** Loaded on first use. */
    private static final class Ocds10 {

        static final MergeRules RULES = load();

        private static MergeRules load() {
            String schema = "release-schema-1__1__4.json";
            try (InputStream in = OcdsVersionRules.class.getResourceAsStream(schema)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + schema);
                }
                ObjectNode tree = (ObjectNode) OcdsJson.mapper().readTree(in);
                ((ObjectNode) tree.at("/definitions/OrganizationReference/properties")).remove("id");
                return MergeRules.fromSchema(tree);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
