package org.dataregistry.audit;

import java.util.SequencedMap;

/** An aggregate whose changes the audit log records field by field. */
public interface Audited {

    /** The aggregate's id, or null before it is first saved. */
    Long getId();

    /** How the audit log names the object, e.g. {@code "Mexico City (12)"}. */
    String auditName();

    /**
     * The values an administrator can change, by their label as the forms show it (e.g. {@code "country [es]"}),
     * in display order. Values are rendered as text; secrets are never included.
     */
    SequencedMap<String, String> auditedFields();
}
