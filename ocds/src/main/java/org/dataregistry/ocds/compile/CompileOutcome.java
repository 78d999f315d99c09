package org.dataregistry.ocds.compile;

import java.util.List;
import org.dataregistry.ocds.read.SourcePosition;
import tools.jackson.databind.node.ObjectNode;

/** What compiling one OCID gave: a compiled release, or the reason there is none. */
public sealed interface CompileOutcome permits CompileOutcome.Compiled, CompileOutcome.NotCompiled {

    /** The OCID. */
    String ocid();

    /**
     * The OCID's compiled release.
     *
     * @param compiledRelease  merged from its releases, or the publisher's own
     * @param versionedRelease the versioned release, or {@code null} if not requested or if the
     *                         publisher's compiled release was used
     * @param warnings         what was dubious while merging
     * @param basis            merged here, or taken from the publisher
     */
    record Compiled(
            String ocid,
            ObjectNode compiledRelease,
            ObjectNode versionedRelease,
            List<MergeWarning> warnings,
            Basis basis)
            implements CompileOutcome {

        public Compiled {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The OCID has no compiled release, as Kingfisher Process notes it: "OCID X can't be compiled".
     *
     * @param reason   why, in words
     * @param error    the merge error, or {@code null} if the OCID had nothing to merge
     * @param position where the release at fault (or the OCID's first release) was read
     */
    record NotCompiled(String ocid, String reason, MergeError error, SourcePosition position)
            implements CompileOutcome {

        /** {@code OCID <ocid> can't be compiled: <reason> (<position>)}. */
        public String message() {
            return "OCID " + ocid + " can't be compiled: " + reason + " (" + position + ")";
        }
    }

    /** Where a compiled release comes from. */
    enum Basis {
        /** Merged from the OCID's releases. */
        MERGED,
        /** The publisher's {@code compiledRelease} (or release tagged {@code compiled}), used as published. */
        PUBLISHED
    }
}
