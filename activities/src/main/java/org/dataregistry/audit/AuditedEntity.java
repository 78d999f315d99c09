package org.dataregistry.audit;

import java.time.Instant;
import java.util.Objects;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;

/**
 * An aggregate an administrator edits and the audit log follows: its generated id, the version that refuses a save
 * based on a stale copy (Spring Data JDBC's optimistic locking), and when it was created and last modified (filled
 * in by Spring Data JDBC's auditing). Two objects are equal when they are of the same class and have the same id;
 * one not yet saved equals only itself. Each is named, in lists and logs, by its {@link #auditName()}.
 */
public abstract class AuditedEntity implements Audited {

    @Id
    private Long id;

    @Version
    private Integer version;

    @CreatedDate
    private Instant created;

    @LastModifiedDate
    private Instant modified;

    @Override
    public final String toString() {
        return auditName();
    }

    @Override
    public final boolean equals(Object other) {
        return this == other
                || other != null
                        && other.getClass() == getClass()
                        && id != null
                        && id.equals(((AuditedEntity) other).id);
    }

    @Override
    public final int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The number of saves so far; null before the first. */
    public Integer getVersion() {
        return version;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getModified() {
        return modified;
    }
}
